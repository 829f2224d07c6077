import type { ChangeContent } from '@shared/history/change-log';
import type { RuleOverride, TenureDb } from '../app-db';
import { changeContent, type WriteContext } from './change-log-repo';

/** What the user gives when saving a change that breaks a rule: the finding and the reason. */
export type OverrideRequest = { committeeId: string; code: string; refs: string[]; why: string; hqReference?: string };

/** Stores overrides inside the caller's transaction and returns their change-log entries. */
export async function recordOverrides(
  db: TenureDb,
  requests: readonly OverrideRequest[],
  context: WriteContext,
): Promise<ChangeContent[]> {
  const overrides: RuleOverride[] = requests.map((request, i) => ({
    id: `ovr-${context.at}-${i}`,
    ...request,
    by: context.actor,
    at: context.at,
  }));
  await db.overrides.bulkAdd(overrides);
  return overrides.map((o) =>
    changeContent(
      context,
      'override',
      'overrides',
      o.id,
      null,
      o,
      `Kept ${o.refs.join(', ')} despite ${o.code}: ${o.why}`,
    ),
  );
}
