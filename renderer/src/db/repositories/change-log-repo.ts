import Dexie from 'dexie';
import {
  chainEntries,
  verifyChain,
  type ChainVerdict,
  type ChangeContent,
  type ChangeEntry,
} from '@shared/history/change-log';
import type { TenureDb } from '../app-db';

/** Who is writing and when; the UI passes the clock in. */
export type WriteContext = { actor: string; at: string };

/**
 * Appends to the hash chain. Call inside the transaction that makes the change, so both land or
 * neither; called alone it is a transaction of its own.
 */
export async function appendChanges(db: TenureDb, contents: readonly ChangeContent[]): Promise<void> {
  if (contents.length === 0) return;
  const append = async () => {
    const last = await db.changes.orderBy('seq').last();
    await db.changes.bulkAdd(chainEntries(last, contents));
  };
  await (Dexie.currentTransaction ? append() : db.transaction('rw', db.changes, append));
}

export function changeContent(
  context: WriteContext,
  action: ChangeContent['action'],
  table: string,
  recordId: string,
  before: unknown,
  after: unknown,
  summary: string,
): ChangeContent {
  return {
    at: context.at,
    actor: context.actor,
    action,
    table,
    recordId,
    before: before ?? null,
    after: after ?? null,
    summary,
  };
}

/** One record's history, oldest first, including the whole-workspace events (imports) that touched it. */
export async function readRecordHistory(db: TenureDb, table: string, recordId: string): Promise<ChangeEntry[]> {
  const [own, workspace] = await Promise.all([
    db.changes.where('[table+recordId]').equals([table, recordId]).toArray(),
    db.changes.where('[table+recordId]').equals(['workspace', '*']).toArray(),
  ]);
  return [...own, ...workspace].sort((a, b) => a.seq - b.seq);
}

export async function verifyChangeLog(db: TenureDb): Promise<ChainVerdict> {
  return verifyChain(await db.changes.orderBy('seq').toArray());
}
