import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseWorkspaceText } from '@shared/workspace/parse';
import type { Workspace } from '@shared/workspace/schema';
import { TenureDb } from '../db/app-db';
import { importWorkspace } from '../db/repositories/workspace-repo';

/** A fresh database per test on fake-indexeddb, and the example workspace to fill it with. */
export function freshDb(): TenureDb {
  return new TenureDb(`test-${Math.random().toString(36).slice(2)}`);
}

export function exampleWorkspace(): Workspace {
  const text = readFileSync(resolve(import.meta.dirname, '../../../examples/it-section-2021.tenure.json'), 'utf8');
  const result = parseWorkspaceText(text);
  if (!result.ok) throw new Error('the example workspace is invalid');
  return result.workspace;
}

export const TEST_CONTEXT = { actor: 'Grace Mwangi', at: '2026-11-27T10:00:00.000Z' };

export async function dbWithExample(): Promise<TenureDb> {
  const db = freshDb();
  await importWorkspace(db, exampleWorkspace(), { fileName: 'example.tenure.json' }, TEST_CONTEXT);
  return db;
}
