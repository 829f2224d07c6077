// Packaging smoke test (issue 7 §5): runs electron-builder's Linux `dir` target with the real
// configuration against a stub Electron distribution (no Electron binary can be downloaded here,
// toolchain.md §2), then checks what was packed: app.asar holds the built app and package.json,
// no node_modules and no source maps, stays small, and the fuses in electron-builder.yml were
// flipped in the packaged executable. The stub carries a fuse wire in Electron's format so the
// fuses can be read back (checklist item 19); the output itself is not runnable.
//
// `node tools/package-smoke.mjs` (npm test runs it after the build).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');

const ROOT = resolve(import.meta.dirname, '..');
/** Everything packed is the built app: about 7 MB today, mostly the lazily loaded export worker and its fonts. */
const MAX_ASAR_BYTES = 16 * 1024 * 1024;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Stock Electron's fuses, as shipped: run-as-node, NODE_OPTIONS, --inspect and file:// privileges on. */
const STOCK_WIRE = '10110001';

const problems = [];
const check = (ok, message) => {
  console.log(`[package-smoke] ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) problems.push(message);
};

if (!existsSync(join(ROOT, 'out/main/index.js')) || !existsSync(join(ROOT, 'out/renderer/index.html'))) {
  console.log('[package-smoke] building first');
  if (spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'tenure-package-'));
const stub = join(work, 'electron-dist');
const output = join(work, 'release');
try {
  const electronVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  spawnSync('mkdir', ['-p', stub]);
  writeFileSync(
    join(stub, 'electron'),
    `#!/bin/sh\necho "stub Electron for packaging tests" >&2\nexit 1\n# ${SENTINEL}\x01${String.fromCharCode(STOCK_WIRE.length)}${STOCK_WIRE}\n`,
    'latin1',
  );
  chmodSync(join(stub, 'electron'), 0o755);
  writeFileSync(join(stub, 'version'), electronVersion);
  copyFileSync(join(ROOT, 'node_modules/electron/LICENSE'), join(stub, 'LICENSE'));

  const started = Date.now();
  const built = spawnSync(
    'npx',
    [
      'electron-builder',
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
  );
  process.stdout.write(built.stdout);
  process.stderr.write(built.stderr);
  check(built.status === 0, `electron-builder --linux dir with the stub Electron (${Date.now() - started} ms)`);

  const appDir = join(output, 'linux-unpacked');
  const archive = join(appDir, 'resources', 'app.asar');
  check(existsSync(archive), 'release/linux-unpacked/resources/app.asar exists');
  if (existsSync(archive)) {
    const files = asar.listPackage(archive).map((f) => f.replaceAll('\\', '/').replace(/^\//, ''));
    const size = statSync(archive).size;
    for (const required of ['package.json', 'out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']) {
      check(files.includes(required), `app.asar contains ${required}`);
    }
    check(
      !files.some((f) => f.startsWith('node_modules')),
      'app.asar has no node_modules (renderer libraries are bundled by Vite)',
    );
    check(!files.some((f) => /^(renderer|electron|shared|e2e|tools|src)\//.test(f)), 'app.asar has no source folders');
    check(!files.some((f) => f.endsWith('.map')), 'app.asar has no source maps');
    check(
      size < MAX_ASAR_BYTES,
      `app.asar is ${(size / 1024).toFixed(0)} KB (limit ${MAX_ASAR_BYTES / 1024 / 1024} MB)`,
    );
    const packed = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
    check(packed.main === 'out/main/index.js', `package.json main is ${packed.main}`);
    check(Object.keys(packed.dependencies ?? {}).length === 0, 'no runtime dependencies to pack');
    console.log(`[package-smoke] app.asar: ${files.filter((f) => !f.endsWith('/')).length} entries, ${size} bytes`);
  }

  const executable = join(appDir, 'tenure');
  check(existsSync(executable), 'the executable is named tenure');
  if (existsSync(executable)) {
    const wire = await getCurrentFuseWire(executable);
    const expected = {
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    };
    for (const [name, on] of Object.entries(expected)) {
      const state = wire[FuseV1Options[name]];
      check(state === (on ? 49 : 48), `fuse ${name} is ${on ? 'on' : 'off'} in the packaged executable`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`[package-smoke] ${problems.length === 0 ? 'passed' : `${problems.length} problem(s)`}`);
process.exit(problems.length === 0 ? 0 : 1);
