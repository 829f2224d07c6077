import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../domain/dates';
import {
  ACTION_STATUSES,
  ATTENDANCE_STATUSES,
  CANDIDATE_OUTCOMES,
  COMMITTEE_KINDS,
  COOPTION_REASONS,
  ELECTION_KINDS,
  ELECTION_STATUSES,
  END_REASONS,
  MEETING_MODES,
  OFFICE_ROLES,
  REGIONS,
  RULE_SET_IDS,
  TERM_KINDS,
  TIE_BREAK_METHODS,
} from '../domain/vocabulary';

/**
 * The runtime schema of the Tenure workspace file, version 1 (interchange-v1 §1). The CLI and the
 * app's import both parse through it. Every object is loose, so fields this build does not know
 * survive a round trip, and records get no defaults written into them (an absent `kind` stays
 * absent and means its default), so a file read and written back is the file that came in. Only
 * the optional top-level lists are filled with []. Cross-record checks live in `parse.ts`.
 */

export const WORKSPACE_FORMAT = 'tenure';
export const WORKSPACE_VERSION = 1;

export const isoDateSchema = z.custom<IsoDate>(isIsoDate, {
  error: (issue) => `expected a date YYYY-MM-DD, got ${describeValue(issue.input)}`,
});

const id = z.string().min(1);
const text = z.string();
const count = z.int().min(0);

/** Rule parameters a committee may override, by their rulebook §2.0 names; others are kept as-is. */
export const ruleParamsSchema = z.looseObject({
  maxElectedSeats: count.optional(),
  minElectedSeats: count.optional(),
  termLengthYears: z.int().min(1).optional(),
  electionCycleYears: z.int().min(1).optional(),
  electionYearParity: z.enum(['odd', 'even']).optional(),
  nominationCallYearParity: z.enum(['odd', 'even']).optional(),
  maxConsecutiveElectedTerms: count.optional(),
  maxConsecutiveYears: count.optional(),
  reEligibilityGapCycles: count.optional(),
  casualFillCountsAsTerm: z.boolean().nullable().optional(),
  casualVacancyFillOrder: z.array(text).optional(),
  maxCoopted: count.optional(),
  correspondingAllowed: z.boolean().optional(),
  maxCorrespondingMembers: count.optional(),
  correspondingTermYears: z.int().min(1).optional(),
  correspondingMaxTerms: count.optional(),
  officerTermYears: z.int().min(1).optional(),
  maxConsecutiveTermsSameOffice: count.optional(),
  maxTotalOfficerYearsOnSC: z.number().min(0).optional(),
  icIsOfficer: z.boolean().optional(),
  sigConvenorIsOfficer: z.boolean().optional(),
  inactivityMissedMeetings: z.int().min(1).optional(),
  inactivityNoticeDeadlineDays: count.optional(),
  quorumRule: text.optional(),
  /** Added by Tenure: the quorum when `quorumRule` is `fixedNumber`. */
  quorumFixed: count.optional(),
  /** Added by Tenure: the share of voting members when `quorumRule` is `fraction`. */
  quorumFraction: z.number().gt(0).max(1).optional(),
  /** Added by Tenure: approved co-opted members vote and count for quorum. */
  cooptedMembersVote: z.boolean().optional(),
  /** Added by Tenure: ex officio members (SIG Convenors) vote and count for quorum (R-44, OQ-18). */
  exOfficioMembersVote: z.boolean().optional(),
  coOptedCountTowardElectedCap: z.boolean().optional(),
  coOptApproverRole: text.optional(),
  coOptTermPolicy: z.enum(['untilNextElectionCycle', 'fullTermUpTo4Years']).optional(),
  coOptStartOfTermCountsAsTerm: z.boolean().optional(),
  coOptMidTermCountsAsTerm: z.boolean().optional(),
  coOptStartOfTermWindowMonths: count.optional(),
  barCoOptAfterFailedSecondTermBid: z.boolean().optional(),
  coOptRenewalOnlyByElection: z.boolean().optional(),
  votesPerRegisteredMember: count.optional(),
  nominationsRequired: count.optional(),
  sigCommitteeMax: count.optional(),
  sigTermYears: z.int().min(1).optional(),
  icIsOfficerForDivisionChairElection: z.boolean().optional(),
  roleCumulationLimits: z.unknown().optional(),
});

