import { useState, type ReactNode } from 'react';
import { todayIso } from '../../stores/app-store';
import { BackupsDialog } from './backups-dialog';
import { ImportDialog } from './import-dialog';
import { exportWorkspace } from './export-workspace';
import { RemindersDialog } from './reminders-dialog';

/**
 * The File area. `importActions` renders further import buttons beside "Import workspace…" (the
 * shell passes the spreadsheet import, since features do not import each other); `report` puts
 * their outcome in this menu's status line.
 */
export function WorkspaceMenu({
  importActions,
}: { importActions?: (report: (message: string) => void) => ReactNode } = {}) {
  const [importing, setImporting] = useState(false);
  const [dialog, setDialog] = useState<'backups' | 'reminders' | undefined>();
  const [status, setStatus] = useState('');
  return (
    <div className="workspace-menu">
      <button type="button" className="btn" onClick={() => setImporting(true)}>
        Import workspace…
      </button>
      {importActions?.(setStatus)}
      <button
        type="button"
        className="btn"
        onClick={() =>
          void exportWorkspace(todayIso()).then(
            () => setStatus('Workspace exported.'),
            (error: unknown) => setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`),
          )
        }
      >
        Export workspace
      </button>
      <button type="button" className="btn" onClick={() => setDialog('backups')}>
        Backups…
      </button>
      <button type="button" className="btn" onClick={() => setDialog('reminders')}>
        Reminders…
      </button>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {dialog === 'backups' && <BackupsDialog onClose={() => setDialog(undefined)} onStatus={setStatus} />}
      {dialog === 'reminders' && <RemindersDialog onClose={() => setDialog(undefined)} />}
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} onImported={(name) => setStatus(`Imported ${name}.`)} />
      )}
    </div>
  );
}
