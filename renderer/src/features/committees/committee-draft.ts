import type { IsoDate } from '@shared/domain/dates';
import { COMMITTEE_KINDS, RULE_SET_IDS, type CommitteeKind, type RuleSetId } from '@shared/domain/vocabulary';
import { eraOn, paramsFor, RULE_SETS, type RuleParams } from '@shared/rules/rule-sets';
import { formatPath } from '@shared/workspace/parse';
import { committeeSchema, type Committee, type SeatCohort } from '@shared/workspace/schema';
import { canonicalJson } from '@shared/history/change-log';
import type { IntlShape } from 'react-intl';

/**
 * The committee form as plain data: what the inputs hold (strings, as typed), how a committee
 * becomes a draft and back, and what is wrong with a draft. No React here, so it is tested alone.
 */

/** How a parameter's input is read: whole numbers (≥ 0 or ≥ 1), any number ≥ 0, or yes/no. */
export type ParamInput = 'count' | 'positive' | 'number' | 'boolean';

type ParamKey = keyof RuleParams & string;

export type ParamField = { key: ParamKey; rule: string; input: ParamInput };

/** What a function needs to put its results in the reader's words: react-intl's `formatMessage`. */
export type FormatMessage = IntlShape['formatMessage'];

/** The message naming a parameter, as its field is labelled: `committees.param.maxElectedSeats`. */
export const paramLabelId = (key: string) => `committees.param.${key}`;

/** The message naming a group of parameters: `committees.paramGroup.limits`. */
export const paramGroupId = (group: string) => `committees.paramGroup.${group}`;

/** The message naming a kind of committee: `committees.kind.sig`. */
export const kindLabelId = (kind: CommitteeKind) => `committees.kind.${kind}`;

/** The message naming a rule-set choice in the form's menu: `committees.ruleSet.automatic`. */
export const ruleSetChoiceId = (choice: RuleSetChoice) => `committees.ruleSet.${choice}`;

/**
 * Every number and yes/no of the rulebook's §2.0 parameter block, grouped as a secretary thinks
 * of them. Text-valued parameters (parities, fill orders, approver, quorum rule) are not edited
 * here; overrides of them already recorded are kept as they are.
 */
