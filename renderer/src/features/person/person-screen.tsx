import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { OFFICE_ROLE_LABELS } from '@shared/domain/vocabulary';
import { createRulesContext } from '@shared/rules/context';
import { effectiveEnd, yearSpan } from '@shared/rules/terms';
import { PersonFormDialog } from '../../components/person-form-dialog';
import { countryLabel, languageName, regionLabelOf } from '../../components/person-labels';
import { db } from '../../db/db';
import { readPersonHistory, readPersonSlice } from '../../db/repositories/person-slice';
import { useAppStore } from '../../stores/app-store';
import { PersonHistory } from './person-history';
import { personView, type CommitteeStanding, type CycleStanding, type RecordStatus } from './person-view';
import { ServiceTimeline } from './service-timeline';
import './person.css';

const STATUS_LABELS: Record<RecordStatus, { label: string; badge: string }> = {
  current: { label: 'Current', badge: 'badge' },
  proposed: { label: 'Proposed, not approved', badge: 'badge badge-warning' },
  planned: { label: 'Planned', badge: 'badge badge-muted' },
  ended: { label: 'Ended', badge: 'badge badge-muted' },
  'ended-early': { label: 'Ended early', badge: 'badge badge-warning' },
};

/** One person: who they are, every term and office on every committee, and when they may stand. */
export function PersonScreen({ personId }: { personId: string }) {
  const asOf = useAppStore((s) => s.asOf);
  const navigate = useAppStore((s) => s.navigate);
  const slice = useLiveQuery(async () => (await readPersonSlice(db, personId)) ?? null, [personId]);
  const history = useLiveQuery(() => readPersonHistory(db, personId), [personId]);
  const [editing, setEditing] = useState(false);

  const view = useMemo(() => {
    if (!slice) return undefined;
    const ctx = createRulesContext(slice);
    return personView(ctx, personId, asOf);
  }, [slice, personId, asOf]);

  const backToPeople = (
    <button type="button" className="link-button person-back" onClick={() => navigate({ screen: 'people' })}>
      ← All people
    </button>
  );

  if (slice === undefined) return <p className="loading">Reading the records…</p>;
  if (slice === null || !view) {
    return (
      <section aria-labelledby="person-title" className="person-screen">
        {backToPeople}
        <div className="screen-header">
          <h1 id="person-title">No one with the id {personId}</h1>
        </div>
        <p className="notice notice-info">
          This person is not in the records. If they were merged into another record or deleted, the history below says
          so.
        </p>
        <h2>Change history</h2>
        <PersonHistory entries={history} />
      </section>
    );
  }

  const person = slice.people[0]!;
  const committeeName = (id: string) => slice.committees.find((c) => c.id === id)?.name ?? id;
  const region = regionLabelOf(person);
  const headline = [countryLabel(person.country), region.label, person.institution].filter(Boolean).join(' · ');
  const orphanOffices = view.officeRows.filter((r) => !r.withinTerm);
  const hasRecords = view.termRows.length + view.officeRows.length > 0;

  return (
    <section aria-labelledby="person-title" className="person-screen">
      {backToPeople}
      <div className="screen-header">
        <div>
          <h1 id="person-title">{person.name}</h1>
          {headline && <p>{headline}</p>}
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
          Edit details…
        </button>
      </div>

      <section className="card person-details" aria-labelledby="person-details-title">
        <h2 id="person-details-title" className="visually-hidden">
          Details
        </h2>
        <dl>
          <div>
            <dt>Country</dt>
            <dd>
              {person.country ? countryLabel(person.country) : <span className="person-muted">not recorded</span>}
            </dd>
          </div>
          <div>
            <dt>Region</dt>
            <dd>
              {region.label || <span className="person-muted">unknown</span>}
              {region.source === 'country' && <span className="person-muted"> (from the country)</span>}
              {region.source === 'recorded' && <span className="person-muted"> (recorded)</span>}
            </dd>
          </div>
          <div>
            <dt>Institution</dt>
            <dd>{person.institution ?? <span className="person-muted">not recorded</span>}</dd>
          </div>
          <div>
            <dt>E-mail</dt>
            <dd>
              {person.email ? (
                <a href={`mailto:${person.email}`}>{person.email}</a>
              ) : (
                <span className="person-muted">not recorded</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Languages</dt>
            <dd>
              {person.languages && person.languages.length > 0 ? (
                person.languages.map(languageName).join(', ')
              ) : (
                <span className="person-muted">not recorded</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Record</dt>
            <dd>
              <code>{person.id}</code>
            </dd>
          </div>
          {person.notes && (
            <div className="person-notes">
              <dt>Notes</dt>
              <dd>{person.notes}</dd>
            </div>
          )}
        </dl>
      </section>

      {!hasRecords ? (
        <p className="notice notice-info">
          No term or office is recorded for {person.name} yet. Terms are added from a committee’s roster.
        </p>
      ) : (
        <>
          <section aria-labelledby="person-standing-title">
            <h2 id="person-standing-title">Standing for election</h2>
            <p className="person-muted person-section-note">
              As of {asOf}, by the consecutive-term rules (R-08, R-09), for each committee served on.
            </p>
            <div className="standing-list">
              {view.standings.map((standing) => (
                <StandingCard
                  key={standing.committeeId}
                  standing={standing}
                  name={committeeName(standing.committeeId)}
                />
              ))}
            </div>
          </section>

          <section aria-labelledby="person-timeline-title">
            <h2 id="person-timeline-title">Service timeline</h2>
            <ServiceTimeline
              personName={person.name}
              committeeIds={view.committeeIds}
              committeeName={committeeName}
              termRows={view.termRows}
              officeRows={view.officeRows}
              asOf={asOf}
            />
          </section>

          <section aria-labelledby="person-records-title">
            <h2 id="person-records-title">Terms and offices</h2>
            <div className="person-table-wrap">
              <table className="plain-table person-records">
                <caption className="visually-hidden">
                  {person.name}’s terms, with their place in the consecutive chain and the offices held during them
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Committee</th>
                    <th scope="col">Record</th>
                    <th scope="col">From</th>
                    <th scope="col">Until</th>
                    <th scope="col">In the chain</th>
                    <th scope="col">Offices held</th>
                    <th scope="col">On {asOf}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.termRows.map((row) => (
                    <tr key={row.term.id}>
                      <td>{committeeName(row.committeeId)}</td>
                      <td>
                        <span className={`person-kind person-kind-${row.term.kind}`} aria-hidden="true" />
                        {row.label}
                        {row.term.seat && <span className="person-muted"> · seat {row.term.seat}</span>}
                      </td>
                      <td className="person-date">{row.term.start}</td>
                      <td className="person-date">
                        {row.status === 'ended-early' ? (
                          <>
                            {row.term.endedOn}
                            <span className="person-muted person-block">
                              planned {row.term.end}
                              {row.term.endReason ? `; ${row.term.endReason}` : ''}
                            </span>
                          </>
                        ) : (
                          row.term.end
                        )}
                      </td>
                      <td>
                        {row.overLimit ? (
                          <span className="badge badge-error">{row.chainLabel}: over the limit</span>
                        ) : (
                          row.chainLabel || <span className="person-muted">committee not in the records</span>
                        )}
                        {row.notCountedReason && (
                          <span className="person-muted person-block">{row.notCountedReason}</span>
                        )}
                      </td>
                      <td>
                        {row.offices.length === 0 ? (
                          <span className="person-muted">none</span>
                        ) : (
                          row.offices.map((o) => (
                            <span key={o.id} className="person-block">
                              {OFFICE_ROLE_LABELS[o.role]} {yearSpan(o)}
                            </span>
                          ))
                        )}
                      </td>
                      <td>
                        <span className={STATUS_LABELS[row.status].badge}>{STATUS_LABELS[row.status].label}</span>
                      </td>
                    </tr>
                  ))}
                  {orphanOffices.map(({ office, status }) => (
                    <tr key={office.id}>
                      <td>{committeeName(office.committeeId)}</td>
                      <td>
                        {OFFICE_ROLE_LABELS[office.role]} (office)
                        <span className="badge badge-warning person-inline-badge">held without a term</span>
                      </td>
                      <td className="person-date">{office.start}</td>
                      <td className="person-date">{effectiveEnd(office)}</td>
                      <td>
                        <span className="person-muted">offices are not part of the term chain</span>
                      </td>
                      <td />
                      <td>
                        <span className={STATUS_LABELS[status].badge}>{STATUS_LABELS[status].label}</span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}

      <section aria-labelledby="person-history-title">
        <h2 id="person-history-title">Change history</h2>
        <p className="person-muted person-section-note">
          Every change to {person.name}’s record and to their terms and offices, newest first, from the tamper-evident
          log.
        </p>
        <PersonHistory entries={history} />
      </section>

      {editing && <PersonFormDialog person={person} onClose={() => setEditing(false)} />}
    </section>
  );
}

function StandingCard({ standing, name }: { standing: CommitteeStanding; name: string }) {
  const { summary } = standing;
  return (
    <article className={`card standing standing-${summary.tone}`} aria-labelledby={`standing-${standing.committeeId}`}>
      <h3 id={`standing-${standing.committeeId}`}>{name}</h3>
      <div className="standing-answer">
        <p className="standing-headline">{summary.headline}</p>
        <p className="standing-detail">{summary.detail}</p>
        <dl className="standing-facts">
          <div>
            <dt>Current consecutive chain</dt>
            <dd>
              <ChainText standing={standing} />
            </dd>
          </div>
          {standing.corresponding && (
            <div>
              <dt>Corresponding membership</dt>
              <dd>
                {standing.corresponding.spans.join(', ')} (term {standing.corresponding.number} of{' '}
                {standing.corresponding.max}, counted apart, R-31)
              </dd>
            </div>
          )}
        </dl>
      </div>
      <table className="plain-table standing-cycles">
        <caption className="visually-hidden">Coming election cycles on {name}</caption>
        <thead>
          <tr>
            <th scope="col">Cycle</th>
            <th scope="col">Terms start</th>
            <th scope="col">Could stand?</th>
          </tr>
        </thead>
        <tbody>
          {standing.cycles.map((cycle) => (
            <tr key={cycle.cycle}>
              <th scope="row">{cycle.cycle}</th>
              <td>{cycle.boundary}</td>
              <td>
                <CycleVerdict cycle={cycle} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

/** The chain in words: its terms, what keeps it open without counting, or why there is none. */
function ChainText({ standing }: { standing: CommitteeStanding }) {
  const { chain, uncounted, lapsedChain, plannedChain } = standing;
  const spans = chain.map((c) => (c.planned ? `${c.span} (planned)` : c.span)).join(', ');
  return (
    <>
      {chain.length > 0
        ? spans
        : uncounted.length > 0
          ? 'No counting term'
          : lapsedChain.length > 0
            ? `None: the last one (${lapsedChain.join(', ')}) is broken`
            : 'None'}
      {uncounted.length > 0 && (
        <span className="person-muted person-block">
          {chain.length > 0 ? 'also ' : ''}
          {uncounted.join(', ')}: keeps the chain unbroken but does not count
        </span>
      )}
      {plannedChain.length > 0 && (
        <span className="person-muted person-block">Recorded to start a new chain: {plannedChain.join(', ')}</span>
      )}
    </>
  );
}

function CycleVerdict({ cycle }: { cycle: CycleStanding }) {
  const { eligibility, holding } = cycle;
  if (holding) {
    return holding.startsThen ? (
      <span className="person-muted">Term {yearSpan(holding.term)} already recorded</span>
    ) : (
      <span className="person-muted">Serving: term runs to {effectiveEnd(holding.term)}</span>
    );
  }
  if (!eligibility.eligible) {
    return (
      <span className="verdict verdict-no">
        No: would be term {eligibility.prospectiveTermNumber} of {eligibility.maxTerms}
      </span>
    );
  }
  return (
    <span className="verdict verdict-yes">
      Yes, as term {eligibility.prospectiveTermNumber} of {eligibility.maxTerms}
      {eligibility.prospectiveTermNumber === 1 ? ' (a fresh chain)' : ''}
    </span>
  );
}
