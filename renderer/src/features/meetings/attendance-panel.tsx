import { useMemo, useState } from 'react';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '@shared/domain/vocabulary';
import { roleLabel } from '@shared/meetings/minutes';
import type { RulesContext } from '@shared/rules/context';
import { expectedAttendees, quorumOf, type ExpectedAttendee } from '@shared/rules/quorum';
import type { Attendance, Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { saveAttendance } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import {
  attendanceFromSheet,
  guestRow,
  guestsFromRows,
  markUnmarked,
  sheetFromAttendance,
  type AttendanceSheet,
  type GuestRow,
} from './meeting-draft';

const STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
};

/** Attendance compared by content, whatever the order of its entries. */
function canonical(entries: readonly Attendance[]): string {
  return JSON.stringify(
    [...entries]
      .map((e) => ({ personId: e.personId, status: e.status, remote: e.remote === true }))
      .sort((a, b) => (a.personId < b.personId ? -1 : 1)),
  );
}

/**
 * Taking attendance: the roster of the meeting's date, voting members apart from observers, one
 * choice per person, guests by name; the quorum is recomputed on every click.
 */
export function AttendancePanel({ ctx, meeting }: { ctx: RulesContext; meeting: Meeting }) {
  const expected = useMemo(
    () => expectedAttendees(ctx, meeting.committeeId, meeting.date),
    [ctx, meeting.committeeId, meeting.date],
  );
  const params = ctx.paramsOn(meeting.committeeId, meeting.date);
  const hybrid = meeting.mode === 'hybrid';
  const [sheet, setSheet] = useState<AttendanceSheet>(() => sheetFromAttendance(meeting.attendance));
  const [guests, setGuests] = useState<GuestRow[]>(() => (meeting.guests ?? []).map(guestRow));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();

  const attendance = attendanceFromSheet(sheet, expected, hybrid);
  const guestList = guestsFromRows(guests);
  const quorum = quorumOf(expected, attendance, params, guestList.length);
  const dirty =
    canonical(attendance) !== canonical(meeting.attendance ?? []) ||
    JSON.stringify(guestList) !== JSON.stringify(meeting.guests ?? []);

  const onRoster = new Set([...expected.members, ...expected.observers].map((p) => p.personId));
  const others: ExpectedAttendee[] = (meeting.attendance ?? [])
    .filter((a) => !onRoster.has(a.personId))
    .map((a) => ({
      personId: a.personId,
      name: ctx.nameOf(a.personId),
      termId: '',
      kind: 'corresponding',
      votes: false,
      right: { votes: false, rule: 'R-50', why: 'not on the roster on the meeting date' },
      roles: [],
    }));

  const everyone = [...expected.members, ...expected.observers].map((p) => p.personId);

  async function save() {
    setError('');
    try {
      await saveAttendance(db, meeting.id, attendance, guestList, context());
      setStatus(`Attendance saved: ${quorum.summary}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const rows = (people: readonly ExpectedAttendee[], caption: string, note: string) => (
    <table className="plain-table attendance-table" aria-label={caption}>
      <caption>
        <strong>{caption}</strong> <span className="meetings-muted">{note}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Role</th>
          <th scope="col">Attendance</th>
          {hybrid && <th scope="col">Online</th>}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const row = sheet[person.personId];
          return (
            <tr key={person.personId} aria-label={person.name}>
              <th scope="row">{person.name}</th>
              <td>{roleLabel(person).replace(/^ \(|\)$/g, '') || (person.votes ? 'Member' : person.right.why)}</td>
              <td>
                <fieldset className="attendance-choice">
                  <legend className="visually-hidden">Attendance of {person.name}</legend>
                  {ATTENDANCE_STATUSES.map((s) => (
                    <label key={s}>
                      <input
                        type="radio"
                        name={`attendance-${person.personId}`}
                        value={s}
                        checked={row?.status === s}
                        onChange={() =>
                          setSheet((prev) => ({ ...prev, [person.personId]: { ...prev[person.personId], status: s } }))
                        }
                      />
                      {STATUS_LABELS[s]}
                    </label>
                  ))}
                </fieldset>
              </td>
              {hybrid && (
                <td>
                  <label className="meetings-check">
                    <input
                      type="checkbox"
                      checked={Boolean(row?.remote)}
                      disabled={row?.status !== 'present'}
                      onChange={(e) =>
                        setSheet((prev) => ({
                          ...prev,
                          [person.personId]: { ...prev[person.personId], remote: e.target.checked },
                        }))
                      }
                    />
                    <span className="visually-hidden">{person.name} took part </span>online
                  </label>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <div className="attendance-panel">
      <div
        className={`card quorum-live ${quorum.reached ? 'quorum-reached' : 'quorum-short'}`}
        role="status"
        aria-live="polite"
        aria-label="Quorum"
        data-testid="quorum"
      >
        <p className="quorum-figure">
          <strong>{quorum.reached ? 'Quorum reached' : 'No quorum yet'}</strong>: {quorum.present} of{' '}
          {quorum.votingMembers} voting members present, {quorum.required} needed.
        </p>
        <p className="meetings-muted">
          {quorum.unmarked > 0 ? `${quorum.unmarked} voting members not marked yet. ` : ''}
          {quorum.presentWithoutVote > 0
            ? `${quorum.presentWithoutVote} present without a vote (observers and guests do not count, R-49). `
            : ''}
        </p>
      </div>

      <div className="attendance-tools">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setSheet((prev) => markUnmarked(prev, everyone, 'present'))}
        >
          Mark the rest present
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setSheet((prev) => markUnmarked(prev, everyone, 'absent'))}
        >
          Mark the rest absent
        </button>
      </div>

      {rows(expected.members, 'Voting members', `(${expected.members.length}, on the roster of ${meeting.date})`)}
      {expected.observers.length > 0 &&
        rows(
          expected.observers,
          'Observers on the roster',
          '(corresponding and ex officio members, SIG Convenors: no vote, not in the quorum)',
        )}
      {others.length > 0 && rows(others, 'Recorded earlier, not on the roster that day', '')}

      <fieldset className="guests card">
        <legend>Guests and observers not on the roster</legend>
        <p className="meetings-muted">IFLA HQ staff, invited speakers, incoming members. They never vote.</p>
        {guests.map((guest, i) => (
          <div key={guest.key} className="guest-row">
            <label className="field">
              Guest {i + 1} name
              <input
                value={guest.name}
                onChange={(e) =>
                  setGuests((prev) => prev.map((g) => (g.key === guest.key ? { ...g, name: e.target.value } : g)))
                }
              />
            </label>
            <label className="field">
              Guest {i + 1} role
              <input
                value={guest.role}
                placeholder="IFLA HQ"
                onChange={(e) =>
                  setGuests((prev) => prev.map((g) => (g.key === guest.key ? { ...g, role: e.target.value } : g)))
                }
              />
            </label>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={`Remove guest ${i + 1}`}
              onClick={() => setGuests((prev) => prev.filter((g) => g.key !== guest.key))}
            >
              Remove
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setGuests((prev) => [...prev, guestRow()])}>
          Add a guest
        </button>
      </fieldset>

      <div className="meetings-save">
        <button type="button" className="btn btn-primary" disabled={!dirty} onClick={() => void save()}>
          Save attendance
        </button>
        <button
          type="button"
          className="btn"
          disabled={!dirty}
          onClick={() => {
            setSheet(sheetFromAttendance(meeting.attendance));
            setGuests((meeting.guests ?? []).map(guestRow));
          }}
        >
          Undo changes
        </button>
        <span className="meetings-muted" role="status">
          {dirty ? 'Unsaved changes.' : status}
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </div>
  );
}
