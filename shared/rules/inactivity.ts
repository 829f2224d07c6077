import { addDays, type IsoDate } from '../domain/dates';
import type { InactivityNotice, Meeting, Term } from '../workspace/schema';
import type { RulesContext } from './context';
import type { RuleParams } from './rule-sets';
import { byStartThenId, effectiveEnd, isActiveOn, makesMember } from './terms';

/**
 * The inactivity procedure of R-23. A member recorded absent (not apologies) at each of the last
 * `inactivityMissedMeetings` meetings they were expected at is flagged (`member.inactive`); the
 * Chair writes with a deadline (a notice on the term); only after the deadline has passed with no
 * response may the committee treat them as resigned, which ends the term and opens a casual
 * vacancy. Virtual meetings count as meetings.
 */

/**
 * The last `threshold` meetings the person was expected at (held while one of their member terms
 * was active), when they were recorded absent — not apologies — at every one of them. `meetings`
 * are in date order; no attendance entry counts as not absent.
 */
export function missedMeetings(
  meetings: readonly Meeting[],
  own: readonly Term[],
  personId: string,
  threshold: number,
): Meeting[] | undefined {
  const expected: Meeting[] = [];
  for (let i = meetings.length - 1; i >= 0 && expected.length < threshold; i--) {
    const meeting = meetings[i] as Meeting;
    if (own.some((t) => isActiveOn(t, meeting.date))) expected.push(meeting);
  }
  if (expected.length < threshold) return undefined;
  const allAbsent = expected.every(
    (m) => (m.attendance ?? []).find((a) => a.personId === personId)?.status === 'absent',
  );
  return allAbsent ? expected.reverse() : undefined;
}

/** The deadline a notice sent on `sentOn` gets by default: `inactivityNoticeDeadlineDays` later. */
export function defaultNoticeDeadline(sentOn: IsoDate, params: Pick<RuleParams, 'inactivityNoticeDeadlineDays'>) {
  return addDays(sentOn, params.inactivityNoticeDeadlineDays);
}

/**
 * Why a term cannot (yet) be ended as "deemed resigned" on `on` by its notice alone, or undefined
 * when the notice allows it: there is one, it was not answered, and its deadline has passed (the
 * deadline day itself is still the member's to answer).
 */
export function noticeBlocksEnding(term: Pick<Term, 'inactivityNotice'>, on: IsoDate): string | undefined {
  const notice = term.inactivityNotice;
  if (!notice) return 'no notice with a deadline has been recorded (R-23): the Chair writes first';
  if (notice.respondedOn) return `the member answered the notice on ${notice.respondedOn}`;
  if (on <= notice.deadline) {
    return `the notice's deadline (${notice.deadline}) has not passed; the earliest day is ${addDays(notice.deadline, 1)}`;
  }
  return undefined;
}

/**
 * Where a member stands in the procedure on a date:
 * - `flagged`: absent without apologies from the last N meetings, no notice yet;
 * - `notice-sent`: written to, the deadline not yet passed;
 * - `deadline-passed`: no response by the deadline and still flagged: may be deemed resigned;
 * - `responded`: answered the notice (nothing more to do unless flagged again with a new notice);
 * - `attended-since`: a notice stands but they are no longer flagged (they came, or sent apologies).
 */
export type InactivityState = 'flagged' | 'notice-sent' | 'deadline-passed' | 'responded' | 'attended-since';

export type InactivityEntry = {
  personId: string;
  name: string;
  /** The member term the notice belongs on (their current one). */
  term: Term;
  state: InactivityState;
  /** The meetings missed, oldest first, when flagged. */
  missed: Meeting[];
  notice?: InactivityNotice;
  /** The first day the member may be deemed resigned, once a notice stands unanswered. */
  mayDeemResignedFrom?: IsoDate;
};

/** The current member term of each member active on `date` (the latest-starting one). */
function currentMemberTerms(ctx: RulesContext, committeeId: string, date: IsoDate): Map<string, Term> {
  const current = new Map<string, Term>();
  for (const t of ctx.termsByCommittee.get(committeeId) ?? []) {
    if (!makesMember(t) || !isActiveOn(t, date)) continue;
    const other = current.get(t.personId);
    if (!other || byStartThenId(t, other) > 0) current.set(t.personId, t);
  }
  return current;
}

/** Whether a member is flagged on `date`, with the meetings missed. */
export function flaggedOn(
  ctx: RulesContext,
  committeeId: string,
  personId: string,
  date: IsoDate,
): Meeting[] | undefined {
  const params = ctx.paramsOn(committeeId, date);
  const meetings = ctx.meetings(committeeId).filter((m) => m.date <= date);
  const own = ctx.memberTerms(committeeId, personId).filter(makesMember);
  return missedMeetings(meetings, own, personId, params.inactivityMissedMeetings);
}

/**
 * Everyone the inactivity procedure concerns on `date`: members flagged, and members whose current
 * term carries a notice. Sorted by name.
 */
export function inactivityOn(ctx: RulesContext, committeeId: string, date: IsoDate): InactivityEntry[] {
  const entries: InactivityEntry[] = [];
  for (const [personId, term] of currentMemberTerms(ctx, committeeId, date)) {
    const missed = flaggedOn(ctx, committeeId, personId, date);
    const notice = term.inactivityNotice && term.inactivityNotice.sentOn <= date ? term.inactivityNotice : undefined;
    if (!missed && !notice) continue;
    let state: InactivityState;
    if (notice?.respondedOn && notice.respondedOn <= date) state = 'responded';
    else if (!notice) state = 'flagged';
    else if (!missed) state = 'attended-since';
    else state = date > notice.deadline ? 'deadline-passed' : 'notice-sent';
    entries.push({
      personId,
      name: ctx.nameOf(personId),
      term,
      state,
      missed: missed ?? [],
      ...(notice ? { notice } : {}),
      ...(notice && (state === 'notice-sent' || state === 'deadline-passed')
        ? { mayDeemResignedFrom: addDays(notice.deadline, 1) }
        : {}),
    });
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.personId.localeCompare(b.personId));
}

/**
 * Whether the member holding `termId` may be deemed resigned on `on`: a member term active
 * that day, a notice sent and unanswered, its deadline passed, and the member still flagged.
 * Returns the reason when not.
 */
export function deemResignedBlocked(ctx: RulesContext, termId: string, on: IsoDate): string | undefined {
  const term = ctx.workspace.terms.find((t) => t.id === termId);
  if (!term) return `there is no term ${termId}`;
  if (!makesMember(term)) return 'only an elected, casual-vacancy or approved co-opted member can be deemed resigned';
  if (!isActiveOn(term, on)) return `the term is not active on ${on} (it runs ${term.start} to ${effectiveEnd(term)})`;
  const byNotice = noticeBlocksEnding(term, on);
  if (byNotice) return byNotice;
  if (!flaggedOn(ctx, term.committeeId, term.personId, on)) {
    return `${ctx.nameOf(term.personId)} is no longer absent from the last meetings they were expected at`;
  }
  return undefined;
}
