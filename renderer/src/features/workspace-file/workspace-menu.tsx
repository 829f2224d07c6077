import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { todayIso } from '../../stores/app-store';
import { BackupsDialog } from './backups-dialog';
import { ImportDialog } from './import-dialog';
import { exportWorkspace } from './export-workspace';
import { RemindersDialog } from './reminders-dialog';
import { useErrorText } from '../../i18n/use-error-text';

export type ExtraFileCommand = {
  /** The message id of the command's label. */
  labelId: string;
  /** Renders the command's dialog; `close` ends it and `report` puts an outcome in the status line. */
  dialog: (close: () => void, report: (message: string) => void) => ReactNode;
};

type Open = 'import' | 'backups' | 'reminders' | number | undefined;

/**
 * The File menu: a disclosure button with the workspace commands (import, export, backups,
 * reminders) and any the shell adds (the spreadsheet import), whose dialogs outlive the menu.
 */
export function WorkspaceMenu({ extraCommands = [] }: { extraCommands?: readonly ExtraFileCommand[] }) {
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<Open>();
  const [status, setStatus] = useState('');
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  const errorText = useErrorText();

  useEffect(() => {
    if (!expanded) return;
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setExpanded(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpanded(false);
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [expanded]);

  const choose = (what: () => void) => () => {
    setExpanded(false);
    what();
  };
  const close = () => setOpen(undefined);

  return (
    <div className="file-menu" ref={root}>
      <button
        type="button"
        className="btn"
        aria-expanded={expanded}
        aria-controls={menuId}
        onClick={() => setExpanded(!expanded)}
      >
        <FormattedMessage id="workspaceFile.menu.file" />
      </button>
      <div id={menuId} className="file-menu-items" hidden={!expanded}>
        <button type="button" onClick={choose(() => setOpen('import'))}>
          <FormattedMessage id="workspaceFile.menu.import" />
        </button>
        {extraCommands.map((command, i) => (
          <button key={command.labelId} type="button" onClick={choose(() => setOpen(i))}>
            <FormattedMessage id={command.labelId} />
          </button>
        ))}
        <button
          type="button"
          onClick={choose(
            () =>
              void exportWorkspace(todayIso()).then(
                () => setStatus(intl.formatMessage({ id: 'workspaceFile.exported' })),
                (error: unknown) =>
                  setStatus(intl.formatMessage({ id: 'workspaceFile.exportFailed' }, { error: errorText(error) })),
              ),
          )}
        >
          <FormattedMessage id="workspaceFile.menu.export" />
        </button>
        <button type="button" onClick={choose(() => setOpen('backups'))}>
          <FormattedMessage id="workspaceFile.menu.backups" />
        </button>
        <button type="button" onClick={choose(() => setOpen('reminders'))}>
          <FormattedMessage id="workspaceFile.menu.reminders" />
        </button>
      </div>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {open === 'import' && (
        <ImportDialog
          onClose={close}
          onImported={(name) => setStatus(intl.formatMessage({ id: 'workspaceFile.imported' }, { name }))}
        />
      )}
      {open === 'backups' && <BackupsDialog onClose={close} onStatus={setStatus} />}
      {open === 'reminders' && <RemindersDialog onClose={close} />}
      {typeof open === 'number' && extraCommands[open]?.dialog(close, setStatus)}
    </div>
  );
}
