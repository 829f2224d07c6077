import type { z } from 'zod';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, describeValue, workspaceSchema, type Workspace } from './schema';

/** One problem in a workspace file, located by its JSON path (`terms[3].start`). */
export type WorkspaceProblem = { path: string; message: string };

export type ParseResult = { ok: true; workspace: Workspace } | { ok: false; errors: WorkspaceProblem[] };

/**
 * Reads a workspace file's text. The file is accepted whole or refused whole: on refusal every
 * problem found is listed, not just the first (interchange-v1 §2).
 */
export function parseWorkspaceText(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(stripByteOrderMark(text));
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: describeJsonError(text, error) }] };
  }
  return parseWorkspace(data);
}

/** Validates already-decoded JSON against the v1 schema and the cross-record rules. */
export function parseWorkspace(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      ok: false,
      errors: [{ path: '', message: `expected a Tenure workspace object, got ${describeValue(data)}` }],
    };
  }
  const versionProblem = checkVersion(data as Record<string, unknown>);
  if (versionProblem) return { ok: false, errors: [versionProblem] };

  const parsed = workspaceSchema.safeParse(data, { reportInput: true, error: messageFor });
  const errors: WorkspaceProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  errors.push(...checkIdsAndReferences(data as Record<string, unknown>));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: sortProblems(dedupe(errors)) };
  return { ok: true, workspace: parsed.data };
}

