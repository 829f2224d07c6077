import type { IsoDate } from '../../domain/dates';
import { REGIONS, type Region } from '../../domain/vocabulary';
import type { Term } from '../../workspace/schema';
import type { RulesContext } from '../context';
import { finding, ref, type Finding } from '../findings';
import { missedMeetings } from '../inactivity';
import { byStartThenId, isActiveOn, makesMember, occupiesElectedSeat } from '../terms';

/**
 * The state checks, made on `asOf` (interchange-v1 §3): seats.elected.min, member.inactive and
 * diversity.regions-missing. (nomination.no-consent lives with the election checks.)
 */
export function checkStateOn(ctx: RulesContext, asOf: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const committee of ctx.workspace.committees) {
    const terms = ctx.termsByCommittee.get(committee.id) ?? [];
    const params = ctx.paramsOn(committee.id, asOf);
    const members = terms.filter((t) => makesMember(t) && isActiveOn(t, asOf));

    if ((committee.kind ?? 'section') === 'section') {
      const elected = members.filter(occupiesElectedSeat).length;
      if (elected < params.minElectedSeats) {
        findings.push(
          finding('seats.elected.min', {
            committeeId: committee.id,
            refs: [ref.committee(committee.id)],
            text: {
              id: 'finding.seats.elected.min',
              values: { date: asOf, committee: committee.name, count: elected, min: params.minElectedSeats },
            },
          }),
        );
      }
    }

    const currentTerm = new Map<string, Term>();
    for (const t of members) {
      const other = currentTerm.get(t.personId);
      if (!other || byStartThenId(t, other) < 0) currentTerm.set(t.personId, t);
    }
    const memberIds = [...currentTerm.keys()].sort();
    const meetings = ctx.meetings(committee.id).filter((m) => m.date <= asOf);
    for (const personId of memberIds) {
      const own = ctx.memberTerms(committee.id, personId).filter(makesMember);
      const missed = missedMeetings(meetings, own, personId, params.inactivityMissedMeetings);
      if (!missed) continue;
      const current = currentTerm.get(personId) as Term;
      findings.push(
        finding('member.inactive', {
          committeeId: committee.id,
          personId,
          refs: [ref.term(current.id), ...missed.map((m) => ref.meeting(m.id))],
          text: {
            id: 'finding.member.inactive',
            values: {
              name: ctx.nameOf(personId),
              count: missed.length,
              dates: { join: 'comma', items: missed.map((m) => m.date) },
            },
          },
        }),
      );
    }

    if (memberIds.length > 0) {
      const present = new Set<Region>();
      for (const personId of memberIds) {
        const region = ctx.regionOfPerson(personId);
        if (region) present.add(region);
      }
      const missing = REGIONS.filter((r) => !present.has(r));
      if (missing.length > 0) {
        findings.push(
          finding('diversity.regions-missing', {
            committeeId: committee.id,
            refs: [ref.committee(committee.id)],
            text: {
              id: 'finding.diversity.regions-missing',
              values: {
                date: asOf,
                committee: committee.name,
                regions: { join: 'comma', items: missing.map((r) => ({ id: `region.${r}` })) },
              },
            },
          }),
        );
      }
    }
  }
  return findings;
}
