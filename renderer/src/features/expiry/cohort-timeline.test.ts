import { describe, expect, it } from 'vitest';
import { createRulesContext } from '@shared/rules/context';
import type { Workspace } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import { cohortTimeline } from './cohort-timeline';

const summary = (workspace: Workspace, asOf: string) =>
  cohortTimeline(createRulesContext(workspace), 'it', asOf).cohorts.map((c) => ({
    firstYear: c.firstYear,
    bands: c.bands.map((b) => `${b.startYear}–${b.endYear} ${b.phase} ${b.filled}/${b.seats}`),
  }));

describe('cohortTimeline', () => {
  it('draws the seat ledger of the example: 12 of 12 and 4 of 8 filled in March 2021', () => {
    const timeline = cohortTimeline(createRulesContext(exampleWorkspace()), 'it', '2021-03-19');
    expect(timeline).toMatchObject({ fromYear: 2015, toYear: 2027, derived: false, outsideCohorts: 0 });
    expect(summary(exampleWorkspace(), '2021-03-19')).toEqual([
      { firstYear: 2017, bands: ['2017–2021 current 12/12', '2021–2025 future 0/12', '2025–2029 future 0/12'] },
      { firstYear: 2019, bands: ['2019–2023 current 4/8', '2023–2027 future 0/8'] },
    ]);
    const current = timeline.cohorts[1]?.bands[0];
    expect(current).toMatchObject({ start: '2019-08-30', end: '2023-08-25', vacant: 4, countedOn: '2021-03-19' });
  });

  it('counts a band that is over on its last day, and one to come on its first', () => {
    const [first, second] = cohortTimeline(createRulesContext(exampleWorkspace()), 'it', '2024-01-10').cohorts;
    expect(first?.bands[0]).toMatchObject({ startYear: 2017, phase: 'past', filled: 12, countedOn: '2021-08-25' });
    expect(second?.bands.map((b) => `${b.startYear} ${b.phase} ${b.countedOn}`)).toEqual([
      '2019 past 2023-08-24',
      '2023 current 2024-01-10',
      '2027 future 2027-08-31',
    ]);
  });

  it('counts a casual-vacancy term in the band whose seat it fills', () => {
    const workspace = exampleWorkspace();
    workspace.terms.push({
      id: 't-casual',
      personId: 'p17',
      committeeId: 'it',
      kind: 'casual',
      start: '2021-01-10',
      end: '2023-08-25',
    });
    expect(summary(workspace, '2021-03-19')[1]?.bands[0]).toBe('2019–2023 current 5/8');
  });

  it('reads the cohorts from the elected terms when the committee records none', () => {
    const workspace = exampleWorkspace();
    const it = workspace.committees.find((c) => c.id === 'it')!;
    delete it.seatCohorts;
    const timeline = cohortTimeline(createRulesContext(workspace), 'it', '2021-03-19');
    expect(timeline.derived).toBe(true);
    expect(summary(workspace, '2021-03-19')).toEqual([
      {
        firstYear: 2013,
        bands: ['2013–2017 past 4/4', '2017–2021 current 12/12', '2021–2025 future 0/12', '2025–2029 future 0/12'],
      },
      // Six elected in 2019, two of whom resigned: the terms know six places, not the ledger's eight.
      { firstYear: 2019, bands: ['2019–2023 current 4/6', '2023–2027 future 0/6'] },
    ]);
  });

  it('reports elected members whose term fits no cohort', () => {
    const workspace = exampleWorkspace();
    workspace.terms.push({
      id: 't-odd',
      personId: 'p17',
      committeeId: 'it',
      kind: 'elected',
      start: '2020-06-01',
      end: '2022-06-01',
    });
    expect(cohortTimeline(createRulesContext(workspace), 'it', '2021-03-19').outsideCohorts).toBe(1);
  });
});
