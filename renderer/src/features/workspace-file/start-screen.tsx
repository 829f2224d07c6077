import { useState } from 'react';
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

  async function openExample() {
    const { default: text } = await import('../../../../examples/it-section-2021.tenure.json?raw');
    const result = parseWorkspaceText(text);
    if (!result.ok) {
      setError('The bundled example could not be read.');
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
      <h1>Welcome to Tenure</h1>
      <p className="lead">
        Tenure keeps your standing committee's members, terms, offices and elections on this computer, and checks them
        against IFLA's rules: who may stand again, how many places fall vacant, and what needs attention.
      </p>
      <div className="start-options">
        <section className="card">
          <h2>Try the example</h2>
          <p>An invented IT Section in March 2021: 16 members, 12 places falling vacant, an action plan.</p>
          <button type="button" className="btn btn-primary" onClick={() => void openExample()}>
            Open the example committee
          </button>
        </section>
        <section className="card">
          <h2>Open your records</h2>
          <p>A Tenure workspace file (.tenure.json) exported from Tenure or prepared by your Division.</p>
          <button type="button" className="btn" onClick={() => setImporting(true)}>
            Import a workspace file…
          </button>
        </section>
        <section className="card">
          <h2>Start from scratch</h2>
          <label className="field">
            Committee name
            <input
              value={name}
              placeholder="e.g. Information Technology Section"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="button" className="btn" disabled={name.trim() === ''} onClick={() => void createCommittee()}>
            Create the committee
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