export const PARAM_GROUPS: readonly { id: string; fields: readonly ParamField[] }[] = [
  {
    id: 'seats',
    fields: [
      { key: 'maxElectedSeats', rule: 'R-01', input: 'count' },
      { key: 'minElectedSeats', rule: 'R-01', input: 'count' },
      { key: 'termLengthYears', rule: 'R-03', input: 'positive' },
      { key: 'electionCycleYears', rule: 'R-02', input: 'positive' },
    ],
  },
  {
    id: 'limits',
    fields: [
      { key: 'maxConsecutiveElectedTerms', rule: 'R-08', input: 'count' },
      { key: 'maxConsecutiveYears', rule: 'R-08', input: 'count' },
      {
        key: 'reEligibilityGapCycles',
        rule: 'R-10',
        input: 'count',
      },
      {
        key: 'casualFillCountsAsTerm',
        rule: 'R-21',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'cooption',
    fields: [
      { key: 'maxCoopted', rule: 'R-24', input: 'count' },
      {
        key: 'coOptedCountTowardElectedCap',
        rule: 'R-24',
        input: 'boolean',
      },
      {
        key: 'coOptStartOfTermCountsAsTerm',
        rule: 'R-27',
        input: 'boolean',
      },
      {
        key: 'coOptMidTermCountsAsTerm',
        rule: 'R-27',
        input: 'boolean',
      },
      {
        key: 'coOptStartOfTermWindowMonths',
        rule: 'R-27',
        input: 'count',
      },
      {
        key: 'barCoOptAfterFailedSecondTermBid',
        rule: 'R-28',
        input: 'boolean',
      },
      {
        key: 'coOptRenewalOnlyByElection',
        rule: 'R-29',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'corresponding',
    fields: [
      { key: 'correspondingAllowed', rule: 'R-33', input: 'boolean' },
      { key: 'maxCorrespondingMembers', rule: 'R-31', input: 'count' },
      {
        key: 'correspondingTermYears',
        rule: 'R-31',
        input: 'positive',
      },
      { key: 'correspondingMaxTerms', rule: 'R-31', input: 'count' },
    ],
  },
  {
    id: 'officers',
    fields: [
      { key: 'officerTermYears', rule: 'R-36', input: 'positive' },
      {
        key: 'maxConsecutiveTermsSameOffice',
        rule: 'R-38',
        input: 'count',
      },
      { key: 'maxTotalOfficerYearsOnSC', rule: 'R-38', input: 'number' },
      { key: 'icIsOfficer', rule: 'R-41', input: 'boolean' },
      { key: 'sigConvenorIsOfficer', rule: 'R-41', input: 'boolean' },
      {
        key: 'icIsOfficerForDivisionChairElection',
        rule: 'R-41',
        input: 'boolean',
      },
    ],
  },
  {
    id: 'meetings',
    fields: [
      {
        key: 'inactivityMissedMeetings',
        rule: 'R-23',
        input: 'positive',
      },
      {
        key: 'inactivityNoticeDeadlineDays',
        rule: 'R-23',
        input: 'count',
      },
      {
        key: 'quorumFixed',
        rule: 'R-49',
        input: 'count',
      },
      {
        key: 'quorumFraction',
        rule: 'R-49',
        input: 'number',
      },
      {
        key: 'cooptedMembersVote',
        rule: 'R-30',
        input: 'boolean',
      },
      {
        key: 'exOfficioMembersVote',
        rule: 'OQ-18',
        input: 'boolean',
      },
      { key: 'nominationsRequired', rule: 'R-11', input: 'count' },
      { key: 'votesPerRegisteredMember', rule: 'R-15', input: 'count' },
      { key: 'sigCommitteeMax', rule: 'R-44', input: 'count' },
      { key: 'sigTermYears', rule: 'R-44', input: 'positive' },
    ],
  },
];

export const PARAM_FIELDS: readonly ParamField[] = PARAM_GROUPS.flatMap((g) => g.fields);
const EDITABLE_KEYS = new Set<string>(PARAM_FIELDS.map((f) => f.key));

/** The rule set a committee follows: pinned, or the one in force on each event's date. */
export type RuleSetChoice = RuleSetId | 'automatic';

export const RULE_SET_CHOICES: readonly RuleSetChoice[] = ['automatic', 'pre2021', 'ifla2021', 'ifla2023'];

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

/** A parameter's value as the form shows it: yes, no, not set, or the number as it is typed. */
export function formatParamValue(value: unknown, t: FormatMessage): string {
  if (value === true) return t({ id: 'committees.value.yes' });
  if (value === false) return t({ id: 'committees.value.no' });
  if (value === null || value === undefined) return t({ id: 'committees.value.notSet' });
  // Numbers keep the dot, as the field is typed in: the placeholder shows what to type.
  return String(value);
}

export type DefaultNote = {
  value: unknown;
  ruleSet: RuleSetId;
  /** For a committee on automatic whose default changes between eras: the value in each. */
  byEra?: { ruleSet: RuleSetId; value: unknown }[];
};

const defaultIn = (ruleSet: RuleSetId, key: string) => (RULE_SETS[ruleSet].params as Record<string, unknown>)[key];

/**
 * What the rulebook gives a parameter when the field is blank: under the effective rule set, and,
 * for a committee on automatic, how the value changes between eras.
 */
export function defaultNote(key: string, choice: RuleSetChoice, asOf: IsoDate): DefaultNote {
  const ruleSet = effectiveRuleSet(choice, asOf);
  const value = defaultIn(ruleSet, key);
  if (choice !== 'automatic') return { value, ruleSet };
  const byEra = RULE_SET_IDS.map((id) => ({ ruleSet: id, value: defaultIn(id, key) }));
  if (new Set(byEra.map((e) => canonicalJson(e.value))).size === 1) return { value, ruleSet };
  return { value, ruleSet, byEra };
}

/** "pre2021 0 · ifla2021 5 · ifla2023 5": how a default changes between eras, in the reader's words. */
export function formatByEra(byEra: NonNullable<DefaultNote['byEra']>, t: FormatMessage): string {
  return byEra
    .map((era) => t({ id: 'committees.default.era' }, { ruleSet: era.ruleSet, value: formatParamValue(era.value, t) }))
    .join(t({ id: 'committees.default.eraSeparator' }));
}

/**
 * A problem with one input, as a message: `id` and its values; `param` names the parameter whose
 * label (`label`) and key (`key`) the message starts with.
 */
export type FieldMessage = { id: string; values?: Record<string, string | number>; param?: ParamKey };

/** A problem with one input, named the way the form labels it. */
export type FieldError = { field: string; message: FieldMessage };

/** A problem in the reader's words: "Most elected seats (maxElectedSeats): enter a whole number …". */
export function fieldErrorText(error: FieldError, t: FormatMessage): string {
  const { id, values, param } = error.message;
  return t({ id }, param ? { ...values, label: t({ id: paramLabelId(param) }), key: param } : values);
}

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
  const fail = (field: string, id: string, values?: FieldMessage['values'], param?: ParamKey) =>
    errors.push({
      field,
      message: { id: `committees.error.${id}`, ...(values ? { values } : {}), ...(param ? { param } : {}) },
    });
  if (!draft.name.trim()) fail('name', 'name');
  if (context.isNew) {
    const id = draft.id.trim();
    if (!id) fail('id', 'id.missing');
    else if (!ID_PATTERN.test(id)) fail('id', 'id.pattern');
    else if (context.takenIds.has(id)) fail('id', 'id.taken', { id });
  }
  if (!(COMMITTEE_KINDS as readonly string[]).includes(draft.kind)) fail('kind', 'kind');
  if (draft.parentId && draft.parentId === (draft.id.trim() || undefined)) fail('parentId', 'parent');

  for (const field of PARAM_FIELDS) {
    const text = (draft.params[field.key] ?? '').trim();
    if (text === '') continue;
    if (field.input === 'boolean') {
      if (text !== 'true' && text !== 'false') fail(field.key, 'param.boolean', undefined, field.key);
    } else if (field.input === 'number') {
      if (!/^\d+(\.\d+)?$/.test(text)) fail(field.key, 'param.number', undefined, field.key);
    } else if (!WHOLE.test(text) || (field.input === 'positive' && Number(text) < 1)) {
      fail(field.key, 'param.whole', { min: field.input === 'positive' ? 1 : 0 }, field.key);
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
    fail('minElectedSeats', 'minAboveMax', { min: numeric('minElectedSeats'), max: maxSeats }, 'minElectedSeats');
  }

  const parity = paramsFor({ params: context.original?.params }, ruleSet).electionYearParity;
  const seen = new Set<number>();
  draft.seatCohorts.forEach((row, i) => {
    const cohort = i + 1;
    const year = row.firstYear.trim();
    if (!/^\d{4}$/.test(year)) fail(`${row.key}-firstYear`, 'cohort.year', { cohort });
    else if ((Number(year) % 2 === 1) !== (parity === 'odd')) {
      fail(`${row.key}-firstYear`, 'cohort.parity', { cohort, parity, year });
    } else if (seen.has(Number(year))) fail(`${row.key}-firstYear`, 'cohort.twice', { cohort, year });
    else seen.add(Number(year));
    if (!WHOLE.test(row.seats.trim())) fail(`${row.key}-seats`, 'cohort.seats', { cohort });
  });
  const totalSeats = draft.seatCohorts.reduce(
    (sum, row) => sum + (WHOLE.test(row.seats.trim()) ? Number(row.seats) : 0),
    0,
  );
  if (totalSeats > maxSeats) fail('seatCohorts', 'cohorts.total', { total: totalSeats, max: maxSeats });

  // Last line of defence: whatever the form built must be a valid record of the workspace file.
  // The schema words its problems in English; they are shown as it words them.
  if (errors.length === 0) {
    const parsed = committeeSchema.safeParse(committeeFromDraft(draft, context.original));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        fail(String(issue.path[0] ?? 'committee'), 'schema', { path: formatPath(issue.path), problem: issue.message });
      }
    }
  }
  return errors;
}

/** Seats in all, for the line under the cohort editor. */
export function totalCohortSeats(rows: readonly CohortRow[]): number {
  return rows.reduce((sum, row) => sum + (/^\d+$/.test(row.seats.trim()) ? Number(row.seats) : 0), 0);
}
