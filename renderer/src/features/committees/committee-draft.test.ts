import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { RULE_SETS } from '@shared/rules/rule-sets';
import type { Committee } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import {
  cohortRow,
  committeeFromDraft,
  defaultNote,
  draftFromCommittee,
  fieldErrorText,
  formatByEra,
  formatParamValue,
  idFromName,
  PARAM_FIELDS,
  validateDraft,
  type CommitteeDraft,
  type DraftContext,
} from './committee-draft';

const it2021 = () => exampleWorkspace().committees.find((c) => c.id === 'it')!;
const context: DraftContext = { isNew: false, takenIds: new Set(['it', 'div-c']), asOf: '2021-03-19' };
const catalogue = (locale: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `messages/${locale}.json`), 'utf8')) as Record<string, string>;
const english = createIntl({ locale: 'en', messages: catalogue('en') });
const messages = (draft: CommitteeDraft, ctx = context) =>
  validateDraft(draft, ctx).map((e) => fieldErrorText(e, english.formatMessage));

describe('the parameter fields', () => {
  it('cover every number and yes/no parameter of the rule sets, once each', () => {
    const editable = Object.entries(RULE_SETS.ifla2023.params)
      .filter(([key, value]) => typeof value === 'number' || typeof value === 'boolean' || key === 'sigCommitteeMax')
      .map(([key]) => key);
    const withNullDefaults = ['casualFillCountsAsTerm', 'sigCommitteeMax', 'sigTermYears'];
    expect(new Set(PARAM_FIELDS.map((f) => f.key))).toEqual(new Set([...editable, ...withNullDefaults]));
    expect(PARAM_FIELDS).toHaveLength(new Set(PARAM_FIELDS.map((f) => f.key)).size);
  });
});

describe('draft and committee', () => {
  it('round-trips the example committee unchanged', () => {
    const committee = it2021();
    expect(committeeFromDraft(draftFromCommittee(committee), committee)).toEqual(committee);
  });

  it('writes only what differs from the defaults, and keeps what the form does not edit', () => {
    const original: Committee = {
      id: 'x',
      name: 'X Section',
      params: { electionYearParity: 'odd', maxCoopted: 3 },
      seatCohorts: [{ firstYear: 2021, seats: 10, label: 'A' }],
      custom: { kept: true },
    };
    const draft = draftFromCommittee(original);
    expect(draft.params.maxCoopted).toBe('3');
    expect(draft.kind).toBe('section');
    draft.params.maxCoopted = '';
    draft.params.icIsOfficer = 'false';
    draft.seatCohorts[0]!.seats = '12';
    expect(committeeFromDraft(draft, original)).toEqual({
      id: 'x',
      name: 'X Section',
      params: { electionYearParity: 'odd', icIsOfficer: false },
      seatCohorts: [{ firstYear: 2021, seats: 12, label: 'A' }],
      custom: { kept: true },
    });
  });

  it('removes a pin, a parent, every override and the cohorts when they are cleared', () => {
    const original: Committee = {
      id: 'x',
      name: 'X',
      kind: 'sig',
      parentId: 'div-c',
      ruleSet: 'pre2021',
      params: { maxCoopted: 3 },
      seatCohorts: [{ firstYear: 2021, seats: 10 }],
      notes: 'old',
    };
    const draft: CommitteeDraft = {
      ...draftFromCommittee(original),
      parentId: '',
      ruleSet: 'automatic',
      seatCohorts: [],
      notes: '  ',
    };
    draft.params.maxCoopted = '';
    expect(committeeFromDraft(draft, original)).toEqual({ id: 'x', name: 'X', kind: 'sig' });
  });

  it('makes an id from a name', () => {
    expect(idFromName('Rare Books & Special Collections Section')).toBe('rare-books-special-collections-section');
    expect(idFromName('Bibliothèques nationales')).toBe('bibliotheques-nationales');
  });
});

