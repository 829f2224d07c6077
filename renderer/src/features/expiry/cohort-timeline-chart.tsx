import { useId } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { dayNumber, type IsoDate } from '@shared/domain/dates';
import { directionOf, type Locale } from '../../i18n/locales';
import { useFormat } from '../../i18n/use-format';
import { yearStart, type CohortBand, type CohortTimeline, type TimelineCohort } from './cohort-timeline';

const WIDTH = 960;
const PLOT_LEFT = 150;
const PLOT_RIGHT = 944;
const AXIS_HEIGHT = 46;
const LANE_HEIGHT = 74;
const BAND_TOP = 8;
const BAND_HEIGHT = 58;
const BAR_HEIGHT = 10;
/** Below this many pixels a band is too narrow for its words; the table still has them. */
const MIN_LABEL_WIDTH = 96;
/** Above this many seats, tick marks between seats would be a grey smear. */
const MAX_SEAT_TICKS = 30;

/** What a message needs to be put in words: react-intl's `formatMessage`, or a test's stand-in. */
export type FormatMessage = IntlShape['formatMessage'];

/** Years go into messages as text, so no language groups them as thousands ("2,021"). */
const year = (n: number) => String(n);

const yearsOf = (band: CohortBand) => ({ start: year(band.startYear), end: year(band.endYear) });

/**
 * The band's years, seats and how many are filled, in one sentence. `date` formats the day the
 * seats are counted, in the reader's language.
 */
function bandSentence(band: CohortBand, t: FormatMessage, date: (iso: IsoDate) => string): string {
  const years = t({ id: 'expiry.years' }, yearsOf(band));
  if (band.phase === 'future') {
    return t(
      { id: band.filled > 0 ? 'expiry.band.sentence.futureRecorded' : 'expiry.band.sentence.future' },
      { years, seats: band.seats, election: year(band.startYear), filled: band.filled },
    );
  }
  const id =
    band.phase === 'current'
      ? band.vacant > 0
        ? 'expiry.band.sentence.currentVacant'
        : 'expiry.band.sentence.current'
      : band.vacant > 0
        ? 'expiry.band.sentence.pastVacant'
        : 'expiry.band.sentence.past';
  return t({ id }, { years, filled: band.filled, seats: band.seats, vacant: band.vacant, date: date(band.countedOn) });
}

/** The whole picture in words, for the SVG's description and the screen's summary. */
export function describeTimeline(timeline: CohortTimeline, t: FormatMessage, date: (iso: IsoDate) => string): string {
  if (timeline.cohorts.length === 0) return t({ id: 'expiry.describe.none' });
  return timeline.cohorts
    .map((cohort) => {
      const current = cohort.bands.find((b) => b.phase === 'current');
      const next = cohort.bands.find((b) => b.phase === 'future');
      const now = current ? bandSentence(current, t, date) : t({ id: 'expiry.describe.noBand' });
      return next
        ? t(
            { id: 'expiry.describe.cohortNext' },
            { cohort: year(cohort.firstYear), current: now, election: year(next.startYear), seats: next.seats },
          )
        : t({ id: 'expiry.describe.cohort' }, { cohort: year(cohort.firstYear), current: now });
    })
    .join(' ');
}

/**
 * Positions on the drawing: time runs left to right, or right to left when the page does, so
 * the timeline reads in the same direction as the text around it. Positions are worked out
 * left to right and mirrored at the end; text anchors are logical (start, end), so they follow
 * the direction the SVG inherits.
 */
type Geometry = {
  /** The x of a point given left to right. */
  px: (x: number) => number;
  /** The x of a rectangle given left to right. */
  rectX: (x: number, width: number) => number;
};

const geometry = (rtl: boolean): Geometry =>
  rtl ? { px: (x) => WIDTH - x, rectX: (x, width) => WIDTH - x - width } : { px: (x) => x, rectX: (x) => x };

/**
 * The seat cohorts as staggered bands on a time axis, with seats filled and vacant: a picture a
 * chair reads at a glance. The SVG is one image to assistive technology, described in words; the
 * same numbers follow in a table.
 */
