import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { daysBetween } from '@shared/domain/dates';
import { OFFICE_ROLE_LABELS, type TermKind } from '@shared/domain/vocabulary';
import { createRulesContext } from '@shared/rules/context';
import type { ExpiringItem } from '@shared/rules/roster';
import { plural } from '@shared/rules/terms';
import { db } from '../../db/db';
import { readExpiring } from '../../db/repositories/expiry-reads';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { cohortTimeline } from './cohort-timeline';
import { CohortTimelineChart, CohortTimelineTable } from './cohort-timeline-chart';
import { nextCycleOnOrAfter, summariseCycle, type CycleSummary, type StandingEntry } from './cycle-summary';
import './expiry.css';

/** The windows the secretary can look ahead by, in months. */
export const EXPIRY_WINDOWS = [3, 6, 12, 24] as const;

const TERM_LABELS: Record<TermKind, string> = {
  elected: 'Elected term',
  casual: 'Casual-vacancy term',
  coopted: 'Co-opted term',
  corresponding: 'Corresponding term',
  'ex-officio': 'Ex officio term',
};

/**
 * What ends and when: the next election cycle's expiring members (who may stand again, who is
 * term-limited and why), the seat cohorts on a timeline, and everything ending in a chosen window.
 */
export function ExpiryScreen() {
  const committeeId = useAppStore((s) => s.committeeId);
  const asOf = useAppStore((s) => s.asOf);
  const months = useAppStore((s) => s.expiryMonths);
  const slice = useCommitteeSlice(committeeId);

  const view = useMemo(() => {
    // The slice's own committee, not the store's: while a newly chosen committee is being read,
    // the slice still holds the previous one.
    const committee = slice?.committees[0];
    if (!slice || !committee) return undefined;
    const ctx = createRulesContext(slice);
    const cycle = nextCycleOnOrAfter(ctx.calendar, asOf);
    return {
      summary: summariseCycle(ctx, committee.id, cycle),
      timeline: cohortTimeline(ctx, committee.id, asOf),
      hasSeatCohorts: committee.seatCohorts !== undefined,
    };
  }, [slice, asOf]);

  if (slice === undefined) return <p className="loading">Reading the terms…</p>;
  if (!slice || !view) return <p className="notice notice-info">Choose a committee to see whose terms end.</p>;
  const committee = slice.committees[0]!;

  return (
    <section aria-labelledby="expiry-title" className="expiry">
      <div className="screen-header">
        <div>
          <h1 id="expiry-title">Expiry · {committee.name}</h1>
          <p>Whose terms end, who may stand again, and how the seats turn over, as of {asOf}.</p>
        </div>
      </div>

      <NextCycle summary={view.summary} hasSeatCohorts={view.hasSeatCohorts} />

      <section className="card expiry-section" aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">Seat cohorts</h2>
        <p className="expiry-lead">
          Elected seats turn over in staggered cohorts: each election fills one cohort's seats for{' '}
          {view.timeline.termLengthYears} years.{' '}
          {view.timeline.derived
            ? 'This committee records no seat cohorts, so they are read from its elected terms.'
            : 'Seats as recorded in the committee’s seat cohorts.'}
        </p>
        <CohortTimelineChart timeline={view.timeline} />
        <ul className="expiry-cohort-legend" aria-label="Legend">
          <li>
            <span className="expiry-swatch expiry-swatch-filled" aria-hidden="true" /> seat filled
          </li>
          <li>
            <span className="expiry-swatch expiry-swatch-vacant" aria-hidden="true" /> seat vacant
          </li>
          <li>
            <span className="expiry-swatch expiry-swatch-past" aria-hidden="true" /> term over
          </li>
          <li>
            <span className="expiry-swatch expiry-swatch-future" aria-hidden="true" /> term to come
          </li>
        </ul>
        {view.timeline.outsideCohorts > 0 && (
          <p className="notice notice-warning">
            {plural(view.timeline.outsideCohorts, 'elected member')} on {asOf}{' '}
            {view.timeline.outsideCohorts === 1 ? 'holds a term that ends' : 'hold terms that end'} outside every
            cohort’s cycle; check those terms’ dates.
          </p>
        )}
        <details className="expiry-cohort-details">
          <summary>Show the timeline as a table</summary>
          <CohortTimelineTable timeline={view.timeline} />
        </details>
      </section>

      <EndingWithin committeeId={committee.id} asOf={asOf} months={months} />
    </section>
  );
}

function PersonLink({ personId, name }: { personId: string; name: string }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <button type="button" className="link-button" onClick={() => navigate({ screen: 'person', id: personId })}>
      {name}
    </button>
  );
}

function placesNote(summary: CycleSummary, hasSeatCohorts: boolean): string {
  const { declaredVacancies, computedVacancies } = summary.plan;
  const source = hasSeatCohorts ? 'the seat cohorts' : 'the terms ending at the boundary';
  if (declaredVacancies === null) return `from ${source} (R-05)`;
  if (declaredVacancies === computedVacancies) return `declared, matching ${source} (R-05)`;
  return `declared; ${source} give ${computedVacancies} (R-05)`;
}

