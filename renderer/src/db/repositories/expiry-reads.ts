import Dexie from 'dexie';
import { addMonths, type IsoDate } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import { expiringInContext, type ExpiringReport } from '@shared/rules/roster';
import { effectiveEnd } from '@shared/rules/terms';
import type { Workspace } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';

/**
 * One committee's terms and offices whose last day (`endedOn ?? end`) falls within `months` of
 * `asOf`, soonest first: the same answer as `tenure expiring --months N`, for one committee.
 *
 * Only the records that can qualify are read. A record's early end never comes after its planned
 * end, so a last day on or after `asOf` needs `end >= asOf`: terms come from the
 * `[committeeId+end]` index from `asOf` on, offices (indexed by `end` alone) from the `end` index.
 * The rules engine then picks and orders them, so what counts as "ending" is decided in one place.
 */
export async function readExpiring(
  db: TenureDb,
  committeeId: string,
  asOf: IsoDate,
  months: number,
): Promise<ExpiringReport> {
  const until = addMonths(asOf, months);
  return db.transaction('r', [db.committees, db.terms, db.offices, db.people, db.meta], async () => {
    const [committee, terms, offices] = await Promise.all([
      db.committees.get(committeeId),
      db.terms
        .where('[committeeId+end]')
        .between([committeeId, asOf], [committeeId, Dexie.maxKey], true, true)
        .filter((t) => effectiveEnd(t) <= until)
        .toArray(),
      db.offices
        .where('end')
        .aboveOrEqual(asOf)
        .filter((o) => o.committeeId === committeeId && effectiveEnd(o) <= until)
        .toArray(),
    ]);
    const personIds = [...new Set([...terms, ...offices].map((r) => r.personId))];
    const people = (await db.people.bulkGet(personIds)).filter((p) => p !== undefined);
    const workspace: Workspace = {
      format: 'tenure',
      version: 1,
      committees: committee ? [committee] : [],
      people,
      terms,
      offices,
      elections: [],
      meetings: [],
      actions: [],
    };
    return expiringInContext(createRulesContext(workspace), asOf, months, committeeId);
  });
}
