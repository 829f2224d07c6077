import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { MenuCommand } from '@shared/ipc/contract';
import { db } from '../../db/db';
import {
  backUp,
  backUpBeforeMigration,
  backUpIfDue,
  checkOnStart,
  readDbState,
  type StartupReport,
} from '../../db/durable-backups';
import { platform } from '../../platform/bridge';
import { todayIso } from '../../stores/app-store';
import { BackupsDialog } from './backups-dialog';
import { exportWorkspace } from './export-workspace';
import { ImportDialog } from './import-dialog';
import { RemindersDialog } from './reminders-dialog';
import { StartupNotice } from './startup-notice';
import { sendDueReminders } from './term-reminders';
import { useErrorText } from '../../i18n/use-error-text';
import './workspace-file.css';

/** How often the periodic-backup check runs; a backup is taken when one is due (15 minutes apart). */
const BACKUP_CHECK_MS = 60_000;
const REMINDER_CHECK_MS = 6 * 3600_000;

let startup: Promise<StartupReport> | undefined;

/** Once per page: back up before a pending upgrade, then check the database against the sentinel. */
function startOnce(): Promise<StartupReport> {
  startup ??= (async () => {
    try {
      await backUpBeforeMigration(db.name, db.verno, platform());
    } catch (error) {
      // The upgrade itself is transactional (a failed upgrade leaves the old version); go on without.
      console.warn('Tenure could not back up before upgrading its database:', error);
    }
    return checkOnStart(db, platform());
  })();
  return startup;
}

/**
 * Wraps the app: nothing reads the database until the start-up check has run (and restored a
 * lost database), then it keeps the sentinel current, takes the periodic backups, sends term
 * reminders and answers the native menu.
 */
export function DurableStart({ children }: { children: ReactNode }) {
  const [report, setReport] = useState<StartupReport | undefined>();
  const [failure, setFailure] = useState<{ error: unknown }>();
  const errorText = useErrorText();
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let live = true;
    startOnce().then(
      (result) => {
        if (!live) return;
        document.documentElement.dataset.tenureStartup = result.kind;
        setReport(result);
      },
      (error: unknown) => {
        if (!live) return;
        document.documentElement.dataset.tenureStartup = 'unchecked';
        setFailure({ error });
        setReport({ kind: 'intact' });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  if (!report) {
    return (
      <p className="loading">
        <FormattedMessage id="workspaceFile.checking" />
      </p>
    );
  }
  return (
    <>
      {!dismissed && <StartupNotice report={report} onDismiss={() => setDismissed(true)} />}
      {failure && !dismissed && (
        <div role="alert" className="notice notice-error startup-notice">
          <p>
            <FormattedMessage id="workspaceFile.checkFailed" values={{ failure: errorText(failure.error) }} />
          </p>
          <button type="button" className="btn" onClick={() => setDismissed(true)}>
            <FormattedMessage id="workspaceFile.dismiss" />
          </button>
        </div>
      )}
      <DurableRuntime />
      {children}
    </>
  );
}

/** The running part: sentinel, periodic backups, reminders, menu commands. */
function DurableRuntime() {
  const [dialog, setDialog] = useState<MenuCommand | undefined>();
  const [status, setStatus] = useState('');
  const state = useLiveQuery(() => readDbState(db), []);
  const reported = useRef('');
  const intl = useIntl();
  const errorText = useErrorText();
  // The menu listener is set up once; it reads the current language through these.
  const intlRef = useRef(intl);
  const errorTextRef = useRef(errorText);
  useEffect(() => {
    intlRef.current = intl;
    errorTextRef.current = errorText;
  }, [intl, errorText]);

  // Every change moves the sentinel along, so a later loss is measured against it.
  useEffect(() => {
    if (!state || (state.empty && state.lastSeq === 0)) return;
    const key = `${state.chain}:${state.lastSeq}`;
    if (key === reported.current) return;
    reported.current = key;
    void platform().sentinelUpdate({ chain: state.chain, lastSeq: state.lastSeq });
  }, [state]);

  useEffect(() => {
    const backups = setInterval(
      () => void backUpIfDue(db, platform()).catch((e: unknown) => console.warn('backup failed', e)),
      BACKUP_CHECK_MS,
    );
    const remind = () => void sendDueReminders().catch((e: unknown) => console.warn('reminders failed', e));
    remind();
    const reminders = setInterval(remind, REMINDER_CHECK_MS);
    const say = (id: string, values?: Record<string, string>) =>
      intlRef.current.formatMessage({ id: `workspaceFile.${id}` }, values);
    const unsubscribe = platform().onMenuCommand((command) => {
      if (command === 'export') {
        void exportWorkspace(todayIso()).then(
          () => setStatus(say('exported')),
          (e: unknown) => setStatus(say('exportFailed', { error: errorTextRef.current(e) })),
        );
      } else if (command === 'backup-now') {
        void backUp(db, 'manual', platform()).then(
          (b) => setStatus(b ? say('backups.backedUp') : say('backups.nothingToBackUp')),
          (e: unknown) => setStatus(say('backupFailed', { error: errorTextRef.current(e) })),
        );
      } else {
        setDialog(command);
      }
    });
    return () => {
      clearInterval(backups);
      clearInterval(reminders);
      unsubscribe();
    };
  }, []);

  const close = () => setDialog(undefined);
  return (
    <>
      <span role="status" className="visually-hidden">
        {status}
      </span>
      {dialog === 'import' && (
        <ImportDialog
          onClose={close}
          onImported={(name) => setStatus(intl.formatMessage({ id: 'workspaceFile.imported' }, { name }))}
        />
      )}
      {dialog === 'restore' && <BackupsDialog onClose={close} onStatus={setStatus} />}
      {dialog === 'reminders' && <RemindersDialog onClose={close} />}
    </>
  );
}