function NextCycle({ summary, hasSeatCohorts }: { summary: CycleSummary; hasSeatCohorts: boolean }) {
  const { plan } = summary;
  const figures: { label: string; value: number; note: string; attention?: boolean }[] = [
    { label: 'Places to fill', value: plan.vacancies, note: placesNote(summary, hasSeatCohorts) },
    { label: 'Terms ending', value: plan.expiring.length, note: `on ${plan.boundary}` },
    { label: 'Continuing', value: plan.continuing.length, note: 'members carrying on past the boundary' },
    {
      label: 'Casual vacancies',
      value: plan.casualVacancies,
      note: 'seats of the continuing cohort left empty',
      attention: plan.casualVacancies > 0,
    },
    { label: 'Co-option capacity', value: plan.coOptionCapacity, note: `co-opted places free under ${plan.ruleSet}` },
  ];
  return (
    <section className="card expiry-section" aria-labelledby="cycle-title">
      <h2 id="cycle-title">
        Election {plan.cycle}: terms ending {plan.boundary}
      </h2>
      <p className="expiry-lead">
        The next election cycle, under rule set <strong>{plan.ruleSet}</strong>. New terms start on {plan.boundary}.
      </p>
      <dl className="expiry-cycle-figures">
        {figures.map((f) => (
          <div
            key={f.label}
            className={f.attention ? 'expiry-cycle-figure expiry-cycle-figure-attention' : 'expiry-cycle-figure'}
          >
            <dt>{f.label}</dt>
            <dd>
              <span className="expiry-cycle-figure-value">{f.value}</span>
              <span className="expiry-cycle-figure-note">{f.note}</span>
            </dd>
          </div>
        ))}
      </dl>

      <div className="expiry-standing-columns">
        <StandingList
          id="may-stand-again"
          title="May stand again"
          entries={summary.mayStandAgain}
          empty={`Nobody whose term ends in ${plan.cycle} may stand again.`}
        />
        <StandingList
          id="term-limited"
          title="Term-limited"
          entries={summary.termLimited}
          empty="Nobody is term-limited this cycle."
        />
      </div>

      <section aria-labelledby="continuing-title" className="expiry-continuing">
        <h3 id="continuing-title">
          Continuing <span className="badge badge-muted">{summary.continuing.length}</span>
        </h3>
        {summary.continuing.length === 0 ? (
          <p className="expiry-empty">Nobody carries on past {plan.boundary}.</p>
        ) : (
          <ul className="expiry-continuing-list">
            {summary.continuing.map((c) => (
              <li key={c.personId}>
                <PersonLink personId={c.personId} name={c.name} />{' '}
                <span className="expiry-muted">
                  {TERM_LABELS[c.kind].toLowerCase()} until {c.until}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function StandingList({
  id,
  title,
  entries,
  empty,
}: {
  id: string;
  title: string;
  entries: readonly StandingEntry[];
  empty: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={`expiry-standing expiry-standing-${id}`}>
      <h3 id={`${id}-title`}>
        {title} <span className="badge">{entries.length}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="expiry-empty">{empty}</p>
      ) : (
        <ul className="expiry-standing-list" data-testid={id}>
          {entries.map((e) => (
            <li key={e.personId}>
              <PersonLink personId={e.personId} name={e.name} />
              <span className="expiry-standing-reason">{e.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function whatEnds(item: ExpiringItem): string {
  if (item.type === 'office' && item.role) return `${OFFICE_ROLE_LABELS[item.role]} (office)`;
  return item.kind ? TERM_LABELS[item.kind] : 'Term';
}

function EndingWithin({ committeeId, asOf, months }: { committeeId: string; asOf: string; months: number }) {
  const setMonths = useAppStore((s) => s.setExpiryMonths);
  const report = useLiveQuery(() => readExpiring(db, committeeId, asOf, months), [committeeId, asOf, months]);
  return (
    <section className="card expiry-section" aria-labelledby="window-title">
      <div className="expiry-window-header">
        <h2 id="window-title">Ending in the next {months} months</h2>
        <fieldset className="expiry-segmented">
          <legend className="visually-hidden">Look ahead by</legend>
          {EXPIRY_WINDOWS.map((n) => (
            <label key={n} className={n === months ? 'expiry-segment expiry-segment-selected' : 'expiry-segment'}>
              <input type="radio" name="expiry-window" value={n} checked={n === months} onChange={() => setMonths(n)} />
              {n} months
            </label>
          ))}
        </fieldset>
      </div>
      {report === undefined ? (
        <p className="loading">Reading the terms…</p>
      ) : (
        <>
          <p className="expiry-lead" role="status">
            {report.items.length === 0
              ? `Nothing ends between ${report.asOf} and ${report.until}.`
              : `${plural(report.items.length, 'term or office', 'terms and offices')} end between ${report.asOf} and ${report.until}.`}
          </p>
          {report.items.length > 0 && (
            <table className="plain-table expiry-expiring-table">
              <caption className="visually-hidden">
                Terms and offices ending between {report.asOf} and {report.until}, soonest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Ends on</th>
                  <th scope="col">Who</th>
                  <th scope="col">What</th>
                  <th scope="col">Since</th>
                  <th scope="col">Note</th>
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => {
                  const days = daysBetween(asOf, item.endsOn);
                  return (
                    <tr key={`${item.type}-${item.id}`}>
                      <td className="expiry-nowrap">{item.endsOn}</td>
                      <td>
                        <PersonLink personId={item.personId} name={item.name} />
                      </td>
                      <td>{whatEnds(item)}</td>
                      <td className="expiry-nowrap">{item.start}</td>
                      <td className="expiry-muted">
                        {days === 0 ? 'ends today' : `in ${plural(days, 'day')}`}
                        {item.endsOn < item.end && ` · early end, planned to ${item.end}`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
