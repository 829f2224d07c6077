import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { canonicalJson, type ChangeEntry } from '@shared/history/change-log';
import { RecordedBy } from '../../components/recorded-by';

/** The kinds of record the history names; any other table is shown by its own name. */
const TABLES = new Set(['people', 'terms', 'offices', 'workspace']);

/** How many entries show before "Show all": the latest are what a secretary usually wants. */
const FIRST_SHOWN = 12;

function show(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  return canonicalJson(value);
}

/** The fields an update changed, before and after; nothing for whole-workspace events. */
function changedFields(entry: ChangeEntry): { field: string; before?: string; after?: string }[] {
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

/**
 * The append-only log of a person and their terms and offices, newest first, each change open to
 * inspection. Each entry's summary is the sentence recorded with it, in the words it was written in.
 */
export function PersonHistory({ entries }: { entries: readonly ChangeEntry[] | undefined }) {
  const [showAll, setShowAll] = useState(false);
  const intl = useIntl();
  if (entries === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="person.history.loading" />
      </p>
    );
  }
  if (entries.length === 0) {
    return (
      <p className="person-muted">
        <FormattedMessage id="person.history.empty" />
      </p>
    );
  }
  const when = (at: string) => {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? at : intl.formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  };
  const none = intl.formatMessage({ id: 'person.history.noValue' });
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
                <span className={`badge history-action history-${entry.action}`}>
                  <FormattedMessage id={`person.history.action.${entry.action}`} />
                </span>
                <span className="history-summary">{entry.summary}</span>
              </div>
              <div className="history-meta">
                <FormattedMessage
                  id={entry.recordId === '*' ? 'person.history.meta' : 'person.history.metaRecord'}
                  values={{
                    when: <time dateTime={entry.at}>{when(entry.at)}</time>,
                    actor: <RecordedBy actor={entry.actor} />,
                    table: TABLES.has(entry.table)
                      ? intl.formatMessage({ id: `person.history.table.${entry.table}` })
                      : entry.table,
                    record: <code>{entry.recordId}</code>,
                    seq: String(entry.seq),
                  }}
                />
              </div>
              {fields.length > 0 && (
                <details className="history-details">
                  <summary>
                    <FormattedMessage id="person.history.whatChanged" values={{ count: fields.length }} />
                  </summary>
                  <table className="plain-table history-fields">
                    <thead>
                      <tr>
                        <th scope="col">
                          <FormattedMessage id="person.history.field" />
                        </th>
                        <th scope="col">
                          <FormattedMessage id="person.history.before" />
                        </th>
                        <th scope="col">
                          <FormattedMessage id="person.history.after" />
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {fields.map((f) => (
                        <tr key={f.field}>
                          <th scope="row">{f.field}</th>
                          <td>{f.before ?? none}</td>
                          <td>{f.after ?? none}</td>
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
          {showAll ? (
            <FormattedMessage id="person.history.showLatest" />
          ) : (
            <FormattedMessage id="person.history.showAll" values={{ count: newestFirst.length }} />
          )}
        </button>
      )}
    </>
  );
}
