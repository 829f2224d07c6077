import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { StartupReport } from '../../db/durable-backups';

/** When a backup was made, for people: "27 November 2026, 10:15" (in the reader's language). */
export function formatBackupTime(intl: IntlShape, iso: string): string {
  return intl.formatDate(new Date(iso), { dateStyle: 'long', timeStyle: 'short' });
}

/** What the start-up check found and did, in words for the secretary (issue 7 §3). */
export function startupMessage(
  intl: IntlShape,
  report: StartupReport,
): { tone: 'warning' | 'error'; text: string[] } | undefined {
  if (!('expectedSeq' in report)) return undefined;
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `workspaceFile.startup.${id}` }, values);
  const what = say(report.kind === 'wiped' ? 'wiped' : 'behind');
  if (report.failure) {
    return { tone: 'error', text: [what, say('restoreFailed', { failure: report.failure })] };
  }
  if (!report.restored) {
    const lost = report.lostChanges ?? report.expectedSeq;
    return {
      tone: 'error',
      text: [what, say(report.kind === 'wiped' ? 'noBackupWiped' : 'noBackupBehind', { count: lost })],
    };
  }
  const { restored, records, savedFirst } = report.restored;
  const lost = report.lostChanges;
  return {
    tone: 'warning',
    text: [
      what,
      `${say('restored', { date: formatBackupTime(intl, restored.createdAt), records })} ${
        lost === null ? say('lossUnknown') : lost === 0 ? say('lossNone') : say('lossSome', { count: lost })
      }`,
      ...(savedFirst ? [say('savedFirst')] : []),
    ],
  };
}

export function StartupNotice({ report, onDismiss }: { report: StartupReport; onDismiss: () => void }) {
  const intl = useIntl();
  const message = startupMessage(intl, report);
  if (!message) return null;
  return (
    <div role="alert" className={`notice notice-${message.tone} startup-notice`} data-testid="startup-notice">
      {message.text.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" className="btn" onClick={onDismiss}>
        <FormattedMessage id="workspaceFile.dismiss" />
      </button>
    </div>
  );
}
