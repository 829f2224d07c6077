import { z } from 'zod';
import { judgeStartup } from '@shared/backup/sentinel';
import type { Workspace } from '@shared/workspace/schema';
import type { BackupStore } from '../../services/backup-store';
import type { JsonFile } from '../../services/json-file';
import type { Handlers } from '../handle';

/** The sentinel file: how far the database had got the last time the page reported it. */
export const sentinelFileSchema = z.strictObject({
  initialised: z.literal(true),
  chain: z.string(),
  lastSeq: z.int().min(0),
  updatedAt: z.iso.datetime(),
});

/** Backups on disk and the sentinel that detects a lost database (issue 7 §3). */
export function backupHandlers(
  store: BackupStore,
  sentinel: JsonFile<typeof sentinelFileSchema>,
  now: () => Date = () => new Date(),
): Pick<Handlers, 'backup:write' | 'backup:list' | 'backup:read' | 'sentinel:check' | 'sentinel:update'> {
  return {
    'backup:write': ({ reason, head, workspace }) => store.write(reason, head, workspace),
    'backup:list': () => store.list(),
    'backup:read': async ({ id }) => {
      const { info, json } = await store.read(id);
      // The contract re-validates the file as a workspace before it reaches the page.
      return { info, workspace: json as Workspace };
    },
    'sentinel:check': async (state) => judgeStartup(state, await sentinel.read(), await store.list()),
    'sentinel:update': async (head) => {
      const updatedAt = now().toISOString();
      await sentinel.write({ initialised: true, ...head, updatedAt });
      return { updatedAt };
    },
  };
}
