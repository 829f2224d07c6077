import { isIsoDate } from '@shared/domain/dates';
import type { ActionStatus } from '@shared/domain/vocabulary';
import type { FocusArea } from '@shared/meetings/action-plan';
import type { Action, KeyInitiative } from '@shared/workspace/schema';

/**
 * The action-plan forms as plain data, shaped like the IFLA template (seed 004): a focus area with
 * its strategic direction, key initiatives, communication, impact measures and collaborating units;
 * an activity with its tasks and who is responsible, timeframe and funding. No React here: a
 * problem comes back as the id of its message, for the screen to word in the reader's language.
 */

let rowCounter = 0;
const nextKey = (prefix: string) => `${prefix}-${++rowCounter}`;

export type TaskRow = { key: string; text: string; owners: string[] };
export type InitiativeRow = { key: string; number: string; description: string };

export function taskRow(text = '', owners: string[] = []): TaskRow {
  return { key: nextKey('task'), text, owners };
}

export function initiativeRow(initiative?: KeyInitiative): InitiativeRow {
  return { key: nextKey('ki'), number: initiative?.number ?? '', description: initiative?.description ?? '' };
}

/** One unit per line (or separated by semicolons), as the template lists them. */
export function linesOf(text: string): string[] {
  return text
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type ActivityDraft = {
  title: string;
  focusArea: string;
  status: ActionStatus;
  owners: string[];
  tasks: TaskRow[];
  timeframe: string;
  due: string;
  fundingNeeded: boolean;
  fundingAmount: string;
  fundingSource: string;
  /** The file's `funding`: notes on funding. */
  funding: string;
  communication: string;
  impact: string;
  /** One collaborating unit per line. */
  collaborators: string;
  notes: string;
};

export function draftFromAction(action: Action | undefined, focusArea = ''): ActivityDraft {
  return {
    title: action?.title ?? '',
    focusArea: action?.focusArea ?? focusArea,
    status: action?.status ?? 'planned',
    owners: action?.owners ?? [],
    tasks: (action?.tasks ?? []).map((t) => taskRow(t.text, t.owners ?? [])),
    timeframe: action?.timeframe ?? '',
    due: action?.due ?? '',
    fundingNeeded: action?.fundingNeeded ?? false,
    fundingAmount: action?.fundingAmount ?? '',
    fundingSource: action?.fundingSource ?? '',
    funding: action?.funding ?? '',
    communication: action?.communication ?? '',
    impact: action?.impact ?? '',
    collaborators: (action?.collaborators ?? []).join('\n'),
    notes: action?.notes ?? '',
  };
}

/** A problem of the activity form, as the id of its message (`actionPlan.activityDialog.problem.<id>`). */
export type ActivityProblem = { field: keyof ActivityDraft; problem: 'title' | 'due' };

export function validateActivity(draft: ActivityDraft): ActivityProblem[] {
  const problems: ActivityProblem[] = [];
  if (draft.title.trim() === '') problems.push({ field: 'title', problem: 'title' });
  if (draft.due !== '' && !isIsoDate(draft.due)) problems.push({ field: 'due', problem: 'due' });
  return problems;
}

const KEYS_ON_FORM = [
  'title',
  'focusArea',
  'status',
  'owners',
  'tasks',
  'timeframe',
  'due',
  'fundingNeeded',
  'fundingAmount',
  'fundingSource',
  'funding',
  'communication',
  'impact',
  'collaborators',
  'notes',
] as const;

/**
 * The activity the draft describes. Fields not on the form (plan, strategic direction, key
 * initiatives, progress, position, unknown fields) are kept from `base`. `fundingNeeded` is always
 * written: the template's box is a yes or a no.
 */
export function actionFromDraft(draft: ActivityDraft, base: Action): Action {
  const kept: Record<string, unknown> = { ...base };
  for (const key of KEYS_ON_FORM) delete kept[key];
  const text = (value: string) => value.trim();
  const tasks = draft.tasks
    .filter((t) => t.text.trim() !== '')
    .map((t) => ({ text: t.text.trim(), ...(t.owners.length ? { owners: [...t.owners] } : {}) }));
  const collaborators = linesOf(draft.collaborators);
  return {
    ...kept,
    id: base.id,
    committeeId: base.committeeId,
    title: text(draft.title),
    status: draft.status,
    ...(text(draft.focusArea) ? { focusArea: text(draft.focusArea) } : {}),
    ...(draft.owners.length ? { owners: [...draft.owners] } : {}),
    ...(tasks.length ? { tasks } : {}),
    ...(text(draft.timeframe) ? { timeframe: text(draft.timeframe) } : {}),
    ...(draft.due ? { due: draft.due } : {}),
    fundingNeeded: draft.fundingNeeded,
    ...(text(draft.fundingAmount) ? { fundingAmount: text(draft.fundingAmount) } : {}),
    ...(text(draft.fundingSource) ? { fundingSource: text(draft.fundingSource) } : {}),
    ...(text(draft.funding) ? { funding: text(draft.funding) } : {}),
    ...(text(draft.communication) ? { communication: draft.communication.trim() } : {}),
    ...(text(draft.impact) ? { impact: draft.impact.trim() } : {}),
    ...(collaborators.length ? { collaborators } : {}),
    ...(text(draft.notes) ? { notes: draft.notes.trim() } : {}),
  };
}

export type FocusAreaDraft = {
  plan: string;
  focusArea: string;
  strategicDirection: string;
  keyInitiatives: InitiativeRow[];
  communication: string;
  impact: string;
  collaborators: string;
};

/** The form of a focus area: the values all its activities share ('' where they differ). */
export function draftFromFocusArea(area: FocusArea | undefined, plan = ''): FocusAreaDraft {
  return {
    plan: area?.plan ?? plan,
    focusArea: area?.name ?? '',
    strategicDirection: area?.strategicDirection ?? '',
    keyInitiatives: (area?.keyInitiatives ?? []).map(initiativeRow),
    communication: area?.communication ?? '',
    impact: area?.impact ?? '',
    collaborators: (area?.collaborators ?? []).join('\n'),
  };
}

export function initiativesOf(rows: readonly InitiativeRow[]): KeyInitiative[] {
  return rows
    .filter((r) => r.number.trim() !== '' || r.description.trim() !== '')
    .map((r) => ({
      number: r.number.trim() || '?',
      ...(r.description.trim() ? { description: r.description.trim() } : {}),
    }));
}

/** The focus-area fields as they go on each activity. */
export function focusAreaFields(draft: FocusAreaDraft) {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  const initiatives = initiativesOf(draft.keyInitiatives);
  const collaborators = linesOf(draft.collaborators);
  return {
    focusArea: draft.focusArea.trim(),
    plan: text(draft.plan),
    strategicDirection: text(draft.strategicDirection),
    keyInitiatives: initiatives.length ? initiatives : undefined,
    communication: text(draft.communication),
    impact: text(draft.impact),
    collaborators: collaborators.length ? collaborators : undefined,
  };
}

/**
 * What a focus-area form changes: only the fields whose value differs from the form's starting
 * point, so an activity's own impact or communication text survives an edit of the area's name.
 */
export function focusAreaChanges(start: FocusAreaDraft, draft: FocusAreaDraft) {
  const before = focusAreaFields(start);
  const after = focusAreaFields(draft);
  const changes: Partial<ReturnType<typeof focusAreaFields>> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      (changes as Record<string, unknown>)[key] = after[key];
    }
  }
  return changes;
}

/** A new activity carrying a focus area's fields (the area's first activity, or one added to it). */
export function activityInArea(
  id: string,
  committeeId: string,
  title: string,
  area: ReturnType<typeof focusAreaFields>,
): Action {
  const fields = Object.fromEntries(Object.entries(area).filter(([, value]) => value !== undefined && value !== ''));
  return { id, committeeId, title: title.trim(), status: 'planned', ...fields } as Action;
}