export function CohortTimelineChart({ timeline }: { timeline: CohortTimeline }) {
  const titleId = useId();
  const descId = useId();
  const intl = useIntl();
  const format = useFormat();
  const direction = directionOf(intl.locale as Locale);
  const g = geometry(direction === 'rtl');
  const from = dayNumber(yearStart(timeline.fromYear));
  const to = dayNumber(yearStart(timeline.toYear));
  const x = (date: IsoDate) =>
    PLOT_LEFT + ((Math.min(Math.max(dayNumber(date), from), to) - from) / (to - from)) * (PLOT_RIGHT - PLOT_LEFT);
  const height = AXIS_HEIGHT + Math.max(1, timeline.cohorts.length) * LANE_HEIGHT + 8;
  const years = Array.from({ length: timeline.toYear - timeline.fromYear + 1 }, (_, i) => timeline.fromYear + i);
  const asOfX = x(timeline.asOf);

  return (
    <svg
      className="expiry-cohort-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      direction={direction}
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>
        {intl.formatMessage(
          { id: 'expiry.chart.title' },
          { from: year(timeline.fromYear), to: year(timeline.toYear), date: format.date(timeline.asOf) },
        )}
      </title>
      <desc id={descId}>{describeTimeline(timeline, intl.formatMessage, format.date)}</desc>

      <g className="expiry-cohort-axis">
        {years.map((y) => {
          const at = x(yearStart(y));
          return (
            <g key={y}>
              <line
                x1={g.px(at)}
                x2={g.px(at)}
                y1={AXIS_HEIGHT - 6}
                y2={height - 4}
                className="expiry-cohort-gridline"
              />
              {y < timeline.toYear && (
                <text x={g.px(at + 4)} y={AXIS_HEIGHT - 12} className={y % 2 === 1 ? 'expiry-cohort-year-odd' : ''}>
                  {y}
                </text>
              )}
            </g>
          );
        })}
      </g>

      {timeline.cohorts.map((cohort, lane) => (
        <CohortLane
          key={cohort.firstYear}
          cohort={cohort}
          top={AXIS_HEIGHT + lane * LANE_HEIGHT}
          x={x}
          g={g}
          termLengthYears={timeline.termLengthYears}
        />
      ))}

      <g className="expiry-cohort-asof">
        <line x1={g.px(asOfX)} x2={g.px(asOfX)} y1={AXIS_HEIGHT - 4} y2={height - 2} />
        <text x={g.px(asOfX)} y={12} textAnchor={asOfX > PLOT_RIGHT - 80 ? 'end' : 'middle'}>
          <FormattedMessage id="expiry.chart.asOf" values={{ date: format.date(timeline.asOf) }} />
        </text>
      </g>
    </svg>
  );
}

function CohortLane({
  cohort,
  top,
  x,
  g,
  termLengthYears,
}: {
  cohort: TimelineCohort;
  top: number;
  x: (date: IsoDate) => number;
  g: Geometry;
  termLengthYears: number;
}) {
  const intl = useIntl();
  const cycles = [0, 1, 2].map((i) => year(cohort.firstYear + i * termLengthYears));
  return (
    <g>
      <text x={g.px(4)} y={top + BAND_TOP + 20} className="expiry-cohort-lane-title">
        <FormattedMessage id="expiry.chart.cohort" values={{ cohort: year(cohort.firstYear) }} />
      </text>
      <text x={g.px(4)} y={top + BAND_TOP + 38} className="expiry-cohort-lane-note">
        <FormattedMessage
          id="expiry.chart.elected"
          values={{ years: cycles.join(intl.formatMessage({ id: 'expiry.listSeparator' })) }}
        />
      </text>
      {cohort.bands.map((band) => (
        <Band key={band.startYear} band={band} top={top + BAND_TOP} x={x} g={g} />
      ))}
    </g>
  );
}

function bandFigures(band: CohortBand, t: FormatMessage): string {
  const values = { seats: band.seats, filled: band.filled, vacant: band.vacant };
  if (band.phase === 'future') {
    return t({ id: band.filled > 0 ? 'expiry.band.figures.futureRecorded' : 'expiry.band.figures.future' }, values);
  }
  return t({ id: band.vacant > 0 ? 'expiry.band.figures.vacant' : 'expiry.band.figures' }, values);
}

