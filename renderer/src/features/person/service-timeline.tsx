import type { CSSProperties } from 'react';
import { dayNumber, yearOf, type IsoDate } from '@shared/domain/dates';
import { OFFICE_ROLE_LABELS, TERM_KINDS, type TermKind } from '@shared/domain/vocabulary';
import { effectiveEnd, isProposal, yearSpan } from '@shared/rules/terms';
import type { Office } from '@shared/workspace/schema';
import type { OfficeRow, TermRow } from './person-view';

const KIND_NAMES: Record<TermKind, string> = {
  elected: 'Elected',
  casual: 'Casual vacancy',
  coopted: 'Co-opted',
  corresponding: 'Corresponding',
  'ex-officio': 'Ex officio',
};

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
 * line. A picture only: the table beside it holds the same records for screen readers.
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
    left: `${at(start)}%`,
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
  const summary =
    `Timeline of ${personName}'s ${termRows.length === 1 ? '1 term' : `${termRows.length} terms`} and ` +
    `${officeRows.length === 1 ? '1 office' : `${officeRows.length} offices`} from ${fromYear} to ${toYear}; ` +
    'the table of terms and offices lists the same records.';
  const asOfLine = <div className="tl-asof" style={{ left: `${at(asOf)}%` }} />;

  return (
    <figure className="timeline">
      <div className="timeline-graphic" role="img" aria-label={summary}>
        <div className="tl-row tl-axis-row">
          <div className="tl-lane-name" />
          <div className="tl-track tl-axis">
            {years.map((year) => (
              <div key={year} className="tl-tick" style={{ left: `${at(`${year}-01-01`)}%` }}>
                {(year - fromYear) % step === 0 && <span>{year}</span>}
              </div>
            ))}
            <div className="tl-asof-label" style={{ left: `${at(asOf)}%` }}>
              {asOf}
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
                <div key={year} className="tl-grid" style={{ left: `${at(`${year}-01-01`)}%` }} />
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
            {KIND_NAMES[kind]}
          </span>
        ))}
        {officeRows.length > 0 && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-office" aria-hidden="true" />
            Office
          </span>
        )}
        {anyEndedEarly && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-cut" aria-hidden="true" />
            Ended early (rest of the planned term)
          </span>
        )}
        {anyProposal && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-proposed" aria-hidden="true" />
            Proposed, not approved
          </span>
        )}
        {anyOverLimit && (
          <span className="tl-legend-item">
            <span className="tl-swatch tl-swatch-over" aria-hidden="true" />
            Over the term limit
          </span>
        )}
        <span className="tl-legend-item">
          <span className="tl-swatch tl-swatch-asof" aria-hidden="true" />
          The date shown ({asOf})
        </span>
      </figcaption>
    </figure>
  );
}

function TermBar({ row, place }: { row: TermRow; place: (start: IsoDate, end: IsoDate) => CSSProperties }) {
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
  const title =
    `${row.label} ${term.start} to ${term.end}` +
    (row.chainLabel ? `, ${row.chainLabel}` : '') +
    (cut ? `; ended early on ${term.endedOn}${term.endReason ? ` (${term.endReason})` : ''}` : '');
  return (
    <>
      <div className={classes} style={place(term.start, effectiveEnd(term))} title={title}>
        <span className="tl-bar-label">
          {yearSpan(term)}
          {row.chainLabel && ` · ${row.chainLabel}`}
        </span>
      </div>
      {cut && (
        <div className="tl-ghost" style={place(term.endedOn as IsoDate, term.end)} title={title}>
          <span className="tl-bar-label">
            ended early {term.endedOn}
            {term.endReason ? ` (${term.endReason})` : ''}
          </span>
        </div>
      )}
    </>
  );
}

function OfficeBar({ office, place }: { office: Office; place: (start: IsoDate, end: IsoDate) => CSSProperties }) {
  const role = OFFICE_ROLE_LABELS[office.role];
  return (
    <div
      className="tl-bar tl-office"
      style={place(office.start, effectiveEnd(office))}
      title={`${role} ${office.start} to ${effectiveEnd(office)}`}
    >
      <span className="tl-bar-label">
        {role} {yearSpan(office)}
      </span>
    </div>
  );
}
