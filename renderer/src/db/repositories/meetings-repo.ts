import { formatPath } from '@shared/workspace/parse';
import { meetingSchema, type Attendance, type Guest, type Meeting } from '@shared/workspace/schema';
import type { TenureDb } from '../app-db';
import { appendChanges, changeContent, type WriteContext } from './change-log-repo';
import { RepositoryError } from '../repository-error';

/** Refuses a meeting the workspace file could not hold, naming every problem by its field. */
function assertValidMeeting(meeting: Meeting): void {
  const parsed = meetingSchema.safeParse(meeting);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    throw new RepositoryError('db.meeting.invalid', { problems: problems.join('; ') });
  }
}

function label(meeting: Meeting): string {
  return `${meeting.title?.trim() || 'the meeting'} of ${meeting.date}`;
}

/** Adds or replaces a meeting (details, agenda, attendance, minutes) with its change-log entry. */
export async function saveMeeting(
  db: TenureDb,
  meeting: Meeting,
  context: WriteContext,
  summary?: string,
): Promise<void> {
  assertValidMeeting(meeting);
  await db.transaction('rw', [db.meetings, db.committees, db.people, db.changes], async () => {
    if (!(await db.committees.get(meeting.committeeId))) {
      throw new RepositoryError('db.committee.noSuch', { id: meeting.committeeId });
    }
    const people = new Set([
      ...(meeting.attendance ?? []).map((a) => a.personId),
      ...(meeting.guests ?? []).flatMap((g) => (g.personId ? [g.personId] : [])),
    ]);
    const found = await db.people.bulkGet([...people]);
    const missing = [...people].filter((_, i) => !found[i]);
    if (missing.length > 0) throw new RepositoryError('db.person.notFound', { id: missing.join(', ') });
    const before = await db.meetings.get(meeting.id);
    await db.meetings.put(meeting);
    await appendChanges(db, [
      changeContent(
        context,
        before ? 'update' : 'create',
        'meetings',
        meeting.id,
        before,
        meeting,
        summary ?? `${before ? 'Changed' : 'Added'} ${label(meeting)}.`,
      ),
    ]);
  });
}

/** Records who attended (and who sent apologies or was absent), and the guests, in one write. */
export async function saveAttendance(
  db: TenureDb,
  meetingId: string,
  attendance: readonly Attendance[],
  guests: readonly Guest[],
  context: WriteContext,
): Promise<void> {
  const before = await db.meetings.get(meetingId);
  if (!before) throw new RepositoryError('db.meeting.notFound', { id: meetingId });
  const count = (status: Attendance['status']) => attendance.filter((a) => a.status === status).length;
  const { attendance: _a, guests: _g, ...rest } = before;
  const after: Meeting = {
    ...rest,
    ...(attendance.length > 0 ? { attendance: [...attendance] } : {}),
    ...(guests.length > 0 ? { guests: [...guests] } : {}),
  };
  await saveMeeting(
    db,
    after,
    context,
    `Recorded attendance at ${label(before)}: ${count('present')} present, ${count('apologies')} apologies, ${count('absent')} absent, ${guests.length} ${guests.length === 1 ? 'guest' : 'guests'}.`,
  );
}

/** Keeps the secretary's edited minutes on the meeting (an empty text removes them). */
export async function saveMinutes(db: TenureDb, meetingId: string, minutes: string, context: WriteContext) {
  const before = await db.meetings.get(meetingId);
  if (!before) throw new RepositoryError('db.meeting.notFound', { id: meetingId });
  const { minutes: _m, ...rest } = before;
  const after: Meeting = minutes.trim() === '' ? rest : { ...rest, minutes };
  await saveMeeting(db, after, context, `Saved the draft minutes of ${label(before)}.`);
}

/** Removes a meeting; its attendance goes with it (and with it any inactivity flag it raised). */
export async function deleteMeeting(db: TenureDb, meetingId: string, context: WriteContext): Promise<void> {
  await db.transaction('rw', [db.meetings, db.changes], async () => {
    const before = await db.meetings.get(meetingId);
    if (!before) throw new RepositoryError('db.meeting.notFound', { id: meetingId });
    await db.meetings.delete(meetingId);
    await appendChanges(db, [
      changeContent(context, 'delete', 'meetings', meetingId, before, null, `Deleted ${label(before)}.`),
    ]);
  });
}
