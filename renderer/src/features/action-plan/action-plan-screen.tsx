import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  ACTION_STATUS_LABELS,
  focusAreas,
  reviewByStatus,
  sortedProgress,
  type FocusArea,
} from '@shared/meetings/action-plan';
import { createRulesContext } from '@shared/rules/context';
import { expectedAttendees } from '@shared/rules/quorum';
import type { Action, Workspace } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { readActionPlan } from '../../db/repositories/actions-repo';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { ActivityDialog } from './activity-dialog';
import { FocusAreaDialog } from './focus-area-dialog';
import { ProgressDialog } from './progress-dialog';
import './action-plan.css';

type Open =
  | { kind: 'area'; area?: FocusArea }
  | { kind: 'activity'; action?: Action; area?: FocusArea }
  | { kind: 'progress'; action: Action }
  | undefined;

/** A person to choose as responsible: committee members on the date, and anyone already named. */
export type Choosable = { id: string; name: string };

/** The action plan: focus areas and their activities as the IFLA template has them, and the mid-term review by status. */
export function ActionPlanScreen() {
  const committeeId = useAppStore((s) => s.committeeId);
  const asOf = useAppStore((s) => s.asOf);
  const slice = useCommitteeSlice(committeeId);
  const actions = useLiveQuery(async () => (committeeId ? readActionPlan(db, committeeId) : []), [committeeId]);
  if (slice === undefined || actions === undefined) return <p className="loading">Reading the action plan…</p>;
  if (!slice) return <p className="notice notice-info">Choose a committee to see its action plan.</p>;
  return <ActionPlan slice={slice} actions={actions} asOf={asOf} />;
}

