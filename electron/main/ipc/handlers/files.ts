import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { translate, type SharedLocale } from '@shared/i18n/translate';
import { MAX_FILE_BYTES } from '@shared/ipc/contract';
import { writeFileAtomic } from '../../services/atomic-write';
import type { Handlers } from '../handle';

export type FileFilter = { name: string; extensions: string[] };

/** Native dialogs, injected so the handlers run in tests without Electron. Undefined means cancelled. */
export type Dialogs = {
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | undefined>;
  chooseOpenPath(filters: FileFilter[]): Promise<string | undefined>;
};

/** The filters of an open or save dialog for a workspace file, named in `locale`. */
function workspaceFilters(locale: SharedLocale): FileFilter[] {
  return [
    { name: translate(locale, { id: 'dialog.filter.workspace' }), extensions: ['json'] },
    { name: translate(locale, { id: 'dialog.filter.all' }), extensions: ['*'] },
  ];
}

/** Dialog filters from the suggested name's extension, so the dialog offers the right kind of file. */
export function filtersFor(suggestedName: string, locale: SharedLocale = 'en'): FileFilter[] {
  if (suggestedName.endsWith('.json')) return workspaceFilters(locale);
  const all = { name: translate(locale, { id: 'dialog.filter.all' }), extensions: ['*'] };
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1];
  if (!extension) return [all];
  const name = translate(locale, { id: 'dialog.filter.kind', values: { kind: extension.toUpperCase() } });
  return [{ name, extensions: [extension] }, all];
}

/** Export and import through native dialogs: the page names a file, the user picks where it goes. */
export function fileHandlers(
  dialogs: Dialogs,
  locale: () => SharedLocale = () => 'en',
): Pick<Handlers, 'file:save' | 'file:open'> {
  return {
    'file:save': async ({ suggestedName, content }) => {
      const path = await dialogs.chooseSavePath(suggestedName, filtersFor(suggestedName, locale()));
      if (!path) return { status: 'cancelled' };
      await writeFileAtomic(path, content);
      return { status: 'saved', fileName: basename(path) };
    },
    'file:open': async () => {
      const path = await dialogs.chooseOpenPath(workspaceFilters(locale()));
      if (!path) return { status: 'cancelled' };
      if ((await stat(path)).size > MAX_FILE_BYTES) {
        throw new Error(
          `${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB, too large for a Tenure file`,
        );
      }
      return { status: 'opened', fileName: basename(path), text: await readFile(path, 'utf8') };
    },
  };
}
