// Fuzzing the workspace-file reader (quality-anchors R10): whatever the bytes, it returns a verdict
// and never throws or hangs; a file is accepted whole or refused with every problem located, and
// an accepted file keeps every record it held (records in = records out, nothing dropped).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, recordReliability } from '../testing/reliability';
import { parseWorkspace, parseWorkspaceText, type ParseResult } from './parse';
import { exampleText } from '../testing/fixtures';

const RUNS = fuzzRuns(process.env);
const COLLECTIONS = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings', 'actions'] as const;
const itSectionText = exampleText('it-section-2021');
const breachesText = exampleText('rule-breaches');

/** A verdict of the documented shape, within the time budget; records in = records out when accepted. */
function expectVerdict(input: unknown, result: ParseResult, started: number): void {
  expect(performance.now() - started).toBeLessThan(2000);
  if (result.ok) {
    for (const collection of COLLECTIONS) {
      const given = (input as Record<string, unknown>)[collection];
      expect(result.workspace[collection]).toHaveLength(Array.isArray(given) ? given.length : 0);
    }
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const problem of result.errors) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message).not.toBe('');
  }
}

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  return [run(), started];
};

/** A JSON path into `value`, and a way to change what is there. */
type Mutation = { at: number; kind: 'replace' | 'delete' | 'duplicate'; value: unknown };

function mutate(root: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(root);
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const children: [string | number, unknown][] = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
    for (const [key, child] of children) {
      nodes.push({ parent: node as Record<string, unknown> | unknown[], key });
      walk(child);
    }
  };
  walk(copy);
  const target = nodes[mutation.at % nodes.length];
  if (!target) return mutation.value;
  const { parent, key } = target;
  if (Array.isArray(parent)) {
    const i = key as number;
    if (mutation.kind === 'delete') parent.splice(i, 1);
    else if (mutation.kind === 'duplicate') parent.splice(i, 0, structuredClone(parent[i]));
    else parent[i] = mutation.value;
  } else if (mutation.kind === 'delete') delete parent[key as string];
  else parent[key as string] = mutation.kind === 'duplicate' ? [parent[key as string]] : mutation.value;
  return copy;
}

const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'delete', 'duplicate'),
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('', 'p01', 'it', '2021-13-01', '2021-08-26', 'elected', -1, 1e308, null, [], {}),
  ),
});

describe('the workspace-file reader under fuzzing (quality-anchors R10)', () => {
  it(`reads any text into a verdict, never an exception [${RUNS} runs]`, (context) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
        ),
        (text) => {
          const [result, started] = timed(() => parseWorkspaceText(text));
          expectVerdict(safeJson(text), result, started);
        },
      ),
      { numRuns: RUNS },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });

  it(`judges a real file with up to five random changes: whole or refused with located problems [${RUNS} runs]`, (context) => {
    const files = [JSON.parse(itSectionText), JSON.parse(breachesText)];
    fc.assert(
      fc.property(fc.nat({ max: 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), (which, mutations) => {
        const input = mutations.reduce(mutate, files[which] as unknown);
        const [result, started] = timed(() => parseWorkspace(input));
        expectVerdict(input, result, started);
        if (result.ok) {
          // What was accepted reads back the same: the reader is a fixed point on its own output.
          const again = parseWorkspaceText(JSON.stringify(result.workspace));
          expect(again.ok && JSON.stringify(again.workspace)).toBe(JSON.stringify(result.workspace));
        }
      }),
      { numRuns: RUNS },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });

  it(`refuses a file cut short or with bytes changed, naming where [${RUNS} runs]`, (context) => {
    fc.assert(
      fc.property(
        fc.nat({ max: itSectionText.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat({ max: itSectionText.length - 1 }),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          ),
          { maxLength: 4 },
        ),
        (cut, changes) => {
          let text = itSectionText.slice(0, cut);
          for (const [at, char] of changes) if (at < text.length) text = text.slice(0, at) + char + text.slice(at + 1);
          const [result, started] = timed(() => parseWorkspaceText(text));
          expectVerdict(safeJson(text), result, started);
          // Cut before its closing brace, the file is never valid JSON.
          if (cut < itSectionText.trimEnd().length - 1) expect(result.ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
    recordReliability(context, { fuzzProperties: 1, fuzzRuns: RUNS });
  });
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}
