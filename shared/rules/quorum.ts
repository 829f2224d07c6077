import type { IsoDate } from '../domain/dates';
import type { OfficeRole, TermKind } from '../domain/vocabulary';
import type { Attendance, Meeting, Term } from '../workspace/schema';
import type { RulesContext } from './context';
import type { RuleParams } from './rule-sets';
import { byStartThenId, isActiveOn, isProposal } from './terms';

/**
 * Who is expected at a meeting, who of them votes, and whether enough voting members are present
 * . Pure: the roster of the meeting's date comes from the records.
 *
 * Voting members: elected and casual-vacancy members, approved co-opted members (R-30;
 * `cooptedMembersVote`, default yes) and, only where a committee says so, ex officio members such
 * as SIG Convenors (`exOfficioMembersVote`, default no: OQ-18). Corresponding members never vote and
 * never count toward the quorum; nor do proposed co-optees or guests.
 */

export type VotingRight = { votes: boolean; rule: string; why: string };

/** Whether a term gives its holder a vote at a meeting under `params`, and the rule that says so. */
export function votingRightOf(term: Term, params: RuleParams): VotingRight {
  switch (term.kind) {
    case 'elected':
      return { votes: true, rule: 'R-50', why: 'elected member' };
    case 'casual':
      return { votes: true, rule: 'R-50', why: 'filled a casual vacancy' };
    case 'coopted':
      if (isProposal(term)) return { votes: false, rule: 'R-25', why: 'co-option proposed, not yet approved' };
      return params.cooptedMembersVote
        ? { votes: true, rule: 'R-30', why: 'co-opted member' }
        : { votes: false, rule: 'R-30', why: 'co-opted member without a vote on this committee' };
    case 'corresponding':
      return { votes: false, rule: 'R-31', why: 'corresponding member: no vote, not in the quorum' };
    case 'ex-officio':
      return params.exOfficioMembersVote
        ? { votes: true, rule: 'OQ-18', why: 'ex officio member with a vote on this committee' }
        : { votes: false, rule: 'OQ-18', why: 'ex officio member: no vote, not in the quorum' };
  }
}

/** One person the roster expects at a meeting. */
export type ExpectedAttendee = {
  personId: string;
  name: string;
  /** The term that puts them on the roster that day (a voting one when they hold several). */
  termId: string;
  kind: TermKind;
  votes: boolean;
  /** Why they vote or not, with its rule. */
  right: VotingRight;
  /** Offices held on the day, in the order Chair, Secretary, Information Coordinator, SIG Convenor. */
  roles: OfficeRole[];
  /** For a SIG Convenor: the office's notes, usually the SIG's name ("Big Data SIG"). */
  convenorOf?: string;
};

export type ExpectedAttendees = {
  /** Voting members, in roster order (officers first, then by name). */
  members: ExpectedAttendee[];
  /** On the roster without a vote: corresponding, ex officio, proposed co-optees (guests are apart). */
  observers: ExpectedAttendee[];
};

const ROLE_ORDER: readonly OfficeRole[] = ['chair', 'secretary', 'information-coordinator', 'sig-convenor'];

