import type { CSSProperties } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { dayNumber, yearOf, type IsoDate } from '@shared/domain/dates';
import { TERM_KINDS } from '@shared/domain/vocabulary';
import { effectiveEnd, isProposal, yearSpan } from '@shared/rules/terms';
import type { Office } from '@shared/workspace/schema';
import { useVocabulary } from '../../components/vocabulary';
import { useFormat } from '../../i18n/use-format';
import { directionOf, type Locale } from '../../i18n/locales';
import { chainText, termLabelText } from './person-text';
import type { OfficeRow, TermRow } from './person-view';

type Span = { start: IsoDate; end: IsoDate };

/**
 * Puts spans on as few rows as will hold them without overlap (first row with room), so two
 * offices held at once, or overlapping terms entered by mistake, both stay visible.
 */
function packRows<T extends Span>(items: readonly T[]): T[][] {
  const rows: { end: IsoDate; items: T[] }[] = [];
  for (const item of [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))) {
    const row = rows.find((r) => r.end <= item.start);
    if (row) {
      row.items.push(item);
      row.end = item.end;
    } else rows.push({ end: item.end, items: [item] });
  }
  return rows.map((r) => r.items);
}

/** Every year label when they fit, else every 2nd or 5th, so the axis never crowds. */
function labelStep(years: number): number {
  if (years <= 16) return 1;
  if (years <= 32) return 2;
  return 5;
}

type Lane = { committeeId: string; name: string; terms: TermRow[]; offices: OfficeRow[] };

/**
 * One lane per committee along a years axis: each term a bar coloured by kind (what was cut
 * short by an early end shown hatched), each office a thin bar beneath, and the date shown as a
 * line. Time runs the way the reader reads: left to right, or right to left in Arabic (bars and
 * ticks are placed from the inline start). A picture only: the table beside it holds the same
 * records for screen readers.
 */
export function ServiceTimeline({
  personName,
  committeeIds,
  committeeName,
  termRows,
  officeRows,
  asOf,
}: {
  personName: string;
  committeeIds: readonly string[];
  committeeName: (id: string) => string;
  termRows: readonly TermRow[];
  officeRows: readonly OfficeRow[];
  asOf: IsoDate;
}) {
  const intl = useIntl();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const dir = directionOf(intl.locale as Locale);
  const dates = [
    ...termRows.flatMap((r) => [r.term.start, r.term.end]),
    ...officeRows.flatMap((r) => [r.office.start, r.office.end]),
    asOf,
  ].sort();
  const fromYear = yearOf(dates[0] ?? asOf);
  const toYear = yearOf(dates.at(-1) ?? asOf);
  const origin = dayNumber(`${fromYear}-01-01`);
  const length = dayNumber(`${toYear + 1}-01-01`) - origin;
  const at = (date: IsoDate) => ((dayNumber(date) - origin) / length) * 100;
  const place = (start: IsoDate, end: IsoDate): CSSProperties => ({
    insetInlineStart: `${at(start)}%`,
    width: `${Math.max(at(end) - at(start), 0.4)}%`,
  });
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const step = labelStep(years.length);

  const lanes: Lane[] = committeeIds.map((id) => ({
    committeeId: id,
    name: committeeName(id),
    terms: termRows.filter((r) => r.committeeId === id),
    offices: officeRows.filter((r) => r.committeeId === id),
  }));
  const kindsShown = TERM_KINDS.filter((k) => termRows.some((r) => r.term.kind === k));
  const anyEndedEarly = termRows.some((r) => r.status === 'ended-early');
  const anyProposal = termRows.some((r) => isProposal(r.term));
  const anyOverLimit = termRows.some((r) => r.overLimit);
  const summary = intl.formatMessage(
    { id: 'person.timeline.summary' },
    {
      name: personName,
      terms: termRows.length,
      offices: officeRows.length,
      from: String(fromYear),
      to: String(toYear),
    },
  );
  const asOfLine = <div className="tl-asof" style={{ insetInlineStart: `${at(asOf)}%` }} />;

  return (
    <figure className="timeline" dir={dir}>
      <div className="timeline-graphic" role="img" aria-label={summary}>
        <div className="tl-row tl-axis-row">
          <div className="tl-lane-name" />
          <div className="tl-track tl-axis">
            {years.map((year) => (
              <div key={year} className="tl-tick" style={{ insetInlineStart: `${at(`${year}-01-01`)}%` }}>
                {(year - fromYear) % step === 0 && <span>{year}</span>}
              </div>
            ))}
            <div className="tl-asof-label" style={{ insetInlineStart: `${at(asOf)}%` }}>
              {format.date(asOf)}
            </div>
          </div>
        </div>
        {lanes.map((lane) => (
          <div key={lane.committeeId} className="tl-row">
            <div className="tl-lane-name" title={lane.name}>
              {lane.name}
            </div>
            <div className="tl-track">
              {years.map((year) => (
                <div key={year} className="tl-grid" style={{ insetInlineStart: `${at(`${year}-01-01`)}%` }} />
              ))}
              {packRows(lane.terms.map((row) => ({ row, start: row.term.start, end: row.term.end }))).map(
                (items, i) => (
                  <div key={`t${i}`} className="tl-sub tl-sub-terms">
                    {items.map(({ row }) => (
                      <TermBar key={row.term.id} row={row} place={place} />
                    ))}
                  </div>
                ),
              )}
              {packRows(
                lane.offices.map((row) => ({ row, start: row.office.start, end: effectiveEnd(row.office) })),
              ).map((items, i) => (
                <div key={`o${i}`} className="tl-sub tl-sub-offices">
                  {items.map(({ row }) => (
                    <OfficeBar key={row.office.id} office={row.office} place={place} />
                  ))}
                </div>
              ))}
              {asOfLine}
            </div>
          </div>
        ))}
      </div>
      <figcaption className="tl-legend">
        {kindsShown.map((kind) => (
          <span key={kind} className="tl-legend-item">
            <span className={`tl-swatch tl-kind-${kind}`} aria-hidden="true" />
            {vocabulary.termKind(kind)}
          </span>
        ))}
        {officeRows.length > 0 && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-office" aria-hidden="true" />
            <FormattedMessage id="person.timeline.office" />
          </span>
        )}
        {anyEndedEarly && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-cut" aria-hidden="true" />
            <FormattedMessage id="person.timeline.endedEarly" />
          </span>
        )}
        {anyProposal && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-proposed" aria-hidden="true" />
            <FormattedMessage id="person.status.proposed" />
          </span>
        )}
        {anyOverLimit && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-over" aria-hidden="true" />
            <FormattedMessage id="person.timeline.overLimit" />
          </span>
        )}
        <span className="tl-legend-item">
          <span className="tl-swatch tl-swatch-asof" aria-hidden="true" />
          <FormattedMessage id="person.timeline.dateShown" values={{ date: format.date(asOf) }} />
        </span>
      </figcaption>
    </figure>
  );
}

