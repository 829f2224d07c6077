import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { chainEntries, verifyChain, type ChainVerdict, type ChangeContent } from '@shared/history/change-log';
import {
  actionLabel,
  fieldDiff,
  formatWhen,
  historyExport,
  matchesFilters,
  parseRecordRoute,
  readableValue,
  recordLabel,
  tableLabel,
  verdictReason,
} from './history-format';

const words = (locale: 'en' | 'fr') =>
  createIntl({
    locale,
    timeZone: 'UTC',
    messages: JSON.parse(readFileSync(resolve(import.meta.dirname, `messages/${locale}.json`), 'utf8')),
  });

const content = (recordId: string, summary: string): ChangeContent => ({
  at: '2026-11-27T10:00:00.000Z',
  actor: 'Grace Mwangi',
  action: 'update',
  table: 'terms',
  recordId,
  before: null,
  after: null,
  summary,
});

describe('parseRecordRoute', () => {
  it('splits at the first colon, so a record id may hold one', () => {
    expect(parseRecordRoute('terms:t-p05-2017')).toEqual({ table: 'terms', recordId: 't-p05-2017' });
    expect(parseRecordRoute('overrides:ovr:2026')).toEqual({ table: 'overrides', recordId: 'ovr:2026' });
  });

  it('refuses an id without both parts', () => {
    expect(parseRecordRoute(undefined)).toBeUndefined();
    expect(parseRecordRoute('terms')).toBeUndefined();
    expect(parseRecordRoute(':t1')).toBeUndefined();
    expect(parseRecordRoute('terms:')).toBeUndefined();
  });
});

describe('fieldDiff', () => {
  it('marks changed, added and removed fields, in the order the record has them', () => {
    const before = { id: 't1', start: '2021-08-26', end: '2025-08-22', seat: 'A' };
    const after = { id: 't1', start: '2021-08-26', end: '2025-08-22', endedOn: '2022-01-15', seat: 'B' };
    expect(fieldDiff(before, after)).toEqual([
      { field: 'id', before: 't1', after: 't1', changed: false },
      { field: 'start', before: '2021-08-26', after: '2021-08-26', changed: false },
      { field: 'end', before: '2025-08-22', after: '2025-08-22', changed: false },
      { field: 'seat', before: 'A', after: 'B', changed: true },
      { field: 'endedOn', before: undefined, after: '2022-01-15', changed: true },
    ]);
  });

  it('shows a new record with nothing before, and compares nested values by content', () => {
    const rows = fieldDiff(null, { id: 'o1', cooption: { reason: 'diversity', approvedOn: '2021-09-01' } });
    expect(rows.every((r) => r.changed && r.before === undefined)).toBe(true);
    const same = fieldDiff({ c: { a: 1, b: 2 } }, { c: { b: 2, a: 1 } });
    expect(same).toEqual([{ field: 'c', before: 'a: 1, b: 2', after: 'b: 2, a: 1', changed: false }]);
  });
});

describe('readableValue', () => {
  it('reads nested records and lists without JSON punctuation', () => {
    expect(readableValue({ counts: { terms: 25, people: 24 }, fileName: 'a.json' })).toBe(
      'counts: {terms: 25, people: 24}, fileName: a.json',
    );
    expect(readableValue(['terms/t1', 'terms/t2'])).toBe('[terms/t1, terms/t2]');
    expect(readableValue(null)).toBe('—');
    expect(readableValue(true)).toBe('true');
  });
});

describe('matchesFilters', () => {
  const [entry] = chainEntries(undefined, [content('t-p05-2017', "Ended Ana Ruiz's term early")]);
  it('filters by table and by record id, summary or who', () => {
    expect(matchesFilters(entry!, '', '')).toBe(true);
    expect(matchesFilters(entry!, 'offices', '')).toBe(false);
    expect(matchesFilters(entry!, 'terms', 'P05')).toBe(true);
    expect(matchesFilters(entry!, '', 'ana ruiz')).toBe(true);
    expect(matchesFilters(entry!, '', 'grace')).toBe(true);
    expect(matchesFilters(entry!, '', 'terms/t-p05')).toBe(true);
    expect(matchesFilters(entry!, '', 'nobody')).toBe(false);
  });
});

describe('historyExport', () => {
  it('holds every entry with its hashes, oldest first, and a chain that still verifies', () => {
    const entries = chainEntries(undefined, [content('t1', 'one'), content('t2', 'two'), content('t3', 'three')]);
    const file = historyExport([...entries].reverse(), verifyChain(entries), '2026-11-27T12:00:00.000Z');
    const reread = JSON.parse(JSON.stringify(file));
    expect(reread.entries.map((e: { seq: number }) => e.seq)).toEqual([1, 2, 3]);
    expect(reread.entries[2].hash).toBe(entries[2]!.hash);
    expect(verifyChain(reread.entries)).toEqual({ ok: true, entries: 3 });
    expect(reread.verification).toEqual({ ok: true, entries: 3 });
  });
});

describe('in the reader’s words', () => {
  it('names actions, tables and records, keeping what it does not know as it is', () => {
    const en = words('en');
    expect(actionLabel('baseline', en)).toBe('History starts');
    expect(actionLabel('rename', en)).toBe('rename');
    expect(tableLabel('workspace', en)).toBe('Whole workspace');
    expect(tableLabel('minutes', en)).toBe('minutes');
    expect(recordLabel({ table: 'workspace', recordId: 'w' }, en)).toBe('whole workspace');
    expect(recordLabel({ table: 'terms', recordId: 't1' }, en)).toBe('terms/t1');
    expect(actionLabel('update', words('fr'))).toBe('Modification');
  });

  it('gives an instant as a date and time in the reader’s language, and a broken one as it is', () => {
    // ICU versions differ in the kind of space they put before "PM".
    const when = (locale: 'en' | 'fr') => formatWhen('2021-03-19T14:02:00.000Z', words(locale)).replace(/\s/g, ' ');
    expect(when('en')).toBe('Mar 19, 2021, 2:02 PM');
    expect(when('fr')).toBe('19 mars 2021, 14:02');
    expect(formatWhen('yesterday', words('en'))).toBe('yesterday');
  });

  it('puts each reason the chain check gives into words', () => {
    const entries = chainEntries(undefined, [content('t1', 'one'), content('t2', 'two'), content('t3', 'three')]);
    const reason = (verdict: ChainVerdict) => (verdict.ok ? '' : verdict.reason);
    const changed = reason(verifyChain([entries[0]!, { ...entries[1]!, summary: 'edited' }, entries[2]!]));
    const missing = reason(verifyChain([entries[0]!, entries[2]!]));
    const notFollowing = reason(verifyChain([entries[0]!, { ...entries[1]!, prevHash: 'f'.repeat(64) }]));
    const en = words('en');
    expect([changed, missing, notFollowing].map((r) => verdictReason(r, en))).toEqual([changed, missing, notFollowing]);
    expect([changed, missing, notFollowing].map((r) => verdictReason(r, words('fr')))).toEqual([
      'l’entrée 2 a été modifiée après son écriture',
      'l’entrée 2 manque (l’entrée 3 se trouve à sa place)',
      'l’entrée 2 ne suit pas l’entrée 1',
    ]);
    expect(verdictReason('something else', en)).toBe('something else');
  });
});
