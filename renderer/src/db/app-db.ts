import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { ChangeEntry } from '@shared/history/change-log';
import type { Action, Committee, Election, Meeting, Office, Person, Term } from '@shared/workspace/schema';
import { upgradeToV2 } from './migrations/v002-history-and-overrides';
import { asWriteError } from './write-errors';

/** A decision to keep a record that breaks a rule: who took it, when, why (rulebook "Severity levels"). */
export type RuleOverride = {
  id: string;
  committeeId: string;
  code: string;
  /** The records the finding is about, as `terms/t1`. */
  refs: string[];
  by: string;
  at: string;
  why: string;
  hqReference?: string;
};

export type MetaEntry = { key: string; value: unknown };

/**
 * The local store: one table per workspace array, records kept exactly as the file has them
 * (unknown fields included), plus settings, overrides and the hash-chained change log.
 *
 * The version chain is append-only (`SCHEMA_VERSIONS`): never edit or delete a released version,
 * add the next one.
 *
 * A transaction that fails because the disk is full rejects with a `DiskFullError`, whose message
 * is the plain sentence the screens show (quality-anchors R11); the transaction wrote nothing.
 */
export class TenureDb extends Dexie {
  committees!: EntityTable<Committee, 'id'>;
  people!: EntityTable<Person, 'id'>;
  terms!: EntityTable<Term, 'id'>;
  offices!: EntityTable<Office, 'id'>;
  elections!: EntityTable<Election, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  overrides!: EntityTable<RuleOverride, 'id'>;
  changes!: EntityTable<ChangeEntry, 'seq'>;

  constructor(name = 'tenure') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    const transaction = this.transaction;
    this.transaction = function (this: TenureDb, ...args: unknown[]) {
      return (transaction as (...a: unknown[]) => Promise<unknown>).apply(this, args).catch((error: unknown) => {
        throw asWriteError(error);
      });
    } as typeof this.transaction;
  }
}

/** Version 1: the workspace file's records, indexed for the screens' queries. */
export const SCHEMA_V1 = {
  committees: 'id, parentId',
  people: 'id, name',
  terms: 'id, committeeId, personId, end',
  offices: 'id, committeeId, personId, end',
  elections: 'id, committeeId',
  meetings: 'id, committeeId, date',
  actions: 'id, committeeId',
  meta: 'key',
};

/** Version 2: history (the change log) and rule overrides; a per-committee expiry index. */
export const SCHEMA_V2 = {
  terms: 'id, committeeId, personId, end, [committeeId+end]',
  overrides: 'id, committeeId',
  changes: 'seq, [table+recordId], at',
};

/**
 * Version 3: the change log loses its `at` index, which nothing queried; every entry of a
 * 10,000-row spreadsheet import paid for it (quality-anchors P1).
 */
export const SCHEMA_V3 = {
  changes: 'seq, [table+recordId]',
};

/** One released schema version: the stores it changes, and how it upgrades the version before it. */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

/**
 * Every released version, oldest first. A new version is one more line here; the migration test
 * (app-db.test.ts) then upgrades a 10k-row fixture of every earlier version to it.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3 },
];

export const ENTITY_TABLES = ['committees', 'people', 'terms', 'offices', 'elections', 'meetings', 'actions'] as const;
export type EntityTableName = (typeof ENTITY_TABLES)[number];
