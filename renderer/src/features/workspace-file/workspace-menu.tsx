import { useState } from 'react';
import { todayIso } from '../../stores/app-store';
import { ImportDialog } from './import-dialog';
import { exportWorkspace } from './export-workspace';

export function WorkspaceMenu() {
  const [importing, setImporting] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <div className="workspace-menu">
      <button type="button" className="btn" onClick={() => setImporting(true)}>
        Import workspace…
      </button>
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
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} onImported={(name) => setStatus(`Imported ${name}.`)} />
      )}
    </div>
  );
}
