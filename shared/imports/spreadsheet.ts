import { canonicalJson } from '../history/change-log';
import type { IsoDate } from '../domain/dates';
import { TERM_KINDS, type TermKind } from '../domain/vocabulary';
import { unguardCell, writeCsv } from '../exports/csv';
import type { Person, Term } from '../workspace/schema';
import { foldHeader, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './columns';
import { detectDateFormat, parseDate, type DateDetection, type DateFormat } from './dates';

/**
 * The spreadsheet importer's judgement, row by row, before anything is written: each row is
 * new, an update, a duplicate or invalid, with the reason. Rows in = imported + rejected, always:
 * every row that is not written is listed with why, and can be saved as a CSV.
 */

export type RowStatus = 'new' | 'update' | 'duplicate' | 'invalid';

export type RowVerdict = {
  /** The row's line in the spreadsheet (the header is line 1). */
  line: number;
  status: RowStatus;
  reason: string;
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

const KIND_WORDS: [TermKind, string[]][] = [
  ['casual', ['casual', 'casual vacancy', 'vacante', 'vacante casual', 'vacance', 'vacance fortuite']],
  ['coopted', ['coopted', 'co opted', 'cooptado', 'cooptada', 'coopte', 'cooptee', 'co option', 'cooptation']],
  [
    'corresponding',
    [
      'corresponding',
      'correspondiente',
      'correspondant',
      'correspondante',
      'miembro correspondiente',
      'membre correspondant',
    ],
  ],
  ['ex-officio', ['ex officio', 'exofficio', 'de oficio', 'd office', 'de droit', 'membre de droit']],
  ['elected', ['elected', 'electo', 'electa', 'elegido', 'elegida', 'elu', 'elue', 'member', 'miembro', 'membre']],
];

export function parseTermKind(text: string): TermKind | undefined {
  const folded = foldHeader(text);
  if ((TERM_KINDS as readonly string[]).includes(text.trim())) return text.trim() as TermKind;
  return KIND_WORDS.find(([, words]) => words.includes(folded))?.[0];
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

function span(t: Pick<Term, 'kind' | 'start' | 'end'>): string {
  return `${t.kind} term ${t.start} to ${t.end}`;
}

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
    const verdict = (status: RowStatus, reason: string, ids: { personId?: string; termId?: string } = {}) =>
      rows.push({ line, status, reason, cells, ...ids });
    const problems: string[] = [];

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
        problems.push(
          `${hits.length} people are recorded as ${emailHits.length > 0 ? email : name} (${hits.join(', ')}); add a Person ID column to say which`,
        );
      } else personId = hits[0];
    }
    const isNewPerson = personId === undefined;
    if (isNewPerson && name === '')
      problems.push(givenId !== '' ? `no person with id ${givenId}, and no name to add them by` : 'no name');
    if (givenId !== '' && isNewPerson && !/^[A-Za-z0-9][\w.-]*$/.test(givenId))
      problems.push(`"${givenId}" cannot be a person ID`);
    const country = value('country');
    if (country !== '' && !/^[A-Za-z]{2}$/.test(country)) {
      problems.push(`country must be a two-letter ISO 3166-1 code such as ES or FR, got "${country}"`);
    }
    if (email !== '' && !/^[^\s@]+@[^\s@]+$/.test(email)) problems.push(`"${email}" is not an email address`);

    // The term, when the row has one.
    const wantsTerm = (['kind', 'start', 'end', 'endedOn', 'seat'] as const).some((f) => value(f) !== '');
    const dates: Partial<Record<DateFields, IsoDate>> = {};
    let kind: TermKind | undefined;
    if (wantsTerm) {
      for (const field of ['start', 'end', 'endedOn'] as const) {
        const text = value(field);
        if (text === '') {
          if (field !== 'endedOn') problems.push(`no term ${field}`);
          continue;
        }
        const date = parseDate(text, settings.dateFormats[field] ?? 'iso');
        if (date) dates[field] = date;
        else
          problems.push(
            `${field === 'endedOn' ? 'early end' : `term ${field}`} "${text}" is not a date in the chosen format`,
          );
      }
      const kindText = value('kind');
      kind = kindText === '' ? 'elected' : parseTermKind(kindText);
      if (!kind)
        problems.push(`unknown kind of term "${kindText}" (elected, casual, co-opted, corresponding or ex officio)`);
      if (dates.start && dates.end && dates.end <= dates.start)
        problems.push(`the term ends (${dates.end}) before it starts (${dates.start})`);
      if (dates.start && dates.end && dates.endedOn && (dates.endedOn < dates.start || dates.endedOn > dates.end)) {
        problems.push(`the early end ${dates.endedOn} is outside the term ${dates.start} to ${dates.end}`);
      }
    }
    if (problems.length > 0) {
      verdict('invalid', problems.join('; '));
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
      verdict('duplicate', `same person and term as line ${earlier}`, personId ? { personId } : {});
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
        verdict('invalid', `the term ${candidate.start} to ${candidate.end} overlaps ${person.name}'s ${span(clash)}`, {
          personId: id,
        });
        continue;
      }
    }
    const termChanged = term !== undefined && (!termBefore || !same(termBefore, term));

    if (!personChanged && !termChanged) {
      verdict(
        'duplicate',
        term ? `already recorded: ${person.name}'s ${span(term)}` : `already recorded: ${person.name}`,
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
    const what: string[] = [];
    if (isNewPerson) what.push(`adds ${person.name}`);
    else if (createdPeople.has(id)) what.push(`${person.name}, added above`);
    else if (personChanged) {
      const changed = (['email', 'institution', 'country', 'notes'] as const).filter((f) => before?.[f] !== person[f]);
      what.push(`updates ${person.name} (${id}): ${changed.join(', ')}`);
    } else what.push(`${person.name} (${id})`);
    if (term && termChanged) what.push(`${termBefore ? 'changes the' : 'with a new'} ${span(term)}`);
    verdict(isNewPerson || createdPeople.has(id) ? 'new' : 'update', what.join(', '), {
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

/** The rejected rows as a CSV: the spreadsheet's own columns, the line they came from, and why. */
export function rejectedRowsCsv(header: readonly string[], plan: ImportPlan): string {
  const rejected = plan.rows.filter((r) => r.status === 'duplicate' || r.status === 'invalid');
  return writeCsv(
    [...header.map((h) => unguardCell(h)), 'Line', 'Status', 'Reason'],
    rejected.map((r) => [...header.map((_, i) => r.cells[i] ?? ''), String(r.line), r.status, r.reason]),
  );
}
