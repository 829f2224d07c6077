// Builds the renderer for the browser figures into a folder of the bench's own (so a build elsewhere
// cannot change it mid-run, and the bench never touches out/), with the bench's page harness beside
// it; and reads the build for quality-anchors P9: how big the initial chunk is, and whether the
// XLSX and PDF libraries stay out of it, loaded only when an export or import needs them.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';
import { figure, type Figure } from './bench-report';

const ROOT = resolve(import.meta.dirname, '..');
/** Libraries that must load on demand only: XLSX (exceljs, its zip), PDF (pdf-lib, fontkit, pdfmake, pdf.js). */
const HEAVY = ['exceljs', 'jszip', 'pdf-lib', '@pdf-lib', 'pdfmake', 'pdfjs-dist', 'fontkit', 'bidi-js'];

type Chunk = Rollup.OutputChunk;

const packageOf = (moduleId: string) => {
  const path = moduleId.split('node_modules/').at(-1) ?? '';
  const [scope, name] = path.split('/');
  return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? '');
};

export type BuiltRenderer = { folder: string; figures: Figure[]; lazyChunks: string[] };

export async function buildRenderer(folder: string, log: (line: string) => void): Promise<BuiltRenderer> {
  // Vite is an ES module: imported as one (a require() of it resolves its own files differently).
  const { build } = await import('vite');
  const { default: config } = await import('../vite.renderer.config.mts');
  const started = Date.now();
  const result = await build({
    ...config,
    configFile: false,
    logLevel: 'error',
    build: { ...config.build, outDir: folder, emptyOutDir: true, reportCompressedSize: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  // The page harness: the app's database code as an ES module the bench imports into the page.
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: config.resolve,
    build: {
      outDir: folder,
      emptyOutDir: false,
      lib: {
        entry: join(ROOT, 'renderer/src/testing/bench-harness.ts'),
        formats: ['es'],
        fileName: () => 'bench-harness.js',
      },
    },
  });
  log(`renderer built for the browser figures in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const chunks = outputs.filter((o): o is Chunk => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('the renderer build has no entry chunk');
  // What the page loads before anything is clicked: the entry and everything it imports statically.
  const initial = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (initial.has(chunk.fileName)) return;
    initial.set(chunk.fileName, chunk);
    for (const name of chunk.imports) if (byName.has(name)) visit(byName.get(name) as Chunk);
  };
  visit(entry);
  const initialBytes = [...initial.values()].reduce((n, c) => n + Buffer.byteLength(c.code), 0);
  const initialGzip = [...initial.values()].reduce((n, c) => n + gzipSync(c.code).length, 0);
  const jsFiles = outputs.filter((o) => o.fileName.endsWith('.js'));
  const allBytes = jsFiles.reduce((n, o) => n + statSync(join(folder, o.fileName)).size, 0);
  const heavyInInitial = [
    ...new Set([...initial.values()].flatMap((c) => c.moduleIds.map(packageOf).filter((p) => HEAVY.includes(p)))),
  ];
  const heavyWhere = Object.fromEntries(
    chunks
      .map((c) => [c.fileName, [...new Set(c.moduleIds.map(packageOf).filter((p) => HEAVY.includes(p)))]] as const)
      .filter(([, packages]) => packages.length > 0),
  );
  // The export worker is an asset of its own, started on the first export.
  const worker = outputs.find((o) => o.type === 'asset' && /export-worker.*\.js$/.test(o.fileName));
  if (worker) {
    const source = readFileSync(join(folder, worker.fileName), 'utf8');
    heavyWhere[worker.fileName] = ['exceljs', 'pdf-lib'].filter((name) =>
      name === 'exceljs' ? /ExcelJS|xl\/worksheets/.test(source) : /PDFDocument|pdf-lib/.test(source),
    );
  }
  const kib = (bytes: number) => bytes / 1024;
  const figures = [
    figure(
      'P9',
      'bundle.initial',
      `initial renderer JavaScript, ${initial.size} chunk${initial.size === 1 ? '' : 's'} (${kib(initialGzip).toFixed(0)} KiB gzipped)`,
      'build',
      kib(initialBytes),
      'KiB',
      { label: 'all the renderer’s JavaScript', value: kib(allBytes), unit: 'KiB' },
      'of all',
      undefined,
      {
        initialChunks: [...initial.keys()],
        gzipKiB: Math.round(kib(initialGzip)),
        // The big files by name (the many small per-language message chunks left out).
        largestKiB: Object.fromEntries(
          jsFiles
            .map((o) => [o.fileName, Math.round(kib(statSync(join(folder, o.fileName)).size))] as const)
            .filter(([, size]) => size >= 20),
        ),
      },
    ),
    figure(
      'P9',
      'bundle.heavy-in-initial',
      'XLSX and PDF libraries in the initial chunk (exceljs, pdf-lib, fontkit, pdfmake, pdf.js)',
      'build',
      heavyInInitial.length,
      'count',
      {
        label: 'libraries bundled in all (on demand)',
        value: new Set(Object.values(heavyWhere).flat()).size,
        unit: 'count',
      },
      'of all',
      { text: 'absent: 0', met: heavyInInitial.length === 0 },
      { inInitial: heavyInInitial, loadedOnDemandFrom: heavyWhere },
    ),
  ];
  return { folder, figures, lazyChunks: Object.keys(heavyWhere) };
}
