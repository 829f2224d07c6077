import { describe, expect, it } from 'vitest';
import { parseWorkspace } from './parse';

/** The fields Tenure adds to meetings[], actions[] and terms[] (interchange-v1 allows adding optional fields). */
const file = () => ({
  format: 'tenure',
  version: 1,
  committees: [{ id: 'ml', name: 'Metropolitan Libraries', params: { quorumRule: 'fraction', quorumFraction: 0.4 } }],
  people: [
    { id: 'p1', name: 'Ana Ruiz' },
    { id: 'p2', name: 'Helen Mandl' },
  ],
  terms: [
    {
      id: 't1',
      personId: 'p1',
      committeeId: 'ml',
      kind: 'elected',
      start: '2019-08-30',
      end: '2023-08-25',
      inactivityNotice: { sentOn: '2021-03-20', deadline: '2021-04-30', by: 'The Chair', respondedOn: '2021-04-02' },
    },
  ],
  meetings: [
    {
      id: 'm1',
      committeeId: 'ml',
      date: '2024-03-05',
      title: 'Mid-term meeting',
      mode: 'hybrid',
      place: 'Lima, Peru',
      timeZone: 'America/Lima',
      startTime: '09:00',
      endTime: '17:30',
      languages: ['en', 'es'],
      interpretation: 'Wordly.ai',
      agenda: [
        { title: 'Opening', notes: 'Welcome' },
        { title: 'Action plan', actionPlan: true },
      ],
      guests: [
        { name: 'Helen Mandl', role: 'IFLA HQ', personId: 'p2' },
        { name: 'A speaker', role: 'invited' },
      ],
      attendance: [{ personId: 'p1', status: 'present', remote: true }],
      minutes: '# Minutes',
    },
  ],
  actions: [
    {
      id: 'a1',
      committeeId: 'ml',
      title: 'Survey',
      status: 'ongoing',
      plan: '2019–2020',
      focusArea: 'Value proposition',
      strategicDirection: 'SD 4',
      keyInitiatives: [{ number: '4.5', description: 'Grow presence' }],
      tasks: [{ text: 'List libraries', owners: ['p1'] }],
      owners: ['p1'],
      timeframe: 'Nov 2019 – May 2020',
      fundingNeeded: true,
      fundingAmount: 'EUR 2,000',
      fundingSource: 'IFLA Professional Council',
      funding: 'Applied in January',
      communication: 'Basecamp',
      impact: 'Membership',
      collaborators: ['Public Library Section'],
      progress: [{ on: '2020-01-10', note: 'Started', status: 'ongoing' }],
      position: 0,
    },
  ],
});

describe('fields added by Tenure to meetings, actions and terms', () => {
  it('are read and given back unchanged', () => {
    const result = parseWorkspace(file());
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(JSON.parse(JSON.stringify(result.workspace))).toEqual({ ...file(), elections: [], offices: [] });
  });

  it.each([
    ['meetings', 0, 'startTime', '9am', 'meetings[0].startTime: expected a time HH:MM, got "9am"'],
    ['committees', 0, 'params', { quorumFraction: 1.5 }, 'committees[0].params.quorumFraction'],
    ['actions', 0, 'fundingNeeded', 'yes', 'actions[0].fundingNeeded: expected true or false, got "yes"'],
    ['actions', 0, 'progress', [{ on: '2020-13-01', note: '' }], 'actions[0].progress[0].on: expected a date'],
  ] as const)('%s[%i].%s = %j is refused: %s', (collection, index, field, value, message) => {
    const data = file() as unknown as Record<string, Record<string, unknown>[]>;
    (data[collection]![index] as Record<string, unknown>)[field] = value;
    const result = parseWorkspace(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')).toContain(message);
  });

  it('refuses references to people that do not exist in guests and task owners', () => {
    const data = file();
    data.meetings[0]!.guests[0]!.personId = 'ghost';
    data.actions[0]!.tasks[0]!.owners = ['nobody'];
    const result = parseWorkspace(data);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'meetings[0].guests[0].personId', message: 'no person with id "ghost"' },
      { path: 'actions[0].tasks[0].owners[0]', message: 'no person with id "nobody"' },
    ]);
  });
});
