import { describe, expect, it } from 'vitest';
import {
  DOCS_BEGIN,
  DOCS_END,
  engineChartSvg,
  figure,
  growthExponent,
  renderMarkdownTable,
  renderTable,
  updateDocs,
  type BenchReport,
} from './bench-report';

const report = (): BenchReport => ({
  tool: 'tenure-bench',
  startedAt: '2026-11-28T02:00:00.000Z',
  seconds: 300,
  machine: { cpu: 'Xeon', cpus: 2, memoryGiB: 24, os: 'linux 6', node: '20.20.2', chromium: '156', loadAverage: '1' },
  figures: [
    figure(
      'P4',
      'engine.check.median',
      'rules check',
      'Node',
      80,
      'ms',
      { label: 'deep copy', value: 40, unit: 'ms' },
      '× copy',
      {
        text: '≤ 100 ms',
        met: true,
      },
    ),
    figure(
      'P1',
      'import.throughput',
      'import | CSV',
      'Chromium',
      3000,
      'rows/s',
      { label: 'raw', value: 12000, unit: 'rows/s' },
      'of raw',
      {
        text: '≥ 0.50 of raw',
        met: false,
      },
    ),
  ],
  engineScaling: [
    { terms: 1000, committees: 10, checkMs: 9, copyMs: 5, runs: 9 },
    { terms: 10000, committees: 100, checkMs: 95, copyMs: 50, runs: 9 },
    { terms: 100000, committees: 1000, checkMs: 1100, copyMs: 520, runs: 3 },
  ],
  skipped: [],
});

describe('the bench report', () => {
  it('fits the growth exponent of a power law', () => {
    expect(growthExponent([1, 10, 100].map((x) => ({ x: x * 1000, y: 3 * x })))).toBeCloseTo(1, 10);
    expect(growthExponent([1, 10, 100].map((x) => ({ x, y: x * x })))).toBeCloseTo(2, 10);
    expect(growthExponent([{ x: 1, y: 1 }])).toBeNaN();
  });

  it('prints every figure with its baseline, ratio and verdict', () => {
    const table = renderTable(report());
    expect(table).toMatch(/P4\s+rules check\s+80\.0 ms\s+40\.0 ms deep copy\s+2\.00 × copy\s+≤ 100 ms\s+met/);
    expect(table).toMatch(/P1 .*3,000 rows\/s .*12,000 rows\/s raw .*0\.25 of raw .*MISSED/);
    expect(renderMarkdownTable(report())).toContain('| P1 | import \\| CSV | 3,000 rows/s |');
  });

  it('replaces only the figures section of the results page', () => {
    const page = `# Performance\n\nIntro.\n\n${DOCS_BEGIN}\nold figures\n${DOCS_END}\n\n## Reproduce\n`;
    const updated = updateDocs(page, report());
    expect(updated.startsWith('# Performance\n\nIntro.\n\n')).toBe(true);
    expect(updated.endsWith(`${DOCS_END}\n\n## Reproduce\n`)).toBe(true);
    expect(updated).not.toContain('old figures');
    expect(updated).toContain('2 × Xeon, 24 GiB');
    expect(() => updateDocs('# no markers', report())).toThrow(/markers/);
  });

  it('draws the engine chart as a standalone SVG with a point per size', () => {
    const svg = engineChartSvg(report().engineScaling, 1.04);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(6);
    expect(svg).toContain('exponent 1.04');
    expect(svg).not.toContain('NaN');
  });
});
