import { useState } from 'react';
import { canonicalJson, type ChangeEntry } from '@shared/history/change-log';

const ACTION_LABELS: Record<ChangeEntry['action'], string> = {
  create: 'Added',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
  override: 'Override',
  merge: 'Merged',
  baseline: 'History starts',
};

const TABLE_LABELS: Record<string, string> = {
  people: 'person',
  terms: 'term',
  offices: 'office',
  workspace: 'whole workspace',
};

/** How many entries show before "Show all": the latest are what a secretary usually wants. */
const FIRST_SHOWN = 12;

function show(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return value;
  return canonicalJson(value);
}

/** The fields an update changed, before and after; nothing for whole-workspace events. */
function changedFields(entry: ChangeEntry): { field: string; before: string; after: string }[] {
  const before = entry.before;
  const after = entry.after;
  if (entry.table === 'workspace' || typeof before !== 'object' || typeof after !== 'object') return [];
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((field) => canonicalJson(a[field]) !== canonicalJson(b[field]))
    .sort()
    .map((field) => ({ field, before: show(a[field]), after: show(b[field]) }));
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The append-only log of a person and their terms and offices, newest first, each change open to inspection. */
export function PersonHistory({ entries }: { entries: readonly ChangeEntry[] | undefined }) {
  const [showAll, setShowAll] = useState(false);
  if (entries === undefined) return <p className="loading">Reading the history…</p>;
  if (entries.length === 0) return <p className="person-muted">No change is recorded yet.</p>;
  const newestFirst = [...entries].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, FIRST_SHOWN);
  return (
    <>
      <ol className="history-list">
        {shown.map((entry) => {
          const fields = entry.action === 'create' || entry.action === 'delete' ? [] : changedFields(entry);
          return (
            <li key={entry.seq} className="history-entry">
              <div className="history-line">
                <span className={`badge history-action history-${entry.action}`}>{ACTION_LABELS[entry.action]}</span>
                <span className="history-summary">{entry.summary}</span>
              </div>
              <div className="history-meta">
                <time dateTime={entry.at}>{when(entry.at)}</time> · by {entry.actor} ·{' '}
                {TABLE_LABELS[entry.table] ?? entry.table}
                {entry.recordId !== '*' && <code> {entry.recordId}</code>} · entry {entry.seq}
              </div>
              {fields.length > 0 && (
                <details className="history-details">
                  <summary>What changed ({fields.length === 1 ? '1 field' : `${fields.length} fields`})</summary>
                  <table className="plain-table history-fields">
                    <thead>
                      <tr>
                        <th scope="col">Field</th>
                        <th scope="col">Before</th>
                        <th scope="col">After</th>
                      </tr>
                    </thead>
                    <tbody>
                      {fields.map((f) => (
                        <tr key={f.field}>
                          <th scope="row">{f.field}</th>
                          <td>{f.before}</td>
                          <td>{f.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {newestFirst.length > FIRST_SHOWN && (
        <button type="button" className="btn btn-small" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show the latest only' : `Show all ${newestFirst.length} changes`}
        </button>
      )}
    </>
  );
}
