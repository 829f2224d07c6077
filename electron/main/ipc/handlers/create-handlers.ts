import { join } from 'node:path';
import type { SharedLocale } from '@shared/i18n/translate';
import { BackupStore } from '../../services/backup-store';
import { JsonFile } from '../../services/json-file';
import type { Handlers, InvokeEventLike } from '../handle';
import { backupHandlers, sentinelFileSchema } from './backups';
import { fileHandlers, type Dialogs } from './files';
import { notificationHandlers, settingsFileSchema, shownFileSchema, type Notifier } from './notifications';

export type AppFacts = { version: string; electron: string; platform: string };

/** Everything the handlers need from the outside world; index.ts passes Electron's, tests pass fakes. */
export type HandlerDeps = {
  userData: string;
  facts: AppFacts;
  dialogs: Dialogs;
  notifier: Notifier;
  /** The computer's language, for main's own words until the page says which it chose. */
  locale?: SharedLocale;
  /** Main's own words (the native menu, dialogs' file kinds) follow the language the page chose. */
  setLocale: (locale: SharedLocale) => void;
  now?: () => Date;
};

/** The full handler map: the `Handlers` type makes a channel without a handler a compile error. */
export function createHandlers<E extends InvokeEventLike>(deps: HandlerDeps): Handlers<E> {
  const backupsDir = join(deps.userData, 'backups');
  const store = new BackupStore(backupsDir, deps.now);
  let locale = deps.locale ?? 'en';
  return {
    'app:info': () => ({ ...deps.facts, backupsDir }),
    'locale:set': (request) => {
      locale = request.locale;
      deps.setLocale(locale);
      return { locale };
    },
    ...fileHandlers(deps.dialogs, () => locale),
    ...backupHandlers(store, new JsonFile(join(deps.userData, 'sentinel.json'), sentinelFileSchema), deps.now),
    ...notificationHandlers(
      deps.notifier,
      new JsonFile(join(deps.userData, 'reminders-shown.json'), shownFileSchema),
      new JsonFile(join(deps.userData, 'settings.json'), settingsFileSchema),
    ),
  };
}
