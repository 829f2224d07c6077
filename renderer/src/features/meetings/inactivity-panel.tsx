import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate, maxDate } from '@shared/domain/dates';
import type { RulesContext } from '@shared/rules/context';
import { defaultNoticeDeadline, inactivityOn, type InactivityEntry } from '@shared/rules/inactivity';
import { isActiveOn } from '@shared/rules/terms';
import type { Workspace } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import {
  deemResigned,
  recordInactivityNotice,
  recordNoticeResponse,
  withdrawInactivityNotice,
} from '../../db/repositories/inactivity-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../../stores/app-store';
import { deemBlockedReason } from './meeting-draft';
import { useErrorText } from '../../i18n/use-error-text';

type Open = { kind: 'notice' | 'answer' | 'deem' | 'withdraw'; entry: InactivityEntry } | undefined;

/**
 * R-23 on the chosen date: members absent without apologies from the last N meetings, and where
 * each stands in the procedure (notice, deadline, answer). "Deem resigned" is offered only once the
 * deadline has passed; it ends the term and opens a casual vacancy.
 */
export function InactivityPanel({ slice, ctx, asOf }: { slice: Workspace; ctx: RulesContext; asOf: string }) {
  const committee = slice.committees[0]!;
  const entries = useMemo(() => inactivityOn(ctx, committee.id, asOf), [ctx, committee.id, asOf]);
  const threshold = ctx.paramsOn(committee.id, asOf).inactivityMissedMeetings;
  const [open, setOpen] = useState<Open>();
  const close = () => setOpen(undefined);
  const intl = useIntl();
  const format = useFormat();
  const date = (iso: string) => format.date(iso, 'long');

  return (
    <section className="inactivity-panel" aria-labelledby="inactivity-title">
      <h2 id="inactivity-title">
        <FormattedMessage id="meetings.inactivity.title" />
      </h2>
      <p className="meetings-muted">
        <FormattedMessage id="meetings.inactivity.intro" values={{ date: date(asOf), threshold }} />
      </p>
      {entries.length === 0 ? (
        <p className="notice notice-info">
          <FormattedMessage id="meetings.inactivity.none" values={{ date: date(asOf) }} />
        </p>
      ) : (
        <ul className="inactivity-list">
          {entries.map((entry) => (
            <li key={entry.personId} className="card inactivity-entry" aria-label={entry.name}>
              <div className="inactivity-head">
                <strong>
                  <bdi>{entry.name}</bdi>
                </strong>
                <span className={entry.state === 'deadline-passed' ? 'badge badge-warning' : 'badge'}>
                  <FormattedMessage id={`meetings.inactivity.state.${entry.state}`} />
                </span>
              </div>
              {entry.missed.length > 0 && (
                <p>
                  <FormattedMessage
                    id="meetings.inactivity.missed"
                    values={{
                      dates: entry.missed
                        .map((m) => date(m.date))
                        .join(intl.formatMessage({ id: 'meetings.inactivity.dateSeparator' })),
                    }}
                  />
                </p>
              )}
              {entry.notice && (
                <p>
                  <FormattedMessage
                    id="meetings.inactivity.notice"
                    values={{
                      sentOn: date(entry.notice.sentOn),
                      by: <bdi>{entry.notice.by}</bdi>,
                      deadline: date(entry.notice.deadline),
                      answered: entry.notice.respondedOn ? 'yes' : 'no',
                      respondedOn: entry.notice.respondedOn ? date(entry.notice.respondedOn) : '',
                    }}
                  />
                  {entry.mayDeemResignedFrom && entry.state === 'notice-sent' && (
                    <FormattedMessage
                      id="meetings.inactivity.mayDeem"
                      values={{ date: date(entry.mayDeemResignedFrom) }}
                    />
                  )}
                </p>
              )}
              <div className="inactivity-actions">
                {entry.state === 'flagged' && (
                  <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'notice', entry })}>
                    <FormattedMessage id="meetings.inactivity.recordNotice" />
                  </button>
                )}
                {(entry.state === 'notice-sent' || entry.state === 'deadline-passed') && (
                  <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'answer', entry })}>
                    <FormattedMessage id="meetings.inactivity.recordAnswer" />
                  </button>
                )}
                {(entry.state === 'notice-sent' || entry.state === 'deadline-passed') && (
                  <button
                    type="button"
                    className={entry.state === 'deadline-passed' ? 'btn btn-small btn-danger' : 'btn btn-small'}
                    onClick={() => setOpen({ kind: 'deem', entry })}
                  >
                    <FormattedMessage id="meetings.inactivity.deem" />
                  </button>
                )}
                {entry.notice && (
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => setOpen({ kind: 'withdraw', entry })}
                  >
                    <FormattedMessage id="meetings.inactivity.withdraw" />
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {open?.kind === 'notice' && (
        <NoticeDialog ctx={ctx} slice={slice} entry={open.entry} asOf={asOf} onClose={close} />
      )}
      {open?.kind === 'answer' && <AnswerDialog entry={open.entry} asOf={asOf} onClose={close} />}
      {open?.kind === 'deem' && <DeemResignedDialog ctx={ctx} entry={open.entry} asOf={asOf} onClose={close} />}
      {open?.kind === 'withdraw' && <WithdrawDialog entry={open.entry} onClose={close} />}
    </section>
  );
}

