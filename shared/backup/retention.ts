import { newestFirst, type BackupInfo } from './catalog';

/**
 * Which backups to keep (the policy of Actual Budget's backups, quality-anchors B2): the newest
 * few of today, then the newest one of each earlier day, and never more than a total cap.
 */
export type RetentionPolicy = { today: number; perEarlierDay: number; max: number };
export const RETENTION: RetentionPolicy = { today: 3, perEarlierDay: 1, max: 10 };

/**
 * Splits `backups` into those to keep and those to delete. `dayOf` gives the calendar day a
 * backup was made on in the user's time zone, and `today` is that day for now: both come from the
 * caller, so this stays pure.
 */
export function selectRetained(
  backups: readonly BackupInfo[],
  today: string,
  dayOf: (backup: BackupInfo) => string,
  policy: RetentionPolicy = RETENTION,
): { keep: BackupInfo[]; remove: BackupInfo[] } {
  const keep: BackupInfo[] = [];
  const remove: BackupInfo[] = [];
  const perDay = new Map<string, number>();
  for (const backup of newestFirst(backups)) {
    const day = dayOf(backup);
    const allowed = day >= today ? policy.today : policy.perEarlierDay;
    const taken = perDay.get(day) ?? 0;
    if (taken < allowed && keep.length < policy.max) {
      keep.push(backup);
      perDay.set(day, taken + 1);
    } else {
      remove.push(backup);
    }
  }
  return { keep, remove };
}
