import type { IsoDate } from '../domain/dates';
import { parseWorkspace } from '../workspace/parse';
import type { WorkspaceInput, Workspace } from '../workspace/schema';

/**
 * Test fixtures in the file's own shape. Boundaries follow the rulebook's §4 conventions; people
 * referenced by records but not listed are added with their id as name, and the result is
 * validated by the real schema, so a fixture can never be something a file could not be.
 */
export const BOUNDARY: Record<number, IsoDate> = {
  2011: '2011-08-18',
  2013: '2013-08-23',
  2015: '2015-08-21',
  2017: '2017-08-25',
  2019: '2019-08-30',
  2021: '2021-08-26',
  2023: '2023-08-25',
  2025: '2025-08-22',
  2027: '2027-08-27',
  2029: '2029-08-31',
  2031: '2031-08-29',
  2033: '2033-08-26',
};

type Loose = Record<string, unknown>;
export type Parts = {
  committees?: readonly Loose[];
  people?: readonly Loose[];
  terms?: readonly Loose[];
  offices?: readonly Loose[];
  elections?: readonly Loose[];
  meetings?: readonly Loose[];
  actions?: readonly Loose[];
  settings?: Loose;
};

export function buildWorkspace(parts: Parts = {}): Workspace {
  const committees = parts.committees ?? [{ id: 'it', name: 'IT Section', kind: 'section' }];
  const people = [...(parts.people ?? [])];
  const known = new Set(people.map((p) => p.id));
  const mention = (id: unknown) => {
    if (typeof id === 'string' && !known.has(id)) {
      known.add(id);
      people.push({ id, name: id });
    }
  };
  for (const t of parts.terms ?? []) mention(t.personId);
  for (const o of parts.offices ?? []) mention(o.personId);
  for (const e of parts.elections ?? []) {
    for (const c of (e.candidates as Loose[] | undefined) ?? []) mention(c.personId);
    for (const v of (e.voters as string[] | undefined) ?? []) mention(v);
  }
  for (const m of parts.meetings ?? [])
    for (const a of (m.attendance as Loose[] | undefined) ?? []) mention(a.personId);
  const input = {
    format: 'tenure',
    version: 1,
    settings: parts.settings ?? { termBoundaries: Object.fromEntries(Object.entries(BOUNDARY)) },
    committees,
    people,
    terms: parts.terms ?? [],
    offices: parts.offices ?? [],
    elections: parts.elections ?? [],
    meetings: parts.meetings ?? [],
    actions: parts.actions ?? [],
  } as unknown as WorkspaceInput;
  const result = parseWorkspace(input);
  if (!result.ok)
    throw new Error(`invalid fixture:\n${result.errors.map((e) => `${e.path}: ${e.message}`).join('\n')}`);
  return result.workspace;
}

let sequence = 0;

/** An elected (or other kind of) term on committee `it` from the boundary of `from` to that of `to`. */
export function term(personId: string, from: number | IsoDate, to: number | IsoDate, extra: Loose = {}): Loose {
  const start = typeof from === 'number' ? (BOUNDARY[from] as IsoDate) : from;
  const end = typeof to === 'number' ? (BOUNDARY[to] as IsoDate) : to;
  return { id: `t${++sequence}-${personId}`, personId, committeeId: 'it', kind: 'elected', start, end, ...extra };
}

export function office(
  personId: string,
  role: string,
  from: number | IsoDate,
  to: number | IsoDate,
  extra: Loose = {},
): Loose {
  const start = typeof from === 'number' ? (BOUNDARY[from] as IsoDate) : from;
  const end = typeof to === 'number' ? (BOUNDARY[to] as IsoDate) : to;
  return { id: `o${++sequence}-${personId}`, personId, committeeId: 'it', role, start, end, ...extra };
}

/** `count` members with elected terms between two boundaries: ids `${prefix}01`… */
export function members(prefix: string, count: number, from: number, to: number, extra: Loose = {}): Loose[] {
  return Array.from({ length: count }, (_, i) => term(`${prefix}${String(i + 1).padStart(2, '0')}`, from, to, extra));
}
