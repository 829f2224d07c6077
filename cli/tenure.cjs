#!/usr/bin/env node
// The `tenure` bin: runs the TypeScript CLI directly, so it works right after `npm ci` with no build.
require('tsx/cjs');
require('./main.ts');
