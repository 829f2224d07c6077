// `npm test`: every check and every test, then one plain closing line `tests: N passed, N failed`.
// Gates (typecheck, lint, format, build) that fail count as failed tests; the run goes on so a
// single report shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const run = (title, command, args, env = {}) => {
  console.log(`\n== ${title} (${seconds()})`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

const gates = {
  typecheck: run('typecheck', 'npx', ['tsc', '-b']),
  lint: run('lint (import boundaries included)', 'npx', ['eslint', '.', '--max-warnings=0']),
  format: run('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']),
};
run('unit and CLI tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
]);
gates.build = run('build (electron-vite)', 'npx', ['electron-vite', 'build']);
if (gates.build) {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.log('e2e needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium) or CHROMIUM_PATH.');
  }
  run('end-to-end (Playwright)', 'npx', ['playwright', 'test'], { CI: '1' });
  gates.package = run('packaging smoke test (electron-builder with a stub Electron)', 'node', [
    'tools/package-smoke.mjs',
  ]);
  gates.electronegativity = run('Electronegativity (offline; MEDIUM+ findings need a justification)', 'node', [
    'tools/electronegativity-check.mjs',
  ]);
  gates['kill-harness'] = run('crash harness: SIGKILL during import, 50 times (Chromium)', 'node', [
    '--import',
    'tsx',
    'tools/kill-during-import.ts',
  ]);
  gates['atomic-write-kills'] = run('crash harness: SIGKILL during atomic backup writes, 50 times', 'node', [
    '--import',
    'tsx',
    'tools/kill-during-backup-write.ts',
  ]);
}

const unit = readJson('reports/vitest.json');
const e2e = readJson('reports/playwright.json');
const failedGates = Object.entries(gates)
  .filter(([, ok]) => !ok)
  .map(([name]) => name);
const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed =
  (unit ? unit.numFailedTests : 1) + (e2e ? e2e.stats.unexpected : gates.build ? 1 : 0) + failedGates.length;
const skipped = (unit ? unit.numPendingTests + unit.numTodoTests : 0) + (e2e?.stats.skipped ?? 0);

console.log(`\n== summary (${seconds()})`);
console.log(
  `gates: ${Object.entries(gates)
    .map(([name, ok]) => `${name} ${ok ? 'ok' : 'FAILED'}`)
    .join(', ')}`,
);
if (!unit) console.log('unit: no report (vitest did not run to the end)');
if (!e2e && gates.build) console.log('e2e: no report (Playwright did not run to the end)');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