function ErrorNote({ error }: { error: string }) {
  return error ? (
    <p role="alert" className="notice notice-error">
      <FormattedMessage id="meetings.notChanged" values={{ error }} />
    </p>
  ) : null;
}

/** Who writes: the Chair on the day, by name. */
function chairOn(slice: Workspace, date: string): string | undefined {
  const office = slice.offices.find((o) => o.role === 'chair' && isActiveOn(o, date));
  return office ? slice.people.find((p) => p.id === office.personId)?.name : undefined;
}

function NoticeDialog({
  ctx,
  slice,
  entry,
  asOf,
  onClose,
}: {
  ctx: RulesContext;
  slice: Workspace;
  entry: InactivityEntry;
  asOf: string;
  onClose: () => void;
}) {
  const params = ctx.paramsOn(entry.term.committeeId, asOf);
  const [sentOn, setSentOn] = useState(asOf);
  const [deadline, setDeadline] = useState(defaultNoticeDeadline(asOf, params));
  const [deadlineEdited, setDeadlineEdited] = useState(false);
  const intl = useIntl();
  const errorText = useErrorText();
  const [by, setBy] = useState(() => {
    const chair = chairOn(slice, asOf);
    return chair ? intl.formatMessage({ id: 'meetings.notice.byChair' }, { name: chair }) : '';
  });
  const [notes, setNotes] = useState('');
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const valid = isIsoDate(sentOn) && isIsoDate(deadline) && deadline >= sentOn && by.trim() !== '';

  async function save() {
    try {
      await recordInactivityNotice(
        db,
        entry.term.id,
        { sentOn, deadline, by: by.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) },
        context(),
      );
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.notice.title' }, { name: entry.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.cancel" />
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void save()}>
            <FormattedMessage id="meetings.notice.save" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="meetings.notice.intro" values={{ days: params.inactivityNoticeDeadlineDays }} />
      </p>
      <label className="field">
        <FormattedMessage id="meetings.notice.sentOn" />
        <input
          type="date"
          value={sentOn}
          onChange={(e) => {
            setSentOn(e.target.value);
            if (!deadlineEdited && isIsoDate(e.target.value))
              setDeadline(defaultNoticeDeadline(e.target.value, params));
          }}
        />
      </label>
      <label className="field">
        <FormattedMessage id="meetings.notice.deadline" />
        <input
          type="date"
          value={deadline}
          min={sentOn}
          aria-invalid={!(isIsoDate(deadline) && deadline >= sentOn)}
          onChange={(e) => {
            setDeadline(e.target.value);
            setDeadlineEdited(true);
          }}
        />
      </label>
      <label className="field">
        <FormattedMessage id="meetings.notice.by" />
        <input
          value={by}
          placeholder={intl.formatMessage({ id: 'meetings.notice.byPlaceholder' })}
          onChange={(e) => setBy(e.target.value)}
        />
      </label>
      <label className="field">
        <FormattedMessage id="meetings.notes" />
        <textarea rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <ErrorNote error={error} />
    </Dialog>
  );
}

