import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { createRulesContext } from '@shared/rules/context';
import { parseWorkspaceText } from '@shared/workspace/parse';
import type { Workspace } from '@shared/workspace/schema';
import { chainText, standingText, termLabelText, uncountedText } from './person-text';
import { personView, type CommitteeStanding, type TermRow } from './person-view';

const EXAMPLE = resolve(import.meta.dirname, '../../../../examples/it-section-2021.tenure.json');

function example(): Workspace {
  const result = parseWorkspaceText(readFileSync(EXAMPLE, 'utf8'));
  if (!result.ok) throw new Error('the example does not parse');
  return result.workspace;
}

/** One person's records from the example, as readPersonSlice gives them. */
function sliceOf(workspace: Workspace, personId: string): Workspace {
  const terms = workspace.terms.filter((t) => t.personId === personId);
  const offices = workspace.offices.filter((o) => o.personId === personId);
  const ids = new Set([...terms, ...offices].map((r) => r.committeeId));
  return {
    ...workspace,
    people: workspace.people.filter((p) => p.id === personId),
    committees: workspace.committees.filter((c) => ids.has(c.id)),
    terms,
    offices,
    elections: [],
    meetings: [],
    actions: [],
  };
}

const view = (workspace: Workspace, personId: string, asOf = '2021-03-19') =>
  personView(createRulesContext(sliceOf(workspace, personId)), personId, asOf);

/** The page's messages (and the shared components' ones) in a language. */
const catalogue = (locale: string): Record<string, string> => ({
  ...JSON.parse(readFileSync(resolve(import.meta.dirname, `../../components/messages/${locale}.json`), 'utf8')),
  ...JSON.parse(readFileSync(resolve(import.meta.dirname, `messages/${locale}.json`), 'utf8')),
});

/** The page's words in English, as the secretary reads them. */
const intl = createIntl({ locale: 'en', messages: catalogue('en') });
const words = (row: TermRow | undefined) =>
  row && { label: termLabelText(intl, row.label), chain: chainText(intl, row.chain) };
const summary = (standing: CommitteeStanding | undefined) => standing && standingText(intl, standing.summary);

