import { describe, expect, it } from 'vitest';
import type { Action } from '../workspace/schema';
import { focusAreas, nextPosition, orderActions, progressBetween, reviewByStatus, statusOn } from './action-plan';

const action = (id: string, extra: Partial<Action> = {}): Action => ({
  id,
  committeeId: 'it',
  title: id,
  status: 'ongoing',
  ...extra,
});

describe('plan order', () => {
  it('orders by position, else by the file, else by id; a new activity goes last', () => {
    const actions = [action('c'), action('b', { position: 5 }), action('a'), action('z', { position: 0 })];
    expect(orderActions(actions, ['c', 'a']).map((a) => a.id)).toEqual(['c', 'z', 'a', 'b']);
    expect(nextPosition(actions, ['c', 'a'])).toBe(6);
    expect(nextPosition([], [])).toBe(0);
  });

  it('groups activities into focus areas in plan order, with the fields they all share', () => {
    const areas = focusAreas([
      action('a1', { focusArea: 'A', communication: 'Basecamp', impact: 'x' }),
      action('b1', { focusArea: 'B' }),
      action('a2', { focusArea: 'A', communication: 'Basecamp', impact: 'y' }),
    ]);
    expect(areas.map((a) => [a.number, a.name, a.activities.map((x) => x.id)])).toEqual([
      [1, 'A', ['a1', 'a2']],
      [2, 'B', ['b1']],
    ]);
    expect(areas[0]).toMatchObject({ communication: 'Basecamp' });
    expect(areas[0]).not.toHaveProperty('impact');
  });
});

describe('status on a date, and the mid-term review (seed 003)', () => {
  const robots = action('robots', {
    status: 'completed',
    progress: [
      { on: '2020-06-01', note: 'Delayed by covid.' },
      { on: '2019-11-01', note: 'Started.', status: 'ongoing' },
      { on: '2021-05-02', note: 'Published.', status: 'completed' },
    ],
  });
  it.each([
    ['2019-10-01', 'completed'],
    ['2019-11-01', 'ongoing'],
    ['2021-03-19', 'ongoing'],
    ['2021-05-02', 'completed'],
  ] as const)('on %s the status is %s', (date, status) => {
    expect(statusOn(robots, date)).toBe(status);
  });

  it('reads progress between two meetings', () => {
    expect(progressBetween(robots, '2019-11-01', '2021-03-19').map((n) => n.note)).toEqual(['Delayed by covid.']);
    expect(progressBetween(robots, undefined, '2019-11-01').map((n) => n.note)).toEqual(['Started.']);
  });

  it('groups by status in review order, leaving out empty groups', () => {
    const groups = reviewByStatus(
      [robots, action('cheat', { status: 'on-hold' }), action('register', { status: 'sunsetted' }), action('web')],
      '2021-03-19',
    );
    expect(groups.map((g) => [g.status, g.activities.map((a) => a.id)])).toEqual([
      ['ongoing', ['robots', 'web']],
      ['on-hold', ['cheat']],
      ['sunsetted', ['register']],
    ]);
  });
});
