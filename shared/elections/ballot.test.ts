import { describe, expect, it } from 'vitest';
import { ballotResult } from './ballot';
import { drawLots, LOT_METHOD } from './lot';

const c = (personId: string, votes?: number, outcome?: 'withdrawn') => ({
  personId,
  ...(votes === undefined ? {} : { votes }),
  ...(outcome ? { outcome } : {}),
});

describe('ballotResult (R-13, R-14, R-16)', () => {
  it('elects everyone unopposed when there are no more candidates than places, withdrawn ones aside', () => {
    expect(ballotResult([c('a'), c('b'), c('x', undefined, 'withdrawn')], 2)).toEqual({
      kind: 'unopposed',
      elected: ['a', 'b'],
      notElected: [],
      reserve: [],
    });
  });

  it('waits for every standing candidate’s votes before it ranks', () => {
    expect(ballotResult([c('a', 5), c('b'), c('d', 1)], 1)).toEqual({ kind: 'incomplete', missingVotes: ['b'] });
  });

  it('elects the top N and keeps the rest, in order, as the reserve list (S-03)', () => {
    const votes = [88, 80, 77, 70, 66, 61, 60, 55, 52, 50, 47, 44, 39, 30, 12];
    const result = ballotResult(
      votes.map((v, i) => c(`C${String(i + 1).padStart(2, '0')}`, v)),
      12,
    );
    expect(result).toMatchObject({ kind: 'decided', reserve: ['C13', 'C14', 'C15'] });
    expect(result.kind === 'decided' && result.elected).toHaveLength(12);
  });

  it('opens a tie for the last place and names who is tied (S-04)', () => {
    const candidates = [c('c11', 47), c('c12', 44), c('c13', 44), c('c14', 10)];
    expect(ballotResult(candidates, 2)).toEqual({
      kind: 'tie',
      elected: ['c11'],
      tied: ['c12', 'c13'],
      placesLeft: 1,
      votes: 44,
      below: ['c14'],
    });
  });

  it('is decided once a tie-break names as many of the tied as places are left', () => {
    const candidates = [c('c11', 47), c('c12', 44), c('c13', 44), c('c14', 10)];
    expect(ballotResult(candidates, 2, { method: 'run-off', on: '2021-06-10', elected: ['c13'] })).toEqual({
      kind: 'decided',
      elected: ['c11', 'c13'],
      notElected: ['c12', 'c14'],
      reserve: ['c12', 'c14'],
    });
    expect(ballotResult(candidates, 2, { method: 'run-off', on: '2021-06-10', elected: ['c14'] }).kind).toBe('tie');
  });

  it('does not depend on the order the candidates were entered in', () => {
    const forward = [c('a', 3), c('b', 3), c('d', 1)];
    expect(ballotResult([...forward].reverse(), 1)).toEqual(ballotResult(forward, 1));
  });
});

describe('drawLots', () => {
  it('is reproducible: the same seed gives the same winner on every run and machine', () => {
    const draw = drawLots('IFLA-2021-IT-place-12', ['c12', 'c13'], 1);
    // The published tickets are plain SHA-256 digests anyone can recompute.
    expect(draw.tickets.map((t) => t.ticket)).toEqual([...draw.tickets.map((t) => t.ticket)].sort());
    expect(draw).toEqual(drawLots('IFLA-2021-IT-place-12', ['c13', 'c12'], 1));
    expect(draw.method).toBe(LOT_METHOD);
    expect(draw.elected).toHaveLength(1);
  });

  it('matches digests computed independently with sha256sum', () => {
    // printf 'seed\nc12' | sha256sum ; printf 'seed\nc13' | sha256sum
    expect(drawLots('seed', ['c12', 'c13'], 1)).toEqual({
      seed: 'seed',
      method: LOT_METHOD,
      tickets: [
        { personId: 'c13', ticket: '131521072d1f9e7cf818ebb14f718192f10196cd57d85774c1b5ab887dda2996' },
        { personId: 'c12', ticket: 'ed8175aba645fe098f97495bc58ed94f4ff46d6b1b59f8d256da0217b832f236' },
      ],
      elected: ['c13'],
    });
  });

  it('refuses a lot without a seed or without more candidates than places', () => {
    expect(() => drawLots(' ', ['a', 'b'], 1)).toThrow(/seed/);
    expect(() => drawLots('s', ['a', 'b'], 2)).toThrow(/more candidates than places/);
  });
});
