import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '@shared/rules/check-workspace';
import type { Term, Workspace } from '@shared/workspace/schema';
import { exampleWorkspace } from '../../testing/test-db';
import { buildScratch, composition, defaultCompositionDate, diffFindings, slateTermId } from './what-if-scratch';

const example = exampleWorkspace();
const slice: Workspace = { ...example, committees: example.committees.filter((c) => c.id === 'it') };
const SLATE = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p22', 'p23', 'p24'];

const coopt = (id: string, personId: string, extra: Partial<Term> = {}): Term => ({
  id,
  personId,
  committeeId: 'it',
  kind: 'coopted',
  start: '2021-09-15',
  end: '2023-08-25',
  cooption: { reason: 'diversity', approvedOn: '2021-09-10', approvedBy: 'Division Chair' },
  ...extra,
});

describe('the scratch copy', () => {
  it('elects the slate from the boundary, finalises the election on the copy and leaves the slice alone', () => {
    const copy = structuredClone(slice);
    const scratch = buildScratch(
      slice,
      'it',
      2021,
      SLATE.map((personId) => ({ kind: 'elect' as const, personId })),
      '2021-06-01',
    );
    expect(slice).toEqual(copy);
    expect(scratch.terms).toHaveLength(10);
    expect(scratch.terms[0]).toEqual({
      id: 't-p01-2021',
      personId: 'p01',
      committeeId: 'it',
      kind: 'elected',
      start: '2021-08-26',
      end: '2025-08-22',
      electionId: 'e-2021-members',
    });
    expect(scratch.election).toMatchObject({ status: 'final', finalisedOn: '2021-06-01' });
    expect(scratch.election?.candidates?.every((c) => c.outcome === 'elected')).toBe(true);
    expect(scratch.workspace.terms).toHaveLength(slice.terms.length + 10);
  });

  it('marks the candidates left off the slate not elected; no reserve list without votes', () => {
    const scratch = buildScratch(slice, 'it', 2021, [{ kind: 'elect', personId: 'p01' }], '2021-06-01');
    const outcomes = scratch.election?.candidates?.map((c) => [c.personId, c.outcome, c.reserveRank]);
    expect(outcomes?.[0]).toEqual(['p01', 'elected', undefined]);
    expect(outcomes?.[1]).toEqual(['p02', 'not-elected', undefined]);
  });

  it('ranks the reserve list by votes when every candidate has them', () => {
    const voted: Workspace = {
      ...slice,
      elections: slice.elections.map((e) =>
        e.id === 'e-2021-members'
          ? { ...e, candidates: (e.candidates ?? []).map((c, i) => ({ ...c, votes: 100 - i })) }
          : e,
      ),
    };
    const scratch = buildScratch(voted, 'it', 2021, [{ kind: 'elect', personId: 'p01' }], '2021-06-01');
    expect(scratch.election?.candidates?.find((c) => c.personId === 'p02')?.reserveRank).toBe(1);
    expect(scratch.election?.candidates?.find((c) => c.personId === 'p24')?.reserveRank).toBe(9);
  });

  it('adds co-options with their new person, and offices; a final election is left as it is', () => {
    const scratch = buildScratch(
      slice,
      'it',
      2021,
      [
        {
          kind: 'coopt',
          term: coopt('t-c', 'p-new'),
          person: { id: 'p-new', name: 'Nia Otieno', country: 'KE' },
          newPerson: true,
        },
        { kind: 'coopt', term: coopt('t-d', 'p22'), person: { id: 'p22', name: 'Isabel Pereira' }, newPerson: false },
        {
          kind: 'office',
          office: {
            id: 'o-c',
            personId: 'p14',
            committeeId: 'it',
            role: 'chair',
            start: '2021-08-26',
            end: '2023-08-25',
          },
        },
      ],
      '2021-09-01',
    );
    expect(scratch.newPeople.map((p) => p.id)).toEqual(['p-new']);
    expect(scratch.terms.map((t) => t.id)).toEqual(['t-c', 't-d']);
    expect(scratch.offices.map((o) => o.id)).toEqual(['o-c']);
    expect(scratch.election).toBeUndefined();
    expect(scratch.workspace.people.filter((p) => p.id === 'p22')).toHaveLength(1);
  });

  it('gives slate terms the ids the elections repository gives them', () => {
    expect(slateTermId(slice, 'p01', 2021, 'e-2021-members')).toBe('t-p01-2021');
    expect(slateTermId(slice, 'p09', 2017, 'e-x')).toBe('t-p09-2017-e-x');
  });
});

describe('the composition after the boundary', () => {
  it('today: four members left on the boundary day, two regions missing', () => {
    const c = composition(slice, 'it', 2021, '2021-08-26');
    expect(c.members).toBe(4);
    expect(c.electedSeats).toEqual({ used: 4, max: 20, vacant: 16 });
    expect(c.coopted).toEqual({ used: 0, max: 5 });
    expect(c.ruleSet).toBe('ifla2021');
    expect(c.regions.map((r) => [r.region, r.count])).toEqual([
      ['AsiaOceania', 1],
      ['Europe', 1],
      ['MiddleEastNorthAfrica', 1],
      ['SubSaharanAfrica', 1],
    ]);
    expect(c.missingRegions).toEqual(['LatinAmericaCaribbean', 'NorthAmerica']);
    expect(c.countries.map((x) => x.code)).toEqual(['BE', 'IN', 'KE', 'MA']);
    expect(c.languages).toEqual([
      { code: 'ar', count: 1 },
      { code: 'en', count: 1 },
      { code: 'fr', count: 1 },
    ]);
    expect(c.languagesUnknown).toBe(3);
    expect(c.electorate).toEqual(['p13', 'p14', 'p15', 'p16']);
  });

  it('after the slate and a co-option: the elected are in the electorate and the regions fill up', () => {
    const scratch = buildScratch(
      slice,
      'it',
      2021,
      [
        ...SLATE.map((personId) => ({ kind: 'elect' as const, personId })),
        { kind: 'coopt', term: coopt('t-c', 'p19'), person: { id: 'p19', name: 'Hannah Becker' }, newPerson: false },
      ],
      '2021-06-01',
    );
    const c = composition(scratch.workspace, 'it', 2021, '2021-09-15');
    expect(c.members).toBe(15);
    expect(c.electedSeats.used).toBe(14);
    expect(c.coopted.used).toBe(1);
    expect(c.missingRegions).toEqual([]);
    expect(c.electorate).toHaveLength(14);
  });
});

describe('findings before and after', () => {
  it('tells the new from the resolved', () => {
    const scratch = buildScratch(
      slice,
      'it',
      2021,
      ['p22', 'p23', 'p24', 'p19', 'p20', 'p18'].map((p, i) => ({
        kind: 'coopt' as const,
        term: coopt(`t-c${i}`, p),
        newPerson: false,
      })),
      '2021-09-01',
    );
    const diff = diffFindings(
      checkWorkspace(slice, '2021-09-20').findings,
      checkWorkspace(scratch.workspace, '2021-09-20').findings,
    );
    expect(diff.added.map((f) => f.code)).toContain('seats.coopted.max');
    expect(diff.resolved.map((f) => f.code)).toContain('diversity.regions-missing');
    expect(diff.unchanged.length).toBeGreaterThan(0);
  });

  it('looks at the boundary, or at the desk date when it is later', () => {
    expect(defaultCompositionDate('2021-08-26', '2021-03-01')).toBe('2021-08-26');
    expect(defaultCompositionDate('2021-08-26', '2021-09-01')).toBe('2021-09-01');
  });
});
