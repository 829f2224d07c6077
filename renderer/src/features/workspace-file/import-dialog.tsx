import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Workspace } from '@shared/workspace/schema';
import { parseWorkspaceText, type WorkspaceProblem } from '@shared/workspace/parse';
import { Dialog } from '../../components/ui/dialog';
import { RICH } from '../../components/rich-text';
import { db } from '../../db/db';
import { ENTITY_TABLES } from '../../db/app-db';
import { importWorkspace, previewImport, type ImportPreview } from '../../db/repositories/workspace-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { backUp } from '../../db/durable-backups';
import { isDesktop, openWorkspaceFile, platform } from '../../platform/bridge';
import { useErrorText } from '../../i18n/use-error-text';

type Step =
  | { kind: 'choose' }
  | { kind: 'refused'; fileName: string; problems: WorkspaceProblem[] }
  | { kind: 'preview'; fileName: string; workspace: Workspace; preview: ImportPreview }
  | { kind: 'failed'; message: string };

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
  const intl = useIntl();
  const errorText = useErrorText();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `workspaceFile.import.${id}` }, values);

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
      setStep({ kind: 'failed', message: errorText(error) });
    }
  }

  async function confirm() {
    if (step.kind !== 'preview') return;
    setBusy(true);
    try {
      // The records being replaced are backed up first; without that backup nothing is imported.
      await backUp(db, 'before-import', platform()).catch((error: unknown) => {
        throw new Error(say('backupFirstFailed', { error: errorText(error) }));
      });
      await importWorkspace(db, step.workspace, { fileName: step.fileName }, context());
      onImported?.(step.fileName);
      onClose();
    } catch (error) {
      setStep({ kind: 'failed', message: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={say('title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="workspaceFile.cancel" />
          </button>
          {step.kind === 'preview' && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
              <FormattedMessage id="workspaceFile.import.confirm" />
            </button>
          )}
        </>
      }
    >
      <p>
        <FormattedMessage id="workspaceFile.import.explain" values={RICH} />
      </p>
      {isDesktop() ? (
        <p>
          <button type="button" className="btn" onClick={() => void chooseNative()}>
            <FormattedMessage id="workspaceFile.import.chooseFile" />
          </button>
        </p>
      ) : (
        <label className="field">
          <FormattedMessage id="workspaceFile.import.file" />
          <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
      )}
      {step.kind === 'refused' && (
        <div role="alert" className="notice notice-error">
          <p>
            <FormattedMessage
              id="workspaceFile.import.refused"
              values={{ ...RICH, file: step.fileName, count: step.problems.length }}
            />
          </p>
          <ul className="problem-list">
            {step.problems.slice(0, 200).map((p) => (
              <li key={`${p.path}|${p.message}`}>
                <FormattedMessage
                  id="workspaceFile.import.problem"
                  values={{ path: <code>{p.path || say('theFile')}</code>, message: p.message }}
                />
              </li>
            ))}
          </ul>
          {step.problems.length > 200 && (
            <p>
              <FormattedMessage id="workspaceFile.import.more" values={{ count: step.problems.length - 200 }} />
            </p>
          )}
        </div>
      )}
      {step.kind === 'failed' && (
        <div role="alert" className="notice notice-error">
          <p>
            <FormattedMessage id="workspaceFile.import.failed" values={{ message: step.message }} />
          </p>
        </div>
      )}
      {step.kind === 'preview' && (
        <section aria-label={say('previewLabel')}>
          <p>
            <FormattedMessage id="workspaceFile.import.valid" values={{ ...RICH, file: step.fileName }} />
          </p>
          <table className="plain-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="workspaceFile.import.records" />
                </th>
                <th scope="col">
                  <FormattedMessage id="workspaceFile.import.new" />
                </th>
                <th scope="col">
                  <FormattedMessage id="workspaceFile.import.changed" />
                </th>
                <th scope="col">
                  <FormattedMessage id="workspaceFile.import.removed" />
                </th>
                <th scope="col">
                  <FormattedMessage id="workspaceFile.import.unchanged" />
                </th>
              </tr>
            </thead>
            <tbody>
              {ENTITY_TABLES.map((table) => {
                const t = step.preview[table];
                return (
                  <tr key={table}>
                    <th scope="row">{say(`table.${table}`)}</th>
                    <td>{intl.formatNumber(t.added.length)}</td>
                    <td>{intl.formatNumber(t.changed.length)}</td>
                    <td>{intl.formatNumber(t.removed.length)}</td>
                    <td>{intl.formatNumber(t.unchanged)}</td>
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
