/** The closed vocabularies of the workspace file (interchange-v1 §1). */

export const COMMITTEE_KINDS = ['section', 'division', 'sig', 'other'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const RULE_SET_IDS = ['pre2021', 'ifla2021', 'ifla2023'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export const REGIONS = [
  'AsiaOceania',
  'Europe',
  'LatinAmericaCaribbean',
  'MiddleEastNorthAfrica',
  'NorthAmerica',
  'SubSaharanAfrica',
] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  AsiaOceania: 'Asia and Oceania',
  Europe: 'Europe',
  LatinAmericaCaribbean: 'Latin America and the Caribbean',
  MiddleEastNorthAfrica: 'Middle East and North Africa',
  NorthAmerica: 'North America',
  SubSaharanAfrica: 'Sub-Saharan Africa',
};

export const TERM_KINDS = ['elected', 'casual', 'coopted', 'corresponding', 'ex-officio'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

/** A term kind in a sentence: "Ana Ruiz's elected term 2017–2021". */
export const TERM_KIND_LABELS: Record<TermKind, string> = {
  elected: 'elected term',
  casual: 'casual-vacancy term',
  coopted: 'co-opted term',
  corresponding: 'corresponding term',
  'ex-officio': 'ex officio term',
};

export const END_REASONS = ['resigned', 'inactive', 'deceased', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const COOPTION_REASONS = ['diversity', 'expertise', 'available-place', 'vacancy', 'other'] as const;
export type CooptionReason = (typeof COOPTION_REASONS)[number];

export const OFFICE_ROLES = ['chair', 'secretary', 'information-coordinator', 'sig-convenor'] as const;
export type OfficeRole = (typeof OFFICE_ROLES)[number];

export const OFFICE_ROLE_LABELS: Record<OfficeRole, string> = {
  chair: 'Chair',
  secretary: 'Secretary',
  'information-coordinator': 'Information Coordinator',
  'sig-convenor': 'SIG Convenor',
};

export const ELECTION_KINDS = ['members', 'officer'] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const ELECTION_STATUSES = ['planned', 'nominations', 'ballot', 'final'] as const;
export type ElectionStatus = (typeof ELECTION_STATUSES)[number];

export const CANDIDATE_OUTCOMES = ['elected', 'not-elected', 'withdrawn'] as const;
export type CandidateOutcome = (typeof CANDIDATE_OUTCOMES)[number];

export const TIE_BREAK_METHODS = ['run-off', 'lot'] as const;
export type TieBreakMethod = (typeof TIE_BREAK_METHODS)[number];

export const MEETING_MODES = ['in-person', 'online', 'hybrid'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const ATTENDANCE_STATUSES = ['present', 'apologies', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ACTION_STATUSES = ['planned', 'ongoing', 'completed', 'on-hold', 'not-proceeding', 'sunsetted'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
