import { useState } from 'react';
import type { Workspace } from '@shared/workspace/schema';
import { parseWorkspaceText, type WorkspaceProblem } from '@shared/workspace/parse';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { ENTITY_TABLES } from '../../db/app-db';
import { importWorkspace, previewImport, type ImportPreview } from '../../db/repositories/workspace-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { backUp } from '../../db/durable-backups';
import { isDesktop, openWorkspaceFile, platform } from '../../platform/bridge';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; fileName: string; problems: WorkspaceProblem[] }
  | { kind: 'preview'; fileName: string; workspace: Workspace; preview: ImportPreview }
  | { kind: 'failed'; message: string };

const TABLE_LABELS: Record<(typeof ENTITY_TABLES)[number], string> = {
  committees: 'Committees',
  people: 'People',
  terms: 'Terms',
  offices: 'Offices',
  elections: 'Elections',
  meetings: 'Meetings',
  actions: 'Action-plan items',
};

/** File → Import workspace: validate the whole file, show what would change, then replace in one go. */
export function ImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported?: (fileName: string) => void;
}) {
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const { context } = useWriteContext();

  async function read(fileName: string, text: string) {
    const result = parseWorkspaceText(text);
    if (!result.ok) setStep({ kind: 'refused', fileName, problems: result.errors });
    else
      setStep({
        kind: 'preview',
        fileName,
        workspace: result.workspace,
        preview: await previewImport(db, result.workspace),
      });
  }

  async function choose(file: File | undefined) {
    if (file) await read(file.name, await file.text());
  }

  async function chooseNative() {
    try {
      const file = await openWorkspaceFile();
      if (file) await read(file.fileName, file.text);
    } catch (error) {
      setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function confirm() {
    if (step.kind !== 'preview') return;
    setBusy(true);
    try {
      // The records being replaced are backed up first; without that backup nothing is imported.
      await backUp(db, 'before-import', platform()).catch((error: unknown) => {
        throw new Error(
          `the current records could not be backed up first (${error instanceof Error ? error.message : String(error)})`,
        );
      });
      await importWorkspace(db, step.workspace, { fileName: step.fileName }, context());
      onImported?.(step.fileName);
      onClose();
    } catch (error) {
      setStep({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Import a workspace file"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          {step.kind === 'preview' && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
              Replace the workspace with this file
            </button>
          )}
        </>
      }
    >
      <p>
        A Tenure workspace file (<code>.tenure.json</code>) replaces everything in this workspace. Nothing changes until
        you confirm, and the current records are backed up first.
      </p>
      {isDesktop() ? (
        <p>
          <button type="button" className="btn" onClick={() => void chooseNative()}>
            Choose a workspace file…
          </button>
        </p>
      ) : (
        <label className="field">
          Workspace file
          <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
      )}
      {step.kind === 'refused' && (
        <div role="alert" className="notice notice-error">
          <p>
            <strong>{step.fileName}</strong> is not a valid Tenure workspace, so nothing was imported and nothing
            changed.
            {step.problems.length === 1 ? ' One problem:' : ` ${step.problems.length} problems:`}
          </p>
          <ul className="problem-list">
            {step.problems.slice(0, 200).map((p) => (
              <li key={`${p.path}|${p.message}`}>
                <code>{p.path || '(the file)'}</code> {p.message}
              </li>
            ))}
          </ul>
          {step.problems.length > 200 && <p>…and {step.problems.length - 200} more.</p>}
        </div>
      )}
      {step.kind === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>The import did not complete, and nothing was changed: {step.message}</p>
        </div>
      )}
      {step.kind === 'preview' && (
        <section aria-label="What the import will change">
          <p>
            <strong>{step.fileName}</strong> is valid. Importing it will:
          </p>
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">New</th>
                <th scope="col">Changed</th>
                <th scope="col">Removed</th>
                <th scope="col">Unchanged</th>
              </tr>
            </thead>
            <tbody>
              {ENTITY_TABLES.map((table) => {
                const t = step.preview[table];
                return (
                  <tr key={table}>
                    <th scope="row">{TABLE_LABELS[table]}</th>
                    <td>{t.added.length}</td>
                    <td>{t.changed.length}</td>
                    <td>{t.removed.length}</td>
                    <td>{t.unchanged}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </Dialog>
  );
}
