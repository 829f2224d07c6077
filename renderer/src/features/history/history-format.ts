import {
  GENESIS_HASH,
  canonicalJson,
  type ChainVerdict,
  type ChangeAction,
  type ChangeEntry,
} from '@shared/history/change-log';

export const ACTION_LABELS: Record<ChangeAction, string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Removed',
  import: 'Imported',
  override: 'Override',
  merge: 'Merged',
  baseline: 'History starts',
};

export const TABLE_LABELS: Record<string, string> = {
  workspace: 'Whole workspace',
  committees: 'Committees',
  people: 'People',
  terms: 'Terms',
  offices: 'Offices',
  elections: 'Elections',
  meetings: 'Meetings',
  actions: 'Actions',
  overrides: 'Overrides',
};

export const tableLabel = (table: string) => TABLE_LABELS[table] ?? table;

/** How an entry names its record: `terms/t-p05-2017`, or the whole workspace for imports. */
export function recordLabel(entry: Pick<ChangeEntry, 'table' | 'recordId'>): string {
  return entry.table === 'workspace' ? 'whole workspace' : `${entry.table}/${entry.recordId}`;
}

/** An ISO instant as the user's own clock showed it: `2021-03-19 14:02`. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
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
