import { useEffect, useState } from 'react';
import type { BackupInfo } from '@shared/backup/catalog';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { platform } from '../../platform/bridge';
import { backUp, restoreBackup, restoreContext } from '../../db/durable-backups';
import { formatBackupTime } from './startup-notice';

const REASONS: Record<BackupInfo['reason'], string> = {
  interval: 'every 15 minutes while there are changes',
  'before-import': 'before an import',
  'before-migration': 'before a database upgrade',
  'before-restore': 'before a restore',
  manual: 'backed up by hand',
};

/** File → Restore from Backup: the kept backups, newest first; a restore first backs up what is there now. */
export function BackupsDialog({ onClose, onStatus }: { onClose: () => void; onStatus: (message: string) => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [where, setWhere] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  const load = () =>
    void platform()
      .backupList()
      .then(setBackups, (e: unknown) => setError(String(e)));
  useEffect(() => {
    load();
    void platform()
      .appInfo()
      .then((info) => setWhere(info.backupsDir));
  }, []);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError('');
    try {
      onStatus(await action());
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  return (
    <Dialog
      title="Backups"
      onClose={onClose}
      wide
      footer={
        <>
          <button
            type="button"
            className="btn"
            disabled={busy}
            onClick={() =>
              void run(async () =>
                (await backUp(db, 'manual', platform())) ? 'Backed up now.' : 'Nothing to back up yet.',
              )
            }
          >
            Back up now
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      <p>
        Tenure keeps copies of the whole workspace outside its database: every 15 minutes while there are changes, and
        before every import, upgrade and restore. It keeps the last 3 of today and one for each earlier day, 10 in all.
        {where && <> They are in {where}.</>}
      </p>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {backups === undefined ? (
        <p>Reading the backups…</p>
      ) : backups.length === 0 ? (
        <p>No backup yet.</p>
      ) : (
        <table className="plain-table" aria-label="Kept backups">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Why</th>
              <th scope="col">Changes recorded</th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatBackupTime(backup.createdAt)}</td>
                <td>{REASONS[backup.reason]}</td>
                <td>{backup.lastSeq}</td>
                <td>
                  <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(backup)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div role="alertdialog" aria-label="Confirm restore" className="notice notice-warning">
          <p>
            Replace every record with the backup of {formatBackupTime(confirming.createdAt)}? What is here now is backed
            up first, so this restore can be undone from this list.
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const outcome = await restoreBackup(db, confirming, restoreContext(), platform());
                return `Restored the backup of ${formatBackupTime(outcome.restored.createdAt)} (${outcome.records} records).`;
              })
            }
          >
            Restore this backup
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(undefined)}>
            Keep the current records
          </button>
        </div>
      )}
    </Dialog>
  );
}