function AnswerDialog({ entry, asOf, onClose }: { entry: InactivityEntry; asOf: string; onClose: () => void }) {
  const [on, setOn] = useState(asOf);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  async function save() {
    try {
      await recordNoticeResponse(db, entry.term.id, on, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.answer.title' }, { name: entry.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.cancel" />
          </button>
          <button type="button" className="btn btn-primary" disabled={!isIsoDate(on)} onClick={() => void save()}>
            <FormattedMessage id="meetings.answer.save" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="meetings.answer.intro" />
      </p>
      <label className="field">
        <FormattedMessage id="meetings.answer.on" />
        <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
      </label>
      <ErrorNote error={error} />
    </Dialog>
  );
}

function DeemResignedDialog({
  ctx,
  entry,
  asOf,
  onClose,
}: {
  ctx: RulesContext;
  entry: InactivityEntry;
  asOf: string;
  onClose: () => void;
}) {
  const [on, setOn] = useState(entry.mayDeemResignedFrom ? maxDate(asOf, entry.mayDeemResignedFrom) : asOf);
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();
  const date = (iso: string) => format.date(iso, 'long');
  const reason = deemBlockedReason(ctx, entry.term.id, on, todayIso());
  const blocked = reason
    ? intl.formatMessage(
        { id: `meetings.deem.blocked.${reason.id}` },
        Object.fromEntries(
          Object.entries(reason.values ?? {}).map(([name, value]) => [name, isIsoDate(value) ? date(value) : value]),
        ),
      )
    : undefined;

  async function save() {
    try {
      await deemResigned(db, entry.term.id, on, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.deem.title' }, { name: entry.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.cancel" />
          </button>
          <button type="button" className="btn btn-danger" disabled={Boolean(blocked)} onClick={() => void save()}>
            <FormattedMessage id="meetings.deem.save" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage
          id="meetings.deem.intro"
          values={{
            kind: entry.term.kind,
            start: date(entry.term.start),
            end: date(entry.term.end),
            name: <bdi>{entry.name}</bdi>,
          }}
        />
      </p>
      <label className="field">
        <FormattedMessage id="meetings.deem.on" />
        <input type="date" value={on} min={entry.mayDeemResignedFrom} onChange={(e) => setOn(e.target.value)} />
      </label>
      {blocked ? (
        <p className="notice notice-warning" role="status">
          <FormattedMessage id="meetings.deem.notYet" values={{ reason: blocked }} />
        </p>
      ) : (
        <p className="notice notice-info" role="status">
          <FormattedMessage
            id="meetings.deem.passed"
            values={{ deadline: entry.notice ? date(entry.notice.deadline) : '' }}
          />
        </p>
      )}
      <ErrorNote error={error} />
    </Dialog>
  );
}

function WithdrawDialog({ entry, onClose }: { entry: InactivityEntry; onClose: () => void }) {
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  async function save() {
    try {
      await withdrawInactivityNotice(db, entry.term.id, context());
      onClose();
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <Dialog
      title={intl.formatMessage({ id: 'meetings.withdraw.title' }, { name: entry.name })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="meetings.keepIt" />
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            <FormattedMessage id="meetings.withdraw.save" />
          </button>
        </>
      }
    >
      <p>
        <FormattedMessage id="meetings.withdraw.intro" />
      </p>
      <ErrorNote error={error} />
    </Dialog>
  );
}
