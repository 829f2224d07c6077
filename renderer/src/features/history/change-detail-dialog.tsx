import type { ChainVerdict, ChangeEntry } from '@shared/history/change-log';
import { Dialog } from '../../components/ui/dialog';
import { ACTION_LABELS, fieldDiff, formatWhen, recordLabel } from './history-format';

/**
 * One change in full: who, when, the record before and after side by side with the changed
 * fields marked, and the hashes that seal it into the chain.
 */
export function ChangeDetailDialog({
  entry,
  verdict,
  showRecordHistory,
  onClose,
}: {
  entry: ChangeEntry;
  verdict: ChainVerdict | undefined;
  /** Offered when the entry is about one record and the screen is not already showing only it. */
  showRecordHistory: (() => void) | undefined;
  onClose: () => void;
}) {
  const rows = fieldDiff(entry.before, entry.after);
  // A record added or removed has every field "changed"; marking them all would only be noise.
  const comparing = entry.before !== null && entry.after !== null;
  const changedCount = rows.filter((r) => r.changed).length;
  const altered = verdict && !verdict.ok && verdict.brokenAt === entry.seq;

  return (
    <Dialog
      title={`Change ${entry.seq}: ${ACTION_LABELS[entry.action] ?? entry.action}`}
      onClose={onClose}
      wide
      footer={
        <>
          {showRecordHistory && (
            <button type="button" className="btn" onClick={showRecordHistory}>
              Show this record’s history
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      {altered && (
        <p className="notice notice-error" role="alert">
          This entry fails the check: {verdict.reason}. What you see here may not be what was written.
        </p>
      )}
      <dl className="change-facts">
        <dt>When</dt>
        <dd>{formatWhen(entry.at)}</dd>
        <dt>Who</dt>
        <dd>{entry.actor}</dd>
        <dt>Record</dt>
        <dd>
          <code>{recordLabel(entry)}</code>
        </dd>
        <dt>What</dt>
        <dd>{entry.summary}</dd>
      </dl>

      <table className="change-diff">
        <caption>
          {entry.before === null
            ? 'The record as it was written.'
            : entry.after === null
              ? 'The record as it was before it was removed.'
              : `${changedCount === 1 ? '1 field' : `${changedCount} fields`} changed, marked below.`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={comparing && row.changed ? 'diff-changed' : undefined}>
              <th scope="row">
                {row.field}
                {comparing && row.changed && <span className="diff-mark"> changed</span>}
              </th>
              <td>{row.before ?? <span className="diff-absent">—</span>}</td>
              <td>{row.after ?? <span className="diff-absent">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <details className="change-seal">
        <summary>Seal of this entry</summary>
        <dl className="change-facts">
          <dt>Entry</dt>
          <dd>{entry.seq}</dd>
          <dt>Hash</dt>
          <dd>
            <code>{entry.hash}</code>
          </dd>
          <dt>Previous hash</dt>
          <dd>
            <code>{entry.prevHash}</code>
          </dd>
        </dl>
        <p>
          The hash covers this entry and the hash of the one before it, so changing any earlier entry breaks every seal
          after it.
        </p>
      </details>
    </Dialog>
  );
}
