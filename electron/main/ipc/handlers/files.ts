import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '@shared/ipc/contract';
import { writeFileAtomic } from '../../services/atomic-write';
import type { Handlers } from '../handle';

export type FileFilter = { name: string; extensions: string[] };

/** Native dialogs, injected so the handlers run in tests without Electron. Undefined means cancelled. */
export type Dialogs = {
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | undefined>;
  chooseOpenPath(filters: FileFilter[]): Promise<string | undefined>;
};

const WORKSPACE_FILTERS: FileFilter[] = [
  { name: 'Tenure workspace', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** Dialog filters from the suggested name's extension, so the dialog offers the right kind of file. */
export function filtersFor(suggestedName: string): FileFilter[] {
  if (suggestedName.endsWith('.json')) return WORKSPACE_FILTERS;
  const extension = /\.([A-Za-z0-9]{1,10})$/.exec(suggestedName)?.[1];
  return extension
    ? [
        { name: `${extension.toUpperCase()} file`, extensions: [extension] },
        { name: 'All files', extensions: ['*'] },
      ]
    : [{ name: 'All files', extensions: ['*'] }];
}

/** Export and import through native dialogs: the page names a file, the user picks where it goes. */
export function fileHandlers(dialogs: Dialogs): Pick<Handlers, 'file:save' | 'file:open'> {
  return {
    'file:save': async ({ suggestedName, content }) => {
      const path = await dialogs.chooseSavePath(suggestedName, filtersFor(suggestedName));
      if (!path) return { status: 'cancelled' };
      await writeFileAtomic(path, content);
      return { status: 'saved', fileName: basename(path) };
    },
    'file:open': async () => {
      const path = await dialogs.chooseOpenPath(WORKSPACE_FILTERS);
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