function TermBar({ row, place }: { row: TermRow; place: (start: IsoDate, end: IsoDate) => CSSProperties }) {
  const intl = useIntl();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const { term } = row;
  const cut = row.status === 'ended-early' && term.endedOn !== undefined;
  const classes = [
    'tl-bar',
    `tl-kind-${term.kind}`,
    isProposal(term) ? 'tl-proposed' : '',
    row.overLimit ? 'tl-over' : '',
    cut ? 'tl-cut' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const chain = chainText(intl, row.chain);
  const say = (id: string, values: Record<string, string>) =>
    intl.formatMessage({ id: `person.timeline.${id}` }, values);
  const reason = term.endReason ? vocabulary.endReason(term.endReason) : '';
  const endedOn = term.endedOn ? format.date(term.endedOn) : '';
  const title =
    say(chain ? 'barTitleChain' : 'barTitle', {
      label: termLabelText(intl, row.label),
      start: format.date(term.start),
      end: format.date(term.end),
      chain,
    }) + (cut ? say(reason ? 'barTitleEndedWithReason' : 'barTitleEnded', { date: endedOn, reason }) : '');
  return (
    <>
      <div className={classes} style={place(term.start, effectiveEnd(term))} title={title}>
        <span className="tl-bar-label">
          {chain ? say('barLabelChain', { years: yearSpan(term), chain }) : yearSpan(term)}
        </span>
      </div>
      {cut && (
        <div className="tl-ghost" style={place(term.endedOn as IsoDate, term.end)} title={title}>
          <span className="tl-bar-label">
            {say(reason ? 'ghostLabelWithReason' : 'ghostLabel', { date: endedOn, reason })}
          </span>
        </div>
      )}
    </>
  );
}

function OfficeBar({ office, place }: { office: Office; place: (start: IsoDate, end: IsoDate) => CSSProperties }) {
  const intl = useIntl();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const role = vocabulary.officeRole(office.role);
  return (
    <div
      className="tl-bar tl-office"
      style={place(office.start, effectiveEnd(office))}
      title={intl.formatMessage(
        { id: 'person.timeline.officeTitle' },
        { role, start: format.date(office.start), end: format.date(effectiveEnd(office)) },
      )}
    >
      <span className="tl-bar-label">
        {intl.formatMessage({ id: 'person.records.office' }, { role, years: yearSpan(office) })}
      </span>
    </div>
  );
}
