import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { focusAreas, reviewByStatus, sortedProgress, type FocusArea } from '@shared/meetings/action-plan';
import { createRulesContext } from '@shared/rules/context';
import { expectedAttendees } from '@shared/rules/quorum';
import type { Action, Workspace } from '@shared/workspace/schema';
import { db } from '../../db/db';
import { readActionPlan } from '../../db/repositories/actions-repo';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useFormat } from '../../i18n/use-format';
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
  if (slice === undefined || actions === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="actionPlan.loading" />
      </p>
    );
  }
  if (!slice) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="actionPlan.noCommittee" />
      </p>
    );
  }
  return <ActionPlan slice={slice} actions={actions} asOf={asOf} />;
}

function ActionPlan({ slice, actions, asOf }: { slice: Workspace; actions: Action[]; asOf: string }) {
  const committee = slice.committees[0]!;
  const [view, setView] = useState<'plan' | 'review'>('plan');
  const [plan, setPlan] = useState('');
  const [open, setOpen] = useState<Open>();
  const intl = useIntl();

  const ctx = useMemo(() => createRulesContext(slice), [slice]);
  const people = useMemo<Choosable[]>(() => {
    const roster = expectedAttendees(ctx, committee.id, asOf);
    const ids = new Set([...roster.members, ...roster.observers].map((p) => p.personId));
    for (const a of actions)
      for (const id of [...(a.owners ?? []), ...(a.tasks ?? []).flatMap((t) => t.owners ?? [])]) ids.add(id);
    return [...ids]
      .map((id) => ({ id, name: ctx.nameOf(id) }))
      .sort((a, b) => a.name.localeCompare(b.name, intl.locale));
  }, [ctx, committee.id, asOf, actions, intl.locale]);
  const nameOf = (id: string) => ctx.nameOf(id);

  const plans = [...new Set(actions.map((a) => a.plan ?? ''))].filter(Boolean).sort();
  const shown = plan ? actions.filter((a) => (a.plan ?? '') === plan) : actions;
  const areas = focusAreas(shown);

  return (
    <section aria-labelledby="plan-title">
      <div className="screen-header">
        <div>
          <h1 id="plan-title">
            <FormattedMessage id="actionPlan.title" />
          </h1>
          <p>
            <FormattedMessage
              id="actionPlan.count"
              values={{ committee: <bdi>{committee.name}</bdi>, areas: areas.length, activities: shown.length }}
            />
          </p>
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setOpen({ kind: 'area' })}>
          <FormattedMessage id="actionPlan.newArea" />
        </button>
      </div>

      <div className="plan-toolbar">
        <div role="tablist" aria-label={intl.formatMessage({ id: 'actionPlan.view.label' })} className="plan-tabs">
          {(['plan', 'review'] as const).map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={view === id}
              className="plan-tab"
              onClick={() => setView(id)}
            >
              <FormattedMessage id={`actionPlan.view.${id}`} />
            </button>
          ))}
        </div>
        {plans.length > 0 && (
          <label className="field plan-filter">
            <FormattedMessage id="actionPlan.period" />
            <select value={plan} onChange={(e) => setPlan(e.target.value)}>
              <option value="">{intl.formatMessage({ id: 'actionPlan.allPeriods' })}</option>
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
          <FormattedMessage id="actionPlan.empty" />
        </p>
      )}

      <div role="tabpanel" aria-label={intl.formatMessage({ id: `actionPlan.view.${view}` })}>
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

/** People by name, each isolated so a name in another script keeps its own direction. */
function Names({ ids, nameOf }: { ids: readonly string[] | undefined; nameOf: (id: string) => string }) {
  const intl = useIntl();
  const comma = intl.formatMessage({ id: 'actionPlan.comma' });
  return (
    <>
      {(ids ?? []).map((id, i) => (
        <span key={`${id}-${i}`}>
          {i > 0 && comma}
          <bdi>{nameOf(id)}</bdi>
        </span>
      ))}
    </>
  );
}

