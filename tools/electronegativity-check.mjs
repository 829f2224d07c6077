// The Electronegativity gate (issue 7 §6, quality-anchors R1). Electronegativity is unmaintained
// and exits 0 whatever it finds, so this script runs it offline over the desktop shell's sources,
// the renderer's sources and the built index.html (for the CSP), reads its CSV report, and fails on
// any finding at MEDIUM or above that has no written justification in docs/security.md.
//
// `node tools/electronegativity-check.mjs` (npm test runs it after the build).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFindingsCsv, parseJustifications, unjustified } from './electronegativity-findings.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const say = (line) => console.log(`[electronegativity] ${line}`);

if (!existsSync(join(ROOT, 'out/renderer/index.html'))) {
  say('building first (the CSP is added to index.html by the build)');
  if (spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

// Run the copy package-lock.json pins, never whatever npx would fetch under that name.
const tool = join(ROOT, 'node_modules/.bin/electronegativity');
if (!existsSync(tool)) {
  say('FAILED: @doyensec/electronegativity is not installed (it is a devDependency: run npm ci)');
  process.exit(1);
}

const stage = mkdtempSync(join(tmpdir(), 'tenure-electronegativity-'));
const notTests = (source) => !/\.test\.tsx?$/.test(source);
try {
  cpSync(join(ROOT, 'electron/main'), join(stage, 'main'), { recursive: true, filter: notTests });
  cpSync(join(ROOT, 'electron/preload'), join(stage, 'preload'), { recursive: true, filter: notTests });
  cpSync(join(ROOT, 'renderer/src'), join(stage, 'renderer'), {
    recursive: true,
    filter: (source) => notTests(source) && !source.includes('/testing'),
  });
  cpSync(join(ROOT, 'out/renderer/index.html'), join(stage, 'index.html'));

  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const report = join(ROOT, 'reports/electronegativity.csv');
  rmSync(report, { force: true });
  const electron = JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version;
  const started = Date.now();
  const run = spawnSync(tool, ['-i', stage, '-r', '-e', electron, '-o', report], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  // Offline it warns about translations and release lists it cannot fetch; anything else is shown.
  const noise = /translations|connectivity|^\s*$/i;
  for (const line of `${run.stdout}\n${run.stderr}`.split('\n'))
    if (!noise.test(line) && /error/i.test(line)) say(line);
  if (!existsSync(report)) {
    say(`FAILED: no report was written (exit ${run.status})`);
    process.exit(1);
  }
  const findings = parseFindingsCsv(readFileSync(report, 'utf8'));
  const justifications = parseJustifications(readFileSync(join(ROOT, 'docs/security.md'), 'utf8'));
  const open = unjustified(findings, justifications);
  for (const f of findings) {
    const justified = !open.includes(f);
    say(`${f.severity.padEnd(13)} ${f.issue} ${f.file}:${f.location}${justified ? '' : '  ← no justification'}`);
  }
  say(
    `${findings.length} findings in ${((Date.now() - started) / 1000).toFixed(1)} s (Electron ${electron}); ` +
      `${open.length} at MEDIUM or above without a justification in docs/security.md`,
  );
  process.exit(open.length === 0 ? 0 : 1);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
