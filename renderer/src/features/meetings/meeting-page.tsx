import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { createRulesContext } from '@shared/rules/context';
import type { Workspace } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { deleteMeeting } from '../../db/repositories/meetings-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../stores/app-store';
import { AgendaPanel } from './agenda-panel';
import { AttendancePanel } from './attendance-panel';
import { MeetingFormDialog } from './meeting-form-dialog';
import { MinutesPanel } from './minutes-panel';
import { useMeetingWords } from './use-meeting-words';
import { useErrorText } from '../../i18n/use-error-text';

const TABS = [{ id: 'attendance' }, { id: 'agenda' }, { id: 'minutes' }] as const;
type Tab = (typeof TABS)[number]['id'];

/** "← All meetings", its arrow pointing back in either direction of reading. */
function BackToList() {
  return (
    <FormattedMessage
      id="meetings.backToList"
      values={{ arrow: (chunks) => <span className="meetings-back-arrow">{chunks}</span> }}
    />
  );
}

/** One meeting: its details, and tabs to take attendance (with the live quorum), set the agenda and draft the minutes. */
export function MeetingPage({ slice, meetingId }: { slice: Workspace; meetingId: string }) {
  const navigate = useAppStore((s) => s.navigate);
  const [tab, setTab] = useState<Tab>('attendance');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const meeting = slice.meetings.find((m) => m.id === meetingId);
  const committee = slice.committees[0]!;
  const intl = useIntl();
  const format = useFormat();
  const words = useMeetingWords();

  if (!meeting) {
    return (
      <section>
        <p className="notice notice-warning">
          <FormattedMessage id="meetings.notFound" values={{ committee: <bdi>{committee.name}</bdi> }} />
        </p>
        <button type="button" className="btn" onClick={() => navigate({ screen: 'meetings' })}>
          <FormattedMessage id="meetings.allMeetings" />
        </button>
      </section>
    );
  }

  const time =
    meeting.startTime && meeting.endTime
      ? `${meeting.startTime}–${meeting.endTime}`
      : (meeting.startTime ?? meeting.endTime ?? '');
  const facts = [
    format.date(meeting.date, 'long'),
    [time, meeting.timeZone].filter(Boolean).join(' '),
    meeting.mode ? words.mode(meeting.mode) : '',
    meeting.place ?? '',
    meeting.languages?.length
      ? intl.formatMessage({ id: 'meetings.facts.languages' }, { languages: words.languages(meeting.languages) })
      : '',
    meeting.interpretation
      ? intl.formatMessage({ id: 'meetings.facts.interpretation' }, { interpretation: meeting.interpretation })
      : '',
  ].filter(Boolean);

  return (
    <section aria-labelledby="meeting-title">
      <button type="button" className="link-button meetings-back" onClick={() => navigate({ screen: 'meetings' })}>
        <BackToList />
      </button>
      <div className="screen-header">
        <div>
          <h1 id="meeting-title">
            <bdi>{words.meetingTitle(meeting)}</bdi>
          </h1>
          <p data-testid="meeting-facts">
            {facts.map((fact, i) => (
              <span key={i}>
                {i > 0 && intl.formatMessage({ id: 'meetings.facts.separator' })}
                <bdi>{fact}</bdi>
              </span>
            ))}
          </p>
        </div>
        <div className="meetings-header-buttons">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            <FormattedMessage id="meetings.edit" />
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setDeleting(true)}>
            <FormattedMessage id="meetings.delete" />
          </button>
        </div>
      </div>

      <div role="tablist" aria-label={intl.formatMessage({ id: 'meetings.tabs.label' })} className="meetings-tabs">
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
              // Right to left, the arrow keys follow the tabs as they are laid out.
              const forward = (event.key === 'ArrowRight') !== (document.documentElement.dir === 'rtl');
              const next = TABS[(index + (forward ? 1 : TABS.length - 1)) % TABS.length]!;
              setTab(next.id);
              document.getElementById(`meeting-tab-${next.id}`)?.focus();
            }}
          >
            <FormattedMessage id={`meetings.tabs.${t.id}`} />
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
          title={meeting.title?.trim() ?? ''}
          date={format.date(meeting.date, 'long')}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate({ screen: 'meetings' })}
        />
      )}
    </section>
  );
}

function DeleteMeetingDialog({
  meetingId,
  title,
  date,
  onClose,
  onDeleted,
}: {
  meetingId: string;
  title: string;
  date: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.deleteDialog.title' }, { hasTitle: title ? 'yes' : 'no', title, date })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.keepIt" />
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() =>
              void deleteMeeting(db, meetingId, context()).then(onDeleted, (e: unknown) => setError(errorText(e)))
            }
          >
            <FormattedMessage id="meetings.deleteDialog.confirm" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="meetings.deleteDialog.body" />
      </p>
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="meetings.deleteDialog.error" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
