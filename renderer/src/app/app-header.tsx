import { FormattedMessage, useIntl } from 'react-intl';
import type { Committee } from '@shared/workspace/schema';
import { LanguageMenu } from '../i18n/language-menu';
import { useAppStore, type Screen } from '../stores/app-store';
import { WorkspaceMenu } from '../features/workspace-file/workspace-menu';
import { ActorName } from '../features/workspace-file/actor-name';
import { SpreadsheetImportDialog } from '../features/spreadsheet-import/spreadsheet-import-dialog';
import type { ExtraFileCommand } from '../features/workspace-file/workspace-menu';

const PRODUCT_NAME = 'Tenure';

const NAV: Screen[] = [
  'roster',
  'expiry',
  'elections',
  'findings',
  'meetings',
  'action-plan',
  'people',
  'committees',
  'history',
];

/** File-menu commands of features the workspace menu cannot import itself. */
const FILE_COMMANDS: ExtraFileCommand[] = [
  {
    labelId: 'app.file.importSpreadsheet',
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
  const intl = useIntl();

  return (
    <header className="app-header">
      <div className="app-header-top">
        <a className="brand" href="#/roster" aria-label={intl.formatMessage({ id: 'app.brand.label' })}>
          {/* The product's name is the same in every language. */}
          {PRODUCT_NAME}
        </a>
        <label className="header-field">
          <FormattedMessage id="app.committee" />
          <select value={committeeId ?? ''} onChange={(e) => setCommittee(e.target.value)}>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="header-field">
          <FormattedMessage id="app.asOf" />
          <input type="date" value={asOf} required onChange={(e) => e.target.value && setAsOf(e.target.value)} />
        </label>
        <div className="header-spacer" />
        <LanguageMenu />
        <ActorName />
        <WorkspaceMenu extraCommands={FILE_COMMANDS} />
      </div>
      <nav className="app-nav" aria-label={intl.formatMessage({ id: 'app.nav.label' })}>
        {NAV.map((screen) => (
          <button
            key={screen}
            type="button"
            className="nav-link"
            aria-current={route.screen === screen ? 'page' : undefined}
            onClick={() => navigate({ screen })}
          >
            <FormattedMessage id={`app.nav.${screen}`} />
          </button>
        ))}
      </nav>
    </header>
  );
}
