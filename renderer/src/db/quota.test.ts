// A full disk on every write path (quality-anchors R11): each repository write function runs with
// a QuotaExceededError injected on its 1st, 2nd, … write, as IndexedDB raises it on the request or
// as the reason its transaction aborted. Every time the database must be exactly as before, and the
// write must reject with the plain sentence the screens show.
import Dexie, { type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { guessColumns } from '@shared/imports/columns';
import { detectDateColumns, planSpreadsheetImport } from '@shared/imports/spreadsheet';
import { canonicalJson } from '@shared/history/change-log';
import { recordReliability } from '@shared/testing/reliability';
import type { Action, Meeting } from '@shared/workspace/schema';
import { memoryStore } from '../platform/file-store';
import { createWebPlatform } from '../platform/web-platform';
import { exampleWorkspace, freshDb, TEST_CONTEXT } from '../testing/test-db';
import type { TenureDb } from './app-db';
import { backUp, restoreBackup, restoreContext } from './durable-backups';
import * as actionsRepo from './repositories/actions-repo';
import * as changeLogRepo from './repositories/change-log-repo';
import * as committeesRepo from './repositories/committees-repo';
import * as electionsRepo from './repositories/elections-repo';
import * as inactivityRepo from './repositories/inactivity-repo';
import * as meetingsRepo from './repositories/meetings-repo';
import * as overridesRepo from './repositories/overrides';
import * as peopleRepo from './repositories/people-repo';
import * as spreadsheetRepo from './repositories/spreadsheet-import-repo';
import * as termsRepo from './repositories/terms-repo';
import * as whatIfRepo from './repositories/what-if-repo';
import * as workspaceRepo from './repositories/workspace-repo';
import { DISK_FULL_MESSAGE, DiskFullError, isQuotaExceeded } from './write-errors';

/** The two shapes a full disk takes: the request's own error, or the transaction's abort carrying it. */
const quotaErrors = [
  () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  () =>
    new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
];

type Injection = { armed: boolean; failAt: number; writes: number; error: () => unknown };

/** A DBCore middleware that fails the Nth write (add, put, delete, clear) once armed. */
function injectQuota(db: TenureDb): Injection {
  const injection: Injection = { armed: false, failAt: Infinity, writes: 0, error: quotaErrors[0]! };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'inject-quota-exceeded',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (injection.armed && ++injection.writes === injection.failAt) return Promise.reject(injection.error());
            return table.mutate(request);
          },
        };
      },
    }),
  };
  db.use(middleware);
  return injection;
}

/** Every table, every record, as one string: "unchanged" means equal to the byte. */
async function snapshot(db: TenureDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return canonicalJson(Object.fromEntries(tables));
}

const opened: TenureDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function exampleDbWith(setup?: (db: TenureDb) => Promise<unknown>) {
  const db = freshDb();
  opened.push(db);
  const injection = injectQuota(db);
  await workspaceRepo.importWorkspace(db, exampleWorkspace(), { fileName: 'example.tenure.json' }, TEST_CONTEXT);
  await setup?.(db);
  return { db, injection };
}

const absentFromTwoMeetings = (personId: string) => async (db: TenureDb) => {
  const meeting = (id: string, date: string): Meeting => ({
    id,
    committeeId: 'it',
    date,
    attendance: [
      ...['p13', 'p14', 'p15'].map((p) => ({ personId: p, status: 'present' as const })),
      { personId, status: 'absent' as const },
    ],
  });
  await meetingsRepo.saveMeeting(db, meeting('m-apr', '2021-04-15'), TEST_CONTEXT);
  await meetingsRepo.saveMeeting(db, meeting('m-may', '2021-05-20'), TEST_CONTEXT);
};
const notice = { sentOn: '2021-05-21', deadline: '2021-06-20', by: 'Daniel Whitford, Chair' };
const withDuplicate = async (db: TenureDb) => {
  await peopleRepo.savePerson(db, { id: 'p09-dup', name: 'Ana  Ruiz', languages: ['fr'] }, TEST_CONTEXT);
  await termsRepo.saveTerm(
    db,
    {
      id: 't-dup',
      personId: 'p09-dup',
      committeeId: 'it',
      kind: 'corresponding',
      start: '2011-01-01',
      end: '2012-01-01',
    },
    TEST_CONTEXT,
  );
};
const finalised = (db: TenureDb) =>
  electionsRepo.finaliseMembersElection(
    db,
    'e-2021-members',
    { elected: ['p01', 'p02'], notElected: [], reserve: [] },
    '2021-05-20',
    TEST_CONTEXT,
  );
