import { canonicalJson } from '../history/change-log';
import type { IsoDate } from '../domain/dates';
import { TERM_KINDS, type TermKind } from '../domain/vocabulary';
import { unguardCell, writeCsv } from '../exports/csv';
import { SHARED_LOCALES, translate } from '../i18n/translate';
import type { Person, Term } from '../workspace/schema';
import { foldHeader, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './columns';
import { detectDateFormat, parseDate, type DateDetection, type DateFormat } from './dates';

/**
 * The spreadsheet importer's judgement, row by row, before anything is written: each row is
 * new, an update, a duplicate or invalid, with the reason. Rows in = imported + rejected, always:
 * every row that is not written is listed with why, and can be saved as a CSV.
 */

export type RowStatus = 'new' | 'update' | 'duplicate' | 'invalid';

/**
 * Why a row is judged as it is, as a message id and its values, for the screen to word in the
 * reader's language (the renderer's `spreadsheetImport.reason.<id>` messages). Dates are ISO.
 */
export type RowReason =
  | { id: 'ambiguousMatch'; values: { count: number; match: string; ids: string } }
  | { id: 'unknownIdNoName'; values: { id: string } }
  | { id: 'noName' }
  | { id: 'badPersonId'; values: { id: string } }
  | { id: 'badCountry'; values: { country: string } }
  | { id: 'badEmail'; values: { email: string } }
  | { id: 'missingTermDate'; values: { field: 'start' | 'end' } }
  | { id: 'badDate'; values: { field: DateFields; text: string } }
  | { id: 'unknownKind'; values: { kind: string } }
  | { id: 'endsBeforeStart'; values: { start: IsoDate; end: IsoDate } }
  | { id: 'earlyEndOutside'; values: { endedOn: IsoDate; start: IsoDate; end: IsoDate } }
  | {
      id: 'overlap';
      values: { start: IsoDate; end: IsoDate; name: string; kind: TermKind; otherStart: IsoDate; otherEnd: IsoDate };
    }
  | { id: 'sameAsLine'; values: { line: number } }
  | { id: 'alreadyRecorded'; values: { name: string } }
  | { id: 'alreadyRecordedTerm'; values: { name: string; kind: TermKind; start: IsoDate; end: IsoDate } }
  | { id: 'adds'; values: { name: string } }
  | { id: 'addedAbove'; values: { name: string } }
  | { id: 'updates'; values: { name: string; id: string }; fields: ChangedField[] }
  | { id: 'unchangedPerson'; values: { name: string; id: string } }
  | { id: 'changesTerm' | 'newTerm'; values: { kind: TermKind; start: IsoDate; end: IsoDate } };

export type RowReasonId = RowReason['id'];
/** The person's fields an update may change. */
export type ChangedField = 'email' | 'institution' | 'country' | 'notes';

export type RowVerdict = {
  /** The row's line in the spreadsheet (the header is line 1). */
  line: number;
  status: RowStatus;
  /** Why: every problem of an invalid row, or what an accepted row does; never empty. */
  reasons: RowReason[];
  cells: string[];
  personId?: string;
  termId?: string;
};

export type PlannedRecord<T> = { record: T; before?: T };

export type ImportPlan = {
  rows: RowVerdict[];
  people: PlannedRecord<Person>[];
  terms: PlannedRecord<Term>[];
  counts: Record<RowStatus, number>;
  rowsIn: number;
  imported: number;
  rejected: number;
  /** Lines with no text in any cell: not rows of data, reported but not counted. */
  blankLines: number;
};

export type DateFields = 'start' | 'end' | 'endedOn';

export type ImportSettings = {
  committeeId: string;
  mapping: ColumnMapping;
  dateFormats: Partial<Record<DateFields, DateFormat>>;
  /** Everyone in the workspace, and this committee's terms. */
  existing: { people: readonly Person[]; terms: readonly Term[] };
  /** A fresh record id; the caller owns randomness. */
  newId(kind: 'person' | 'term', label: string): string;
};

/** Kind words in English, Spanish, French and Arabic, besides those the app's exports write; compared folded. */
const KIND_WORDS: [TermKind, string[]][] = [
  ['casual', ['casual', 'casual vacancy', 'vacante', 'vacante casual', 'vacance', 'vacance fortuite', 'شاغر طارئ']],
  [
    'coopted',
    [
      'coopted',
      'co opted',
      'cooptado',
      'cooptada',
      'coopte',
      'cooptee',
      'co option',
      'cooptation',
      'مستقطب',
      'مستقطبة',
      'استقطاب',
    ],
  ],
  [
    'corresponding',
    [
      'corresponding',
      'correspondiente',
      'correspondant',
      'correspondante',
      'miembro correspondiente',
      'membre correspondant',
      'مراسل',
    ],
  ],
  ['ex-officio', ['ex officio', 'exofficio', 'de oficio', 'd office', 'de droit', 'membre de droit']],
  [
    'elected',
    [
      'elected',
      'electo',
      'electa',
      'elegido',
      'elegida',
      'elu',
      'elue',
      'member',
      'miembro',
      'membre',
      'منتخب',
      'منتخبة',
    ],
  ],
];
/** The app's own exports write each kind in every language, so an exported list reads back. */
const FOLDED_KIND_WORDS = KIND_WORDS.map(([kind, words]) => {
  const exported = SHARED_LOCALES.map((locale) => translate(locale, { id: `export.kind.${kind}` }));
  return [kind, [...words, ...exported].map(foldHeader)] as const;
});

export function parseTermKind(text: string): TermKind | undefined {
  const folded = foldHeader(text);
  if ((TERM_KINDS as readonly string[]).includes(text.trim())) return text.trim() as TermKind;
  return FOLDED_KIND_WORDS.find(([, words]) => words.includes(folded))?.[0];
}

/** The date format of each mapped date column, detected from its values. */
export function detectDateColumns(
  rows: readonly string[][],
  mapping: ColumnMapping,
): Partial<Record<DateFields, DateDetection>> {
  const result: Partial<Record<DateFields, DateDetection>> = {};
  for (const field of ['start', 'end', 'endedOn'] as const) {
    const column = mapping.indexOf(field);
    if (column >= 0) result[field] = detectDateFormat(rows.slice(1).map((r) => unguardCell(r[column] ?? '')));
  }
  return result;
}

const foldName = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

const activeEnd = (t: Pick<Term, 'end' | 'endedOn'>) => t.endedOn ?? t.end;

const span = (t: Pick<Term, 'kind' | 'start' | 'end'>) => ({ kind: t.kind, start: t.start, end: t.end });

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

export function planSpreadsheetImport(sheet: readonly string[][], settings: ImportSettings): ImportPlan {
  const { committeeId, mapping } = settings;
  const column = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, mapping.indexOf(f)])) as Record<ImportField, number>;

  // The workspace as it will be after the rows accepted so far.
  const people = new Map(settings.existing.people.map((p) => [p.id, p]));
  const byEmail = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, key: string, id: string) => {
    if (key === '') return;
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  for (const p of people.values()) {
    index(byEmail, (p.email ?? '').trim().toLowerCase(), p.id);
    index(byName, foldName(p.name), p.id);
  }
  const termsByPerson = new Map<string, Term[]>();
  for (const t of settings.existing.terms) {
    if (t.committeeId !== committeeId) continue;
    const list = termsByPerson.get(t.personId);
    if (list) list.push(t);
    else termsByPerson.set(t.personId, [t]);
  }
  const originalPeople = new Map(settings.existing.people.map((p) => [p.id, p]));
  const originalTerms = new Map(settings.existing.terms.map((t) => [t.id, t]));
  const createdPeople = new Set<string>();
  const plannedPeople = new Map<string, Person>();
  const plannedTerms = new Map<string, Term>();
  const seenRows = new Map<string, number>();

  const rows: RowVerdict[] = [];
  let blankLines = 0;
  for (let r = 1; r < sheet.length; r++) {
    const cells = (sheet[r] ?? []).map((c) => unguardCell(c));
    const line = r + 1;
    if (cells.every((c) => c.trim() === '')) {
      blankLines += 1;
      continue;
    }
    const value = (field: ImportField) => (column[field] >= 0 ? (cells[column[field]] ?? '').trim() : '');
    const verdict = (status: RowStatus, reasons: RowReason[], ids: { personId?: string; termId?: string } = {}) =>
      rows.push({ line, status, reasons, cells, ...ids });
    const problems: RowReason[] = [];

    // Who the row is about.
    const givenId = value('personId');
    const name = value('name');
    const email = value('email');
    let personId: string | undefined;
    if (givenId !== '' && people.has(givenId)) personId = givenId;
    else if (givenId === '') {
      const emailHits = email !== '' ? (byEmail.get(email.toLowerCase()) ?? []) : [];
      const nameHits = name !== '' ? (byName.get(foldName(name)) ?? []) : [];
      const hits = emailHits.length > 0 ? emailHits : nameHits;
      if (hits.length > 1) {
        problems.push({
          id: 'ambiguousMatch',
          values: { count: hits.length, match: emailHits.length > 0 ? email : name, ids: hits.join(', ') },
        });
      } else personId = hits[0];
    }
    const isNewPerson = personId === undefined;
    if (isNewPerson && name === '')
      problems.push(givenId !== '' ? { id: 'unknownIdNoName', values: { id: givenId } } : { id: 'noName' });
    if (givenId !== '' && isNewPerson && !/^[A-Za-z0-9][\w.-]*$/.test(givenId))
      problems.push({ id: 'badPersonId', values: { id: givenId } });
    const country = value('country');
    if (country !== '' && !/^[A-Za-z]{2}$/.test(country)) {
      problems.push({ id: 'badCountry', values: { country } });
    }
    if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) problems.push({ id: 'badEmail', values: { email } });

    // The term, when the row has one.
    const wantsTerm = (['kind', 'start', 'end', 'endedOn', 'seat'] as const).some((f) => value(f) !== '');
    const dates: Partial<Record<DateFields, IsoDate>> = {};
    let kind: TermKind | undefined;
    if (wantsTerm) {
      for (const field of ['start', 'end', 'endedOn'] as const) {
        const text = value(field);
        if (text === '') {
          if (field !== 'endedOn') problems.push({ id: 'missingTermDate', values: { field } });
          continue;
        }
        const date = parseDate(text, settings.dateFormats[field] ?? 'iso');
        if (date) dates[field] = date;
        else problems.push({ id: 'badDate', values: { field, text } });
      }
      const kindText = value('kind');
      kind = kindText === '' ? 'elected' : parseTermKind(kindText);
      if (!kind) problems.push({ id: 'unknownKind', values: { kind: kindText } });
      if (dates.start && dates.end && dates.end <= dates.start)
        problems.push({ id: 'endsBeforeStart', values: { start: dates.start, end: dates.end } });
      if (dates.start && dates.end && dates.endedOn && (dates.endedOn < dates.start || dates.endedOn > dates.end)) {
        problems.push({
          id: 'earlyEndOutside',
          values: { endedOn: dates.endedOn, start: dates.start, end: dates.end },
        });
      }
    }
    if (problems.length > 0) {
      verdict('invalid', problems);
      continue;
    }

    // The person as the row would leave them.
    const before = personId ? (people.get(personId) as Person) : undefined;
    const fields: Partial<Person> = {
      ...(name !== '' ? { name } : {}),
      ...(email !== '' ? { email } : {}),
      ...(value('institution') !== '' ? { institution: value('institution') } : {}),
      ...(country !== '' ? { country: country.toUpperCase() } : {}),
      ...(value('notes') !== '' && !wantsTerm ? { notes: value('notes') } : {}),
    };
    const id = personId ?? (givenId || settings.newId('person', name));
    // Same person and same term as an earlier row: the later one is a duplicate.
    const key = `${id}|${dates.start ?? ''}`;
    const earlier = seenRows.get(key);
    if (earlier !== undefined) {
      verdict('duplicate', [{ id: 'sameAsLine', values: { line: earlier } }], personId ? { personId } : {});
      continue;
    }

    const person: Person = before ? { ...before, ...fields, name: before.name } : ({ id, name, ...fields } as Person);
    const personChanged = !before || !same(before, person);

    // The term as the row would leave it: the person's term on this committee with the same start, or a new one.
    let term: Term | undefined;
    let termBefore: Term | undefined;
    if (wantsTerm && kind && dates.start && dates.end) {
      const held = termsByPerson.get(id) ?? [];
      termBefore = held.find((t) => t.start === dates.start);
      term = {
        ...(termBefore ?? { id: settings.newId('term', name || person.name) }),
        personId: id,
        committeeId,
        kind,
        start: dates.start,
        end: dates.end,
        ...(dates.endedOn ? { endedOn: dates.endedOn } : {}),
        ...(value('seat') !== '' ? { seat: value('seat') } : {}),
        ...(value('notes') !== '' ? { notes: value('notes') } : {}),
      } as Term;
      if (termBefore && !dates.endedOn && termBefore.endedOn) term.endedOn = termBefore.endedOn;
      const candidate = term;
      const clash = held.find(
        (t) => t !== termBefore && t.start < activeEnd(candidate) && candidate.start < activeEnd(t),
      );
      if (clash) {
        const other = span(clash);
        verdict(
          'invalid',
          [
            {
              id: 'overlap',
              values: {
                start: candidate.start,
                end: candidate.end,
                name: person.name,
                kind: other.kind,
                otherStart: other.start,
                otherEnd: other.end,
              },
            },
          ],
          { personId: id },
        );
        continue;
      }
    }
    const termChanged = term !== undefined && (!termBefore || !same(termBefore, term));

    if (!personChanged && !termChanged) {
      verdict(
        'duplicate',
        [
          term
            ? { id: 'alreadyRecordedTerm', values: { name: person.name, ...span(term) } }
            : { id: 'alreadyRecorded', values: { name: person.name } },
        ],
        {
          personId: id,
          ...(term ? { termId: term.id } : {}),
        },
      );
      continue;
    }

    // Accepted: the row's records join the workspace the next rows are judged against.
    seenRows.set(key, line);
    if (personChanged) {
      people.set(id, person);
      plannedPeople.set(id, person);
      index(byEmail, (person.email ?? '').trim().toLowerCase(), id);
      index(byName, foldName(person.name), id);
    }
    if (isNewPerson) createdPeople.add(id);
    if (term && termChanged) {
      const held = termsByPerson.get(id) ?? [];
      termsByPerson.set(id, [...held.filter((t) => t !== termBefore), term]);
      plannedTerms.set(term.id, term);
    }
    const what: RowReason[] = [];
    if (isNewPerson) what.push({ id: 'adds', values: { name: person.name } });
    else if (createdPeople.has(id)) what.push({ id: 'addedAbove', values: { name: person.name } });
    else if (personChanged) {
      const changed = (['email', 'institution', 'country', 'notes'] as const).filter((f) => before?.[f] !== person[f]);
      what.push({ id: 'updates', values: { name: person.name, id }, fields: changed });
    } else what.push({ id: 'unchangedPerson', values: { name: person.name, id } });
    if (term && termChanged) what.push({ id: termBefore ? 'changesTerm' : 'newTerm', values: span(term) });
    verdict(isNewPerson || createdPeople.has(id) ? 'new' : 'update', what, {
      personId: id,
      ...(term ? { termId: term.id } : {}),
    });
  }

  const counts: Record<RowStatus, number> = { new: 0, update: 0, duplicate: 0, invalid: 0 };
  for (const row of rows) counts[row.status] += 1;
  const imported = counts.new + counts.update;
  const rejected = counts.duplicate + counts.invalid;
  return {
    rows,
    people: [...plannedPeople.values()].map((record) => {
      const before = originalPeople.get(record.id);
      return before ? { record, before } : { record };
    }),
    terms: [...plannedTerms.values()].map((record) => {
      const before = originalTerms.get(record.id);
      return before ? { record, before } : { record };
    }),
    counts,
    rowsIn: rows.length,
    imported,
    rejected,
    blankLines,
  };
}

/** How the rejected rows' CSV words its own columns, a status and a row's reasons, in the reader's language. */
export type RejectedCsvText = {
  columns: { line: string; status: string; reason: string };
  status: (status: RowStatus) => string;
  reasons: (row: RowVerdict) => string;
};

/** The rejected rows as a CSV: the spreadsheet's own columns, the line they came from, and why. */
export function rejectedRowsCsv(header: readonly string[], plan: ImportPlan, text: RejectedCsvText): string {
  const rejected = plan.rows.filter((r) => r.status === 'duplicate' || r.status === 'invalid');
  return writeCsv(
    [...header.map((h) => unguardCell(h)), text.columns.line, text.columns.status, text.columns.reason],
    rejected.map((r) => [
      ...header.map((_, i) => r.cells[i] ?? ''),
      String(r.line),
      text.status(r.status),
      text.reasons(r),
    ]),
  );
}
