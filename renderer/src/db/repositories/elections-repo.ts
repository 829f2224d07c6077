import type { IsoDate } from '@shared/domain/dates';
import type { OfficeRole } from '@shared/domain/vocabulary';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { paramsFor, ruleSetForCycle } from '@shared/rules/rule-sets';
import type { Election, Office, Person, Settings, Term, TieBreak } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { recordOverrides, type OverrideRequest } from './overrides';
import { RepositoryError } from '../repository-error';
import { personName } from '../person-name';

async function calendarAndRules(db: TenureDb, election: Election) {
  const [settings, committee] = await Promise.all([
    db.meta.get('workspace.settings'),
    db.committees.get(election.committeeId),
  ]);
  if (!committee) throw new RepositoryError('db.committee.notFound', { id: election.committeeId });
  const calendar = createBoundaryCalendar(settings?.value as Settings | undefined);
  const boundary = calendar.boundary(election.cycle);
  const params = paramsFor(committee, ruleSetForCycle(committee, election.cycle, boundary));
  return { calendar, boundary, params };
}

/** Creates or updates an election (plan, calendar, nominations, votes), adding any new candidates as people. */
export async function saveElection(
  db: TenureDb,
  election: Election,
  context: WriteContext,
  newPeople: readonly Person[] = [],
  summary?: string,
): Promise<void> {
  await db.transaction('rw', [db.elections, db.people, db.changes], async () => {
    const changes = [];
    for (const person of newPeople) {
      if (await db.people.get(person.id)) throw new RepositoryError('db.person.exists', { id: person.id });
      await db.people.add(person);
      changes.push(changeContent(context, 'create', 'people', person.id, null, person, `Added ${person.name}.`));
    }
    const before = await db.elections.get(election.id);
    await db.elections.put(election);
    changes.push(
      changeContent(
        context,
        before ? 'update' : 'create',
        'elections',
        election.id,
        before,
        election,
        summary ??
          `${before ? 'Updated' : 'Planned'} the ${election.cycle} ${election.kind === 'members' ? 'members' : (election.role ?? 'officer')} election.`,
      ),
    );
    await appendChanges(db, changes);
  });
}

export type MembersResult = { elected: string[]; notElected: string[]; reserve: string[]; tieBreak?: TieBreak };

/**
 * Finalises a members election in one transaction: outcomes and the reserve list on the
 * candidates, and a term from the cycle's boundary to the one four years on for each elected.
 */
export async function finaliseMembersElection(
  db: TenureDb,
  electionId: string,
  result: MembersResult,
  finalisedOn: IsoDate,
  context: WriteContext,
  overrides: readonly OverrideRequest[] = [],
): Promise<string[]> {
  return db.transaction(
    'rw',
    [db.elections, db.terms, db.committees, db.meta, db.people, db.overrides, db.changes],
    async () => {
      const before = await db.elections.get(electionId);
      if (!before) throw new RepositoryError('db.election.notFound', { id: electionId });
      if (before.status === 'final') throw new RepositoryError('db.election.alreadyFinal');
      const { calendar, boundary, params } = await calendarAndRules(db, before);
      const end = calendar.boundary(before.cycle + params.termLengthYears);
      const candidates = (before.candidates ?? []).map((candidate) => {
        if (candidate.outcome === 'withdrawn') return candidate;
        const { reserveRank: _old, ...rest } = candidate;
        const rank = result.reserve.indexOf(candidate.personId);
        return {
          ...rest,
          outcome: result.elected.includes(candidate.personId) ? ('elected' as const) : ('not-elected' as const),
          ...(rank >= 0 ? { reserveRank: rank + 1 } : {}),
        };
      });
      const after: Election = {
        ...before,
        candidates,
        status: 'final',
        finalisedOn,
        ...(result.tieBreak ? { tieBreak: result.tieBreak } : {}),
      };
      await db.elections.put(after);
      const changes = [
        changeContent(
          context,
          'update',
          'elections',
          electionId,
          before,
          after,
          `Finalised the ${before.cycle} election: ${result.elected.length} elected.`,
        ),
      ];
      const termIds: string[] = [];
      for (const personId of result.elected) {
        let id = `t-${personId}-${before.cycle}`;
        if (await db.terms.get(id)) id = `${id}-${electionId}`;
        const term: Term = {
          id,
          personId,
          committeeId: before.committeeId,
          kind: 'elected',
          start: boundary,
          end,
          electionId,
        };
        await db.terms.add(term);
        termIds.push(id);
        const name = await personName(db, personId);
        changes.push(
          changeContent(
            context,
            'create',
            'terms',
            id,
            null,
            term,
            `Elected ${name} for ${boundary.slice(0, 4)}–${end.slice(0, 4)}.`,
          ),
        );
      }
      changes.push(...(await recordOverrides(db, overrides, context)));
      await appendChanges(db, changes);
      return termIds;
    },
  );
}