const action: Action = {
  id: 'a-new',
  committeeId: 'it',
  title: 'A survey of library robots',
  focusArea: 'Technology for inclusive and sustainable libraries',
  tasks: [{ text: 'Write the survey', owners: ['p13'] }],
  owners: ['p13'],
  status: 'planned',
};
const sheet = [
  ['Name', 'Email', 'Country', 'Kind', 'Start', 'End'],
  ['Čano Tomić', 'cano@example.org', 'HR', 'elected', '2021-08-26', '2025-08-22'],
  ['Ana Ruiz', 'ana@example.org', '', '', '', ''],
];
async function spreadsheetPlan(db: TenureDb) {
  const mapping = guessColumns(sheet[0]!);
  const formats = detectDateColumns(sheet, mapping);
  let n = 0;
  return planSpreadsheetImport(sheet, {
    committeeId: 'it',
    mapping,
    dateFormats: { start: formats.start!.format, end: formats.end!.format },
    existing: { people: await db.people.toArray(), terms: await db.terms.where('committeeId').equals('it').toArray() },
    newId: (kind) => `${kind}-q${++n}`,
  });
}
const backups = () => createWebPlatform({ store: memoryStore(), now: () => new Date('2026-11-27T10:00:00.000Z') });

type Scenario = {
  /** The write function, as exported. */
  fn: (...args: never[]) => Promise<unknown>;
  setup?: (db: TenureDb) => Promise<unknown>;
  /** Prepares what the write needs without writing (a plan, a backup); returns the write itself. */
  prepare?: (db: TenureDb) => Promise<(db: TenureDb) => Promise<unknown>>;
  run?: (db: TenureDb) => Promise<unknown>;
};

