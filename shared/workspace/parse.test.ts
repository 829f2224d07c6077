import { describe, expect, it } from 'vitest';
import { parseWorkspace, parseWorkspaceText } from './parse';
import { exampleText } from '../testing/fixtures';

const minimal = () => ({
  format: 'tenure',
  version: 1,
  committees: [{ id: 'it', name: 'IT Section' }],
  people: [{ id: 'p1', name: 'Ana Ruiz', country: 'ES' }],
  terms: [{ id: 't1', personId: 'p1', committeeId: 'it', kind: 'elected', start: '2019-08-30', end: '2023-08-25' }],
});

function problemsOf(data: unknown) {
  const result = parseWorkspace(data);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('parseWorkspace accepts', () => {
  it('a minimal file, filling only the optional top-level lists and writing no defaults into records', () => {
    const result = parseWorkspace(minimal());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.workspace.committees).toEqual(minimal().committees);
    expect(result.workspace.terms).toEqual(minimal().terms);
    expect(result.workspace.offices).toEqual([]);
    expect(result.workspace.elections).toEqual([]);
    expect(result.workspace.meetings).toEqual([]);
    expect(result.workspace.actions).toEqual([]);
  });

  it('the example file unchanged: read and written back, it is the same data', () => {
    const text = exampleText();
    const result = parseWorkspaceText(text);
    expect(result.ok && JSON.parse(JSON.stringify(result.workspace))).toStrictEqual(JSON.parse(text));
  });

  it('an even election cycle, which is well-typed and reported by the engine, not refused', () => {
    const data = { ...minimal(), elections: [{ id: 'e', committeeId: 'it', kind: 'members', cycle: 2022 }] };
    expect(parseWorkspace(data).ok).toBe(true);
  });

  it('a UTF-8 byte order mark before the JSON', () => {
    expect(parseWorkspaceText(`\uFEFF${JSON.stringify(minimal())}`).ok).toBe(true);
  });
});

