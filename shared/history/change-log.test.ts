import { describe, expect, it } from 'vitest';
import { canonicalJson, chainEntries, verifyChain, type ChangeContent } from './change-log';

const change = (n: number): ChangeContent => ({
  at: `2026-11-27T10:0${n}:00.000Z`,
  actor: 'Grace Mwangi',
  action: 'update',
  table: 'terms',
  recordId: `t${n}`,
  before: { id: `t${n}`, end: '2023-08-25' },
  after: { id: `t${n}`, end: '2023-08-25', endedOn: '2022-01-15' },
  summary: `Ended term t${n} early`,
});

describe('the hash-chained change log', () => {
  it('hashes canonical JSON, so key order does not matter', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, skip: undefined })).toBe('{"a":1}');
  });

  it('chains entries in order and verifies an untouched log', () => {
    const first = chainEntries(undefined, [change(1), change(2)]);
    const more = chainEntries(first.at(-1), [change(3)]);
    const log = [...first, ...more];
    expect(log.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(log[1]?.prevHash).toBe(log[0]?.hash);
    expect(verifyChain(log)).toEqual({ ok: true, entries: 3 });
  });

  it.each([
    [
      'an edited value',
      (log: ReturnType<typeof chainEntries>) => ((log[1] as { actor: string }).actor = 'Someone else'),
      2,
      'was changed after it was written',
    ],
    [
      'an edited before/after',
      (log: ReturnType<typeof chainEntries>) => ((log[0] as { after: unknown }).after = { id: 't1' }),
      1,
      'was changed after it was written',
    ],
    ['a deleted entry', (log: ReturnType<typeof chainEntries>) => log.splice(1, 1), 3, 'entry 2 is missing'],
    [
      'a re-hashed entry',
      (log: ReturnType<typeof chainEntries>) => {
        const [forged] = chainEntries({ seq: 1, hash: 'f'.repeat(64) }, [change(9)]);
        log[1] = forged!;
      },
      2,
      'does not follow entry 1',
    ],
  ])('detects %s and says where', (_name, tamper, brokenAt, reason) => {
    const log = chainEntries(undefined, [change(1), change(2), change(3)]);
    tamper(log);
    const verdict = verifyChain(log);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.brokenAt).toBe(brokenAt);
    expect(verdict.reason).toContain(reason);
  });
});
