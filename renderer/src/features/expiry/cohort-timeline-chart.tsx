import { useId } from 'react';
import { dayNumber, type IsoDate } from '@shared/domain/dates';
import { plural } from '@shared/rules/terms';
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

const PHASE_LABELS = { past: 'ended', current: 'running', future: 'to come' } as const;

function bandSentence(band: CohortBand): string {
  const years = `${band.startYear}–${band.endYear}`;
  if (band.phase === 'future') {
    return `${years}: ${plural(band.seats, 'seat')}, filled at the ${band.startYear} election${band.filled > 0 ? ` (${band.filled} recorded so far)` : ''}`;
  }
  const when = band.phase === 'current' ? `on ${band.countedOn}` : `at its close`;
  return `${years}: ${band.filled} of ${plural(band.seats, 'seat')} filled ${when}${band.vacant > 0 ? `, ${band.vacant} vacant` : ''}`;
}

/** The whole picture in words, for the SVG's description and the screen's summary. */
export function describeTimeline(timeline: CohortTimeline): string {
  if (timeline.cohorts.length === 0) return 'No seat cohorts are recorded and no elected terms to read them from.';
  return timeline.cohorts
    .map((cohort) => {
      const current = cohort.bands.find((b) => b.phase === 'current');
      const next = cohort.bands.find((b) => b.phase === 'future');
      const parts = [current ? bandSentence(current) : 'no band running'];
      if (next) parts.push(`next filled at the ${next.startYear} election (${plural(next.seats, 'seat')})`);
      return `Cohort ${cohort.firstYear}: ${parts.join('; ')}.`;
    })
    .join(' ');
}

/**
 * The seat cohorts as staggered bands on a time axis, with seats filled and vacant: a picture a
 * chair reads at a glance. The SVG is one image to assistive technology, described in words; the
 * same numbers follow in a table.
 */
