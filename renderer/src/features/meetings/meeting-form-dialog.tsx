import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MEETING_MODES, type MeetingMode } from '@shared/domain/vocabulary';
import type { Meeting } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { saveMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import { draftFromMeeting, meetingFromDraft, validateMeetingDraft, type MeetingDraft } from './meeting-draft';
import { useMeetingWords } from './use-meeting-words';
import { useErrorText } from '../../i18n/use-error-text';

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
  const intl = useIntl();
  const errorText = useErrorText();
  const words = useMeetingWords();
  const t = (id: string) => intl.formatMessage({ id: `meetings.form.${id}` });

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
      setError(errorText(e));
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
            <FormattedMessage id={`meetings.form.problem.${problem.problem}`} values={problem.values} />
          </small>
        )}
      </label>
    );
  };

  return (
    <Dialog
      title={t(meeting ? 'titleEdit' : 'titleNew')}
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.cancel" />
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            <FormattedMessage id={meeting ? 'meetings.form.saveEdit' : 'meetings.form.saveNew'} />
          </button>
        </>
      }
    >
      <div className="form-grid">
        {field(
          'title',
          t('title'),
          <input
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            placeholder={t('titlePlaceholder')}
          />,
        )}
        {field(
          'date',
          t('date'),
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
          t('startTime'),
          <input
            type="time"
            value={draft.startTime}
            aria-invalid={Boolean(problemOf('startTime'))}
            onChange={(e) => set('startTime', e.target.value)}
          />,
        )}
        {field(
          'endTime',
          t('endTime'),
          <input
            type="time"
            value={draft.endTime}
            aria-invalid={Boolean(problemOf('endTime'))}
            onChange={(e) => set('endTime', e.target.value)}
          />,
        )}
        {field(
          'timeZone',
          t('timeZone'),
          <input
            value={draft.timeZone}
            list="meeting-time-zones"
            placeholder={t('timeZonePlaceholder')}
            onChange={(e) => set('timeZone', e.target.value)}
          />,
        )}
        {field(
          'mode',
          t('mode'),
          <select value={draft.mode} onChange={(e) => set('mode', e.target.value as MeetingMode | '')}>
            <option value="">{t('modeNone')}</option>
            {MEETING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {words.mode(mode)}
              </option>
            ))}
          </select>,
          t('modeHint'),
        )}
        {field(
          'place',
          t('place'),
          <input
            value={draft.place}
            aria-invalid={Boolean(problemOf('place'))}
            placeholder={t('placePlaceholder')}
            onChange={(e) => set('place', e.target.value)}
          />,
        )}
        {field(
          'languages',
          t('languages'),
          <input
            value={draft.languages}
            aria-invalid={Boolean(problemOf('languages'))}
            placeholder={t('languagesPlaceholder')}
            onChange={(e) => set('languages', e.target.value)}
          />,
          t('languagesHint'),
        )}
      </div>
      {field(
        'interpretation',
        t('interpretation'),
        <input
          value={draft.interpretation}
          placeholder={t('interpretationPlaceholder')}
          onChange={(e) => set('interpretation', e.target.value)}
        />,
      )}
      {field(
        'notes',
        t('notes'),
        <textarea rows={2} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />,
      )}
      <datalist id="meeting-time-zones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="meetings.notSaved" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
