import type { Committee } from '@shared/workspace/schema';
import { useAppStore, type Screen } from '../stores/app-store';
import { WorkspaceMenu } from '../features/workspace-file/workspace-menu';
import { ActorName } from '../features/workspace-file/actor-name';
import { SpreadsheetImportDialog } from '../features/spreadsheet-import/spreadsheet-import-dialog';
import type { ExtraFileCommand } from '../features/workspace-file/workspace-menu';

const NAV: { screen: Screen; label: string }[] = [
  { screen: 'roster', label: 'Roster' },
  { screen: 'expiry', label: 'Expiry' },
  { screen: 'elections', label: 'Elections' },
  { screen: 'findings', label: 'Findings' },
  { screen: 'meetings', label: 'Meetings' },
  { screen: 'action-plan', label: 'Action plan' },
  { screen: 'people', label: 'People' },
  { screen: 'committees', label: 'Committees' },
  { screen: 'history', label: 'History' },
];

/** File-menu commands of features the workspace menu cannot import itself. */
const FILE_COMMANDS: ExtraFileCommand[] = [
  {
    label: 'Import spreadsheet…',
    dialog: (close, report) => <SpreadsheetImportDialog onClose={close} onImported={report} />,
  },
];

export function AppHeader({ committees }: { committees: readonly Committee[] }) {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const committeeId = useAppStore((s) => s.committeeId);
  const setCommittee = useAppStore((s) => s.setCommittee);
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);

  return (
    <header className="app-header">
      <div className="app-header-top">
        <a className="brand" href="#/roster" aria-label="Tenure, back to the roster">
          Tenure
        </a>
        <label className="header-field">
          Committee
          <select value={committeeId ?? ''} onChange={(e) => setCommittee(e.target.value)}>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="header-field">
          As of
          <input type="date" value={asOf} required onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        <div className="header-spacer" />
        <ActorName />
        <WorkspaceMenu extraCommands={FILE_COMMANDS} />
      </div>
      <nav className="app-nav" aria-label="Screens">
        {NAV.map((item) => (
          <button
            key={item.screen}
            type="button"
            className="nav-link"
            aria-current={route.screen === item.screen ? 'page' : undefined}
            onClick={() => navigate({ screen: item.screen })}
          >
            {item.label}
          </button>
        ))}
      </nav>
    </header>
  );
}