describe('unknown fields survive a round trip', () => {
  it('at the top level, in settings, in records, nested objects and params', () => {
    const data = {
      ...minimal(),
      appVersion: '9.9',
      settings: { theme: 'dark', termBoundaries: { 2021: '2021-08-26' } },
      committees: [{ id: 'it', name: 'IT', params: { maxCoopted: 3, futureRule: [1, 2] }, colour: 'blue' }],
      people: [{ id: 'p1', name: 'Ana', orcid: '0000-0001', extra: { nested: true } }],
      terms: [
        {
          id: 't1',
          personId: 'p1',
          committeeId: 'it',
          kind: 'coopted',
          start: '2021-09-01',
          end: '2023-08-25',
          cooption: { reason: 'diversity', approvedOn: '2021-09-10', letterRef: 'HQ-42' },
          seatLabel: 'S3',
        },
      ],
    };
    const result = parseWorkspace(JSON.parse(JSON.stringify(data)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const again = parseWorkspace(JSON.parse(JSON.stringify(result.workspace)));
    expect(again.ok && again.workspace).toMatchObject(data);
  });
});

describe('parseWorkspace refuses the whole file and names every problem by JSON path', () => {
  const cases: {
    name: string;
    edit: (d: ReturnType<typeof minimal> & Record<string, unknown>) => void;
    expected: { path: string; message: string }[];
  }[] = [
    {
      name: 'a malformed date',
      edit: (d) => ((d.terms[0] as Record<string, unknown>).start = '2021-13-01'),
      expected: [{ path: 'terms[0].start', message: 'expected a date YYYY-MM-DD, got "2021-13-01"' }],
    },
    {
      name: 'a day that is not in the calendar',
      edit: (d) => ((d.terms[0] as Record<string, unknown>).end = '2023-02-30'),
      expected: [{ path: 'terms[0].end', message: 'expected a date YYYY-MM-DD, got "2023-02-30"' }],
    },
    {
      name: 'a missing format',
      edit: (d) => delete (d as Record<string, unknown>).format,
      expected: [{ path: 'format', message: 'required' }],
    },
    {
      name: 'a wrong format string',
      edit: (d) => ((d as Record<string, unknown>).format = 'excel'),
      expected: [{ path: 'format', message: 'expected "tenure", got "excel"' }],
    },
    {
      name: 'a missing version',
      edit: (d) => delete (d as Record<string, unknown>).version,
      expected: [{ path: 'version', message: 'required' }],
    },
    {
      name: 'a wrong type',
      edit: (d) => ((d.people[0] as Record<string, unknown>).name = 42),
      expected: [{ path: 'people[0].name', message: 'expected text, got 42' }],
    },
    {
      name: 'an unknown term kind',
      edit: (d) => ((d.terms[0] as Record<string, unknown>).kind = 'honorary'),
      expected: [
        {
          path: 'terms[0].kind',
          message: 'expected one of "elected", "casual", "coopted", "corresponding", "ex-officio", got "honorary"',
        },
      ],
    },
    {
      name: 'a duplicate id',
      edit: (d) => d.people.push({ id: 'p1', name: 'Someone else', country: 'FR' }),
      expected: [{ path: 'people[1].id', message: 'duplicate id "p1" (first used at people[0])' }],
    },
    {
      name: 'a reference to a person that does not exist',
      edit: (d) => ((d.terms[0] as Record<string, unknown>).personId = 'p9'),
      expected: [{ path: 'terms[0].personId', message: 'no person with id "p9"' }],
    },
    {
      name: 'a reference to a committee that does not exist',
      edit: (d) => ((d.terms[0] as Record<string, unknown>).committeeId = 'xx'),
      expected: [{ path: 'terms[0].committeeId', message: 'no committee with id "xx"' }],
    },
    {
      name: 'a non-integer cycle',
      edit: (d) =>
        ((d as Record<string, unknown>).elections = [{ id: 'e', committeeId: 'it', kind: 'members', cycle: 2021.5 }]),
      expected: [{ path: 'elections[0].cycle', message: 'expected a whole number, got 2021.5' }],
    },
    {
      name: 'an even-year key in termBoundaries',
      edit: (d) => ((d as Record<string, unknown>).settings = { termBoundaries: { 2022: '2022-08-31' } }),
      expected: [{ path: 'settings.termBoundaries.2022', message: 'expected an odd year as the key, got "2022"' }],
    },
    {
      name: 'a negative vote count',
      edit: (d) =>
        ((d as Record<string, unknown>).elections = [
          { id: 'e', committeeId: 'it', kind: 'members', cycle: 2021, candidates: [{ personId: 'p1', votes: -3 }] },
        ]),
      expected: [{ path: 'elections[0].candidates[0].votes', message: 'must be at least 0, got -3' }],
    },
  ];

  it.each(cases)('$name', ({ edit, expected }) => {
    const data = minimal() as ReturnType<typeof minimal> & Record<string, unknown>;
    edit(data);
    expect(problemsOf(data)).toEqual(expected);
  });

  it('lists every problem at once, in document order', () => {
    const data = minimal() as ReturnType<typeof minimal> & Record<string, unknown>;
    (data.terms[0] as Record<string, unknown>).start = '2021-13-01';
    (data.terms[0] as Record<string, unknown>).personId = 'nobody';
    data.people.push({ id: 'p1', name: 'Twin', country: 'FR' });
    data.committees.push({ id: 'it', name: 'Copy' });
    expect(problemsOf(data).map((p) => p.path)).toEqual([
      'committees[1].id',
      'people[1].id',
      'terms[0].personId',
      'terms[0].start',
    ]);
  });

  it('a file of a newer version, saying which version this build reads', () => {
    expect(problemsOf({ ...minimal(), version: 2 })).toEqual([
      {
        path: 'version',
        message: 'this file is workspace version 2, made by a newer Tenure; this build reads version 1',
      },
    ]);
  });

  it('text that is not JSON, with the line and column', () => {
    const result = parseWorkspaceText('{\n  "format": "tenure",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toMatch(/^not valid JSON at line 3, column 16/);
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'tenure'],
  ])('a top level that is %s', (_name, data) => {
    expect(problemsOf(data)[0]?.message).toMatch(/^expected a Tenure workspace object/);
  });
});
