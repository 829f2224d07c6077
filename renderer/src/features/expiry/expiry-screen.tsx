import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { daysBetween } from '@shared/domain/dates';
import { OFFICE_ROLE_LABELS, TERM_KIND_LABELS } from '@shared/domain/vocabulary';
import { createRulesContext } from '@shared/rules/context';
import type { ExpiringItem } from '@shared/rules/roster';
import { plural } from '@shared/rules/terms';
import { db } from '../../db/db';
import { readExpiring } from '../../db/repositories/expiry-reads';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { cohortTimeline } from './cohort-timeline';
import { CohortTimelineChart, CohortTimelineTable } from './cohort-timeline-chart';
import { nextCycleOnOrAfter, summariseCycle } from '@shared/rules/cycle-summary';
import { CycleSummaryCard } from '../../components/cycle-summary-card';
import { CalendarExportButton, ExportMenu } from '../../components/export-menu';
import { calendarEvents, writeIcs } from '@shared/exports/ics';
import { expiryTable } from '@shared/exports/lists';
import { todayIso } from '../../stores/app-store';
import './expiry.css';

/** The windows the secretary can look ahead by, in months. */
export const EXPIRY_WINDOWS = [3, 6, 12, 24] as const;

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
        <div className="expiry-exports">
          <ExportMenu
            label={`Export the terms and offices ending in the next ${months} months`}
            table={(locale) => expiryTable(createRulesContext(slice), committee.id, asOf, months, todayIso(), locale)}
          />
          <CalendarExportButton
            build={(locale) => ({
              fileName: `calendar-${committee.id}-${asOf}.ics`,
              ics: writeIcs(calendarEvents(createRulesContext(slice), committee.id, asOf, locale), {
                name: `${committee.name}: terms and deadlines`,
                stampedAt: new Date().toISOString(),
              }),
            })}
          />
        </div>
      </div>

      <CycleSummaryCard summary={view.summary} hasSeatCohorts={view.hasSeatCohorts} />

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

function whatEnds(item: ExpiringItem): string {
  if (item.type === 'office' && item.role) return `${OFFICE_ROLE_LABELS[item.role]} (office)`;
  return item.kind ? capitalise(TERM_KIND_LABELS[item.kind]) : 'Term';
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
