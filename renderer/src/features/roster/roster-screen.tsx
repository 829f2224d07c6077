import { useEffect, useMemo, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { TERM_KINDS } from '@shared/domain/vocabulary';
import { foldForSearch, matchesSearch } from '@shared/domain/text';
import { createRulesContext } from '@shared/rules/context';
import { rosterCounts, rosterInContext, type RosterEntry } from '@shared/rules/roster';
import type { Term } from '@shared/workspace/schema';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { rosterTable } from '@shared/exports/lists';
import { ExportMenu } from '../../components/export-menu';
import { commaList, formatList, useVocabulary } from '../../components/vocabulary';
import { useFormat } from '../../i18n/use-format';
import { todayIso, useAppStore } from '../../stores/app-store';
import { AddTermDialog } from './add-term-dialog';
import { EndTermDialog } from './end-term-dialog';
import './roster.css';

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
  const intl = useIntl();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `roster.${id}` }, values);

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

  // Names in the reader's alphabetical order, whatever script they are written in.
  const members = useMemo(() => {
    if (!view) return [];
    const collator = new Intl.Collator(intl.locale, { sensitivity: 'base', numeric: true });
    return [...view.roster.members].sort(
      (a, b) => collator.compare(a.name, b.name) || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0),
    );
  }, [view, intl.locale]);

  // Accents and case ignored: "kadesjo" finds "Kadesjö"; a country code must match whole.
  const rows = useMemo(() => {
    const query = foldForSearch(search);
    return members.filter(
      (m) =>
        (kinds.length === 0 || kinds.includes(m.kind)) &&
        (query === '' ||
          matchesSearch(m.name, query) ||
          foldForSearch(m.country ?? '') === query ||
          (m.region ? matchesSearch(vocabulary.region(m.region), query) : false)),
    );
  }, [members, search, kinds, vocabulary]);

  if (slice === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="roster.loading" />
      </p>
    );
  }
  if (!view || !slice) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="roster.noCommittee" />
      </p>
    );
  }
  const { counts } = view;
  const committee = slice.committees[0];
  const nonVoting = [
    ...(counts.corresponding > 0 ? [say('corresponding', { count: counts.corresponding })] : []),
    ...(counts.exOfficio > 0 ? [say('exOfficio', { count: counts.exOfficio })] : []),
  ];

  const columns: Column<RosterEntry>[] = [
    {
      key: 'name',
      header: say('column.name'),
      width: 'minmax(10rem, 1.2fr)',
      render: (m) => (
        <button type="button" className="link-button" onClick={() => navigate({ screen: 'person', id: m.personId })}>
          {m.name}
        </button>
      ),
    },
    {
      key: 'kind',
      header: say('column.kind'),
      width: 'minmax(9rem, 0.5fr)',
      render: (m) => vocabulary.termKind(m.kind),
    },
    {
      key: 'term',
      header: say('column.term'),
      width: 'minmax(14.5rem, 0.9fr)',
      // ISO dates: the same in every language, compact, and what the election desk's test reads.
      render: (m) => say('termSpan', { start: m.start, end: m.endedOn ?? m.end }),
    },
    {
      key: 'number',
      header: say('column.number'),
      width: 'minmax(9.5rem, 0.5fr)',
      render: (m) => (m.counts ? say('termNumber', { number: m.termNumber, max: m.maxTerms }) : say('notCounted')),
    },
    {
      key: 'offices',
      header: say('column.offices'),
      width: 'minmax(7rem, 1fr)',
      render: (m) =>
        commaList(
          intl,
          m.offices.map((o) => vocabulary.officeRole(o.role)),
        ),
    },
    {
      key: 'region',
      header: say('column.region'),
      width: 'minmax(8rem, 1fr)',
      render: (m) => (m.region ? vocabulary.region(m.region) : ''),
    },
    { key: 'country', header: say('column.country'), width: '4.5rem', render: (m) => m.country ?? '' },
    {
      key: 'actions',
      header: '',
      width: '8rem',
      render: (m) => (
        <button
          type="button"
          className="btn btn-small"
          aria-label={say('endEarlyLabel', { name: m.name })}
          onClick={(event) => {
            event.stopPropagation();
            setEnding(slice.terms.find((t) => t.id === m.termId));
          }}
        >
          <FormattedMessage id="roster.endEarly" />
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
            <FormattedMessage
              id={nonVoting.length > 0 ? 'roster.membersOnWithNonVoting' : 'roster.membersOn'}
              values={{
                date: format.date(asOf),
                count: counts.voting,
                nonVoting: formatList(intl, nonVoting, 'conjunction'),
                members: (chunks) => <strong data-testid="member-count">{chunks}</strong>,
              }}
            />
          </p>
        </div>
        <div className="roster-actions">
          <ExportMenu
            label={say('exportLabel', { date: asOf })}
            table={(locale) => rosterTable(view.ctx, view.roster.committeeId, asOf, todayIso(), locale)}
          />
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            <FormattedMessage id="roster.addMember" />
          </button>
        </div>
      </div>

      <div className="seat-counters" role="group" aria-label={say('seats')}>
        <div className="counter">
          <span className="counter-value" data-testid="elected-seats">
            {say('fraction', { used: counts.electedSeats.used, max: counts.electedSeats.max })}
          </span>
          <span className="counter-label">
            <FormattedMessage id="roster.electedFilled" />
          </span>
        </div>
        <div className={counts.electedSeats.vacant > 0 ? 'counter counter-attention' : 'counter'}>
          <span className="counter-value" data-testid="vacant-seats">
            {format.number(counts.electedSeats.vacant)}
          </span>
          <span className="counter-label">
            <FormattedMessage id="roster.vacantSeats" values={{ count: counts.electedSeats.vacant }} />
          </span>
        </div>
        <div className="counter">
          <span className="counter-value">
            {say('fraction', { used: counts.coopted.used, max: counts.coopted.max })}
          </span>
          <span className="counter-label">
            <FormattedMessage id={counts.coopted.max === 0 ? 'roster.cooptedNoneAllowed' : 'roster.coopted'} />
          </span>
        </div>
      </div>

      <div className="roster-filters">
        <label className="field">
          <FormattedMessage id="roster.search" />
          <input
            type="search"
            value={search}
            placeholder={say('searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <fieldset className="kind-filter">
          <legend>
            <FormattedMessage id="roster.kinds" />
          </legend>
          {TERM_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={kinds.includes(kind)}
                onChange={(e) => setKinds(e.target.checked ? [...kinds, kind] : kinds.filter((k) => k !== kind))}
              />
              {vocabulary.termKind(kind)}
            </label>
          ))}
        </fieldset>
        <p className="roster-shown" role="status">
          <FormattedMessage id="roster.showing" values={{ shown: rows.length, total: view.roster.members.length }} />
        </p>
      </div>

      <VirtualTable
        label={say('tableLabel', { committee: committee?.name ?? '', date: format.date(asOf) })}
        rows={rows}
        columns={columns}
        rowKey={(m) => m.termId}
        onRowActivate={(m) => navigate({ screen: 'person', id: m.personId })}
        empty={view.roster.members.length === 0 ? say('emptyNobody', { date: format.date(asOf) }) : say('emptyNoMatch')}
      />

      {adding && <AddTermDialog slice={slice} asOf={asOf} onClose={() => setAdding(false)} />}
      {ending && <EndTermDialog slice={slice} term={ending} asOf={asOf} onClose={() => setEnding(undefined)} />}
    </section>
  );
}