/** A name's sort key: the last word (a surname in most of the names a committee holds), then the rest. */
export function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  return `${words.at(-1) ?? ''} ${words.slice(0, -1).join(' ')}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Officers first (Chair, Secretary, IC, Convenor), then everyone else by surname, as minutes list them. */
export function byRoleThenSurname(a: ExpectedAttendee, b: ExpectedAttendee): number {
  const rank = (x: ExpectedAttendee) => {
    const first = x.roles.find((r) => r !== 'sig-convenor');
    return first ? ROLE_ORDER.indexOf(first) : ROLE_ORDER.length;
  };
  return rank(a) - rank(b) || collator.compare(surnameKey(a.name), surnameKey(b.name));
}

/** The roster of `committeeId` on `date`, split into voting members and observers. */
export function expectedAttendees(ctx: RulesContext, committeeId: string, date: IsoDate): ExpectedAttendees {
  const params = ctx.paramsOn(committeeId, date);
  const best = new Map<string, { term: Term; right: VotingRight }>();
  for (const term of ctx.termsByCommittee.get(committeeId) ?? []) {
    if (!isActiveOn(term, date)) continue;
    const right = votingRightOf(term, params);
    const other = best.get(term.personId);
    // A voting term wins over a non-voting one; among equals, the earlier start.
    if (
      !other ||
      (right.votes && !other.right.votes) ||
      (right.votes === other.right.votes && byStartThenId(term, other.term) < 0)
    ) {
      best.set(term.personId, { term, right });
    }
  }
  const members: ExpectedAttendee[] = [];
  const observers: ExpectedAttendee[] = [];
  for (const [personId, { term, right }] of best) {
    const offices = ctx.memberOffices(committeeId, personId).filter((o) => isActiveOn(o, date));
    const roles = ROLE_ORDER.filter((role) => offices.some((o) => o.role === role));
    const convenor = offices.find((o) => o.role === 'sig-convenor');
    const attendee: ExpectedAttendee = {
      personId,
      name: ctx.nameOf(personId),
      termId: term.id,
      kind: term.kind,
      votes: right.votes,
      right,
      roles,
      ...(convenor?.notes && convenor.notes.length <= 60 ? { convenorOf: convenor.notes } : {}),
    };
    (right.votes ? members : observers).push(attendee);
  }
  members.sort(byRoleThenSurname);
  observers.sort(byRoleThenSurname);
  return { members, observers };
}

/** The quorum rule of R-49, read from the parameters. */
export type QuorumRule =
  | { kind: 'majorityOfVotingMembers' }
  | { kind: 'fixedNumber'; number: number }
  | { kind: 'fraction'; fraction: number };

/** `quorumRule` with its number; an unknown rule name falls back to the default, a majority. */
export function quorumRuleOf(params: RuleParams): QuorumRule {
  switch (params.quorumRule) {
    case 'fixedNumber':
      return { kind: 'fixedNumber', number: params.quorumFixed };
    case 'fraction':
      return { kind: 'fraction', fraction: params.quorumFraction };
    default:
      return { kind: 'majorityOfVotingMembers' };
  }
}

/**
 * Voting members who must be present: more than half of them (a majority), a fixed number, or a
 * share rounded up. Never fewer than 1: a meeting of nobody decides nothing.
 */
export function quorumRequired(rule: QuorumRule, votingMembers: number): number {
  switch (rule.kind) {
    case 'fixedNumber':
      return Math.max(1, rule.number);
    case 'fraction':
      // The small epsilon keeps 0.6 × 10 at 6, not 7, despite binary floating point.
      return Math.max(1, Math.ceil(rule.fraction * votingMembers - 1e-9));
    case 'majorityOfVotingMembers':
      return Math.floor(votingMembers / 2) + 1;
  }
}

/** "a majority of the voting members", "a fixed number (11)", "60% of the voting members". */
export function describeQuorumRule(rule: QuorumRule): string {
  switch (rule.kind) {
    case 'fixedNumber':
      return `a fixed number (${rule.number})`;
    case 'fraction':
      return `${Math.round(rule.fraction * 1000) / 10}% of the voting members, rounded up`;
    case 'majorityOfVotingMembers':
      return 'a majority of the voting members';
  }
}

export type QuorumResult = {
  rule: QuorumRule;
  /** Voting members on the roster that day: the quorum's base. */
  votingMembers: number;
  /** Of them, present (in the room or online). */
  present: number;
  required: number;
  reached: boolean;
  /** Present people who do not count: observers and guests. */
  presentWithoutVote: number;
  /** Voting members with no attendance recorded yet. */
  unmarked: number;
  /** One sentence for the screen and the minutes. */
  summary: string;
};

/** Whether the attendance recorded so far makes a quorum; only voting members count. */
export function quorumOf(
  expected: ExpectedAttendees,
  attendance: readonly Attendance[],
  params: RuleParams,
  guests = 0,
): QuorumResult {
  const status = new Map(attendance.map((a) => [a.personId, a.status]));
  const rule = quorumRuleOf(params);
  const votingMembers = expected.members.length;
  const present = expected.members.filter((m) => status.get(m.personId) === 'present').length;
  const unmarked = expected.members.filter((m) => !status.has(m.personId)).length;
  const presentWithoutVote = expected.observers.filter((o) => status.get(o.personId) === 'present').length + guests;
  const required = quorumRequired(rule, votingMembers);
  const reached = present >= required;
  const summary = `${present} of ${votingMembers} voting members present; ${required} needed (${describeQuorumRule(rule)}): ${
    reached ? 'quorum reached' : 'no quorum'
  }.`;
  return { rule, votingMembers, present, required, reached, presentWithoutVote, unmarked, summary };
}

/** The quorum of a recorded meeting, on its own date's roster and rules. */
export function meetingQuorum(ctx: RulesContext, meeting: Meeting): QuorumResult {
  const expected = expectedAttendees(ctx, meeting.committeeId, meeting.date);
  return quorumOf(
    expected,
    meeting.attendance ?? [],
    ctx.paramsOn(meeting.committeeId, meeting.date),
    meeting.guests?.length ?? 0,
  );
}