export const seatCohortSchema = z.looseObject({ firstYear: z.int(), seats: count });

export const committeeSchema = z.looseObject({
  id,
  name: z.string().min(1),
  /** Absent means `section`. */
  kind: z.enum(COMMITTEE_KINDS).optional(),
  parentId: id.optional(),
  ruleSet: z.enum(RULE_SET_IDS).optional(),
  params: ruleParamsSchema.optional(),
  seatCohorts: z.array(seatCohortSchema).optional(),
  notes: text.optional(),
});

export const personSchema = z.looseObject({
  id,
  name: z.string().min(1),
  email: text.optional(),
  institution: text.optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, {
      error: (issue) => `expected an ISO 3166-1 alpha-2 country code, got ${describeValue(issue.input)}`,
    })
    .optional(),
  region: z.enum(REGIONS).optional(),
  languages: z.array(text).optional(),
  notes: text.optional(),
});

export const cooptionSchema = z.looseObject({
  reason: z.enum(COOPTION_REASONS).optional(),
  fillsVacancy: z.boolean().optional(),
  proposedBy: id.optional(),
  proposedOn: isoDateSchema.optional(),
  approvedBy: text.optional(),
  approvedOn: isoDateSchema.optional(),
});

/**
 * Added by Tenure: the written notice of R-23 ("the Chair writes to the inactive member, quoting
 * the rules and setting a deadline"). Only after `deadline` has passed without a response may the
 * committee treat the member as resigned.
 */
export const inactivityNoticeSchema = z.looseObject({
  sentOn: isoDateSchema,
  deadline: isoDateSchema,
  /** Who wrote, as a name ("Daniel Whitford, Chair"). */
  by: text,
  /** The day the member answered; a notice answered can no longer end the term. */
  respondedOn: isoDateSchema.optional(),
  notes: text.optional(),
});

export const termSchema = z.looseObject({
  id,
  personId: id,
  committeeId: id,
  kind: z.enum(TERM_KINDS),
  start: isoDateSchema,
  end: isoDateSchema,
  endedOn: isoDateSchema.optional(),
  endReason: z.enum(END_REASONS).optional(),
  seat: text.optional(),
  electionId: id.optional(),
  cooption: cooptionSchema.optional(),
  /** Added by Tenure: the Chair's notice to a member flagged as inactive. */
  inactivityNotice: inactivityNoticeSchema.optional(),
  notes: text.optional(),
});

export const officeSchema = z.looseObject({
  id,
  personId: id,
  committeeId: id,
  role: z.enum(OFFICE_ROLES),
  start: isoDateSchema,
  end: isoDateSchema,
  endedOn: isoDateSchema.optional(),
  notes: text.optional(),
});

export const candidateSchema = z.looseObject({
  personId: id,
  nominatedBy: text.optional(),
  consent: z.boolean().optional(),
  /** Added by Tenure: the day the signed consent form arrived. */
  consentOn: isoDateSchema.optional(),
  votes: count.optional(),
  outcome: z.enum(CANDIDATE_OUTCOMES).optional(),
  /** Added by Tenure: a short candidate statement. */
  statement: text.optional(),
  /** Added by Tenure: place on the reserve list of the unsuccessful, 1 first. */
  reserveRank: z.int().min(1).optional(),
});

export const tieBreakSchema = z.looseObject({
  method: z.enum(TIE_BREAK_METHODS),
  on: isoDateSchema,
  elected: z.array(id),
  /** Added by Tenure: a lot's published seed, so anyone can re-run the draw. */
  seed: text.optional(),
  /** Added by Tenure: run-off votes by person id. */
  runOffVotes: z.record(z.string(), count).optional(),
});