function ActionPlan({ slice, actions, asOf }: { slice: Workspace; actions: Action[]; asOf: string }) {
  const committee = slice.committees[0]!;
  const [view, setView] = useState<'plan' | 'review'>('plan');
  const [plan, setPlan] = useState('');
  const [open, setOpen] = useState<Open>();

  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const people = useMemo<Choosable[]>(() => {
    const roster = expectedAttendees(ctx, committee.id, asOf);
    const ids = new Set([...roster.members, ...roster.observers].map((p) => p.personId));
    for (const a of actions)
      for (const id of [...(a.owners ?? []), ...(a.tasks ?? []).flatMap((t) => t.owners ?? [])]) ids.add(id);
    return [...ids].map((id) => ({ id, name: ctx.nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }, [ctx, committee.id, asOf, actions]);
  const nameOf = (id: string) => ctx.nameOf(id);

  const plans = [...new Set(actions.map((a) => a.plan ?? ''))].filter(Boolean).sort();
  const shown = plan ? actions.filter((a) => (a.plan ?? '') === plan) : actions;
  const areas = focusAreas(shown);

  return (
    <section aria-labelledby="plan-title">
      <div className="screen-header">
        <div>
          <h1 id="plan-title">Action plan</h1>
          <p>
            {committee.name}: {areas.length} {areas.length === 1 ? 'focus area' : 'focus areas'}, {shown.length}{' '}
            {shown.length === 1 ? 'activity' : 'activities'}.
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setOpen({ kind: 'area' })}>
          New focus area…
        </button>
      </div>

      <div className="plan-toolbar">
        <div role="tablist" aria-label="Action plan view" className="plan-tabs">
          {(
            [
              ['plan', 'Plan'],
              ['review', 'Mid-term review'],
            ] as const
          ).map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={view === id}
              className="plan-tab"
              onClick={() => setView(id)}
            >
              {label}
            </button>
          ))}
        </div>
        {plans.length > 0 && (
          <label className="field plan-filter">
            Action plan period
            <select value={plan} onChange={(e) => setPlan(e.target.value)}>
              <option value="">All periods</option>
              {plans.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      {shown.length === 0 && (
        <p className="notice notice-info">
          No activity yet. Start with a focus area, as the IFLA action plan template does: describe it, align it with
          IFLA's strategic directions and key initiatives, then add its activities.
        </p>
      )}

      <div role="tabpanel" aria-label={view === 'plan' ? 'Plan' : 'Mid-term review'}>
        {view === 'plan' ? (
          areas.map((area) => (
            <FocusAreaCard
              key={`${area.number}-${area.name}`}
              area={area}
              nameOf={nameOf}
              onEditArea={() => setOpen({ kind: 'area', area })}
              onAddActivity={() => setOpen({ kind: 'activity', area })}
              onEdit={(action) => setOpen({ kind: 'activity', action, area })}
              onProgress={(action) => setOpen({ kind: 'progress', action })}
            />
          ))
        ) : (
          <Review
            actions={shown}
            asOf={asOf}
            nameOf={nameOf}
            onProgress={(action) => setOpen({ kind: 'progress', action })}
          />
        )}
      </div>

      {open?.kind === 'area' && (
        <FocusAreaDialog
          committeeId={committee.id}
          area={open.area}
          plans={plans}
          defaultPlan={plan}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open?.kind === 'activity' && (
        <ActivityDialog
          committeeId={committee.id}
          action={open.action}
          area={open.area}
          areas={focusAreas(actions).map((a) => a.name)}
          people={people}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open?.kind === 'progress' && (
        <ProgressDialog action={open.action} asOf={asOf} onClose={() => setOpen(undefined)} />
      )}
    </section>
  );
}

function Names({ ids, nameOf }: { ids: readonly string[] | undefined; nameOf: (id: string) => string }) {
  return <>{(ids ?? []).map(nameOf).join(', ')}</>;
}

function FocusAreaCard({
  area,
  nameOf,
  onEditArea,
  onAddActivity,
  onEdit,
  onProgress,
}: {
  area: FocusArea;
  nameOf: (id: string) => string;
  onEditArea: () => void;
  onAddActivity: () => void;
  onEdit: (action: Action) => void;
  onProgress: (action: Action) => void;
}) {
  const headingId = `focus-area-${area.number}`;
  return (
    <section className="card focus-area" aria-labelledby={headingId}>
      <header className="focus-area-header">
        <h2 id={headingId}>
          <span className="focus-area-number">Focus Area {area.number}</span>
          {area.name || 'Activities without a focus area'}
        </h2>
        <div className="plan-buttons">
          {area.name && (
            <button type="button" className="btn btn-small" onClick={onEditArea}>
              Edit focus area…
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={onAddActivity}>
            Add activity…
          </button>
        </div>
      </header>
      <dl className="plan-facts">
        {area.plan && (
          <>
            <dt>Action plan</dt>
            <dd>{area.plan}</dd>
          </>
        )}
        <dt>IFLA strategic direction</dt>
        <dd className="plan-pre">{area.strategicDirection ?? <span className="plan-muted">not recorded</span>}</dd>
        <dt>Key initiatives</dt>
        <dd>
          {area.keyInitiatives?.length ? (
            <ul className="plan-initiatives">
              {area.keyInitiatives.map((ki) => (
                <li key={ki.number}>
                  <strong>{ki.number}</strong> {ki.description}
                </li>
              ))}
            </ul>
          ) : (
            <span className="plan-muted">not recorded</span>
          )}
        </dd>
        {area.communication && (
          <>
            <dt>How results are communicated</dt>
            <dd className="plan-pre">{area.communication}</dd>
          </>
        )}
        {area.impact && (
          <>
            <dt>How impact is measured</dt>
            <dd className="plan-pre">{area.impact}</dd>
          </>
        )}
        {area.collaborators && (
          <>
            <dt>Collaborating units</dt>
            <dd>{area.collaborators.join('; ')}</dd>
          </>
        )}
      </dl>
      <ol className="plan-activities">
        {area.activities.map((action) => (
          <ActivityCard
            key={action.id}
            action={action}
            area={area}
            nameOf={nameOf}
            onEdit={() => onEdit(action)}
            onProgress={() => onProgress(action)}
          />
        ))}
      </ol>
    </section>
  );
}

function ActivityCard({
  action,
  area,
  nameOf,
  onEdit,
  onProgress,
}: {
  action: Action;
  area: FocusArea;
  nameOf: (id: string) => string;
  onEdit: () => void;
  onProgress: () => void;
}) {
  const [allNotes, setAllNotes] = useState(false);
  const progress = sortedProgress(action).reverse();
  const notes = allNotes ? progress : progress.slice(0, 2);
  const headingId = `activity-${action.id}`;
  return (
    <li className="activity" aria-labelledby={headingId}>
      <div className="activity-head">
        <h3 id={headingId}>{action.title}</h3>
        <span className={`badge status-${action.status}`} data-testid="activity-status">
          {ACTION_STATUS_LABELS[action.status]}
        </span>
      </div>
      <dl className="plan-facts">
        {action.owners?.length ? (
          <>
            <dt>Lead</dt>
            <dd>
              <Names ids={action.owners} nameOf={nameOf} />
            </dd>
          </>
        ) : null}
        {action.tasks?.length ? (
          <>
            <dt>Tasks &amp; responsibility</dt>
            <dd>
              <ol className="activity-tasks">
                {action.tasks.map((task, i) => (
                  <li key={i}>
                    {task.text}
                    {task.owners?.length ? (
                      <span className="plan-muted">
                        {' '}
                        (<Names ids={task.owners} nameOf={nameOf} />)
                      </span>
                    ) : null}
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {(action.timeframe || action.due) && (
          <>
            <dt>Timeframe</dt>
            <dd>
              {action.timeframe}
              {action.due ? `${action.timeframe ? ', ' : ''}due ${action.due}` : ''}
            </dd>
          </>
        )}
        {(action.fundingNeeded !== undefined || action.fundingAmount || action.fundingSource || action.funding) && (
          <>
            <dt>Funding needed</dt>
            <dd>
              {action.fundingNeeded === undefined ? 'not recorded' : action.fundingNeeded ? 'Yes' : 'No'}
              {action.fundingAmount ? `, ${action.fundingAmount}` : ''}
              {action.fundingSource ? ` from ${action.fundingSource}` : ''}
              {action.funding ? ` (${action.funding})` : ''}
            </dd>
          </>
        )}
        {action.communication && action.communication !== area.communication && (
          <>
            <dt>Communication</dt>
            <dd className="plan-pre">{action.communication}</dd>
          </>
        )}
        {action.impact && action.impact !== area.impact && (
          <>
            <dt>Impact</dt>
            <dd className="plan-pre">{action.impact}</dd>
          </>
        )}
        {action.collaborators?.length && area.collaborators === undefined ? (
          <>
            <dt>Collaborating units</dt>
            <dd>{action.collaborators.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {notes.length > 0 && (
        <ul className="activity-progress" aria-label={`Progress of ${action.title}`}>
          {notes.map((note, i) => (
            <li key={`${note.on}-${i}`}>
              <time dateTime={note.on}>{note.on}</time>
              {note.status ? <span className="badge badge-muted">{ACTION_STATUS_LABELS[note.status]}</span> : null}{' '}
              {note.note}
            </li>
          ))}
        </ul>
      )}
      <div className="plan-buttons">
        <button type="button" className="btn btn-small" onClick={onProgress} aria-label={`Update ${action.title}`}>
          Update status or progress…
        </button>
        <button type="button" className="btn btn-small" onClick={onEdit} aria-label={`Edit ${action.title}`}>
          Edit…
        </button>
        {progress.length > 2 && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setAllNotes((v) => !v)}>
            {allNotes ? 'Fewer notes' : `All ${progress.length} notes`}
          </button>
        )}
      </div>
    </li>
  );
}

/** The mid-term review (seed 003): activities grouped by their status on the chosen date. */
function Review({
  actions,
  asOf,
  nameOf,
  onProgress,
}: {
  actions: Action[];
  asOf: string;
  nameOf: (id: string) => string;
  onProgress: (action: Action) => void;
}) {
  const groups = reviewByStatus(actions, asOf);
  return (
    <div className="plan-review">
      <p className="plan-muted">
        Status of each activity on {asOf}, from the status changes recorded with its progress.
      </p>
      {groups.map((group) => (
        <section key={group.status} className="card review-group" aria-labelledby={`review-${group.status}`}>
          <h2 id={`review-${group.status}`}>
            {group.label} <span className="badge badge-muted">{group.activities.length}</span>
          </h2>
          <ul>
            {group.activities.map((action) => {
              const latest = sortedProgress(action)
                .filter((n) => n.on <= asOf && n.note)
                .at(-1);
              return (
                <li key={action.id}>
                  <strong>{action.title}</strong>
                  {action.owners?.length ? (
                    <>
                      {' '}
                      (<Names ids={action.owners} nameOf={nameOf} />)
                    </>
                  ) : null}
                  {action.focusArea ? <span className="plan-muted"> · {action.focusArea}</span> : null}
                  {latest ? (
                    <p className="review-note">
                      {latest.on}: {latest.note}
                    </p>
                  ) : action.impact ? (
                    <p className="review-note">{action.impact}</p>
                  ) : null}
                  <div className="review-buttons">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Update ${action.title}`}
                      onClick={() => onProgress(action)}
                    >
                      Update…
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
