import { useMemo, useState, type ReactNode } from 'react';
import { MEETING_MODES, type MeetingMode } from '@shared/domain/vocabulary';
import { MODE_LABELS } from '@shared/meetings/minutes';
import type { Meeting } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import { draftFromMeeting, meetingFromDraft, validateMeetingDraft, type MeetingDraft } from './meeting-draft';

/** Time zones the platform knows, offered as suggestions (any text, such as "EST", is kept). */
function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** A meeting's details: title, date and time, mode, place, time zone, languages and interpretation. */
export function MeetingFormDialog({
  committeeId,
  meeting,
  defaultDate,
  onClose,
  onSaved,
}: {
  committeeId: string;
  meeting?: Meeting;
  defaultDate: string;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const [draft, setDraft] = useState<MeetingDraft>(() => draftFromMeeting(meeting, defaultDate));
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const problems = validateMeetingDraft(draft);
  const problemOf = (field: keyof MeetingDraft) => (touched ? problems.find((p) => p.field === field) : undefined);
  const zones = useMemo(() => timeZones(), []);

  const set = <K extends keyof MeetingDraft>(field: K, value: MeetingDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  async function save() {
    setTouched(true);
    if (problems.length > 0) return;
    const base: Meeting = meeting ?? {
      id: newId('m', `${draft.date}-${draft.title}`),
      committeeId,
      date: draft.date,
    };
    const after = meetingFromDraft(draft, base);
    try {
      await saveMeeting(db, after, context());
      onSaved?.(after.id);
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  const field = (name: keyof MeetingDraft, label: string, input: ReactNode, hint?: string): ReactNode => {
    const problem = problemOf(name);
    return (
      <label className="field">
        {label}
        {input}
        {hint && <small>{hint}</small>}
        {problem && (
          <small className="meeting-problem" role="alert">
            {problem.message}
          </small>
        )}
      </label>
    );
  };

  return (
    <Dialog
      title={meeting ? 'Meeting details' : 'New meeting'}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            {meeting ? 'Save the details' : 'Add the meeting'}
          </button>
        </>
      }
    >
      <div className="form-grid">
        {field(
          'title',
          'Title',
          <input value={draft.title} onChange={(e) => set('title', e.target.value)} placeholder="Mid-term meeting" />,
        )}
        {field(
          'date',
          'Date',
          <input
            type="date"
            value={draft.date}
            required
            aria-invalid={Boolean(problemOf('date'))}
            onChange={(e) => set('date', e.target.value)}
          />,
        )}
        {field(
          'startTime',
          'Starts at',
          <input
            type="time"
            value={draft.startTime}
            aria-invalid={Boolean(problemOf('startTime'))}
            onChange={(e) => set('startTime', e.target.value)}
          />,
        )}
        {field(
          'endTime',
          'Ends at',
          <input
            type="time"
            value={draft.endTime}
            aria-invalid={Boolean(problemOf('endTime'))}
            onChange={(e) => set('endTime', e.target.value)}
          />,
        )}
        {field(
          'timeZone',
          'Time zone',
          <input
            value={draft.timeZone}
            list="meeting-time-zones"
            placeholder="Europe/Amsterdam, or EST"
            onChange={(e) => set('timeZone', e.target.value)}
          />,
        )}
        {field(
          'mode',
          'Mode',
          <select value={draft.mode} onChange={(e) => set('mode', e.target.value as MeetingMode | '')}>
            <option value="">Not recorded</option>
            {MEETING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {MODE_LABELS[mode]}
              </option>
            ))}
          </select>,
          'Virtual meetings count as meetings for the inactivity rule (R-23).',
        )}
        {field(
          'place',
          'Place',
          <input
            value={draft.place}
            aria-invalid={Boolean(problemOf('place'))}
            placeholder="City and venue"
            onChange={(e) => set('place', e.target.value)}
          />,
        )}
        {field(
          'languages',
          'Languages',
          <input
            value={draft.languages}
            aria-invalid={Boolean(problemOf('languages'))}
            placeholder="en, es"
            onChange={(e) => set('languages', e.target.value)}
          />,
          'Language codes, separated by commas.',
        )}
      </div>
      {field(
        'interpretation',
        'Interpretation',
        <input
          value={draft.interpretation}
          placeholder="e.g. simultaneous English–Spanish, or live captions with translation"
          onChange={(e) => set('interpretation', e.target.value)}
        />,
      )}
      {field(
        'notes',
        'Notes',
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />,
      )}
      <datalist id="meeting-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was saved: {error}
        </p>
      )}
    </Dialog>
  );
}