/** Added by Tenure: the dates of an election cycle the chair plans. */
export const scheduleSchema = z.looseObject({
  callOpens: isoDateSchema.optional(),
  ballotOpens: isoDateSchema.optional(),
  ballotCloses: isoDateSchema.optional(),
  officerElections: isoDateSchema.optional(),
});

export const electionSchema = z.looseObject({
  id,
  committeeId: id,
  kind: z.enum(ELECTION_KINDS),
  role: z.enum(OFFICE_ROLES).optional(),
  cycle: z.int(),
  vacancies: count.optional(),
  /** Absent means `planned`. */
  status: z.enum(ELECTION_STATUSES).optional(),
  nominationsClose: isoDateSchema.optional(),
  candidates: z.array(candidateSchema).optional(),
  tieBreak: tieBreakSchema.optional(),
  voters: z.array(id).optional(),
  /** Added by Tenure. */
  schedule: scheduleSchema.optional(),
  /** Added by Tenure: the day the result was finalised and its terms created. */
  finalisedOn: isoDateSchema.optional(),
  notes: text.optional(),
});

export const attendanceSchema = z.looseObject({
  personId: id,
  status: z.enum(ATTENDANCE_STATUSES),
  /** Added by Tenure: took part online in a hybrid meeting. */
  remote: z.boolean().optional(),
});

/** Added by Tenure: a clock time, `HH:MM` (24-hour). */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  error: (issue) => `expected a time HH:MM, got ${describeValue(issue.input)}`,
});

/** Added by Tenure: one item of a meeting's agenda. */
export const agendaItemSchema = z.looseObject({
  title: z.string().min(1),
  notes: text.optional(),
  /** The item under which the minutes list the action plan's statuses and progress. */
  actionPlan: z.boolean().optional(),
});

/**
 * Added by Tenure: someone at a meeting who is not on its roster that day (IFLA HQ staff, an
 * invited speaker, an observer). Guests never vote and never count toward the quorum.
 */
export const guestSchema = z.looseObject({
  name: z.string().min(1),
  role: text,
  personId: id.optional(),
});

export const meetingSchema = z.looseObject({
  id,
  committeeId: id,
  date: isoDateSchema,
  title: text.optional(),
  mode: z.enum(MEETING_MODES).optional(),
  attendance: z.array(attendanceSchema).optional(),
  /** Added by Tenure: where the meeting is held (for in-person and hybrid meetings). */
  place: text.optional(),
  /** Added by Tenure: the time zone of `startTime`/`endTime`, an IANA name or an abbreviation ("EST"). */
  timeZone: text.optional(),
  /** Added by Tenure. */
  startTime: clockTime.optional(),
  /** Added by Tenure. */
  endTime: clockTime.optional(),
  /** Added by Tenure: working languages (BCP 47). */
  languages: z.array(text).optional(),
  /** Added by Tenure: how interpretation is provided, if at all. */
  interpretation: text.optional(),
  /** Added by Tenure. */
  agenda: z.array(agendaItemSchema).optional(),
  /** Added by Tenure: guests and observers who are not on the roster. */
  guests: z.array(guestSchema).optional(),
  /** Added by Tenure: the draft minutes (Markdown) as last edited. */
  minutes: text.optional(),
  notes: text.optional(),
});

/** Added by Tenure: an IFLA key initiative a focus area serves, by number ("4.5"), and how. */
export const keyInitiativeSchema = z.looseObject({
  number: z.string().min(1),
  description: text.optional(),
});

/** Added by Tenure: one task of an activity and who is responsible for it. */
export const actionTaskSchema = z.looseObject({
  text: z.string().min(1),
  owners: z.array(id).optional(),
});

/** Added by Tenure: a dated progress note; a status change records the new status with it. */
export const progressNoteSchema = z.looseObject({
  on: isoDateSchema,
  note: text,
  status: z.enum(ACTION_STATUSES).optional(),
});