const ctx = TEST_CONTEXT;
/** One scenario per repository write function; the completeness test below keeps this list whole. */
const SCENARIOS: Record<string, Scenario> = {
  saveAction: { fn: actionsRepo.saveAction, run: (db) => actionsRepo.saveAction(db, action, ctx) },
  updateFocusArea: {
    fn: actionsRepo.updateFocusArea,
    run: (db) =>
      actionsRepo.updateFocusArea(
        db,
        'it',
        'Technology for inclusive and sustainable libraries',
        { plan: '2019–21' },
        ctx,
      ),
  },
  recordProgress: {
    fn: actionsRepo.recordProgress,
    run: (db) =>
      actionsRepo.recordProgress(
        db,
        'a-robots-publication',
        { on: '2021-05-02', note: 'Published.', status: 'completed' },
        ctx,
      ),
  },
  deleteAction: { fn: actionsRepo.deleteAction, run: (db) => actionsRepo.deleteAction(db, 'a-green-it', ctx) },
  appendChanges: {
    fn: changeLogRepo.appendChanges,
    run: (db) =>
      changeLogRepo.appendChanges(db, [
        changeLogRepo.changeContent(ctx, 'update', 'people', 'p09', null, null, 'A note.'),
      ]),
  },
  saveCommittee: {
    fn: committeesRepo.saveCommittee,
    run: async (db) =>
      committeesRepo.saveCommittee(db, { ...(await db.committees.get('it'))!, name: 'IT Section' }, ctx, [
        { committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-p01-2017'], why: 'Agreed with HQ.' },
      ]),
  },
  createCommittee: {
    fn: committeesRepo.createCommittee,
    run: (db) => committeesRepo.createCommittee(db, { id: 'rare-books', name: 'Rare Books', kind: 'section' }, ctx),
  },
  saveElection: {
    fn: electionsRepo.saveElection,
    run: async (db) => {
      const election = (await db.elections.get('e-2021-members'))!;
      return electionsRepo.saveElection(
        db,
        { ...election, candidates: [...(election.candidates ?? []), { personId: 'p-new', consent: true }] },
        ctx,
        [{ id: 'p-new', name: 'New Candidate', country: 'PE' }],
      );
    },
  },
  finaliseMembersElection: { fn: electionsRepo.finaliseMembersElection, run: finalised },
  undoFinalisation: {
    fn: electionsRepo.undoFinalisation,
    setup: finalised,
    run: (db) => electionsRepo.undoFinalisation(db, 'e-2021-members', '2021-06-01', ctx),
  },
  recordOfficer: {
    fn: electionsRepo.recordOfficer,
    run: async (db) => {
      const chair = (await db.elections.get('e-2021-chair'))!;
      return electionsRepo.recordOfficer(
        db,
        {
          id: 'o-chair-2021',
          personId: 'p13',
          committeeId: 'it',
          role: 'chair',
          start: '2021-08-26',
          end: '2023-08-25',
        },
        ctx,
        {
          election: { ...chair, status: 'final', candidates: [{ personId: 'p13', outcome: 'elected' }] },
          overrides: [{ committeeId: 'it', code: 'officer.not-member', refs: ['offices/o-chair-2021'], why: 'HQ.' }],
        },
      );
    },
  },
  recordInactivityNotice: {
    fn: inactivityRepo.recordInactivityNotice,
    setup: absentFromTwoMeetings('p12'),
    run: (db) => inactivityRepo.recordInactivityNotice(db, 't-p12-2017', notice, ctx),
  },
  recordNoticeResponse: {
    fn: inactivityRepo.recordNoticeResponse,
    setup: async (db) => {
      await absentFromTwoMeetings('p12')(db);
      await inactivityRepo.recordInactivityNotice(db, 't-p12-2017', notice, ctx);
    },
    run: (db) => inactivityRepo.recordNoticeResponse(db, 't-p12-2017', '2021-06-01', ctx),
  },
  withdrawInactivityNotice: {
    fn: inactivityRepo.withdrawInactivityNotice,
    setup: async (db) => {
      await absentFromTwoMeetings('p12')(db);
      await inactivityRepo.recordInactivityNotice(db, 't-p12-2017', notice, ctx);
    },
    run: (db) => inactivityRepo.withdrawInactivityNotice(db, 't-p12-2017', ctx),
  },
  deemResigned: {
    fn: inactivityRepo.deemResigned,
    setup: async (db) => {
      await absentFromTwoMeetings('p05')(db);
      await inactivityRepo.recordInactivityNotice(db, 't-p05-2017', notice, ctx);
    },
    run: (db) => inactivityRepo.deemResigned(db, 't-p05-2017', '2021-06-21', ctx),
  },
  saveMeeting: {
    fn: meetingsRepo.saveMeeting,
    run: (db) =>
      meetingsRepo.saveMeeting(db, { id: 'm-lima', committeeId: 'it', date: '2021-06-10', title: 'Lima' }, ctx),
  },
  saveAttendance: {
    fn: meetingsRepo.saveAttendance,
    run: (db) =>
      meetingsRepo.saveAttendance(
        db,
        'm-2021-03-19',
        [{ personId: 'p13', status: 'present' }],
        [{ name: 'Helen Mandl', role: 'IFLA HQ' }],
        ctx,
      ),
  },
  saveMinutes: {
    fn: meetingsRepo.saveMinutes,
    run: (db) => meetingsRepo.saveMinutes(db, 'm-2021-03-19', '# Minutes\n\nEdited.', ctx),
  },
  deleteMeeting: { fn: meetingsRepo.deleteMeeting, run: (db) => meetingsRepo.deleteMeeting(db, 'm-2021-03-19', ctx) },
  recordOverrides: {
    fn: overridesRepo.recordOverrides,
    run: (db) =>
      overridesRepo.recordOverrides(
        db,
        [{ committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-x'], why: 'Agreed with HQ.' }],
        ctx,
      ),
  },
  keepFindingWithOverride: {
    fn: overridesRepo.keepFindingWithOverride,
    run: (db) =>
      overridesRepo.keepFindingWithOverride(
        db,
        { committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-p01-2017'], why: 'Agreed with HQ.' },
        ctx,
      ),
  },
  savePerson: {
    fn: peopleRepo.savePerson,
    run: async (db) => peopleRepo.savePerson(db, { ...(await db.people.get('p09'))!, email: 'ana@example.org' }, ctx),
  },
  mergePeople: {
    fn: peopleRepo.mergePeople,
    setup: withDuplicate,
    run: (db) => peopleRepo.mergePeople(db, 'p09', 'p09-dup', ctx),
  },
  mergeDuplicates: {
    fn: peopleRepo.mergeDuplicates,
    setup: withDuplicate,
    run: (db) => peopleRepo.mergeDuplicates(db, 'p09', ['p09-dup'], ctx),
  },
  importSpreadsheetRows: {
    fn: spreadsheetRepo.importSpreadsheetRows,
    prepare: async (db) => {
      const plan = await spreadsheetPlan(db);
      return (db) => spreadsheetRepo.importSpreadsheetRows(db, plan, { fileName: 'm.csv', committeeId: 'it' }, ctx);
    },
  },
  saveTerm: {
    fn: termsRepo.saveTerm,
    run: (db) =>
      termsRepo.saveTerm(
        db,
        { id: 't-new', personId: 'p-new', committeeId: 'it', kind: 'elected', start: '2021-08-26', end: '2025-08-22' },
        ctx,
        [{ committeeId: 'it', code: 'seats.elected.max', refs: ['terms/t-new'], why: 'Agreed with HQ.' }],
        { id: 'p-new', name: 'Nia Otieno', country: 'KE' },
      ),
  },
  endTermEarly: {
    fn: termsRepo.endTermEarly,
    run: (db) => termsRepo.endTermEarly(db, 't-p05-2017', '2020-06-30', 'resigned', ctx),
  },
  applyWhatIf: {
    fn: whatIfRepo.applyWhatIf,
    run: async (db) =>
      whatIfRepo.applyWhatIf(
        db,
        {
          newPeople: [{ id: 'p-new', name: 'Nia Otieno', country: 'KE' }],
          election: { ...(await db.elections.get('e-2021-members'))!, status: 'final', finalisedOn: '2021-06-01' },
          terms: [
            {
              id: 't-new-coopt',
              personId: 'p-new',
              committeeId: 'it',
              kind: 'coopted',
              start: '2021-10-01',
              end: '2023-08-25',
              cooption: { reason: 'diversity', approvedOn: '2021-09-20', approvedBy: 'Division Chair' },
            },
          ],
          offices: [],
        },
        ctx,
        [{ committeeId: 'it', code: 'seats.coopted.max', refs: ['terms/t-new-coopt'], why: 'Agreed with HQ.' }],
      ),
  },
  importWorkspace: {
    fn: workspaceRepo.importWorkspace,
    run: (db) => {
      const workspace = exampleWorkspace();
      workspace.people = workspace.people.map((p) => ({ ...p, notes: 'Imported again.' }));
      return workspaceRepo.importWorkspace(db, workspace, { fileName: 'again.tenure.json' }, ctx);
    },
  },
  saveActor: { fn: workspaceRepo.saveActor, run: (db) => workspaceRepo.saveActor(db, 'Grace Mwangi') },
  restoreBackup: {
    fn: restoreBackup,
    prepare: async (db) => {
      const api = backups();
      const backup = (await backUp(db, 'interval', api))!;
      return (db) => restoreBackup(db, backup, restoreContext(new Date('2026-11-27T11:00:00.000Z')), api);
    },
  },
};

/** Exports of the repositories that only read, or build values without touching the database. */
const NOT_WRITES = new Set([
  'readActionPlan',
  'changeContent',
  'readRecordHistory',
  'verifyChangeLog',
  'readCommitteeSummaries',
  'readExpiring',
  'overrideKey',
  'foldText',
  'findDuplicateGroups',
  'findPeopleNamedLike',
  'readPeopleDirectory',
  'readPersonReferences',
  'fillMissingDetails',
  'readPersonSlice',
  'readPersonHistory',
  'readFileOrder',
  'isWorkspaceEmpty',
  'readWorkspace',
  'previewImport',
  'readCommitteeSlice',
  'readActor',
]);

describe('a full disk on every write path (quality-anchors R11)', () => {
  it('has a scenario for every write function the repositories export', () => {
    const modules = import.meta.glob<Record<string, unknown>>(['./repositories/*.ts', '!./repositories/*.test.ts'], {
      eager: true,
    });
    const exported = Object.values(modules).flatMap((module) =>
      Object.entries(module).filter(([, value]) => typeof value === 'function'),
    );
    const writes = exported.filter(([name]) => !NOT_WRITES.has(name));
    expect(writes.length).toBeGreaterThan(25);
    for (const [name, fn] of writes) {
      expect(SCENARIOS[name], `no quota scenario for the write function ${name}`).toBeDefined();
      expect(SCENARIOS[name]!.fn).toBe(fn);
    }
  });

  it.for(Object.keys(SCENARIOS))(
    '%s: a QuotaExceededError on any of its writes leaves the database as it was',
    async (name, context) => {
      const scenario = SCENARIOS[name]!;
      const prepared = async () => {
        const { db, injection } = await exampleDbWith(scenario.setup);
        const write = scenario.prepare ? await scenario.prepare(db) : scenario.run!;
        return { db, injection, write };
      };

      // First, unhindered, to count the writes the function makes.
      const dry = await prepared();
      dry.injection.armed = true;
      await dry.write(dry.db);
      const writes = dry.injection.writes;
      expect(writes, `${name} wrote nothing`).toBeGreaterThan(0);

      for (let failAt = 1; failAt <= writes; failAt += 1) {
        const { db, injection, write } = await prepared();
        const before = await snapshot(db);
        Object.assign(injection, { armed: true, failAt, writes: 0, error: quotaErrors[failAt % 2]! });
        const outcome = await write(db).then(
          () => undefined,
          (error: unknown) => error,
        );
        injection.armed = false;
        expect(outcome, `${name}, write ${failAt} of ${writes}`).toBeInstanceOf(DiskFullError);
        expect((outcome as Error).message).toBe(DISK_FULL_MESSAGE);
        expect(await snapshot(db), `${name} left a partial write (write ${failAt} of ${writes} failed)`).toBe(before);
      }
      recordReliability(context, { quotaFailures: writes, quotaWriteFunctions: 1 });
    },
  );
});

describe('write errors', () => {
  it('recognises a full disk in every shape IndexedDB and Dexie give it', () => {
    const dom = new DOMException('Quota', 'QuotaExceededError');
    expect(isQuotaExceeded(dom)).toBe(true);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted', dom))).toBe(true);
    expect(isQuotaExceeded(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaExceeded(new Dexie.BulkError('bulk', [dom]))).toBe(true);
    expect(isQuotaExceeded({ name: 'AbortError', inner: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } })).toBe(true);
    expect(isQuotaExceeded(new Error('Something else'))).toBe(false);
    expect(isQuotaExceeded(new Dexie.AbortError('aborted'))).toBe(false);
  });
});
