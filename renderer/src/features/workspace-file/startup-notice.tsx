import type { StartupReport } from '../../db/durable-backups';

/** When a backup was made, for people: "27 November 2026, 10:15". */
export function formatBackupTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' });
}

function lossSentence(lost: number | null): string {
  if (lost === null) return 'Changes made after that backup, if there were any, could not be recovered.';
  if (lost === 0) return 'Nothing was lost: the backup held every change.';
  return lost === 1
    ? 'One change made after that backup could not be recovered; the History screen shows what the records hold now.'
    : `${lost} changes made after that backup could not be recovered; the History screen shows what the records hold now.`;
}

/** What the start-up check found and did, in words for the secretary (issue 7 §3). */
export function startupMessage(report: StartupReport): { tone: 'warning' | 'error'; text: string[] } | undefined {
  if (!('expectedSeq' in report)) return undefined;
  const what =
    report.kind === 'wiped'
      ? 'Tenure found its database empty, although it held your records the last time it ran. The database was probably lost when the computer or the app stopped abruptly.'
      : 'Tenure found that its database had lost its most recent changes, probably when the computer or the app stopped abruptly.';
  if (report.failure) {
    return {
      tone: 'error',
      text: [
        what,
        `Restoring the newest backup failed (${report.failure}). Nothing was changed; Tenure will try again at the next start, or you can restore a backup from File → Restore from Backup.`,
      ],
    };
  }
  if (!report.restored) {
    const lost = report.lostChanges ?? report.expectedSeq;
    return {
      tone: 'error',
      text: [
        what,
        report.kind === 'wiped'
          ? `No backup was found, so ${lost === 1 ? 'its one recorded change is' : `its ${lost} recorded changes are`} lost. If you have an exported workspace file, import it.`
          : `No backup holds them: ${lost === 1 ? 'one change is' : `${lost} changes are`} lost.`,
      ],
    };
  }
  const { restored, records, savedFirst } = report.restored;
  return {
    tone: 'warning',
    text: [
      what,
      `It restored the backup of ${formatBackupTime(restored.createdAt)} (${records} records). ${lossSentence(report.lostChanges)}`,
      ...(savedFirst
        ? ['What the database held before the restore was backed up too, and can be restored from the backups list.']
        : []),
    ],
  };
}

export function StartupNotice({ report, onDismiss }: { report: StartupReport; onDismiss: () => void }) {
  const message = startupMessage(report);
  if (!message) return null;
  return (
    <div role="alert" className={`notice notice-${message.tone} startup-notice`} data-testid="startup-notice">
      {message.text.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