/** "(names)" after a title or a task. */
function InParentheses({ ids, nameOf }: { ids: readonly string[]; nameOf: (id: string) => string }) {
  return (
    <FormattedMessage
      id="actionPlan.inParentheses"
      values={{ names: <Names key="names" ids={ids} nameOf={nameOf} /> }}
    />
  );
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
  const notRecorded = (
    <span className="plan-muted">
      <FormattedMessage id="actionPlan.notRecorded" />
    </span>
  );
  return (
    <section className="card focus-area" aria-labelledby={headingId}>
      <header className="focus-area-header">
        <h2 id={headingId}>
          <span className="focus-area-number">
            <FormattedMessage id="actionPlan.area.number" values={{ number: area.number }} />
          </span>
          {area.name ? <bdi>{area.name}</bdi> : <FormattedMessage id="actionPlan.area.none" />}
        </h2>
        <div className="plan-buttons">
          {area.name && (
            <button type="button" className="btn btn-small" onClick={onEditArea}>
              <FormattedMessage id="actionPlan.area.edit" />
            </button>
          )}
          <button type="button" className="btn btn-small" onClick={onAddActivity}>
            <FormattedMessage id="actionPlan.area.addActivity" />
          </button>
        </div>
      </header>
      <dl className="plan-facts">
        {area.plan && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.area.plan" />
            </dt>
            <dd>{area.plan}</dd>
          </>
        )}
        <dt>
          <FormattedMessage id="actionPlan.area.direction" />
        </dt>
        <dd className="plan-pre" dir="auto">
          {area.strategicDirection ?? notRecorded}
        </dd>
        <dt>
          <FormattedMessage id="actionPlan.area.initiatives" />
        </dt>
        <dd>
          {area.keyInitiatives?.length ? (
            <ul className="plan-initiatives">
              {area.keyInitiatives.map((ki) => (
                <li key={ki.number}>
                  <FormattedMessage
                    id="actionPlan.area.initiative"
                    values={{
                      b: (chunks) => <strong>{chunks}</strong>,
                      number: ki.number,
                      description: <bdi key="d">{ki.description ?? ''}</bdi>,
                    }}
                  />
                </li>
              ))}
            </ul>
          ) : (
            notRecorded
          )}
        </dd>
        {area.communication && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.area.communication" />
            </dt>
            <dd className="plan-pre" dir="auto">
              {area.communication}
            </dd>
          </>
        )}
        {area.impact && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.area.impact" />
            </dt>
            <dd className="plan-pre" dir="auto">
              {area.impact}
            </dd>
          </>
        )}
        {area.collaborators && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.area.collaborators" />
            </dt>
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
  const intl = useIntl();
  const format = useFormat();
  return (
    <li className="activity" aria-labelledby={headingId}>
      <div className="activity-head">
        <h3 id={headingId} dir="auto">
          {action.title}
        </h3>
        <span className={`badge status-${action.status}`} data-testid="activity-status">
          <FormattedMessage id={`actionPlan.status.${action.status}`} />
        </span>
      </div>
      <dl className="plan-facts">
        {action.owners?.length ? (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.lead" />
            </dt>
            <dd>
              <Names ids={action.owners} nameOf={nameOf} />
            </dd>
          </>
        ) : null}
        {action.tasks?.length ? (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.tasks" />
            </dt>
            <dd>
              <ol className="activity-tasks">
                {action.tasks.map((task, i) => (
                  <li key={i}>
                    <FormattedMessage
                      id="actionPlan.activity.task"
                      values={{
                        text: <bdi key="t">{task.text}</bdi>,
                        hasOwners: task.owners?.length ? 'yes' : 'no',
                        owners: <InParentheses key="o" ids={task.owners ?? []} nameOf={nameOf} />,
                        muted: (chunks) => <span className="plan-muted">{chunks}</span>,
                      }}
                    />
                  </li>
                ))}
              </ol>
            </dd>
          </>
        ) : null}
        {(action.timeframe || action.due) && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.timeframe" />
            </dt>
            <dd>
              <FormattedMessage
                id="actionPlan.activity.timeframeValue"
                values={{
                  timeframe: action.timeframe ?? '',
                  hasTimeframe: action.timeframe ? 'yes' : 'no',
                  hasDue: action.due ? 'yes' : 'no',
                  due: action.due ? format.date(action.due) : '',
                }}
              />
            </dd>
          </>
        )}
        {(action.fundingNeeded !== undefined || action.fundingAmount || action.fundingSource || action.funding) && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.funding" />
            </dt>
            <dd>
              <FormattedMessage
                id="actionPlan.activity.fundingValue"
                values={{
                  needed: action.fundingNeeded === undefined ? 'unknown' : action.fundingNeeded ? 'yes' : 'no',
                  hasAmount: action.fundingAmount ? 'yes' : 'no',
                  amount: action.fundingAmount ?? '',
                  hasSource: action.fundingSource ? 'yes' : 'no',
                  source: action.fundingSource ?? '',
                  hasNotes: action.funding ? 'yes' : 'no',
                  notes: action.funding ?? '',
                }}
              />
            </dd>
          </>
        )}
        {action.communication && action.communication !== area.communication && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.communication" />
            </dt>
            <dd className="plan-pre" dir="auto">
              {action.communication}
            </dd>
          </>
        )}
        {action.impact && action.impact !== area.impact && (
          <>
            <dt>
              <FormattedMessage id="actionPlan.activity.impact" />
            </dt>
            <dd className="plan-pre" dir="auto">
              {action.impact}
            </dd>
          </>
        )}
        {action.collaborators?.length && area.collaborators === undefined ? (
          <>
            <dt>
              <FormattedMessage id="actionPlan.area.collaborators" />
            </dt>
            <dd>{action.collaborators.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {notes.length > 0 && (
        <ul
          className="activity-progress"
          aria-label={intl.formatMessage({ id: 'actionPlan.activity.progressLabel' }, { title: action.title })}
        >
          {notes.map((note, i) => (
            <li key={`${note.on}-${i}`}>
              <time dateTime={note.on}>{format.date(note.on)}</time>
              {note.status ? (
                <span className="badge badge-muted">
                  <FormattedMessage id={`actionPlan.status.${note.status}`} />
                </span>
              ) : null}
              <bdi className="activity-note">{note.note}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div className="plan-buttons">
        <button
          type="button"
          className="btn btn-small"
          onClick={onProgress}
          aria-label={intl.formatMessage({ id: 'actionPlan.activity.updateLabel' }, { title: action.title })}
        >
          <FormattedMessage id="actionPlan.activity.update" />
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={onEdit}
          aria-label={intl.formatMessage({ id: 'actionPlan.activity.editLabel' }, { title: action.title })}
        >
          <FormattedMessage id="actionPlan.activity.edit" />
        </button>
        {progress.length > 2 && (
          <button type="button" className="btn btn-small btn-quiet" onClick={() => setAllNotes((v) => !v)}>
            <FormattedMessage
              id={allNotes ? 'actionPlan.activity.fewerNotes' : 'actionPlan.activity.allNotes'}
              values={{ count: progress.length }}
            />
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
  const intl = useIntl();
  const format = useFormat();
  return (
    <div className="plan-review">
      <p className="plan-muted">
        <FormattedMessage id="actionPlan.review.intro" values={{ date: format.date(asOf, 'long') }} />
      </p>
      {groups.map((group) => (
        <section key={group.status} className="card review-group" aria-labelledby={`review-${group.status}`}>
          <h2 id={`review-${group.status}`}>
            <FormattedMessage id={`actionPlan.status.${group.status}`} />
            <span className="badge badge-muted review-count">{format.number(group.activities.length)}</span>
          </h2>
          <ul>
            {group.activities.map((action) => {
              const latest = sortedProgress(action)
                .filter((n) => n.on <= asOf && n.note)
                .at(-1);
              return (
                <li key={action.id}>
                  <FormattedMessage
                    id="actionPlan.review.item"
                    values={{
                      title: (
                        <strong key="t">
                          <bdi>{action.title}</bdi>
                        </strong>
                      ),
                      hasOwners: action.owners?.length ? 'yes' : 'no',
                      owners: <InParentheses key="o" ids={action.owners ?? []} nameOf={nameOf} />,
                      hasArea: action.focusArea ? 'yes' : 'no',
                      area: <bdi key="a">{action.focusArea ?? ''}</bdi>,
                      muted: (chunks) => <span className="plan-muted">{chunks}</span>,
                    }}
                  />
                  {latest ? (
                    <p className="review-note">
                      <FormattedMessage
                        id="actionPlan.review.note"
                        values={{ date: format.date(latest.on), note: <bdi key="n">{latest.note}</bdi> }}
                      />
                    </p>
                  ) : action.impact ? (
                    <p className="review-note" dir="auto">
                      {action.impact}
                    </p>
                  ) : null}
                  <div className="review-buttons">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={intl.formatMessage(
                        { id: 'actionPlan.activity.updateLabel' },
                        { title: action.title },
                      )}
                      onClick={() => onProgress(action)}
                    >
                      <FormattedMessage id="actionPlan.review.update" />
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
