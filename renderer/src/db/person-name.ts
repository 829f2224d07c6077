import type { TenureDb } from './app-db';

/** A person's name for a change-log summary; the id when the person is gone. */
export async function personName(db: TenureDb, personId: string): Promise<string> {
  return (await db.people.get(personId))?.name ?? personId;
}
