import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ATTENDANCE_STATUSES } from '@shared/domain/vocabulary';
import type { RulesContext } from '@shared/rules/context';
import { expectedAttendees, quorumOf, type ExpectedAttendee } from '@shared/rules/quorum';
import type { Attendance, Meeting } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { saveAttendance } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFormat } from '../../i18n/use-format';
import {
  attendanceFromSheet,
  guestRow,
  guestsFromRows,
  markUnmarked,
  sheetFromAttendance,
  type AttendanceSheet,
  type GuestRow,
} from './meeting-draft';
import { useMeetingWords } from './use-meeting-words';
import { useErrorText } from '../../i18n/use-error-text';

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
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();
  const words = useMeetingWords();

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
      setStatus(intl.formatMessage({ id: 'meetings.attendance.saved' }, { summary: words.quorumSummary(quorum) }));
    } catch (e) {
      setError(errorText(e));
    }
  }

  const rows = (people: readonly ExpectedAttendee[], caption: string, note: string) => (
    <table className="plain-table attendance-table" aria-label={caption}>
      <caption>
        <strong>{caption}</strong>
        {note && <span className="meetings-muted meetings-note">{note}</span>}
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage id="meetings.attendance.name" />
          </th>
          <th scope="col">
            <FormattedMessage id="meetings.attendance.role" />
          </th>
          <th scope="col">
            <FormattedMessage id="meetings.attendance.attendance" />
          </th>
          {hybrid && (
            <th scope="col">
              <FormattedMessage id="meetings.attendance.online" />
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => {
          const row = sheet[person.personId];
          return (
            <tr key={person.personId} aria-label={person.name}>
              <th scope="row">
                <bdi>{person.name}</bdi>
              </th>
              <td>{words.role(person)}</td>
              <td>
                <fieldset className="attendance-choice">
                  <legend className="visually-hidden">
                    <FormattedMessage id="meetings.attendance.of" values={{ name: person.name }} />
                  </legend>
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
                      <FormattedMessage id={`meetings.attendance.status.${s}`} />
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
                    <FormattedMessage
                      id="meetings.attendance.tookPartOnline"
                      values={{
                        name: person.name,
                        hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                      }}
                    />
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
        aria-label={intl.formatMessage({ id: 'meetings.attendance.quorumLabel' })}
        data-testid="quorum"
      >
        <p className="quorum-figure">
          <FormattedMessage
            id="meetings.attendance.quorum"
            values={{
              strong: (chunks) => <strong>{chunks}</strong>,
              reached: quorum.reached ? 'yes' : 'no',
              present: quorum.present,
              voting: quorum.votingMembers,
              required: quorum.required,
            }}
          />
        </p>
        <p className="meetings-muted">
          {quorum.unmarked > 0 && (
            <FormattedMessage id="meetings.attendance.unmarked" values={{ count: quorum.unmarked }} />
          )}
          {quorum.unmarked > 0 && quorum.presentWithoutVote > 0 && intl.formatMessage({ id: 'meetings.space' })}
          {quorum.presentWithoutVote > 0 && (
            <FormattedMessage id="meetings.attendance.withoutVote" values={{ count: quorum.presentWithoutVote }} />
          )}
        </p>
      </div>

      <div className="attendance-tools">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setSheet((prev) => markUnmarked(prev, everyone, 'present'))}
        >
          <FormattedMessage id="meetings.attendance.markPresent" />
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => setSheet((prev) => markUnmarked(prev, everyone, 'absent'))}
        >
          <FormattedMessage id="meetings.attendance.markAbsent" />
        </button>
      </div>

      {rows(
        expected.members,
        intl.formatMessage({ id: 'meetings.attendance.voting' }),
        intl.formatMessage(
          { id: 'meetings.attendance.votingNote' },
          { count: expected.members.length, date: format.date(meeting.date, 'long') },
        ),
      )}
      {expected.observers.length > 0 &&
        rows(
          expected.observers,
          intl.formatMessage({ id: 'meetings.attendance.observers' }),
          intl.formatMessage({ id: 'meetings.attendance.observersNote' }),
        )}
      {others.length > 0 && rows(others, intl.formatMessage({ id: 'meetings.attendance.others' }), '')}

      <fieldset className="guests card">
        <legend>
          <FormattedMessage id="meetings.guests.title" />
        </legend>
        <p className="meetings-muted">
          <FormattedMessage id="meetings.guests.hint" />
        </p>
        {guests.map((guest, i) => (
          <div key={guest.key} className="guest-row">
            <label className="field">
              <FormattedMessage id="meetings.guests.name" values={{ number: i + 1 }} />
              <input
                value={guest.name}
                onChange={(e) =>
                  setGuests((prev) => prev.map((g) => (g.key === guest.key ? { ...g, name: e.target.value } : g)))
                }
              />
            </label>
            <label className="field">
              <FormattedMessage id="meetings.guests.role" values={{ number: i + 1 }} />
              <input
                value={guest.role}
                placeholder={intl.formatMessage({ id: 'meetings.guests.rolePlaceholder' })}
                onChange={(e) =>
                  setGuests((prev) => prev.map((g) => (g.key === guest.key ? { ...g, role: e.target.value } : g)))
                }
              />
            </label>
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={intl.formatMessage({ id: 'meetings.guests.removeLabel' }, { number: i + 1 })}
              onClick={() => setGuests((prev) => prev.filter((g) => g.key !== guest.key))}
            >
              <FormattedMessage id="meetings.remove" />
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-small" onClick={() => setGuests((prev) => [...prev, guestRow()])}>
          <FormattedMessage id="meetings.guests.add" />
        </button>
      </fieldset>

      <div className="meetings-save">
        <button type="button" className="btn btn-primary" disabled={!dirty} onClick={() => void save()}>
          <FormattedMessage id="meetings.attendance.save" />
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
          <FormattedMessage id="meetings.undo" />
        </button>
        <span className="meetings-muted" role="status">
          {dirty ? intl.formatMessage({ id: 'meetings.unsaved' }) : status}
        </span>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="meetings.notSaved" values={{ error }} />
        </p>
      )}
    </div>
  );
}
