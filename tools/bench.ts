// `npm run bench`: is the app instant? Every figure of quality-anchors P1–P9 that a machine without
// Electron can measure, each beside a baseline measured in the same run (raw Dexie, a deep copy,
// a plain serialisation), so the ratio holds on a shared, noisy machine. The pure engine and the
// exports run in Node; the rest in headless Chromium against the built renderer and its real
// IndexedDB (tools/bench-browser.ts).
//
//   npm run bench                       the table, and reports/bench.json
//   npm run --silent bench -- --json    one JSON object on stdout (the table and progress on stderr)
//   npm run bench -- --write-docs       also docs/performance.md's figures and its chart
//   npm run bench -- --quick            fewer repetitions, the same sizes (for trying changes)
//
// The exit code says whether the bench ran, never whether a target was met: a missed target is
// printed as MISSED in the table and in the JSON (`met: false`).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchBrowser, CHROMIUM } from './bench-browser';
import { benchEngine } from './bench-engine';
import { benchExports } from './bench-exports';
import {
  engineChartSvg,
  renderTable,
  updateDocs,
  type BenchReport,
  type EnginePoint,
  type Figure,
} from './bench-report';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const writeDocs = args.has('--write-docs');
const unknown = [...args].filter((a) => !['--json', '--quick', '--write-docs'].includes(a));
if (unknown.length > 0) {
  console.error(`bench: unknown option ${unknown.join(' ')} (use --json, --write-docs, --quick)`);
  process.exit(2);
}

const started = Date.now();
/** Progress goes to stderr, so that with --json stdout holds the JSON object alone. */
const log = (line: string) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

async function main(): Promise<void> {
  const machine: Record<string, unknown> = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.versions.node,
    loadAverage: loadavg()
      .map((n) => n.toFixed(2))
      .join(' '),
  };
  const figures: Figure[] = [];
  const skipped: string[] = [];

  log('rules engine (Node)');
  const engine = await benchEngine(log, quick);
  log('exports (Node)');
  const exportFigures = await benchExports(log, quick);
  let scaling: EnginePoint[] = engine.scaling;
  if (existsSync(CHROMIUM)) {
    log(`browser figures (Chromium at ${CHROMIUM})`);
    const browser = await benchBrowser(log, quick);
    machine.chromium = browser.chromium;
    figures.push(...browser.figures);
  } else {
    skipped.push(
      `P1, P2, P3, P5, P7 and P9 need Chromium at ${CHROMIUM} (Debian: apt-get install chromium, or set CHROMIUM_PATH)`,
    );
  }
  figures.push(...engine.figures, ...exportFigures);
  figures.sort((a, b) => Number(a.goal.slice(1)) - Number(b.goal.slice(1)));
  scaling = [...scaling].sort((a, b) => a.terms - b.terms);

  const report: BenchReport = {
    tool: 'tenure-bench',
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    machine,
    figures,
    engineScaling: scaling,
    skipped,
  };
  const exponent = figures.find((f) => f.id === 'engine.growth')?.value ?? NaN;
  const svg = engineChartSvg(scaling, exponent);
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(ROOT, 'reports/engine-scaling.svg'), svg);
  if (writeDocs) {
    const docs = join(ROOT, 'docs/performance.md');
    // Formatted as the repository formats Markdown, so `npm test`'s format gate passes on it.
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(docs)) ?? {};
    writeFileSync(
      docs,
      await prettier.format(updateDocs(readFileSync(docs, 'utf8'), report), { ...options, filepath: docs }),
    );
    writeFileSync(join(ROOT, 'docs/performance-engine-scaling.svg'), svg);
    log('wrote docs/performance.md and docs/performance-engine-scaling.svg');
  }

  const table = renderTable(report);
  const missed = figures.filter((f) => f.met === false).length;
  const summary = [
    '',
    `Tenure bench, ${report.startedAt.slice(0, 16)} UTC, ${Math.round(report.seconds)} s: ${machine.cpus} × ${String(machine.cpu)}, Node ${String(machine.node)}, Chromium ${String(machine.chromium ?? 'not run')}, load ${String(machine.loadAverage)}`,
    '',
    table,
    '',
    `${figures.filter((f) => f.met === true).length} targets met, ${missed} MISSED, ${figures.filter((f) => f.met === undefined).length} figures without a target` +
      (skipped.length > 0 ? `; not run: ${skipped.join('; ')}` : '') +
      '. Timing never fails the bench; the exit code says only that it ran.',
    'Saved: reports/bench.json, reports/engine-scaling.svg',
  ].join('\n');
  if (json) {
    console.error(summary);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else console.log(summary);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench: the run broke:', error);
    process.exit(1);
  },
);
