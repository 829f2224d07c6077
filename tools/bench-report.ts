// The shape of `npm run bench`'s results, and the ways it shows them: the table, the JSON object,
// the engine-scaling chart (SVG) and the figures section of docs/performance.md.

/** One measured figure with its baseline from the same run. */
export type Figure = {
  /** The quality-anchors goal it answers: P1…P9. */
  goal: string;
  id: string;
  label: string;
  where: 'Node' | 'Chromium' | 'build';
  value: number;
  unit: string;
  baseline: { label: string; value: number; unit: string };
  /** value ÷ baseline, both in the unit given; what it means is in `ratioOf`. */
  ratio: number;
  ratioOf: string;
  /** The goal's target in words, and whether this run met it; absent where there is no target. */
  target?: string;
  met?: boolean;
  detail?: Record<string, unknown>;
};

export type EnginePoint = { terms: number; committees: number; checkMs: number; copyMs: number; runs: number };

export type BenchReport = {
  tool: 'tenure-bench';
  startedAt: string;
  seconds: number;
  machine: Record<string, unknown>;
  figures: Figure[];
  engineScaling: EnginePoint[];
  /** Parts that could not run here (no Chromium), with the reason. */
  skipped: string[];
};

export function figure(
  goal: string,
  id: string,
  label: string,
  where: Figure['where'],
  value: number,
  unit: string,
  baseline: Figure['baseline'],
  ratioOf: string,
  target?: { text: string; met: boolean },
  detail?: Record<string, unknown>,
): Figure {
  return {
    goal,
    id,
    label,
    where,
    value,
    unit,
    baseline,
    ratio: baseline.value === 0 ? NaN : value / baseline.value,
    ratioOf,
    ...(target ? { target: target.text, met: target.met } : {}),
    ...(detail ? { detail } : {}),
  };
}

/** Least-squares slope of log(y) against log(x): the exponent k of y ∝ xᵏ. */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const logs = points.filter((p) => p.x > 0 && p.y > 0).map((p) => ({ x: Math.log(p.x), y: Math.log(p.y) }));
  if (logs.length < 2) return NaN;
  const mx = logs.reduce((s, p) => s + p.x, 0) / logs.length;
  const my = logs.reduce((s, p) => s + p.y, 0) / logs.length;
  const sxy = logs.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = logs.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxy / sxx;
}

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '–';
  const digits = unit === 'ms' ? (value < 10 ? 2 : 1) : unit === 'exponent' || unit === '×' ? 2 : 0;
  const text = value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit === 'count' || unit === 'exponent' ? text : `${text} ${unit}`;
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

/** The readable table: one line per figure, value beside its baseline, the ratio, the verdict. */
/** A figure's cells, in the order of the table's header; `missed` is how a missed target is marked. */
function figureCells(f: BenchReport['figures'][number], missed: string): string[] {
  return [
    f.goal,
    f.label,
    formatValue(f.value, f.unit),
    `${formatValue(f.baseline.value, f.baseline.unit)} ${f.baseline.label}`,
    Number.isFinite(f.ratio) ? `${f.ratio.toFixed(2)} ${f.ratioOf}` : '–',
    f.target ?? '',
    f.met === undefined ? '' : f.met ? 'met' : missed,
  ];
}

const HEADER = ['goal', 'figure', 'value', 'baseline (same run)', 'ratio', 'target', 'verdict'];

export function renderTable(report: BenchReport): string {
  const rows = report.figures.map((f) => figureCells(f, 'MISSED'));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number))
      .join('  ')
      .trimEnd();
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The same table as Markdown, for docs/performance.md. */
export function renderMarkdownTable(report: BenchReport): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = report.figures.map((f) => `| ${figureCells(f, '**MISSED**').map(cell).join(' | ')} |`);
  return [`| ${HEADER.join(' | ')} |`, '| --- | --- | --: | --- | --: | --- | --- |', ...rows].join('\n');
}

