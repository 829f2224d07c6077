import type { IsoDate } from '../domain/dates';
import { ACTION_STATUSES, type ActionStatus } from '../domain/vocabulary';
import type { Action, KeyInitiative, ProgressNote } from '../workspace/schema';

/**
 * The action plan as the IFLA template lays it out (seed 004): focus areas, each aligned to IFLA
 * strategic directions and key initiatives, holding activities with tasks, people, timeframe,
 * funding, communication, impact measures and collaborating units; and the mid-term review of
 * seed 003, which reads each activity's status. Pure functions over `actions[]` records.
 */

/** The order of a mid-term review: what is done, what runs, what waits, what stopped. */
export const REVIEW_ORDER: readonly ActionStatus[] = [
  'completed',
  'ongoing',
  'planned',
  'on-hold',
  'not-proceeding',
  'sunsetted',
];

export function isActionStatus(value: string): value is ActionStatus {
  return (ACTION_STATUSES as readonly string[]).includes(value);
}

/**
 * Activities in plan order: by `position` where set, else by their place in `fileOrder` (the
 * order records had in the imported file), else by id.
 */
export function orderActions(actions: readonly Action[], fileOrder: readonly string[] = []): Action[] {
  const index = new Map(fileOrder.map((id, i) => [id, i]));
  const key = (a: Action) => a.position ?? index.get(a.id) ?? Number.MAX_SAFE_INTEGER;
  return [...actions].sort((a, b) => key(a) - key(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The position a new activity takes: after every activity of the plan. */
export function nextPosition(actions: readonly Action[], fileOrder: readonly string[] = []): number {
  const index = new Map(fileOrder.map((id, i) => [id, i]));
  let last = -1;
  for (const a of actions) last = Math.max(last, a.position ?? index.get(a.id) ?? -1);
  return last + 1;
}

/** A value every activity of a focus area shares, or undefined when they differ or none has it. */
function shared<T>(activities: readonly Action[], pick: (a: Action) => T | undefined): T | undefined {
  const values = activities.map(pick);
  const first = values[0];
  if (first === undefined) return undefined;
  const key = JSON.stringify(first);
  return values.every((v) => JSON.stringify(v) === key) ? first : undefined;
}

export type FocusArea = {
  /** 1-based, in plan order: "Focus Area 1". */
  number: number;
  /** The focus area's description, as the template asks for it ('' for activities without one). */
  name: string;
  activities: Action[];
  /** Set when every activity of the area has the same value (the template holds one per area). */
  plan?: string;
  strategicDirection?: string;
  keyInitiatives?: KeyInitiative[];
  communication?: string;
  impact?: string;
  collaborators?: string[];
};

/** Activities grouped into focus areas, in plan order (an area comes where its first activity does). */
export function focusAreas(ordered: readonly Action[]): FocusArea[] {
  const byName = new Map<string, Action[]>();
  for (const action of ordered) {
    const name = action.focusArea ?? '';
    const list = byName.get(name);
    if (list) list.push(action);
    else byName.set(name, [action]);
  }
  return [...byName].map(([name, activities], i) => {
    const area: FocusArea = { number: i + 1, name, activities };
    const plan = shared(activities, (a) => a.plan);
    const strategicDirection = shared(activities, (a) => a.strategicDirection);
    const keyInitiatives = shared(activities, (a) => a.keyInitiatives);
    const communication = shared(activities, (a) => a.communication);
    const impact = shared(activities, (a) => a.impact);
    const collaborators = shared(activities, (a) => a.collaborators);
    return {
      ...area,
      ...(plan !== undefined ? { plan } : {}),
      ...(strategicDirection !== undefined ? { strategicDirection } : {}),
      ...(keyInitiatives !== undefined ? { keyInitiatives } : {}),
      ...(communication !== undefined ? { communication } : {}),
      ...(impact !== undefined ? { impact } : {}),
      ...(collaborators !== undefined ? { collaborators } : {}),
    };
  });
}

/**
 * The status an activity had on `date`: the last status change recorded in its progress on or
 * before that day; with none, its current status.
 */
export function statusOn(action: Action, date: IsoDate): ActionStatus {
  let found: ActionStatus | undefined;
  for (const note of sortedProgress(action)) {
    if (note.on > date) break;
    if (note.status) found = note.status;
  }
  return found ?? action.status;
}

/** Progress notes oldest first (by date, then as recorded). */
export function sortedProgress(action: Action): ProgressNote[] {
  return (action.progress ?? [])
    .map((note, i) => ({ note, i }))
    .sort((a, b) => (a.note.on < b.note.on ? -1 : a.note.on > b.note.on ? 1 : a.i - b.i))
    .map(({ note }) => note);
}

/** Notes dated after `after` (exclusive; undefined: from the start) up to `upTo` (inclusive). */
export function progressBetween(action: Action, after: IsoDate | undefined, upTo: IsoDate): ProgressNote[] {
  return sortedProgress(action).filter((n) => (after === undefined || n.on > after) && n.on <= upTo);
}

export type ReviewGroup = { status: ActionStatus; activities: Action[] };

/** The mid-term review: activities grouped by their status on `date`, in REVIEW_ORDER, empty groups left out. */
export function reviewByStatus(ordered: readonly Action[], date: IsoDate): ReviewGroup[] {
  return REVIEW_ORDER.map((status) => ({
    status,
    activities: ordered.filter((a) => statusOn(a, date) === status),
  })).filter((g) => g.activities.length > 0);
}