describe('personView', () => {
  it('shows Ana Ruiz term-limited in 2021 with her chain, and free to stand again from 2023', () => {
    const ana = view(example(), 'p09');
    expect(ana.termRows.map((r) => [r.term.id, words(r)?.label, words(r)?.chain, r.status])).toEqual([
      ['t-p09-2013', 'Elected term', 'term 1 of 2', 'ended'],
      ['t-p09-2017', 'Elected term', 'term 2 of 2', 'current'],
    ]);
    const [standing] = ana.standings;
    expect(standing?.chain).toEqual([
      { span: '2013–2017', planned: false },
      { span: '2017–2021', planned: false },
    ]);
    expect(standing?.cycles.map((c) => [c.cycle, c.eligibility.eligible, c.eligibility.prospectiveTermNumber])).toEqual(
      [
        [2021, false, 3],
        [2023, true, 1],
      ],
    );
    expect(standing?.summary.tone).toBe('limited');
    expect(summary(standing)).toEqual({
      headline: 'May stand again from 2023',
      detail:
        'Not in 2021: a term from then would be a 3rd consecutive term after 2013–2017, 2017–2021, and the limit is 2 (R-08). A term from 2023 would start a fresh chain (R-09).',
    });
  });

  it('gives a first-term member 2021 as the last cycle to stand while the chain continues', () => {
    const [standing] = view(example(), 'p01').standings;
    expect(summary(standing)?.headline).toBe('Last cycle to stand while the chain continues: 2021');
    expect(summary(standing)?.detail).toBe(
      'Standing in 2021 would make a 2nd and last consecutive term after 2017–2021. From 2023 a new term would start a fresh chain.',
    );
  });

  it('skips the cycles a member is still serving through', () => {
    const grace = view(example(), 'p13');
    const [standing] = grace.standings;
    expect(standing?.cycles.map((c) => [c.cycle, c.holding?.term.id ?? null])).toEqual([
      [2021, 't-p13-2019'],
      [2023, null],
      [2025, null],
    ]);
    expect(summary(standing)?.headline).toBe('Last cycle to stand while the chain continues: 2023');
    expect(grace.termRows[0]?.offices.map((o) => o.id)).toEqual(['o-secretary-2019']);
    expect(grace.officeRows).toEqual([
      expect.objectContaining({ committeeId: 'it', status: 'current', withinTerm: true }),
    ]);
  });

  it('marks a term ended early, and one that does not count', () => {
    const emma = view(example(), 'p17');
    expect(emma.termRows[0]).toMatchObject({ status: 'ended-early' });
    expect(words(emma.termRows[0])?.chain).toBe('term 1 of 2');
    const exOfficio = view(example(), 'p19');
    expect(words(exOfficio.termRows[0])).toEqual({ label: 'Ex officio term', chain: 'not counted' });
    expect(exOfficio.standings[0]?.uncounted.map((link) => uncountedText(intl, link))).toEqual([
      '2019–2021 ex officio term',
    ]);
    expect(exOfficio.standings[0]?.summary.tone).toBe('fresh');
  });

  it('calls a proposed co-option what it is, not a current membership', () => {
    const workspace = example();
    workspace.terms.push({
      id: 't-p22-coopt',
      personId: 'p22',
      committeeId: 'it',
      kind: 'coopted',
      start: '2021-01-10',
      end: '2021-08-26',
      cooption: { reason: 'expertise', proposedOn: '2021-01-05' },
    });
    const isabel = view(workspace, 'p22');
    expect(isabel.termRows[0]).toMatchObject({ label: 'proposal', status: 'proposed' });
    expect(words(isabel.termRows[0])?.label).toBe('Proposed co-option');
  });

  it('counts corresponding terms on their own', () => {
    const lan = view(example(), 'p20');
    expect(words(lan.termRows[0])).toEqual({ label: 'Corresponding term', chain: 'term 1 of 2' });
    expect(lan.standings[0]?.corresponding).toEqual({ spans: ['2019–2021'], number: 1, max: 2 });
    expect(lan.standings[0]?.summary.tone).toBe('fresh');
    expect(summary(lan.standings[0])?.headline).toBe('May stand in 2021');
  });

  it('reports a third consecutive term as over the limit', () => {
    const workspace = example();
    workspace.terms.push({
      id: 't-p09-2021',
      personId: 'p09',
      committeeId: 'it',
      kind: 'elected',
      start: '2021-08-26',
      end: '2025-08-22',
    });
    const ana = view(workspace, 'p09', '2022-01-01');
    expect(ana.termRows.at(-1)).toMatchObject({ chain: { number: 3, max: 2 }, overLimit: true, status: 'current' });
    expect(words(ana.termRows.at(-1))?.chain).toBe('term 3 of 2');
    expect(ana.standings[0]?.chain.map((c) => c.span)).toEqual(['2013–2017', '2017–2021', '2021–2025']);
    expect(summary(ana.standings[0])?.headline).toBe('May stand again from 2027');
    const before = view(workspace, 'p09', '2021-03-19').standings[0];
    expect(before?.chain.at(-1)).toEqual({ span: '2021–2025', planned: true });
  });

  it('shows a lapsed chain once the gap has broken it', () => {
    const [standing] = view(example(), 'p09', '2024-01-01').standings;
    expect(standing?.chain).toEqual([]);
    expect(standing?.lapsedChain).toEqual(['2013–2017', '2017–2021']);
    expect(summary(standing)?.headline).toBe('May stand in 2025');
  });

  it('tells a chain recorded to begin later from the one in force', () => {
    const workspace = example();
    workspace.terms.push({
      id: 't-p09-2025',
      personId: 'p09',
      committeeId: 'it',
      kind: 'elected',
      start: '2025-08-22',
      end: '2029-08-31',
    });
    const [standing] = view(workspace, 'p09', '2024-01-01').standings;
    expect(standing).toMatchObject({ chain: [], lapsedChain: ['2013–2017', '2017–2021'], plannedChain: ['2025–2029'] });
    expect(standing?.cycles[0]).toMatchObject({ cycle: 2025, holding: { startsThen: true } });
  });

  it('says the same in French, with ordinals and years as the language writes them', () => {
    const french = createIntl({ locale: 'fr', messages: catalogue('fr') });
    const [ana] = view(example(), 'p09').standings;
    const text = ana && standingText(french, ana.summary);
    expect(text?.headline).toBe('Peut se représenter à partir de 2023');
    expect(text?.detail).toContain('3e mandat consécutif');
  });
});
