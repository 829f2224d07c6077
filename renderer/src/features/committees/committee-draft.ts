import type { IsoDate } from '@shared/domain/dates';
import { COMMITTEE_KINDS, RULE_SET_IDS, type CommitteeKind, type RuleSetId } from '@shared/domain/vocabulary';
import { eraOn, paramsFor, RULE_SETS, type RuleParams } from '@shared/rules/rule-sets';
import { formatPath } from '@shared/workspace/parse';
import { committeeSchema, type Committee, type SeatCohort } from '@shared/workspace/schema';

/**
 * The committee form as plain data: what the inputs hold (strings, as typed), how a committee
 * becomes a draft and back, and what is wrong with a draft. No React here, so it is tested alone.
 */

/** How a parameter's input is read: whole numbers (≥ 0 or ≥ 1), any number ≥ 0, or yes/no. */
export type ParamInput = 'count' | 'positive' | 'number' | 'boolean';

type ParamKey = keyof RuleParams & string;

export type ParamField = { key: ParamKey; label: string; rule: string; input: ParamInput };

/**
 * Every number and yes/no of the rulebook's §2.0 parameter block, grouped as a secretary thinks
 * of them. Text-valued parameters (parities, fill orders, approver, quorum rule) are not edited
 * here; overrides of them already recorded are kept as they are.
 */
