import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The append-only change log: every write records who, when, what and the record before and
 * after. Each entry's hash covers its content and the previous entry's hash, so editing, deleting
 * or reordering any earlier entry breaks every hash after it and `verifyChain` reports where.
 */
export type ChangeAction = 'create' | 'update' | 'delete' | 'import' | 'override' | 'merge' | 'baseline';

export type ChangeContent = {
  /** ISO date-time. */
  at: string;
  actor: string;
  action: ChangeAction;
  /** The workspace array the record lives in (`terms`), or `workspace` for whole-file events. */
  table: string;
  recordId: string;
  before: unknown;
  after: unknown;
  /** A sentence for people: "Ended Ana Ruiz's term early on 2022-01-15 (resigned)". */
  summary: string;
};

export type ChangeEntry = ChangeContent & { seq: number; prevHash: string; hash: string };

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function hashEntry(seq: number, prevHash: string, content: ChangeContent): string {
  return sha256Hex(canonicalJson({ ...content, seq, prevHash }));
}

/** Chains new entries after `last` (or the genesis hash). */
export function chainEntries(
  last: Pick<ChangeEntry, 'seq' | 'hash'> | undefined,
  contents: readonly ChangeContent[],
): ChangeEntry[] {
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  return contents.map((content) => {
    seq += 1;
    const hash = hashEntry(seq, prevHash, content);
    const entry = { ...content, seq, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

export type ChainVerdict =
  { ok: true; entries: number } | { ok: false; entries: number; brokenAt: number; reason: string };

/** Recomputes every hash in order; the first entry that does not match is where the log was altered. */
export function verifyChain(entries: readonly ChangeEntry[]): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    const fail = (reason: string): ChainVerdict => ({
      ok: false,
      entries: entries.length,
      brokenAt: entry.seq,
      reason,
    });
    if (entry.seq !== expectedSeq) return fail(`entry ${expectedSeq} is missing (found ${entry.seq} in its place)`);
    if (entry.prevHash !== prevHash) return fail(`entry ${entry.seq} does not follow entry ${entry.seq - 1}`);
    const { seq, prevHash: _prev, hash, ...content } = entry;
    if (hashEntry(seq, prevHash, content) !== hash) return fail(`entry ${entry.seq} was changed after it was written`);
    prevHash = hash;
    expectedSeq += 1;
  }
  return { ok: true, entries: entries.length };
}