describe('defaultNote', () => {
  it('gives the default of the pinned rule set', () => {
    expect(defaultNote('maxCoopted', 'ifla2021', '2019-01-01')).toEqual({ value: 5, ruleSet: 'ifla2021' });
    expect(defaultNote('icIsOfficer', 'ifla2023', '2019-01-01')).toEqual({ value: true, ruleSet: 'ifla2023' });
  });

  it('on automatic, gives the era in force on the date and how the value changes between eras', () => {
    const note = defaultNote('maxCoopted', 'automatic', '2021-03-19');
    expect(note).toMatchObject({ value: 0, ruleSet: 'pre2021' });
    expect(formatByEra(note.byEra!, english.formatMessage)).toBe('pre2021 0 · ifla2021 5 · ifla2023 5');
    expect(defaultNote('maxElectedSeats', 'automatic', '2024-01-01')).toEqual({ value: 20, ruleSet: 'ifla2023' });
    expect(
      formatParamValue(defaultNote('casualFillCountsAsTerm', 'automatic', '2022-01-01').value, english.formatMessage),
    ).toBe('not set');
  });

  it('says yes and no in the reader’s language, and numbers as they are typed', () => {
    const french = createIntl({ locale: 'fr', messages: catalogue('fr') });
    expect([true, false, 0.5].map((v) => formatParamValue(v, french.formatMessage))).toEqual(['oui', 'non', '0.5']);
  });
});

describe('validateDraft', () => {
  it('passes the example committee', () => {
    expect(messages(draftFromCommittee(it2021()))).toEqual([]);
  });

  it('names the field of every problem', () => {
    const draft = draftFromCommittee(it2021());
    draft.name = ' ';
    draft.params.maxElectedSeats = '12.5';
    draft.params.termLengthYears = '0';
    draft.params.icIsOfficer = 'maybe';
    draft.params.maxTotalOfficerYearsOnSC = '-1';
    draft.seatCohorts = [
      cohortRow('2018', '12'),
      cohortRow('2019', 'eight'),
      cohortRow('2019', '4'),
      cohortRow('20', '1'),
    ];
    expect(messages(draft)).toEqual([
      'Name: give the committee a name.',
      'Most elected seats (maxElectedSeats): enter a whole number of 0 or more, or leave it blank.',
      'Length of a term, in years (termLengthYears): enter a whole number of 1 or more, or leave it blank.',
      'Most years as an officer in all (maxTotalOfficerYearsOnSC): enter a number of 0 or more, or leave it blank.',
      'The Information Coordinator is an officer (icIsOfficer): choose yes or no.',
      'Seat cohort 1, first year: elections are held in odd years, so 2018 cannot start a cohort (R-02).',
      'Seat cohort 2, seats: enter a whole number of 0 or more.',
      'Seat cohort 3, first year: 2019 is listed twice.',
      'Seat cohort 4, first year: enter a year such as 2021.',
    ]);
  });

  it('checks a new id: present, well formed and not taken', () => {
    const fresh = { ...context, isNew: true };
    const draft = { ...draftFromCommittee(), name: 'New' };
    expect(messages({ ...draft, id: '' }, fresh)).toEqual(['Id: give the committee a short id, such as "it".']);
    expect(messages({ ...draft, id: 'a b' }, fresh)[0]).toMatch(/^Id: use letters, digits/);
    expect(messages({ ...draft, id: 'it' }, fresh)).toEqual(['Id: "it" is already the id of another committee.']);
    expect(messages({ ...draft, id: 'new-section' }, fresh)).toEqual([]);
  });

  it('holds the seats together: fewest not above most, cohorts within the elected seats', () => {
    const draft = draftFromCommittee(it2021());
    draft.params.minElectedSeats = '18';
    draft.params.maxElectedSeats = '16';
    expect(messages(draft)).toEqual([
      'Fewest elected seats (minElectedSeats): 18 is more than the most elected seats, 16.',
      'Seat cohorts: 20 seats in all, more than the 16 elected seats allowed (R-01).',
    ]);
  });

  it('follows a recorded even-year election parity for the cohorts', () => {
    const original: Committee = { id: 'x', name: 'X', params: { electionYearParity: 'even' } };
    const draft = { ...draftFromCommittee(original), seatCohorts: [cohortRow('2021', '10'), cohortRow('2022', '10')] };
    expect(messages(draft, { ...context, original })).toEqual([
      'Seat cohort 1, first year: elections are held in even years, so 2021 cannot start a cohort (R-02).',
    ]);
  });

  it('refuses a committee that would be its own parent', () => {
    const draft = { ...draftFromCommittee(it2021()), parentId: 'it' };
    expect(messages(draft)).toEqual(['Parent Division: a committee cannot be its own parent.']);
  });
});

describe('the parameter labels', () => {
  it('name every field in every language, each label its own', () => {
    for (const locale of ['en', 'es', 'fr', 'ar']) {
      const labels = PARAM_FIELDS.map((f) => catalogue(locale)[`committees.param.${f.key}`]);
      expect(
        labels.filter((l) => !l),
        locale,
      ).toEqual([]);
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });
});
