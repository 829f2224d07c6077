import Dexie from 'dexie';
import type { ChangeContent } from '@shared/history/change-log';
import type { FindingCode } from '@shared/rules/findings';
import { findingKey } from '@shared/rules/what-if';
import { newId } from '../../lib/ids';
import type { RuleOverride, TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { RepositoryError } from '../repository-error';

/** What the user gives when saving a change that breaks a rule: the finding and the reason. */
export type OverrideRequest = { committeeId: string; code: string; refs: string[]; why: string; hqReference?: string };

// A random suffix, not a counter: two saves stamped with the same instant must not collide.
function toOverride(request: OverrideRequest, context: WriteContext): RuleOverride {
  return { id: newId('ovr'), ...request, by: context.actor, at: context.at };
}

function overrideChange(override: RuleOverride, context: WriteContext): ChangeContent {
  return changeContent(
    context,
    'override',
    'overrides',
    override.id,
    null,
    override,
    `Kept ${override.refs.join(', ')} despite ${override.code}: ${override.why}`,
  );
}

/** Stores overrides inside the caller's transaction (or one of its own) and returns their change-log entries. */
export async function recordOverrides(
  db: TenureDb,
  requests: readonly OverrideRequest[],
  context: WriteContext,
): Promise<ChangeContent[]> {
  const overrides = requests.map((request) => toOverride(request, context));
  const add = () => db.overrides.bulkAdd(overrides);
  await (Dexie.currentTransaction ? add() : db.transaction('rw', db.overrides, add));
  return overrides.map((o) => overrideChange(o, context));
}

/** The same matching the findings use, so an override keeps exactly the finding it was recorded for. */
export function overrideKey(override: Pick<RuleOverride, 'committeeId' | 'code' | 'refs'>): string {
  // A stored code may be one this build no longer raises; the key is only text, so it still compares.
  return findingKey({ ...override, code: override.code as FindingCode });
}

/**
 * Keeps a finding about records already in the workspace with a recorded decision: who, when,
 * why and the IFLA HQ correspondence behind it. The override and its change-log entry are
 * written in one transaction, so neither exists without the other.
 */
export async function keepFindingWithOverride(
  db: TenureDb,
  request: OverrideRequest,
  context: WriteContext,
): Promise<RuleOverride> {
  const why = request.why.trim();
  if (why === '') throw new RepositoryError('db.override.noReason');
  const hqReference = request.hqReference?.trim();
  const override = toOverride(
    {
      committeeId: request.committeeId,
      code: request.code,
      refs: [...request.refs].sort(),
      why,
      ...(hqReference ? { hqReference } : {}),
    },
    context,
  );
  await db.transaction('rw', [db.overrides, db.changes], async () => {
    const key = overrideKey(override);
    const existing = await db.overrides.where('committeeId').equals(override.committeeId).toArray();
    const earlier = existing.find((o) => overrideKey(o) === key);
    if (earlier)
      throw new RepositoryError('db.override.alreadyKept', { by: earlier.by, date: earlier.at.slice(0, 10) });
    await db.overrides.add(override);
    await appendChanges(db, [overrideChange(override, context)]);
  });
  return override;
}
