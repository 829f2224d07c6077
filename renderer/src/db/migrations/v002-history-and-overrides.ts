import type { Transaction } from 'dexie';
import { chainEntries, sha256Hex, canonicalJson, type ChangeContent } from '@shared/history/change-log';

const TABLES = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings', 'actions'] as const;

/**
 * The change log starts here. Records that existed before it get one baseline entry naming
 * how many there were and a digest of them, so the hash chain vouches for them too.
 */
export function baselineEntry(counts: Record<string, number>, digest: string, at: string): ChangeContent {
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    at,
    actor: 'Tenure (upgrade)',
    action: 'baseline',
    table: 'workspace',
    recordId: '*',
    before: null,
    after: { counts, digest },
    summary: `History starts: ${total} records were already here when the change log was added.`,
  };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const counts: Record<string, number> = {};
  const records: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    records[table] = await tx.table(table).toArray();
    counts[table] = records[table].length;
  }
  if (Object.values(counts).every((n) => n === 0)) return;
  const [entry] = chainEntries(undefined, [
    baselineEntry(counts, sha256Hex(canonicalJson(records)), new Date().toISOString()),
  ]);
  await tx.table('changes').add(entry);
}
