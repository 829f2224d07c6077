import { describe, expect, it } from 'vitest';
import { dueReminders, type ReminderTerm } from './term-reminders';

const names = {
  people: new Map([['p1', 'Ana Ruiz']]),
  committees: new Map([['it', 'IT Section']]),
};
const term = (end: string, extra: Partial<ReminderTerm> = {}): ReminderTerm => ({
  id: `t-${end}`,
  personId: 'p1',
  committeeId: 'it',
  end,
  ...extra,
});

describe('term reminders', () => {
  it('remind inside the smallest window that holds the days left, once per window', () => {
    const reminders = dueReminders(
      [term('2026-12-27'), term('2026-11-28'), term('2027-06-01'), term('2026-11-01')],
      names,
      '2026-11-27',
      [42, 1],
    );
    expect(reminders.map((r) => [r.termId, r.windowDays, r.daysLeft])).toEqual([
      ['t-2026-11-28', 1, 1],
      ['t-2026-12-27', 42, 30],
    ]);
    expect(reminders[0]).toMatchObject({
      key: 't-2026-11-28|2026-11-28|1',
      title: "Ana Ruiz's term ends tomorrow",
      body: 'IT Section: the term ends on 2026-11-28.',
    });
  });

  it('use the early end of a term ended early', () => {
    const [reminder] = dueReminders([term('2029-08-26', { endedOn: '2026-12-01' })], names, '2026-11-27', [42]);
    expect(reminder?.daysLeft).toBe(4);
  });

  it('say nothing without windows', () => {
    expect(dueReminders([term('2026-11-28')], names, '2026-11-27', [])).toEqual([]);
  });
});
