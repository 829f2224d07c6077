import {
  GENESIS_HASH,
  canonicalJson,
  type ChainVerdict,
  type ChangeAction,
  type ChangeEntry,
} from '@shared/history/change-log';
import type { IntlShape } from 'react-intl';

/** What a function needs to put things in the reader's words: react-intl's `intl`, or a test's. */
export type Words = Pick<IntlShape, 'formatMessage' | 'formatDate'>;

const ACTIONS: readonly ChangeAction[] = ['create', 'update', 'delete', 'import', 'override', 'merge', 'baseline'];

/** "Added", "Changed", "History starts": an entry's action as the list and the detail name it. */
export function actionLabel(action: string, words: Words): string {
  return (ACTIONS as readonly string[]).includes(action)
    ? words.formatMessage({ id: `history.action.${action}` })
    : action;
}

/** The tables a change can be about, named for the filter; an unknown table keeps its own name. */
export const TABLES = [
  'workspace',
  'committees',
  'people',
  'terms',
  'offices',
  'elections',
  'meetings',
  'actions',
  'overrides',
] as const;

export const tableLabel = (table: string, words: Words) =>
  (TABLES as readonly string[]).includes(table) ? words.formatMessage({ id: `history.tableName.${table}` }) : table;

/** How an entry names its record: `terms/t-p05-2017`, or the whole workspace for imports. */
export function recordLabel(entry: Pick<ChangeEntry, 'table' | 'recordId'>, words: Words): string {
  return entry.table === 'workspace'
    ? words.formatMessage({ id: 'history.record.workspace' })
    : `${entry.table}/${entry.recordId}`;
}

/** An ISO instant as the user's own clock showed it, in their language: `Mar 19, 2021, 2:02 PM`. */
export function formatWhen(iso: string, words: Words): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return words.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Why the chain failed, in the reader's language. The check words its reasons in English
 * (`verifyChain`); the three it gives are put into messages, anything else is shown as it is.
 */
export function verdictReason(reason: string, words: Words): string {
  const t = words.formatMessage;
  let m = /^entry (\d+) is missing \(found (\d+) in its place\)$/.exec(reason);
  if (m) return t({ id: 'history.reason.missing' }, { seq: Number(m[1]), found: Number(m[2]) });
  m = /^entry (\d+) does not follow entry (\d+)$/.exec(reason);
  if (m) return t({ id: 'history.reason.notFollowing' }, { seq: Number(m[1]), previous: Number(m[2]) });
  m = /^entry (\d+) was changed after it was written$/.exec(reason);
  if (m) return t({ id: 'history.reason.changed' }, { seq: Number(m[1]) });
  return reason;
}

/** The history route's id, `<table>:<recordId>`; the record id may itself hold a colon. */
export function parseRecordRoute(id: string | undefined): { table: string; recordId: string } | undefined {
  if (!id) return undefined;
  const colon = id.indexOf(':');
  if (colon <= 0 || colon === id.length - 1) return undefined;
  return { table: id.slice(0, colon), recordId: id.slice(colon + 1) };
}

/** Whether an entry passes the table and text filters; text matches the record id, summary or who. */
export function matchesFilters(entry: ChangeEntry, table: string, text: string): boolean {
  if (table !== '' && entry.table !== table) return false;
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return true;
  return [entry.recordId, entry.summary, entry.actor, `${entry.table}/${entry.recordId}`].some((s) =>
    s.toLocaleLowerCase().includes(needle),
  );
}

export type FieldRow = {
  field: string;
  /** The value as text; undefined when the field was not there. */
  before: string | undefined;
  after: string | undefined;
  changed: boolean;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A value as a person reads it: `counts: terms 25, people 24`, not a line of JSON punctuation. */
export function readableValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(readableValue).join(', ')}]`;
  if (typeof value === 'object') {
    const inner = (v: unknown) => (isPlainObject(v) ? `{${readableValue(v)}}` : readableValue(v));
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${inner(v)}`)
      .join(', ');
  }
  return String(value);
}

function show(value: unknown): string | undefined {
  return value === undefined ? undefined : readableValue(value);
}

/**
 * Before and after, field by field, in the order the record has them. A field counts as changed
 * when its canonical JSON differs, so a reordered object is not reported as a change.
 */
export function fieldDiff(before: unknown, after: unknown): FieldRow[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    return [
      {
        field: 'value',
        before: before === null ? undefined : show(before),
        after: after === null ? undefined : show(after),
        changed: canonicalJson(before) !== canonicalJson(after),
      },
    ];
  }
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({
    field,
    before: show(b[field]),
    after: show(a[field]),
    changed: canonicalJson(b[field]) !== canonicalJson(a[field]),
  }));
}

/**
 * The exported history: every entry with its hashes, oldest first, and how to check them, so
 * anyone can recompute the chain outside Tenure and see that it is the one the app verified.
 */
export function historyExport(entries: readonly ChangeEntry[], verdict: ChainVerdict, exportedAt: string) {
  return {
    format: 'tenure-history',
    version: 1,
    exportedAt,
    hashing:
      'hash = SHA-256 (hex) of the canonical JSON (object keys sorted, undefined fields left out) of the entry without its hash, i.e. its content plus seq and prevHash; prevHash of entry 1 is the genesis hash.',
    genesisHash: GENESIS_HASH,
    verification: verdict,
    entries: [...entries].sort((x, y) => x.seq - y.seq),
  };
}
