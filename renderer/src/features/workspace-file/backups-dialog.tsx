import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { BackupInfo } from '@shared/backup/catalog';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { platform } from '../../platform/bridge';
import { backUp, restoreBackup, restoreContext } from '../../db/durable-backups';
import { formatBackupTime } from './startup-notice';
import { useErrorText } from '../../i18n/use-error-text';

/** File → Restore from Backup: the kept backups, newest first; a restore first backs up what is there now. */
export function BackupsDialog({ onClose, onStatus }: { onClose: () => void; onStatus: (message: string) => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | undefined>();
  const [where, setWhere] = useState('');
  const [confirming, setConfirming] = useState<BackupInfo | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ error: unknown }>();
  const intl = useIntl();
  const errorText = useErrorText();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `workspaceFile.backups.${id}` }, values);
  const time = (iso: string) => formatBackupTime(intl, iso);

  const load = () =>
    void platform()
      .backupList()
      .then(setBackups, (e: unknown) => setError({ error: e }));
  useEffect(() => {
    load();
    void platform()
      .appInfo()
      .then((info) => setWhere(info.backupsDir));
  }, []);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    try {
      onStatus(await action());
      load();
    } catch (e) {
      setError({ error: e });
    } finally {
      setBusy(false);
      setConfirming(undefined);
    }
  }

  return (
    <Dialog
      title={say('title')}
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
                (await backUp(db, 'manual', platform())) ? say('backedUp') : say('nothingToBackUp'),
              )
            }
          >
            <FormattedMessage id="workspaceFile.backups.backUpNow" />
          </button>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="workspaceFile.done" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="workspaceFile.backups.explain" />
        {where && (
          <FormattedMessage id="workspaceFile.backups.where" values={{ where: <bdi dir="ltr">{where}</bdi> }} />
        )}
      </p>
      {error && (
        <p role="alert" className="notice notice-error">
          {errorText(error.error)}
        </p>
      )}
      {backups === undefined ? (
        <p>
          <FormattedMessage id="workspaceFile.backups.loading" />
        </p>
      ) : backups.length === 0 ? (
        <p>
          <FormattedMessage id="workspaceFile.backups.none" />
        </p>
      ) : (
        <table className="plain-table" aria-label={say('tableLabel')}>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="workspaceFile.backups.made" />
              </th>
              <th scope="col">
                <FormattedMessage id="workspaceFile.backups.why" />
              </th>
              <th scope="col">
                <FormattedMessage id="workspaceFile.backups.changes" />
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="workspaceFile.backups.action" />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{time(backup.createdAt)}</td>
                <td>{say(`reason.${backup.reason}`)}</td>
                <td>{intl.formatNumber(backup.lastSeq)}</td>
                <td>
                  <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(backup)}>
                    <FormattedMessage id="workspaceFile.backups.restore" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div role="alertdialog" aria-label={say('confirmLabel')} className="notice notice-warning">
          <p>
            <FormattedMessage id="workspaceFile.backups.confirm" values={{ date: time(confirming.createdAt) }} />
          </p>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const outcome = await restoreBackup(db, confirming, restoreContext(), platform());
                return say('restored', { date: time(outcome.restored.createdAt), records: outcome.records });
              })
            }
          >
            <FormattedMessage id="workspaceFile.backups.restoreThis" />
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(undefined)}>
            <FormattedMessage id="workspaceFile.backups.keepCurrent" />
          </button>
        </div>
      )}
    </Dialog>
  );
}