export const PARAM_GROUPS: readonly { id: string; title: string; fields: readonly ParamField[] }[] = [
  {
    id: 'seats',
    title: 'Seats and terms',
    fields: [
      { key: 'maxElectedSeats', label: 'Most elected seats', rule: 'R-01', input: 'count' },
      { key: 'minElectedSeats', label: 'Fewest elected seats', rule: 'R-01', input: 'count' },
      { key: 'termLengthYears', label: 'Length of a term, in years', rule: 'R-03', input: 'positive' },
      { key: 'electionCycleYears', label: 'Years between elections', rule: 'R-02', input: 'positive' },
    ],
  },
  {
    id: 'limits',
    title: 'Term limits',
    fields: [
      { key: 'maxConsecutiveElectedTerms', label: 'Most consecutive elected terms', rule: 'R-08', input: 'count' },
      { key: 'maxConsecutiveYears', label: 'Most consecutive years', rule: 'R-08', input: 'count' },
      {
        key: 'reEligibilityGapCycles',
        label: 'Election cycles to sit out before standing again',
        rule: 'R-10',
        input: 'count',
      },
      {
        key: 'casualFillCountsAsTerm',
        label: 'Filling a casual vacancy counts as a term',
        rule: 'R-21',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'cooption',
    title: 'Co-opted members',
    fields: [
      { key: 'maxCoopted', label: 'Most co-opted members at a time', rule: 'R-24', input: 'count' },
      {
        key: 'coOptedCountTowardElectedCap',
        label: 'Co-opted members count toward the elected seats',
        rule: 'R-24',
        input: 'boolean',
      },
      {
        key: 'coOptStartOfTermCountsAsTerm',
        label: 'A co-option at the start of a term counts as a term',
        rule: 'R-27',
        input: 'boolean',
      },
      {
        key: 'coOptMidTermCountsAsTerm',
        label: 'A mid-term co-option counts as a term',
        rule: 'R-27',
        input: 'boolean',
      },
      {
        key: 'coOptStartOfTermWindowMonths',
        label: 'Months after a boundary that still count as the start of a term',
        rule: 'R-27',
        input: 'count',
      },
      {
        key: 'barCoOptAfterFailedSecondTermBid',
        label: 'No co-option after a lost bid for a second term',
        rule: 'R-28',
        input: 'boolean',
      },
      {
        key: 'coOptRenewalOnlyByElection',
        label: 'A co-opted member continues only by election',
        rule: 'R-29',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'corresponding',
    title: 'Corresponding members',
    fields: [
      { key: 'correspondingAllowed', label: 'Corresponding members allowed', rule: 'R-33', input: 'boolean' },
      { key: 'maxCorrespondingMembers', label: 'Most corresponding members', rule: 'R-31', input: 'count' },
      {
        key: 'correspondingTermYears',
        label: 'Length of a corresponding term, in years',
        rule: 'R-31',
        input: 'positive',
      },
      { key: 'correspondingMaxTerms', label: 'Most consecutive corresponding terms', rule: 'R-31', input: 'count' },
    ],
  },
  {
    id: 'officers',
    title: 'Officers',
    fields: [
      { key: 'officerTermYears', label: 'Length of an officer term, in years', rule: 'R-36', input: 'positive' },
      {
        key: 'maxConsecutiveTermsSameOffice',
        label: 'Most consecutive terms in one office',
        rule: 'R-38',
        input: 'count',
      },
      { key: 'maxTotalOfficerYearsOnSC', label: 'Most years as an officer in all', rule: 'R-38', input: 'number' },
      { key: 'icIsOfficer', label: 'The Information Coordinator is an officer', rule: 'R-41', input: 'boolean' },
      { key: 'sigConvenorIsOfficer', label: 'A SIG Convenor is an officer', rule: 'R-41', input: 'boolean' },
      {
        key: 'icIsOfficerForDivisionChairElection',
        label: 'The Information Coordinator counts as an officer for the Division Chair election',
        rule: 'R-41',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'meetings',
    title: 'Meetings, elections and SIGs',
    fields: [
      {
        key: 'inactivityMissedMeetings',
        label: 'Meetings missed in a row before a member counts as inactive',
        rule: 'R-23',
        input: 'positive',
      },
      {
        key: 'inactivityNoticeDeadlineDays',
        label: 'Days an inactive member has to answer the notice',
        rule: 'R-23',
        input: 'count',
      },
      {
        key: 'quorumFixed',
        label: 'Quorum when it is a fixed number of voting members',
        rule: 'R-49',
        input: 'count',
      },
      {
        key: 'quorumFraction',
        label: 'Quorum when it is a share of the voting members (0 to 1)',
        rule: 'R-49',
        input: 'number',
      },
      {
        key: 'cooptedMembersVote',
        label: 'Co-opted members vote and count for quorum',
        rule: 'R-30',
        input: 'boolean',
      },
      {
        key: 'exOfficioMembersVote',
        label: 'Ex officio members (SIG Convenors) vote and count for quorum',
        rule: 'OQ-18',
        input: 'boolean',
      },
      { key: 'nominationsRequired', label: 'Nominations a candidate needs', rule: 'R-11', input: 'count' },
      { key: 'votesPerRegisteredMember', label: 'Votes per registered member', rule: 'R-15', input: 'count' },
      { key: 'sigCommitteeMax', label: 'Most members of a SIG committee', rule: 'R-44', input: 'count' },
      { key: 'sigTermYears', label: 'Length of a SIG term, in years', rule: 'R-44', input: 'positive' },
    ],
  },
];

export const PARAM_FIELDS: readonly ParamField[] = PARAM_GROUPS.flatMap((g) => g.fields);
const EDITABLE_KEYS = new Set<string>(PARAM_FIELDS.map((f) => f.key));

export const KIND_LABELS: Record<CommitteeKind, string> = {
  section: 'Section',
  division: 'Division',
  sig: 'Special Interest Group',
  other: 'Other',
};

/** The rule set a committee follows: pinned, or the one in force on each event's date. */
export type RuleSetChoice = RuleSetId | 'automatic';

export const RULE_SET_CHOICES: readonly { value: RuleSetChoice; label: string }[] = [
  { value: 'automatic', label: 'Automatic by date (pre2021, then ifla2021, then ifla2023)' },
  { value: 'pre2021', label: 'pre2021: Rules of Procedure up to 2020' },
  { value: 'ifla2021', label: 'ifla2021: Statutes of August 2021' },
  { value: 'ifla2023', label: 'ifla2023: amendments of 2023' },
];

/** One row of the seat-cohort editor; `key` keeps React's rows stable while years are typed. */
export type CohortRow = { key: string; firstYear: string; seats: string; original?: SeatCohort };

export type CommitteeDraft = {
  id: string;
  name: string;
  kind: CommitteeKind;
  parentId: string;
  ruleSet: RuleSetChoice;
  /** By parameter name: '' keeps the rulebook default; booleans are 'true' or 'false'. */
  params: Record<string, string>;
  seatCohorts: CohortRow[];
  notes: string;
};

let rowCounter = 0;
export function cohortRow(firstYear = '', seats = '', original?: SeatCohort): CohortRow {
  rowCounter += 1;
  return { key: `cohort-${rowCounter}`, firstYear, seats, ...(original ? { original } : {}) };
}

/** The form's starting values: the committee as recorded, or an empty Section. */
export function draftFromCommittee(committee?: Committee): CommitteeDraft {
  const params: Record<string, string> = {};
  for (const field of PARAM_FIELDS) {
    const value = (committee?.params as Record<string, unknown> | undefined)?.[field.key];
    params[field.key] = typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  }
  return {
    id: committee?.id ?? '',
    name: committee?.name ?? '',
    kind: committee?.kind ?? 'section',
    parentId: committee?.parentId ?? '',
    ruleSet: committee?.ruleSet ?? 'automatic',
    params,
    seatCohorts: (committee?.seatCohorts ?? []).map((c) => cohortRow(String(c.firstYear), String(c.seats), c)),
    notes: committee?.notes ?? '',
  };
}

/** A readable id from a name: "Information Technology Section" → "information-technology-section". */
export function idFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

function parseParam(field: ParamField, text: string): number | boolean | undefined {
  const value = text.trim();
  if (value === '') return undefined;
  if (field.input === 'boolean') return value === 'true';
  return Number(value);
}

/**
 * The committee the draft describes, keeping everything the form does not edit (unknown fields,
 * text-valued parameter overrides, unknown fields of cohorts). Nothing is written that the
 * secretary left at its default, so a record stays exactly as the file would have it.
 */
export function committeeFromDraft(draft: CommitteeDraft, original?: Committee): Committee {
  const {
    params: originalParams,
    seatCohorts: _cohorts,
    parentId: _parent,
    ruleSet: _ruleSet,
    ...rest
  } = original ?? ({} as Partial<Committee>);
  const committee: Committee = { ...rest, id: original?.id ?? draft.id.trim(), name: draft.name.trim() };

  // A record with no kind means a Section: leave it absent unless the secretary chose another.
  if (original && original.kind === undefined && draft.kind === 'section') delete committee.kind;
  else committee.kind = draft.kind;
  if (draft.parentId) committee.parentId = draft.parentId;
  if (draft.ruleSet !== 'automatic') committee.ruleSet = draft.ruleSet;

  const params: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(originalParams ?? {})) {
    if (!EDITABLE_KEYS.has(key)) params[key] = value;
  }
  for (const field of PARAM_FIELDS) {
    const value = parseParam(field, draft.params[field.key] ?? '');
    if (value !== undefined) params[field.key] = value;
  }
  if (Object.keys(params).length > 0) committee.params = params as Committee['params'];

  if (draft.seatCohorts.length > 0) {
    committee.seatCohorts = draft.seatCohorts.map((row) => ({
      ...row.original,
      firstYear: Number(row.firstYear),
      seats: Number(row.seats),
    }));
  }
  const notes = draft.notes.trim();
  if (notes) committee.notes = draft.notes;
  else delete committee.notes;
  return committee;
}

/** The rule set whose defaults the form shows: the pinned one, or the one in force on `asOf`. */
export function effectiveRuleSet(choice: RuleSetChoice, asOf: IsoDate): RuleSetId {
  return choice === 'automatic' ? eraOn(asOf) : choice;
}

export function formatParamValue(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (value === null || value === undefined) return 'not set';
  return String(value);
}

/**
 * What the rulebook gives a parameter when the field is blank: under the effective rule set, and,
 * for a committee on automatic, how the value changes between eras.
 */
export function defaultNote(
  key: string,
  choice: RuleSetChoice,
  asOf: IsoDate,
): { value: string; ruleSet: RuleSetId; byEra?: string } {
  const ruleSet = effectiveRuleSet(choice, asOf);
  const value = formatParamValue((RULE_SETS[ruleSet].params as Record<string, unknown>)[key]);
  if (choice !== 'automatic') return { value, ruleSet };
  const values = RULE_SET_IDS.map((id) => formatParamValue((RULE_SETS[id].params as Record<string, unknown>)[key]));
  if (new Set(values).size === 1) return { value, ruleSet };
  return { value, ruleSet, byEra: RULE_SET_IDS.map((id, i) => `${id} ${values[i]}`).join(' · ') };
}

/** A problem with one input, named the way the form labels it. */
export type FieldError = { field: string; message: string };

export type DraftContext = {
  isNew: boolean;
  /** Every committee id already in the workspace. */
  takenIds: ReadonlySet<string>;
  asOf: IsoDate;
  /** The committee being edited: its text-valued overrides (the election-year parity) still apply. */
  original?: Committee;
};

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const WHOLE = /^\d+$/;

/** Every problem that stops the draft being saved, each naming the field it is about. */
export function validateDraft(draft: CommitteeDraft, context: DraftContext): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.name.trim()) errors.push({ field: 'name', message: 'Name: give the committee a name.' });
  if (context.isNew) {
    const id = draft.id.trim();
    if (!id) errors.push({ field: 'id', message: 'Id: give the committee a short id, such as "it".' });
    else if (!ID_PATTERN.test(id)) {
      errors.push({
        field: 'id',
        message: 'Id: use letters, digits, hyphens, dots or underscores, starting with a letter or digit.',
      });
    } else if (context.takenIds.has(id)) {
      errors.push({ field: 'id', message: `Id: "${id}" is already the id of another committee.` });
    }
  }
  if (!(COMMITTEE_KINDS as readonly string[]).includes(draft.kind)) {
    errors.push({ field: 'kind', message: 'Kind: choose Section, Division, Special Interest Group or Other.' });
  }
  if (draft.parentId && draft.parentId === (draft.id.trim() || undefined)) {
    errors.push({ field: 'parentId', message: 'Parent Division: a committee cannot be its own parent.' });
  }

  for (const field of PARAM_FIELDS) {
    const text = (draft.params[field.key] ?? '').trim();
    if (text === '') continue;
    const label = `${field.label} (${field.key})`;
    if (field.input === 'boolean') {
      if (text !== 'true' && text !== 'false')
        errors.push({ field: field.key, message: `${label}: choose yes or no.` });
    } else if (field.input === 'number') {
      if (!/^\d+(\.\d+)?$/.test(text)) {
        errors.push({ field: field.key, message: `${label}: enter a number of 0 or more, or leave it blank.` });
      }
    } else if (!WHOLE.test(text) || (field.input === 'positive' && Number(text) < 1)) {
      errors.push({
        field: field.key,
        message: `${label}: enter a whole number of ${field.input === 'positive' ? 1 : 0} or more, or leave it blank.`,
      });
    }
  }

  // The numbers as the engine would read them, to check fields against each other.
  const ruleSet = effectiveRuleSet(draft.ruleSet, context.asOf);
  const numeric = (key: ParamKey) => {
    const text = (draft.params[key] ?? '').trim();
    return WHOLE.test(text) ? Number(text) : (RULE_SETS[ruleSet].params[key] as number);
  };
  const maxSeats = numeric('maxElectedSeats');
  if (numeric('minElectedSeats') > maxSeats) {
    errors.push({
      field: 'minElectedSeats',
      message: `Fewest elected seats (minElectedSeats): ${numeric('minElectedSeats')} is more than the most elected seats, ${maxSeats}.`,
    });
  }

  const parity = paramsFor({ params: context.original?.params }, ruleSet).electionYearParity;
  const seen = new Set<number>();
  draft.seatCohorts.forEach((row, i) => {
    const name = `Seat cohort ${i + 1}`;
    const year = row.firstYear.trim();
    if (!/^\d{4}$/.test(year)) {
      errors.push({ field: `${row.key}-firstYear`, message: `${name}, first year: enter a year such as 2021.` });
    } else if ((Number(year) % 2 === 1) !== (parity === 'odd')) {
      errors.push({
        field: `${row.key}-firstYear`,
        message: `${name}, first year: elections are held in ${parity} years, so ${year} cannot start a cohort (R-02).`,
      });
    } else if (seen.has(Number(year))) {
      errors.push({ field: `${row.key}-firstYear`, message: `${name}, first year: ${year} is listed twice.` });
    } else seen.add(Number(year));
    if (!WHOLE.test(row.seats.trim())) {
      errors.push({ field: `${row.key}-seats`, message: `${name}, seats: enter a whole number of 0 or more.` });
    }
  });
  const totalSeats = draft.seatCohorts.reduce(
    (sum, row) => sum + (WHOLE.test(row.seats.trim()) ? Number(row.seats) : 0),
    0,
  );
  if (totalSeats > maxSeats) {
    errors.push({
      field: 'seatCohorts',
      message: `Seat cohorts: ${totalSeats} seats in all, more than the ${maxSeats} elected seats allowed (R-01).`,
    });
  }

  // Last line of defence: whatever the form built must be a valid record of the workspace file.
  if (errors.length === 0) {
    const parsed = committeeSchema.safeParse(committeeFromDraft(draft, context.original));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({
          field: String(issue.path[0] ?? 'committee'),
          message: `${formatPath(issue.path)}: ${issue.message}`,
        });
      }
    }
  }
  return errors;
}

/** Seats in all, for the line under the cohort editor. */
export function totalCohortSeats(rows: readonly CohortRow[]): number {
  return rows.reduce((sum, row) => sum + (/^\d+$/.test(row.seats.trim()) ? Number(row.seats) : 0), 0);
}
