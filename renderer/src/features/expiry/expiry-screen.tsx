import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { daysBetween } from '@shared/domain/dates';
import { createRulesContext } from '@shared/rules/context';
import type { ExpiringItem } from '@shared/rules/roster';
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
import { useFormat } from '../../i18n/use-format';
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
  const intl = useIntl();
  const format = useFormat();

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

  if (slice === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="expiry.loading" />
      </p>
    );
  }
  if (!slice || !view) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="expiry.chooseCommittee" />
      </p>
    );
  }
  const committee = slice.committees[0]!;
  const { outsideCohorts } = view.timeline;

  return (
    <section aria-labelledby="expiry-title" className="expiry">
      <div className="screen-header">
        <div>
          <h1 id="expiry-title">
            <FormattedMessage id="expiry.title" values={{ committee: <bdi>{committee.name}</bdi> }} />
          </h1>
          <p>
            <FormattedMessage id="expiry.lead" values={{ date: format.date(asOf) }} />
          </p>
        </div>
        <div className="expiry-exports">
          <ExportMenu
            label={intl.formatMessage({ id: 'expiry.export.label' }, { months })}
            table={(locale) => expiryTable(createRulesContext(slice), committee.id, asOf, months, todayIso(), locale)}
          />
          <CalendarExportButton
            build={(locale) => ({
              fileName: `calendar-${committee.id}-${asOf}.ics`,
              ics: writeIcs(calendarEvents(createRulesContext(slice), committee.id, asOf, locale), {
                name: intl.formatMessage({ id: 'expiry.calendar.name' }, { committee: committee.name }),
                stampedAt: new Date().toISOString(),
              }),
            })}
          />
        </div>
      </div>

      <CycleSummaryCard summary={view.summary} hasSeatCohorts={view.hasSeatCohorts} />

      <section className="card expiry-section" aria-labelledby="cohorts-title">
        <h2 id="cohorts-title">
          <FormattedMessage id="expiry.cohorts.title" />
        </h2>
        <p className="expiry-lead">
          <FormattedMessage
            id={view.timeline.derived ? 'expiry.cohorts.lead.derived' : 'expiry.cohorts.lead.recorded'}
            values={{ years: view.timeline.termLengthYears }}
          />
        </p>
        <CohortTimelineChart timeline={view.timeline} />
        <ul className="expiry-cohort-legend" aria-label={intl.formatMessage({ id: 'expiry.legend.label' })}>
          {(['filled', 'vacant', 'past', 'future'] as const).map((swatch) => (
            <li key={swatch}>
              <span className={`expiry-swatch expiry-swatch-${swatch}`} aria-hidden="true" />
              <FormattedMessage id={`expiry.legend.${swatch}`} />
            </li>
          ))}
        </ul>
        {outsideCohorts > 0 && (
          <p className="notice notice-warning">
            <FormattedMessage id="expiry.outsideCohorts" values={{ count: outsideCohorts, date: format.date(asOf) }} />
          </p>
        )}
        <details className="expiry-cohort-details">
          <summary>
            <FormattedMessage id="expiry.cohorts.showTable" />
          </summary>
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
      <bdi>{name}</bdi>
    </button>
  );
}

/** What ends, as the table's "What" column names it: the office, or the kind of term. */
function whatEndsId(item: ExpiringItem): string {
  if (item.type === 'office' && item.role) return `expiry.what.office.${item.role}`;
  return item.kind ? `expiry.what.term.${item.kind}` : 'expiry.what.term';
}

function EndingWithin({ committeeId, asOf, months }: { committeeId: string; asOf: string; months: number }) {
  const setMonths = useAppStore((s) => s.setExpiryMonths);
  const format = useFormat();
  const report = useLiveQuery(() => readExpiring(db, committeeId, asOf, months), [committeeId, asOf, months]);
  return (
    <section className="card expiry-section" aria-labelledby="window-title">
      <div className="expiry-window-header">
        <h2 id="window-title">
          <FormattedMessage id="expiry.window.title" values={{ months }} />
        </h2>
        <fieldset className="expiry-segmented">
          <legend className="visually-hidden">
            <FormattedMessage id="expiry.window.legend" />
          </legend>
          {EXPIRY_WINDOWS.map((n) => (
            <label key={n} className={n === months ? 'expiry-segment expiry-segment-selected' : 'expiry-segment'}>
              <input type="radio" name="expiry-window" value={n} checked={n === months} onChange={() => setMonths(n)} />
              <FormattedMessage id="expiry.window.option" values={{ months: n }} />
            </label>
          ))}
        </fieldset>
      </div>
      {report === undefined ? (
        <p className="loading">
          <FormattedMessage id="expiry.loading" />
        </p>
      ) : (
        <>
          <p className="expiry-lead" role="status">
            <FormattedMessage
              id={report.items.length === 0 ? 'expiry.window.none' : 'expiry.window.count'}
              values={{ count: report.items.length, from: format.date(report.asOf), until: format.date(report.until) }}
            />
          </p>
          {report.items.length > 0 && (
            <table className="plain-table expiry-expiring-table">
              <caption className="visually-hidden">
                <FormattedMessage
                  id="expiry.window.caption"
                  values={{ from: format.date(report.asOf), until: format.date(report.until) }}
                />
              </caption>
              <thead>
                <tr>
                  {(['endsOn', 'who', 'what', 'since', 'note'] as const).map((column) => (
                    <th key={column} scope="col">
                      <FormattedMessage id={`expiry.window.column.${column}`} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => {
                  const days = daysBetween(asOf, item.endsOn);
                  return (
                    <tr key={`${item.type}-${item.id}`}>
                      <td className="expiry-nowrap">{format.date(item.endsOn)}</td>
                      <td>
                        <PersonLink personId={item.personId} name={item.name} />
                      </td>
                      <td>
                        <FormattedMessage id={whatEndsId(item)} />
                      </td>
                      <td className="expiry-nowrap">{format.date(item.start)}</td>
                      <td className="expiry-muted">
                        <FormattedMessage
                          id={
                            item.endsOn < item.end
                              ? days === 0
                                ? 'expiry.window.note.todayEarly'
                                : 'expiry.window.note.inDaysEarly'
                              : days === 0
                                ? 'expiry.window.note.today'
                                : 'expiry.window.note.inDays'
                          }
                          values={{ days, planned: format.date(item.end) }}
                        />
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