/** Reopens a finalised members election before its boundary: its terms go, the votes stay. */
export async function undoFinalisation(
  db: TenureDb,
  electionId: string,
  today: IsoDate,
  context: WriteContext,
): Promise<void> {
  await db.transaction('rw', [db.elections, db.terms, db.committees, db.meta, db.changes], async () => {
    const before = await db.elections.get(electionId);
    if (!before || before.status !== 'final') throw new RepositoryError('db.election.reopenNotFinal');
    const { boundary } = await calendarAndRules(db, before);
    if (today >= boundary) throw new RepositoryError('db.election.reopenTooLate', { date: boundary });
    const terms = await db.terms
      .where('committeeId')
      .equals(before.committeeId)
      .filter((t) => t.electionId === electionId)
      .toArray();
    await db.terms.bulkDelete(terms.map((t) => t.id));
    const { finalisedOn: _f, ...rest } = before;
    const after: Election = {
      ...rest,
      status: 'ballot',
      candidates: (before.candidates ?? []).map(({ outcome, reserveRank: _r, ...candidate }) =>
        outcome === 'withdrawn' ? { ...candidate, outcome } : candidate,
      ),
    };
    await db.elections.put(after);
    await appendChanges(db, [
      changeContent(
        context,
        'update',
        'elections',
        electionId,
        before,
        after,
        `Reopened the ${before.cycle} election before its boundary.`,
      ),
      ...terms.map((t) =>
        changeContent(context, 'delete', 'terms', t.id, t, null, `Removed term ${t.id}: its election was reopened.`),
      ),
    ]);
  });
}

/**
 * Records an officer: elected by the committee (R-36, a finalised officer election) or appointed,
 * as the Information Coordinator is, for the officer term from the cycle's boundary.
 */
export async function recordOfficer(
  db: TenureDb,
  office: Office,
  context: WriteContext,
  options: { election?: Election; overrides?: readonly OverrideRequest[] } = {},
): Promise<void> {
  await db.transaction('rw', [db.offices, db.elections, db.people, db.overrides, db.changes], async () => {
    const changes = [];
    if (await db.offices.get(office.id)) throw new RepositoryError('db.office.exists', { id: office.id });
    await db.offices.add(office);
    const name = await personName(db, office.personId);
    changes.push(
      changeContent(
        context,
        'create',
        'offices',
        office.id,
        null,
        office,
        `${name} became ${roleName(office.role)} from ${office.start} to ${office.end}.`,
      ),
    );
    if (options.election) {
      const before = await db.elections.get(options.election.id);
      await db.elections.put(options.election);
      changes.push(
        changeContent(
          context,
          before ? 'update' : 'create',
          'elections',
          options.election.id,
          before,
          options.election,
          `Recorded the ${options.election.cycle} ${roleName(office.role)} election.`,
        ),
      );
    }
    changes.push(...(await recordOverrides(db, options.overrides ?? [], context)));
    await appendChanges(db, changes);
  });
}

function roleName(role: OfficeRole): string {
  return role === 'information-coordinator'
    ? 'Information Coordinator'
    : role === 'sig-convenor'
      ? 'SIG Convenor'
      : role === 'chair'
        ? 'Chair'
        : 'Secretary';
}