export function CohortTimelineChart({ timeline }: { timeline: CohortTimeline }) {
  const titleId = useId();
  const descId = useId();
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
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>
        Seat cohorts from {timeline.fromYear} to {timeline.toYear}, as of {timeline.asOf}
      </title>
      <desc id={descId}>{describeTimeline(timeline)}</desc>

      <g className="expiry-cohort-axis">
        {years.map((year) => {
          const at = x(yearStart(year));
          return (
            <g key={year}>
              <line x1={at} x2={at} y1={AXIS_HEIGHT - 6} y2={height - 4} className="expiry-cohort-gridline" />
              {year < timeline.toYear && (
                <text x={at + 4} y={AXIS_HEIGHT - 12} className={year % 2 === 1 ? 'expiry-cohort-year-odd' : ''}>
                  {year}
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
          termLengthYears={timeline.termLengthYears}
        />
      ))}

      <g className="expiry-cohort-asof">
        <line x1={asOfX} x2={asOfX} y1={AXIS_HEIGHT - 4} y2={height - 2} />
        <text x={asOfX} y={12} textAnchor={asOfX > PLOT_RIGHT - 80 ? 'end' : 'middle'}>
          as of {timeline.asOf}
        </text>
      </g>
    </svg>
  );
}

function CohortLane({
  cohort,
  top,
  x,
  termLengthYears,
}: {
  cohort: TimelineCohort;
  top: number;
  x: (date: IsoDate) => number;
  termLengthYears: number;
}) {
  const cycles = [0, 1, 2].map((i) => cohort.firstYear + i * termLengthYears).join(', ');
  return (
    <g>
      <text x={4} y={top + BAND_TOP + 20} className="expiry-cohort-lane-title">
        Cohort {cohort.firstYear}
      </text>
      <text x={4} y={top + BAND_TOP + 38} className="expiry-cohort-lane-note">
        elected {cycles} …
      </text>
      {cohort.bands.map((band) => (
        <Band key={band.startYear} band={band} top={top + BAND_TOP} x={x} />
      ))}
    </g>
  );
}

function Band({ band, top, x }: { band: CohortBand; top: number; x: (date: IsoDate) => number }) {
  // A hair's gap between one band's end and the next band's start, where the election falls.
  const left = x(band.start) + 1.5;
  const right = x(band.end) - 1.5;
  const width = right - left;
  if (width <= 0) return null;
  const barLeft = left + 8;
  const barWidth = Math.max(0, width - 16);
  const barTop = top + BAND_HEIGHT - BAR_HEIGHT - 8;
  const filledWidth = band.seats > 0 ? (barWidth * Math.min(band.filled, band.seats)) / band.seats : 0;
  const figures =
    band.phase === 'future'
      ? `${plural(band.seats, 'seat')} to fill${band.filled > 0 ? ` · ${band.filled} recorded` : ''}`
      : `${band.filled}/${band.seats} filled${band.vacant > 0 ? ` · ${band.vacant} vacant` : ''}`;
  return (
    <g className={`expiry-cohort-band expiry-cohort-band-${band.phase}`}>
      <rect x={left} y={top} width={width} height={BAND_HEIGHT} rx={6} className="expiry-cohort-band-box" />
      {width >= MIN_LABEL_WIDTH && (
        <>
          <text x={left + 8} y={top + 17} className="expiry-cohort-band-years">
            {band.startYear}–{band.endYear}
            <tspan className="expiry-cohort-band-phase"> {PHASE_LABELS[band.phase]}</tspan>
          </text>
          <text x={left + 8} y={top + 32} className="expiry-cohort-band-figures">
            {figures}
          </text>
        </>
      )}
      {band.seats > 0 && barWidth > 0 && (
        <g>
          <rect
            x={barLeft}
            y={barTop}
            width={barWidth}
            height={BAR_HEIGHT}
            rx={2}
            className="expiry-cohort-bar-vacant"
          />
          <rect
            x={barLeft}
            y={barTop}
            width={filledWidth}
            height={BAR_HEIGHT}
            rx={2}
            className="expiry-cohort-bar-filled"
          />
          {band.seats <= MAX_SEAT_TICKS &&
            Array.from({ length: band.seats - 1 }, (_, i) => {
              const at = barLeft + ((i + 1) * barWidth) / band.seats;
              return (
                <line key={i} x1={at} x2={at} y1={barTop} y2={barTop + BAR_HEIGHT} className="expiry-cohort-bar-tick" />
              );
            })}
        </g>
      )}
    </g>
  );
}

/** The timeline's numbers as a table: the text alternative, and a place to read exact counts. */
export function CohortTimelineTable({ timeline }: { timeline: CohortTimeline }) {
  return (
    <table className="plain-table expiry-cohort-table">
      <caption className="visually-hidden">Seat cohorts, band by band</caption>
      <thead>
        <tr>
          <th scope="col">Cohort</th>
          <th scope="col">Term</th>
          <th scope="col">Runs</th>
          <th scope="col">Seats</th>
          <th scope="col">Filled</th>
          <th scope="col">Vacant</th>
          <th scope="col">Counted on</th>
        </tr>
      </thead>
      <tbody>
        {timeline.cohorts.flatMap((cohort) =>
          cohort.bands.map((band) => (
            <tr key={`${cohort.firstYear}-${band.startYear}`} data-phase={band.phase}>
              <th scope="row">{cohort.firstYear}</th>
              <td>
                {band.startYear}–{band.endYear} <span className="badge badge-muted">{PHASE_LABELS[band.phase]}</span>
              </td>
              <td>
                {band.start} → {band.end}
              </td>
              <td>{band.seats}</td>
              <td>{band.phase === 'future' ? `${band.filled} recorded` : band.filled}</td>
              <td>{band.phase === 'future' ? `${band.vacant} to fill` : band.vacant}</td>
              <td>{band.countedOn}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
