import { useMemo, useState } from 'react';
import { isIsoDate, maxDate } from '@shared/domain/dates';
import { longDate } from '@shared/meetings/minutes';
import type { RulesContext } from '@shared/rules/context';
import {
  deemResignedBlocked,
  defaultNoticeDeadline,
  inactivityOn,
  type InactivityEntry,
  type InactivityState,
} from '@shared/rules/inactivity';
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
import { todayIso } from '../../stores/app-store';

const STATE_LABELS: Record<InactivityState, string> = {
  flagged: 'Flagged: no notice sent yet',
  'notice-sent': 'Notice sent: waiting for the deadline',
  'deadline-passed': 'Deadline passed without an answer',
  responded: 'Answered the notice',
  'attended-since': 'Came to a meeting since the notice',
};

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

  return (
    <section className="inactivity-panel" aria-labelledby="inactivity-title">
      <h2 id="inactivity-title">Inactive members (R-23)</h2>
      <p className="meetings-muted">
        On {asOf}: members recorded absent, without apologies, from each of the last {threshold} meetings they were
        expected at. The Chair writes with a deadline; only after it passes unanswered may the committee treat the
        member as resigned, which opens a casual vacancy.
      </p>
      {entries.length === 0 ? (
        <p className="notice notice-info">No member is inactive on {asOf}.</p>
      ) : (
        <ul className="inactivity-list">
          {entries.map((entry) => (
            <li key={entry.personId} className="card inactivity-entry" aria-label={entry.name}>
              <div className="inactivity-head">
                <strong>{entry.name}</strong>
                <span className={entry.state === 'deadline-passed' ? 'badge badge-warning' : 'badge'}>
                  {STATE_LABELS[entry.state]}
                </span>
              </div>
              {entry.missed.length > 0 && (
                <p>Absent without apologies: {entry.missed.map((m) => longDate(m.date)).join('; ')}.</p>
              )}
              {entry.notice && (
                <p>
                  Notice sent on {entry.notice.sentOn} by {entry.notice.by}; deadline {entry.notice.deadline}
                  {entry.notice.respondedOn ? `; answered on ${entry.notice.respondedOn}` : ''}.
                  {entry.mayDeemResignedFrom && entry.state === 'notice-sent'
                    ? ` The member may be deemed resigned from ${entry.mayDeemResignedFrom}.`
                    : ''}
                </p>
              )}
              <div className="inactivity-actions">
                {entry.state === 'flagged' && (
                  <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'notice', entry })}>
                    Record the notice…
                  </button>
                )}
                {(entry.state === 'notice-sent' || entry.state === 'deadline-passed') && (
                  <button type="button" className="btn btn-small" onClick={() => setOpen({ kind: 'answer', entry })}>
                    Record an answer…
                  </button>
                )}
                {(entry.state === 'notice-sent' || entry.state === 'deadline-passed') && (
                  <button
                    type="button"
                    className={entry.state === 'deadline-passed' ? 'btn btn-small btn-danger' : 'btn btn-small'}
                    onClick={() => setOpen({ kind: 'deem', entry })}
                  >
                    Deem resigned…
                  </button>
                )}
                {entry.notice && (
                  <button
                    type="button"
                    className="btn btn-small btn-quiet"
                    onClick={() => setOpen({ kind: 'withdraw', entry })}
                  >
                    Withdraw the notice…
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
      Nothing was changed: {error}
    </p>
  ) : null;
}

/** Who writes: the Chair on the day, by name. */
function chairOn(slice: Workspace, date: string): string {
  const office = slice.offices.find((o) => o.role === 'chair' && isActiveOn(o, date));
  const name = office ? slice.people.find((p) => p.id === office.personId)?.name : undefined;
  return name ? `${name}, Chair` : '';
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
  const [by, setBy] = useState(chairOn(slice, asOf));
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
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Notice to ${entry.name}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" disabled={!valid} onClick={() => void save()}>
            Record the notice
          </button>
        </>
      }
    >
      <p>
        The Chair writes to the member, quoting the rules and setting a deadline to reply; after it the committee may
        treat them as having resigned (R-23). The deadline defaults to {params.inactivityNoticeDeadlineDays} days.
      </p>
      <label className="field">
        Sent on
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
        Deadline to answer
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
        Sent by
        <input value={by} placeholder="Name, Chair" onChange={(e) => setBy(e.target.value)} />
      </label>
      <label className="field">
        Notes
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
  async function save() {
    try {
      await recordNoticeResponse(db, entry.term.id, on, context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Dialog
      title={`${entry.name} answered`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" disabled={!isIsoDate(on)} onClick={() => void save()}>
            Record the answer
          </button>
        </>
      }
    >
      <p>An answer stops the procedure: the member stays on the committee.</p>
      <label className="field">
        Answered on
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
  const today = todayIso();
  const blocked = !isIsoDate(on)
    ? 'give the date as YYYY-MM-DD'
    : on > today
      ? `${on} is still to come (today is ${today})`
      : deemResignedBlocked(ctx, entry.term.id, on);

  async function save() {
    try {
      await deemResigned(db, entry.term.id, on, context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Dialog
      title={`Deem ${entry.name} resigned`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-danger" disabled={Boolean(blocked)} onClick={() => void save()}>
            End the term as inactive
          </button>
        </>
      }
    >
      <p>
        The {entry.term.kind} term ({entry.term.start} to {entry.term.end}) ends on the day chosen, with reason
        “inactive”; any office {entry.name} holds on this committee ends with it. The seat is a casual vacancy until{' '}
        {entry.term.end} (R-19, R-23).
      </p>
      <label className="field">
        Last day on the committee
        <input type="date" value={on} min={entry.mayDeemResignedFrom} onChange={(e) => setOn(e.target.value)} />
      </label>
      {blocked ? (
        <p className="notice notice-warning" role="status">
          Not yet: {blocked}.
        </p>
      ) : (
        <p className="notice notice-info" role="status">
          The deadline {entry.notice?.deadline} has passed without an answer.
        </p>
      )}
      <ErrorNote error={error} />
    </Dialog>
  );
}

function WithdrawDialog({ entry, onClose }: { entry: InactivityEntry; onClose: () => void }) {
  const [error, setError] = useState('');
  const { context } = useWriteContext();
  async function save() {
    try {
      await withdrawInactivityNotice(db, entry.term.id, context());
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Dialog
      title={`Withdraw the notice to ${entry.name}`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Keep it
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void save()}>
            Withdraw the notice
          </button>
        </>
      }
    >
      <p>
        For a notice recorded in error. The history keeps what it said; the member is flagged again if still absent.
      </p>
      <ErrorNote error={error} />
    </Dialog>
  );
}
