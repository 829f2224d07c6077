import { useEffect, useMemo, useRef, useState } from 'react';
import { REGION_LABELS, OFFICE_ROLE_LABELS, type TermKind } from '@shared/domain/vocabulary';
import { createRulesContext } from '@shared/rules/context';
import { rosterCounts, rosterInContext, type RosterEntry } from '@shared/rules/roster';
import type { Term } from '@shared/workspace/schema';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { rosterTable } from '@shared/exports/lists';
import { ExportMenu } from '../../components/export-menu';
import { todayIso, useAppStore } from '../../stores/app-store';
import { AddTermDialog } from './add-term-dialog';
import { EndTermDialog } from './end-term-dialog';
import './roster.css';

export const KIND_LABELS: Record<TermKind, string> = {
  elected: 'Elected',
  casual: 'Casual vacancy',
  coopted: 'Co-opted',
  corresponding: 'Corresponding',
  'ex-officio': 'Ex officio',
};

/** Marks for `npm run bench`: data read → first paint of the roster. */
function useFirstPaintMark(ready: boolean, key: string) {
  const marked = useRef('');
  useEffect(() => {
    if (!ready || marked.current === key) return;
    marked.current = key;
    requestAnimationFrame(() => {
      performance.mark('roster:painted');
      performance.measure('roster:first-paint', 'roster:data-read', 'roster:painted');
    });
  }, [ready, key]);
}

