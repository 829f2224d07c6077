import { FormattedMessage, useIntl } from 'react-intl';
import type { ChainVerdict, ChangeEntry } from '@shared/history/change-log';
import { Dialog } from '../../components/ui/dialog';
import { actionLabel, fieldDiff, formatWhen, recordLabel, verdictReason } from './history-format';
import { RecordedBy } from '../../components/recorded-by';

/** A field the record did not have on one side: a mark, not a word, the same in every language. */
const ABSENT = '—';

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
  const intl = useIntl();
  const rows = fieldDiff(entry.before, entry.after);
  // A record added or removed has every field "changed"; marking them all would only be noise.
  const comparing = entry.before !== null && entry.after !== null;
  const changedCount = rows.filter((r) => r.changed).length;
  const altered = verdict && !verdict.ok && verdict.brokenAt === entry.seq;

  return (
    <Dialog
      title={intl.formatMessage(
        { id: 'history.detail.title' },
        { seq: entry.seq, action: actionLabel(entry.action, intl) },
      )}
      onClose={onClose}
      wide
      footer={
        <>
          {showRecordHistory && (
            <button type="button" className="btn" onClick={showRecordHistory}>
              <FormattedMessage id="history.detail.showRecordHistory" />
            </button>
          )}
          <button type="button" className="btn btn-primary" onClick={onClose}>
            <FormattedMessage id="history.detail.close" />
          </button>
        </>
      }
    >
      {altered && (
        <p className="notice notice-error" role="alert">
          <FormattedMessage id="history.detail.altered" values={{ reason: verdictReason(verdict.reason, intl) }} />
        </p>
      )}
      <dl className="change-facts">
        <dt>
          <FormattedMessage id="history.detail.when" />
        </dt>
        <dd>{formatWhen(entry.at, intl)}</dd>
        <dt>
          <FormattedMessage id="history.detail.who" />
        </dt>
        <dd>
          <RecordedBy actor={entry.actor} />
        </dd>
        <dt>
          <FormattedMessage id="history.detail.record" />
        </dt>
        <dd>
          <code>{recordLabel(entry, intl)}</code>
        </dd>
        <dt>
          <FormattedMessage id="history.detail.what" />
        </dt>
        <dd>
          <bdi>{entry.summary}</bdi>
        </dd>
      </dl>

      <table className="change-diff">
        <caption>
          {entry.before === null ? (
            <FormattedMessage id="history.detail.created" />
          ) : entry.after === null ? (
            <FormattedMessage id="history.detail.removed" />
          ) : (
            <FormattedMessage id="history.detail.changed" values={{ count: changedCount }} />
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="history.detail.field" />
            </th>
            <th scope="col">
              <FormattedMessage id="history.detail.before" />
            </th>
            <th scope="col">
              <FormattedMessage id="history.detail.after" />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={comparing && row.changed ? 'diff-changed' : undefined}>
              <th scope="row">
                {row.field}
                {comparing && row.changed && (
                  <span className="diff-mark">
                    <FormattedMessage id="history.detail.fieldChanged" />
                  </span>
                )}
              </th>
              <td>
                <bdi>{row.before ?? <span className="diff-absent">{ABSENT}</span>}</bdi>
              </td>
              <td>
                <bdi>{row.after ?? <span className="diff-absent">{ABSENT}</span>}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <details className="change-seal">
        <summary>
          <FormattedMessage id="history.detail.seal" />
        </summary>
        <dl className="change-facts">
          <dt>
            <FormattedMessage id="history.detail.entry" />
          </dt>
          <dd>{entry.seq}</dd>
          <dt>
            <FormattedMessage id="history.detail.hash" />
          </dt>
          <dd>
            <code>{entry.hash}</code>
          </dd>
          <dt>
            <FormattedMessage id="history.detail.prevHash" />
          </dt>
          <dd>
            <code>{entry.prevHash}</code>
          </dd>
        </dl>
        <p>
          <FormattedMessage id="history.detail.sealExplained" />
        </p>
      </details>
    </Dialog>
  );
}