function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function describeJsonError(text: string, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(detail);
  if (!position) return `not valid JSON: ${detail}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `not valid JSON at line ${line}, column ${column}: ${detail.replace(/ in JSON at position \d+.*$/s, '')}`;
}

function checkVersion(data: Record<string, unknown>): WorkspaceProblem | undefined {
  if (data.format !== WORKSPACE_FORMAT) return undefined; // reported by the schema
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version === WORKSPACE_VERSION) return undefined;
  const newer = version > WORKSPACE_VERSION;
  return {
    path: 'version',
    message: newer
      ? `this file is workspace version ${version}, made by a newer Tenure; this build reads version ${WORKSPACE_VERSION}`
      : `unknown workspace version ${version}; this build reads version ${WORKSPACE_VERSION}`,
  };
}

/** Zod issue → a sentence naming what was expected and what was found. */
function messageFor(issue: z.core.$ZodRawIssue): string | undefined {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(input)}`;
    case 'invalid_value':
      if (input === undefined) return 'required';
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(input)}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${String(issue.minimum)}, got ${describeValue(input)}`;
    default:
      return undefined;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const COLLECTIONS = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings', 'actions'] as const;
type Collection = (typeof COLLECTIONS)[number];

/** Duplicate ids and references to ids that do not exist, checked on the raw data so they are
 * reported together with any type errors. */
function checkIdsAndReferences(data: Record<string, unknown>): WorkspaceProblem[] {
  const problems: WorkspaceProblem[] = [];
  const ids = {} as Record<Collection, Set<string>>;
  for (const collection of COLLECTIONS) {
    const seen = new Map<string, number>();
    records(data, collection).forEach(([record, index]) => {
      const recordId = record.id;
      if (typeof recordId !== 'string' || recordId === '') return;
      const first = seen.get(recordId);
      if (first === undefined) seen.set(recordId, index);
      else
        problems.push({
          path: `${collection}[${index}].id`,
          message: `duplicate id ${JSON.stringify(recordId)} (first used at ${collection}[${first}])`,
        });
    });
    ids[collection] = new Set(seen.keys());
  }

  const ref = (path: string, value: unknown, target: Collection) => {
    if (typeof value === 'string' && value !== '' && !ids[target].has(value)) {
      problems.push({ path, message: `no ${SINGULAR[target]} with id ${JSON.stringify(value)}` });
    }
  };
  const refList = (path: string, values: unknown, target: Collection) => {
    if (Array.isArray(values)) values.forEach((value, i) => ref(`${path}[${i}]`, value, target));
  };

  for (const [c, i] of records(data, 'committees')) ref(`committees[${i}].parentId`, c.parentId, 'committees');
  for (const [t, i] of records(data, 'terms')) {
    ref(`terms[${i}].personId`, t.personId, 'people');
    ref(`terms[${i}].committeeId`, t.committeeId, 'committees');
    ref(`terms[${i}].electionId`, t.electionId, 'elections');
    if (isObject(t.cooption)) ref(`terms[${i}].cooption.proposedBy`, t.cooption.proposedBy, 'people');
  }
  for (const [o, i] of records(data, 'offices')) {
    ref(`offices[${i}].personId`, o.personId, 'people');
    ref(`offices[${i}].committeeId`, o.committeeId, 'committees');
  }
  for (const [e, i] of records(data, 'elections')) {
    ref(`elections[${i}].committeeId`, e.committeeId, 'committees');
    const seenCandidates = new Map<unknown, number>();
    if (Array.isArray(e.candidates)) {
      e.candidates.forEach((candidate: unknown, j) => {
        if (!isObject(candidate)) return;
        const path = `elections[${i}].candidates[${j}].personId`;
        ref(path, candidate.personId, 'people');
        const first = seenCandidates.get(candidate.personId);
        if (first !== undefined && typeof candidate.personId === 'string') {
          problems.push({
            path,
            message: `${JSON.stringify(candidate.personId)} is already a candidate (candidates[${first}])`,
          });
        } else seenCandidates.set(candidate.personId, j);
      });
    }
    if (isObject(e.tieBreak)) refList(`elections[${i}].tieBreak.elected`, e.tieBreak.elected, 'people');
    refList(`elections[${i}].voters`, e.voters, 'people');
  }
  for (const [m, i] of records(data, 'meetings')) {
    ref(`meetings[${i}].committeeId`, m.committeeId, 'committees');
    if (Array.isArray(m.attendance)) {
      m.attendance.forEach((entry: unknown, j) => {
        if (isObject(entry)) ref(`meetings[${i}].attendance[${j}].personId`, entry.personId, 'people');
      });
    }
    if (Array.isArray(m.guests)) {
      m.guests.forEach((guest: unknown, j) => {
        if (isObject(guest)) ref(`meetings[${i}].guests[${j}].personId`, guest.personId, 'people');
      });
    }
  }
  for (const [a, i] of records(data, 'actions')) {
    ref(`actions[${i}].committeeId`, a.committeeId, 'committees');
    refList(`actions[${i}].owners`, a.owners, 'people');
    if (Array.isArray(a.tasks)) {
      a.tasks.forEach((task: unknown, j) => {
        if (isObject(task)) refList(`actions[${i}].tasks[${j}].owners`, task.owners, 'people');
      });
    }
  }
  return problems;
}

const SINGULAR: Record<Collection, string> = {
  committees: 'committee',
  people: 'person',
  terms: 'term',
  offices: 'office',
  elections: 'election',
  meetings: 'meeting',
  actions: 'action',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(data: Record<string, unknown>, collection: Collection): [Record<string, unknown>, number][] {
  const list = data[collection];
  if (!Array.isArray(list)) return [];
  const out: [Record<string, unknown>, number][] = [];
  list.forEach((record: unknown, index) => {
    if (isObject(record)) out.push([record, index]);
  });
  return out;
}

function dedupe(problems: WorkspaceProblem[]): WorkspaceProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const pathCollator = new Intl.Collator('en', { numeric: true });

/** Document order: top-level sections in file order, then by index and field. */
function sortProblems(problems: WorkspaceProblem[]): WorkspaceProblem[] {
  const section = (path: string) => {
    const head = /^[A-Za-z]+/.exec(path)?.[0] ?? '';
    const order = ['', 'format', 'version', 'settings', ...COLLECTIONS].indexOf(head);
    return order === -1 ? 99 : order;
  };
  return problems.sort((a, b) => section(a.path) - section(b.path) || pathCollator.compare(a.path, b.path));
}