/** Who is on the committee on the chosen date, with seat counters, filters and a virtualized table. */
export function RosterScreen() {
  const committeeId = useAppStore((s) => s.committeeId);
  const asOf = useAppStore((s) => s.asOf);
  const search = useAppStore((s) => s.rosterSearch);
  const kinds = useAppStore((s) => s.rosterKinds);
  const setSearch = useAppStore((s) => s.setRosterSearch);
  const setKinds = useAppStore((s) => s.setRosterKinds);
  const navigate = useAppStore((s) => s.navigate);
  const slice = useCommitteeSlice(committeeId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Term | undefined>();

  const view = useMemo(() => {
    // The slice's own committee: while another one loads, the previous slice is still shown.
    const loadedId = slice?.committees[0]?.id;
    if (!slice || !loadedId) return undefined;
    performance.mark('roster:data-read');
    const ctx = createRulesContext(slice);
    const roster = rosterInContext(ctx, loadedId, asOf);
    return { ctx, roster, counts: rosterCounts(ctx, roster) };
  }, [slice, asOf]);
  useFirstPaintMark(view !== undefined, `${committeeId}|${asOf}`);

  const rows = useMemo(() => {
    if (!view) return [];
    const needle = search.trim().toLocaleLowerCase();
    return view.roster.members.filter(
      (m) =>
        (kinds.length === 0 || kinds.includes(m.kind)) &&
        (needle === '' ||
          m.name.toLocaleLowerCase().includes(needle) ||
          (m.country ?? '').toLocaleLowerCase() === needle ||
          (m.region ? REGION_LABELS[m.region].toLocaleLowerCase().includes(needle) : false)),
    );
  }, [view, search, kinds]);

  if (slice === undefined) return <p className="loading">Reading the roster…</p>;
  if (!view || !slice) return <p className="notice notice-info">Choose a committee to see its roster.</p>;
  const { counts } = view;
  const committee = slice.committees[0];

  const columns: Column<RosterEntry>[] = [
    {
      key: 'name',
      header: 'Name',
      width: 'minmax(11rem, 1.6fr)',
      render: (m) => (
        <button type="button" className="link-button" onClick={() => navigate({ screen: 'person', id: m.personId })}>
          {m.name}
        </button>
      ),
    },
    { key: 'kind', header: 'Kind', width: '8rem', render: (m) => KIND_LABELS[m.kind] },
    { key: 'term', header: 'Term', width: '14.5rem', render: (m) => `${m.start} → ${m.endedOn ?? m.end}` },
    {
      key: 'number',
      header: 'Term no.',
      width: '7.5rem',
      render: (m) => (m.counts ? `term ${m.termNumber} of ${m.maxTerms}` : 'not counted'),
    },
    {
      key: 'offices',
      header: 'Offices',
      width: 'minmax(7rem, 1.2fr)',
      render: (m) => m.offices.map((o) => OFFICE_ROLE_LABELS[o.role]).join(', '),
    },
    {
      key: 'region',
      header: 'Region',
      width: 'minmax(8rem, 1.2fr)',
      render: (m) => (m.region ? REGION_LABELS[m.region] : ''),
    },
    { key: 'country', header: 'Country', width: '4.5rem', render: (m) => m.country ?? '' },
    {
      key: 'actions',
      header: '',
      width: '6.5rem',
      render: (m) => (
        <button
          type="button"
          className="btn btn-small"
          aria-label={`End ${m.name}'s term early`}
          onClick={(event) => {
            event.stopPropagation();
            setEnding(slice.terms.find((t) => t.id === m.termId));
          }}
        >
          End early
        </button>
      ),
    },
  ];

  return (
    <section aria-labelledby="roster-title">
      <div className="screen-header">
        <div>
          <h1 id="roster-title">{committee?.name}</h1>
          <p>
            Members on {asOf}: <strong data-testid="member-count">{counts.voting} members</strong>
            {counts.corresponding + counts.exOfficio > 0 &&
              `, and ${[
                counts.corresponding > 0 ? `${counts.corresponding} corresponding` : '',
                counts.exOfficio > 0 ? `${counts.exOfficio} ex officio` : '',
              ]
                .filter(Boolean)
                .join(' and ')} without a vote`}
          </p>
        </div>
        <div className="roster-actions">
          <ExportMenu
            label={`Export the roster on ${asOf}`}
            table={(locale) => rosterTable(view.ctx, view.roster.committeeId, asOf, todayIso(), locale)}
          />
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            Add a member…
          </button>
        </div>
      </div>

      <div className="seat-counters" role="group" aria-label="Seats">
        <div className="counter">
          <span className="counter-value" data-testid="elected-seats">
            {counts.electedSeats.used}/{counts.electedSeats.max}
          </span>
          <span className="counter-label">elected seats filled</span>
        </div>
        <div className={counts.electedSeats.vacant > 0 ? 'counter counter-attention' : 'counter'}>
          <span className="counter-value" data-testid="vacant-seats">
            {counts.electedSeats.vacant}
          </span>
          <span className="counter-label">{counts.electedSeats.vacant === 1 ? 'vacant seat' : 'vacant seats'}</span>
        </div>
        <div className="counter">
          <span className="counter-value">
            {counts.coopted.used}/{counts.coopted.max}
          </span>
          <span className="counter-label">
            co-opted {counts.coopted.max === 0 ? '(none allowed on this date)' : ''}
          </span>
        </div>
      </div>

      <div className="roster-filters">
        <label className="field">
          Search
          <input
            type="search"
            value={search}
            placeholder="Name, country code or region"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <fieldset className="kind-filter">
          <legend>Kinds</legend>
          {(Object.keys(KIND_LABELS) as TermKind[]).map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
              />
              {KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <p className="roster-shown" role="status">
          Showing {rows.length} of {view.roster.members.length}
        </p>
      </div>

      <VirtualTable
        label={`Roster of ${committee?.name ?? ''} on ${asOf}`}
        rows={rows}
        columns={columns}
        rowKey={(m) => m.termId}
        onRowActivate={(m) => navigate({ screen: 'person', id: m.personId })}
        empty={view.roster.members.length === 0 ? `Nobody holds a term on ${asOf}.` : 'No member matches the filters.'}
      />

      {adding && <AddTermDialog slice={slice} asOf={asOf} onClose={() => setAdding(false)} />}
      {ending && <EndTermDialog slice={slice} term={ending} asOf={asOf} onClose={() => setEnding(undefined)} />}
    </section>
  );
}