export const actionSchema = z.looseObject({
  id,
  committeeId: id,
  title: z.string().min(1),
  focusArea: text.optional(),
  strategicDirection: text.optional(),
  activities: z.array(text).optional(),
  owners: z.array(id).optional(),
  due: isoDateSchema.optional(),
  status: z.enum(ACTION_STATUSES),
  funding: text.optional(),
  impact: text.optional(),
  /** Added by Tenure: the action plan the activity belongs to ("2019–2020"). */
  plan: text.optional(),
  /** Added by Tenure: the IFLA key initiatives its focus area serves. */
  keyInitiatives: z.array(keyInitiativeSchema).optional(),
  /** Added by Tenure. */
  tasks: z.array(actionTaskSchema).optional(),
  /** Added by Tenure: when it runs, as the plan says it ("Nov 2019 – May 2020"). */
  timeframe: text.optional(),
  /** Added by Tenure: the template's "Funding needed" box. */
  fundingNeeded: z.boolean().optional(),
  /** Added by Tenure: how much, with its currency ("EUR 2,000"). */
  fundingAmount: text.optional(),
  /** Added by Tenure: where the money would come from. */
  fundingSource: text.optional(),
  /** Added by Tenure: how the activity and its results are communicated. */
  communication: text.optional(),
  /** Added by Tenure: other units that may be interested or collaborate. */
  collaborators: z.array(text).optional(),
  /** Added by Tenure: dated progress notes, oldest first. */
  progress: z.array(progressNoteSchema).optional(),
  /** Added by Tenure: the activity's place in the plan (lower first); absent: file order. */
  position: z.int().optional(),
  notes: text.optional(),
});

const termBoundariesSchema = z.record(z.string(), isoDateSchema).superRefine((boundaries, ctx) => {
  for (const [year, date] of Object.entries(boundaries)) {
    if (!/^\d{4}$/.test(year) || Number(year) % 2 === 0) {
      ctx.addIssue({ code: 'custom', path: [year], message: `expected an odd year as the key, got "${year}"` });
    } else if (isIsoDate(date) && !date.startsWith(year)) {
      ctx.addIssue({
        code: 'custom',
        path: [year],
        message: `the ${year} boundary must fall in ${year}, got "${date}"`,
      });
    }
  }
});

export const settingsSchema = z.looseObject({
  termBoundaries: termBoundariesSchema.optional(),
});

export const workspaceSchema = z.looseObject({
  format: z.literal(WORKSPACE_FORMAT),
  version: z.literal(WORKSPACE_VERSION),
  settings: settingsSchema.optional(),
  committees: z.array(committeeSchema),
  people: z.array(personSchema),
  terms: z.array(termSchema).default([]),
  offices: z.array(officeSchema).default([]),
  elections: z.array(electionSchema).default([]),
  meetings: z.array(meetingSchema).default([]),
  actions: z.array(actionSchema).default([]),
});

export type RuleParamOverrides = z.infer<typeof ruleParamsSchema>;
export type SeatCohort = z.infer<typeof seatCohortSchema>;
export type Committee = z.infer<typeof committeeSchema>;
export type Person = z.infer<typeof personSchema>;
export type Cooption = z.infer<typeof cooptionSchema>;
export type Term = z.infer<typeof termSchema>;
export type Office = z.infer<typeof officeSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type TieBreak = z.infer<typeof tieBreakSchema>;
export type Election = z.infer<typeof electionSchema>;
export type Attendance = z.infer<typeof attendanceSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Action = z.infer<typeof actionSchema>;
export type InactivityNotice = z.infer<typeof inactivityNoticeSchema>;
export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Guest = z.infer<typeof guestSchema>;
export type KeyInitiative = z.infer<typeof keyInitiativeSchema>;
export type ActionTask = z.infer<typeof actionTaskSchema>;
export type ProgressNote = z.infer<typeof progressNoteSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Workspace = z.infer<typeof workspaceSchema>;
/** What a writer may hand in: defaults may be left out. */
export type WorkspaceInput = z.input<typeof workspaceSchema>;

/** A value as a secretary would read it in an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