/** Engine time against the number of terms, on log–log axes, with the deep-copy baseline and a linear guide. */
export function engineChartSvg(points: readonly EnginePoint[], exponent: number): string {
  const width = 640;
  const height = 400;
  const margin = { left: 70, right: 20, top: 40, bottom: 56 };
  const xs = points.map((p) => p.terms);
  const ys = points.flatMap((p) => [p.checkMs, p.copyMs]).filter((v) => v > 0);
  const [x0, x1] = [Math.log10(Math.min(...xs)) - 0.15, Math.log10(Math.max(...xs)) + 0.15];
  const [y0, y1] = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  const px = (x: number) => margin.left + ((Math.log10(x) - x0) / (x1 - x0)) * (width - margin.left - margin.right);
  const py = (y: number) =>
    height - margin.bottom - ((Math.log10(y) - y0) / (y1 - y0)) * (height - margin.top - margin.bottom);
  const path = (key: 'checkMs' | 'copyMs') =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.terms).toFixed(1)},${py(p[key]).toFixed(1)}`).join(' ');
  const middle = points[Math.floor(points.length / 2)] as EnginePoint;
  const linear = (x: number) => middle.checkMs * (x / middle.terms);
  const guide = `M${px(xs[0] as number).toFixed(1)},${py(linear(xs[0] as number)).toFixed(1)} L${px(xs.at(-1) as number).toFixed(1)},${py(linear(xs.at(-1) as number)).toFixed(1)}`;
  const grid: string[] = [];
  for (let e = y0; e <= y1; e++) {
    const y = py(10 ** e).toFixed(1);
    grid.push(
      `<line x1="${margin.left}" y1="${y}" x2="${width - margin.right}" y2="${y}" stroke="#e3e3e3"/>`,
      `<text x="${margin.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${(10 ** e).toLocaleString('en')} ms</text>`,
    );
  }
  for (const x of xs) {
    grid.push(
      `<line x1="${px(x).toFixed(1)}" y1="${margin.top}" x2="${px(x).toFixed(1)}" y2="${height - margin.bottom}" stroke="#e3e3e3"/>`,
      `<text x="${px(x).toFixed(1)}" y="${height - margin.bottom + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`,
    );
  }
  const dots = (key: 'checkMs' | 'copyMs', colour: string) =>
    points
      .map(
        (p) =>
          `<circle cx="${px(p.terms).toFixed(1)}" cy="${py(p[key]).toFixed(1)}" r="4" fill="${colour}"><title>${p.terms.toLocaleString('en')} terms: ${p[key].toFixed(1)} ms</title></circle>`,
      )
      .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="#222">
<title>Rules engine: check time against the number of terms (log–log)</title>
<rect width="${width}" height="${height}" fill="#fff"/>
<text x="${margin.left}" y="22" font-size="14" font-weight="600">Rules engine: a full check by number of terms (median, log–log)</text>
${grid.join('\n')}
<path d="${guide}" stroke="#999" stroke-dasharray="4 4" fill="none"/>
<path d="${path('copyMs')}" stroke="#8a8a8a" stroke-width="2" fill="none"/>${dots('copyMs', '#8a8a8a')}
<path d="${path('checkMs')}" stroke="#1f5fbf" stroke-width="2.5" fill="none"/>${dots('checkMs', '#1f5fbf')}
<text x="${(margin.left + width - margin.right) / 2}" y="${height - 14}" text-anchor="middle">terms in the workspace</text>
<g transform="translate(${margin.left + 12},${margin.top + 10})">
<line x1="0" y1="0" x2="22" y2="0" stroke="#1f5fbf" stroke-width="2.5"/><text x="28" y="0" dominant-baseline="middle">check as of a date (exponent ${exponent.toFixed(2)})</text>
<line x1="0" y1="18" x2="22" y2="18" stroke="#8a8a8a" stroke-width="2"/><text x="28" y="18" dominant-baseline="middle">baseline: deep copy of the same data</text>
<line x1="0" y1="36" x2="22" y2="36" stroke="#999" stroke-dasharray="4 4"/><text x="28" y="36" dominant-baseline="middle">linear growth, for reference</text>
</g>
</svg>
`;
}

export const DOCS_BEGIN = '<!-- bench:figures:begin (written by npm run bench -- --write-docs) -->';
export const DOCS_END = '<!-- bench:figures:end -->';

/** docs/performance.md with its figures section replaced by this run's. */
export function updateDocs(markdown: string, report: BenchReport): string {
  const begin = markdown.indexOf(DOCS_BEGIN);
  const end = markdown.indexOf(DOCS_END);
  if (begin < 0 || end < begin) throw new Error('docs/performance.md has no bench:figures markers');
  const m = report.machine;
  const section = [
    DOCS_BEGIN,
    '',
    `Measured ${report.startedAt.slice(0, 16).replace('T', ' ')} UTC in ${Math.round(report.seconds)} s on ${String(m.cpus)} × ${String(m.cpu)}, ` +
      `${String(m.memoryGiB)} GiB, ${String(m.os)}, Node ${String(m.node)}, Chromium ${String(m.chromium ?? 'not run')} ` +
      `(load average ${String(m.loadAverage)} at the start).`,
    '',
    renderMarkdownTable(report),
    '',
    ...(report.skipped.length > 0 ? [`Not run: ${report.skipped.join('; ')}.`, ''] : []),
    DOCS_END,
  ].join('\n');
  return markdown.slice(0, begin) + section + markdown.slice(end + DOCS_END.length);
}
