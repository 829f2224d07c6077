import { useMemo, useState } from 'react';
import { languageList, longDate, MODE_LABELS } from '@shared/meetings/minutes';
import { createRulesContext } from '@shared/rules/context';
import type { Workspace } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { deleteMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useAppStore } from '../../stores/app-store';
import { AgendaPanel } from './agenda-panel';
import { AttendancePanel } from './attendance-panel';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MinutesPanel } from './minutes-panel';

const TABS = [
  { id: 'attendance', label: 'Attendance' },
  { id: 'agenda', label: 'Agenda' },
  { id: 'minutes', label: 'Minutes' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** One meeting: its details, and tabs to take attendance (with the live quorum), set the agenda and draft the minutes. */
export function MeetingPage({ slice, meetingId }: { slice: Workspace; meetingId: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const [tab, setTab] = useState<Tab>('attendance');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const meeting = slice.meetings.find((m) => m.id === meetingId);
  const committee = slice.committees[0]!;

  if (!meeting) {
    return (
      <section>
        <p className="notice notice-warning">This meeting is not among the records of {committee.name}.</p>
        <button type="button" className="btn" onClick={() => navigate({ screen: 'meetings' })}>
          All meetings
        </button>
      </section>
    );
  }

  const time =
    meeting.startTime && meeting.endTime
      ? `${meeting.startTime}–${meeting.endTime}`
      : (meeting.startTime ?? meeting.endTime ?? '');
  const facts = [
    longDate(meeting.date),
    [time, meeting.timeZone].filter(Boolean).join(' '),
    meeting.mode ? MODE_LABELS[meeting.mode] : '',
    meeting.place ?? '',
    meeting.languages?.length ? `Languages: ${languageList(meeting.languages)}` : '',
    meeting.interpretation ? `Interpretation: ${meeting.interpretation}` : '',
  ].filter(Boolean);

  return (
    <section aria-labelledby="meeting-title">
      <button type="button" className="link-button meetings-back" onClick={() => navigate({ screen: 'meetings' })}>
        ← All meetings
      </button>
      <div className="screen-header">
        <div>
          <h1 id="meeting-title">{meeting.title?.trim() || `Meeting of ${meeting.date}`}</h1>
          <p data-testid="meeting-facts">{facts.join(' · ')}</p>
        </div>
        <div className="meetings-header-buttons">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit details…
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setDeleting(true)}>
            Delete…
          </button>
        </div>
      </div>

      <div role="tablist" aria-label="Meeting" className="meetings-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`meeting-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`meeting-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="meetings-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const index = TABS.findIndex((x) => x.id === tab);
              const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`meeting-tab-${next.id}`)?.focus();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`meeting-panel-${tab}`} aria-labelledby={`meeting-tab-${tab}`}>
        {tab === 'attendance' && <AttendancePanel key={`${meeting.id}-${meeting.date}`} ctx={ctx} meeting={meeting} />}
        {tab === 'agenda' && <AgendaPanel key={meeting.id} meeting={meeting} />}
        {tab === 'minutes' && (
          <MinutesPanel key={meeting.id} ctx={ctx} meeting={meeting} committeeName={committee.name} />
        )}
      </div>

      {editing && (
        <MeetingFormDialog
          committeeId={committee.id}
          meeting={meeting}
          defaultDate={meeting.date}
          onClose={() => setEditing(false)}
        />
      )}
      {deleting && (
        <DeleteMeetingDialog
          meetingId={meeting.id}
          label={meeting.title?.trim() || `the meeting of ${meeting.date}`}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate({ screen: 'meetings' })}
        />
      )}
    </section>
  );
}

function DeleteMeetingDialog({
  meetingId,
  label,
  onClose,
  onDeleted,
}: {
  meetingId: string;
  label: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  return (
    <Dialog
      title={`Delete ${label}?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Keep it
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() =>
              void deleteMeeting(db, meetingId, context()).then(onDeleted, (e: unknown) =>
                setError(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            Delete the meeting
          </button>
        </>
      }
    >
      <p>Its attendance, agenda and minutes go with it; the history keeps a copy.</p>
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was deleted: {error}
        </p>
      )}
    </Dialog>
  );
}
