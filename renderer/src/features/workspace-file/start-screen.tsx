import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { parseWorkspaceText } from '@shared/workspace/parse';
import { db } from '../../db/db';
import { saveCommittee } from '../../db/repositories/committees-repo';
import { importWorkspace } from '../../db/repositories/workspace-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useAppStore } from '../../stores/app-store';
import { ImportDialog } from './import-dialog';

/** First run: nothing is stored yet. Offer the example, a file, or an empty committee. */
export function StartScreen() {
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const { context } = useWriteContext();
  const navigate = useAppStore((s) => s.navigate);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const setCommittee = useAppStore((s) => s.setCommittee);
  const intl = useIntl();

  async function openExample() {
    const { default: text } = await import('../../../../examples/it-section-2021.tenure.json?raw');
    const result = parseWorkspaceText(text);
    if (!result.ok) {
      setError(intl.formatMessage({ id: 'workspaceFile.start.exampleUnreadable' }));
      return;
    }
    await importWorkspace(db, result.workspace, { fileName: 'it-section-2021.tenure.json (example)' }, context());
    setCommittee('it');
    setAsOf('2021-03-19');
    navigate({ screen: 'roster' });
  }

  async function createCommittee() {
    const id =
      name
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'committee';
    await saveCommittee(db, { id, name: name.trim(), kind: 'section' }, context());
    setCommittee(id);
    navigate({ screen: 'committees', id });
  }

  return (
    <main className="start-screen">
      <h1>
        <FormattedMessage id="workspaceFile.start.title" />
      </h1>
      <p className="lead">
        <FormattedMessage id="workspaceFile.start.lead" />
      </p>
      <div className="start-options">
        <section className="card">
          <h2>
            <FormattedMessage id="workspaceFile.start.example" />
          </h2>
          <p>
            <FormattedMessage id="workspaceFile.start.exampleText" values={{ members: 16, places: 12 }} />
          </p>
          <button type="button" className="btn btn-primary" onClick={() => void openExample()}>
            <FormattedMessage id="workspaceFile.start.openExample" />
          </button>
        </section>
        <section className="card">
          <h2>
            <FormattedMessage id="workspaceFile.start.open" />
          </h2>
          <p>
            <FormattedMessage id="workspaceFile.start.openText" />
          </p>
          <button type="button" className="btn" onClick={() => setImporting(true)}>
            <FormattedMessage id="workspaceFile.start.import" />
          </button>
        </section>
        <section className="card">
          <h2>
            <FormattedMessage id="workspaceFile.start.scratch" />
          </h2>
          <label className="field">
            <FormattedMessage id="workspaceFile.start.committeeName" />
            <input
              value={name}
              placeholder={intl.formatMessage({ id: 'workspaceFile.start.committeePlaceholder' })}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="button" className="btn" disabled={name.trim() === ''} onClick={() => void createCommittee()}>
            <FormattedMessage id="workspaceFile.start.create" />
          </button>
        </section>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </main>
  );
}
