import { useMemo, useState, type ChangeEvent } from 'react';
import { isIsoDate, isoFromParts } from '@shared/domain/dates';
import { checkWorkspace } from '@shared/rules/check-workspace';
import type { Finding, Severity } from '@shared/rules/findings';
import { plural } from '@shared/rules/terms';
import { parseWorkspaceText, type WorkspaceProblem } from '@shared/workspace/parse';
import type { Workspace } from '@shared/workspace/schema';

type Loaded =
  | { state: 'empty' }
  | { state: 'refused'; fileName: string; problems: WorkspaceProblem[] }
  | { state: 'loaded'; fileName: string; workspace: Workspace };

const SEVERITY_TITLES: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'For information' };

function today(): string {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Opens a workspace file (read only) and lists the rules engine's findings on a chosen date. */
export function WorkspaceCheck() {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'empty' });
  const [asOf, setAsOf] = useState(today);

  const report = useMemo(
    () => (loaded.state === 'loaded' && isIsoDate(asOf) ? checkWorkspace(loaded.workspace, asOf) : undefined),
    [loaded, asOf],
  );

  async function openFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const result = parseWorkspaceText(await file.text());
    setLoaded(
      result.ok
        ? { state: 'loaded', fileName: file.name, workspace: result.workspace }
        : { state: 'refused', fileName: file.name, problems: result.errors },
    );
  }

  return (
    <section className="panel" aria-labelledby="check-title">
      <h2 id="check-title">Check a workspace file</h2>
      <div className="controls">
        <label>
          Workspace file (.tenure.json)
          <input type="file" accept=".json,application/json" onChange={(e) => void openFile(e)} />
        </label>
        <label>
          As of
          <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
      </div>

      {loaded.state === 'refused' && (
        <div role="alert" className="refused">
          <p>
            <strong>{loaded.fileName}</strong> is not a valid Tenure workspace; nothing was read.
          </p>
          <ul>
            {loaded.problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path || '(file)'}</code> {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {loaded.state === 'loaded' && report && (
        <div className="report" aria-live="polite">
          <p className="summary">
            {loaded.fileName}: {plural(loaded.workspace.committees.length, 'committee')},{' '}
            {plural(loaded.workspace.people.length, 'person', 'people')}
            {' · '}
            <span data-testid="counts">
              {plural(report.counts.error, 'error')}, {plural(report.counts.warning, 'warning')}, {report.counts.info}{' '}
              for information
            </span>
          </p>
          {report.findings.length === 0 && <p>No findings on {report.asOf}: the records keep every rule checked.</p>}
          {(['error', 'warning', 'info'] as const).map((severity) => (
            <FindingGroup
              key={severity}
              title={SEVERITY_TITLES[severity]}
              findings={report.findings.filter((f) => f.severity === severity)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function FindingGroup({ title, findings }: { title: string; findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className={`findings findings-${findings[0]?.severity}`}>
      <h3>
        {title} ({findings.length})
      </h3>
      <ul>
        {findings.map((f) => (
          <li key={`${f.code}:${f.refs.join(',')}:${f.message}`}>
            <span className="code">{f.code}</span>
            {f.rule && <span className="rule">{f.rule}</span>}
            <p>{f.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