function Band({ band, top, x, g }: { band: CohortBand; top: number; x: (date: IsoDate) => number; g: Geometry }) {
  const intl = useIntl();
  // A hair's gap between one band's end and the next band's start, where the election falls.
  const left = x(band.start) + 1.5;
  const right = x(band.end) - 1.5;
  const width = right - left;
  if (width <= 0) return null;
  const barLeft = left + 8;
  const barWidth = Math.max(0, width - 16);
  const barTop = top + BAND_HEIGHT - BAR_HEIGHT - 8;
  const filledWidth = band.seats > 0 ? (barWidth * Math.min(band.filled, band.seats)) / band.seats : 0;
  return (
    <g className={`expiry-cohort-band expiry-cohort-band-${band.phase}`}>
      <rect
        x={g.rectX(left, width)}
        y={top}
        width={width}
        height={BAND_HEIGHT}
        rx={6}
        className="expiry-cohort-band-box"
      />
      {width >= MIN_LABEL_WIDTH && (
        <>
          <text x={g.px(left + 8)} y={top + 17} className="expiry-cohort-band-years">
            <FormattedMessage
              id="expiry.band.label"
              values={{
                years: intl.formatMessage({ id: 'expiry.years' }, yearsOf(band)),
                phase: <tspan className="expiry-cohort-band-phase">{phaseLabel(band, intl)}</tspan>,
              }}
            />
          </text>
          <text x={g.px(left + 8)} y={top + 32} className="expiry-cohort-band-figures">
            {bandFigures(band, intl.formatMessage)}
          </text>
        </>
      )}
      {band.seats > 0 && barWidth > 0 && (
        <g>
          <rect
            x={g.rectX(barLeft, barWidth)}
            y={barTop}
            width={barWidth}
            height={BAR_HEIGHT}
            rx={2}
            className="expiry-cohort-bar-vacant"
          />
          <rect
            x={g.rectX(barLeft, filledWidth)}
            y={barTop}
            width={filledWidth}
            height={BAR_HEIGHT}
            rx={2}
            className="expiry-cohort-bar-filled"
          />
          {band.seats <= MAX_SEAT_TICKS &&
            Array.from({ length: band.seats - 1 }, (_, i) => {
              const at = g.px(barLeft + ((i + 1) * barWidth) / band.seats);
              return (
                <line key={i} x1={at} x2={at} y1={barTop} y2={barTop + BAR_HEIGHT} className="expiry-cohort-bar-tick" />
              );
            })}
        </g>
      )}
    </g>
  );
}

const phaseLabel = (band: CohortBand, intl: IntlShape) => intl.formatMessage({ id: `expiry.phase.${band.phase}` });

/** The timeline's numbers as a table: the text alternative, and a place to read exact counts. */
export function CohortTimelineTable({ timeline }: { timeline: CohortTimeline }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <table className="plain-table expiry-cohort-table">
      <caption className="visually-hidden">
        <FormattedMessage id="expiry.table.caption" />
      </caption>
      <thead>
        <tr>
          {(['cohort', 'term', 'runs', 'seats', 'filled', 'vacant', 'countedOn'] as const).map((column) => (
            <th key={column} scope="col">
              <FormattedMessage id={`expiry.table.column.${column}`} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timeline.cohorts.flatMap((cohort) =>
          cohort.bands.map((band) => (
            <tr key={`${cohort.firstYear}-${band.startYear}`} data-phase={band.phase}>
              <th scope="row">{cohort.firstYear}</th>
              <td>
                <FormattedMessage
                  id="expiry.band.label"
                  values={{
                    years: intl.formatMessage({ id: 'expiry.years' }, yearsOf(band)),
                    phase: <span className="badge badge-muted">{phaseLabel(band, intl)}</span>,
                  }}
                />
              </td>
              <td>
                <FormattedMessage
                  id="expiry.table.runs"
                  values={{ start: format.date(band.start), end: format.date(band.end) }}
                />
              </td>
              <td>{format.number(band.seats)}</td>
              <td>
                {band.phase === 'future' ? (
                  <FormattedMessage id="expiry.table.recorded" values={{ count: band.filled }} />
                ) : (
                  format.number(band.filled)
                )}
              </td>
              <td>
                {band.phase === 'future' ? (
                  <FormattedMessage id="expiry.table.toFill" values={{ count: band.vacant }} />
                ) : (
                  format.number(band.vacant)
                )}
              </td>
              <td>{format.date(band.countedOn)}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
