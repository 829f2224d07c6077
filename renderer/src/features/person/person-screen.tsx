import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { createRulesContext } from '@shared/rules/context';
import { effectiveEnd, yearSpan } from '@shared/rules/terms';
import { PersonFormDialog } from '../../components/person-form-dialog';
import { usePersonLabels } from '../../components/person-labels';
import { commaList, useVocabulary } from '../../components/vocabulary';
import { db } from '../../db/db';
import { readPersonHistory, readPersonSlice } from '../../db/repositories/person-slice';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../stores/app-store';
import { PersonHistory } from './person-history';
import { chainText, notCountedText, standingText, termLabelText, uncountedText } from './person-text';
import { personView, type CommitteeStanding, type CycleStanding, type RecordStatus } from './person-view';
import { ServiceTimeline } from './service-timeline';
import './person.css';

const STATUS_BADGES: Record<RecordStatus, string> = {
  current: 'badge',
  proposed: 'badge badge-warning',
  planned: 'badge badge-muted',
  ended: 'badge badge-muted',
  'ended-early': 'badge badge-warning',
};

function StatusBadge({ status }: { status: RecordStatus }) {
  return (
    <span className={STATUS_BADGES[status]}>
      <FormattedMessage id={`person.status.${status}`} />
    </span>
  );
}

function Muted({ id, values }: { id: string; values?: Record<string, string | number> }) {
  return (
    <span className="person-muted">
      <FormattedMessage id={id} values={values} />
    </span>
  );
}

/** One person: who they are, every term and office on every committee, and when they may stand. */
export function PersonScreen({ personId }: { personId: string }) {
  const asOf = useAppStore((s) => s.asOf);
  const navigate = useAppStore((s) => s.navigate);
  const slice = useLiveQuery(async () => (await readPersonSlice(db, personId)) ?? null, [personId]);
  const history = useLiveQuery(() => readPersonHistory(db, personId), [personId]);
  const [editing, setEditing] = useState(false);
  const intl = useIntl();
  const format = useFormat();
  const labels = usePersonLabels();
  const vocabulary = useVocabulary();

  const view = useMemo(() => {
    if (!slice) return undefined;
    const ctx = createRulesContext(slice);
    return personView(ctx, personId, asOf);
  }, [slice, personId, asOf]);

  const backToPeople = (
    <button type="button" className="link-button person-back" onClick={() => navigate({ screen: 'people' })}>
      <FormattedMessage id="person.back" />
    </button>
  );

  if (slice === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="person.loading" />
      </p>
    );
  }
  if (slice === null || !view) {
    return (
      <section aria-labelledby="person-title" className="person-screen">
        {backToPeople}
        <div className="screen-header">
          <h1 id="person-title">
            <FormattedMessage id="person.missing.title" values={{ id: personId }} />
          </h1>
        </div>
        <p className="notice notice-info">
          <FormattedMessage id="person.missing.explain" />
        </p>
        <h2>
          <FormattedMessage id="person.history.title" />
        </h2>
        <PersonHistory entries={history} />
      </section>
    );
  }

  const person = slice.people[0]!;
  const committeeName = (id: string) => slice.committees.find((c) => c.id === id)?.name ?? id;
  const region = labels.regionLabelOf(person);
  const headline = [labels.countryLabel(person.country), region.label, person.institution].filter(Boolean).join(' · ');
  const orphanOffices = view.officeRows.filter((r) => !r.withinTerm);
  const hasRecords = view.termRows.length + view.officeRows.length > 0;
  const name = <bdi>{person.name}</bdi>;

  return (
    <section aria-labelledby="person-title" className="person-screen">
      {backToPeople}
      <div className="screen-header">
        <div>
          <h1 id="person-title">{person.name}</h1>
          {headline && <p>{headline}</p>}
        </div>
        <button type="button" className="btn btn-primary" onClick={() => setEditing(true)}>
          <FormattedMessage id="person.edit" />
        </button>
      </div>

      <section className="card person-details" aria-labelledby="person-details-title">
        <h2 id="person-details-title" className="visually-hidden">
          <FormattedMessage id="person.details.title" />
        </h2>
        <dl>
          <div>
            <dt>
              <FormattedMessage id="person.details.country" />
            </dt>
            <dd>{person.country ? labels.countryLabel(person.country) : <Muted id="person.notRecorded" />}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="person.details.region" />
            </dt>
            <dd>
              {region.label || <Muted id="person.regionUnknown" />}
              {region.source === 'country' && <Muted id="person.regionFromCountry" />}
              {region.source === 'recorded' && <Muted id="person.regionRecorded" />}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="person.details.institution" />
            </dt>
            <dd>{person.institution ?? <Muted id="person.notRecorded" />}</dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="person.details.email" />
            </dt>
            <dd>
              {person.email ? (
                <a href={`mailto:${person.email}`} dir="ltr">
                  {person.email}
                </a>
              ) : (
                <Muted id="person.notRecorded" />
              )}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="person.details.languages" />
            </dt>
            <dd>
              {person.languages && person.languages.length > 0 ? (
                commaList(
                  intl,
                  person.languages.map((code) => labels.languageName(code)),
                )
              ) : (
                <Muted id="person.notRecorded" />
              )}
            </dd>
          </div>
          <div>
            <dt>
              <FormattedMessage id="person.details.record" />
            </dt>
            <dd>
              <code>{person.id}</code>
            </dd>
          </div>
          {person.notes && (
            <div className="person-notes">
              <dt>
                <FormattedMessage id="person.details.notes" />
              </dt>
              <dd>{person.notes}</dd>
            </div>
          )}
        </dl>
      </section>

      {!hasRecords ? (
        <p className="notice notice-info">
          <FormattedMessage id="person.noRecords" values={{ name }} />
        </p>
      ) : (
        <>
          <section aria-labelledby="person-standing-title">
            <h2 id="person-standing-title">
              <FormattedMessage id="person.standing.title" />
            </h2>
            <p className="person-muted person-section-note">
              <FormattedMessage id="person.standing.note" values={{ date: format.date(asOf) }} />
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
            <h2 id="person-timeline-title">
              <FormattedMessage id="person.timeline.title" />
            </h2>
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
            <h2 id="person-records-title">
              <FormattedMessage id="person.records.title" />
            </h2>
            <div className="person-table-wrap">
              <table className="plain-table person-records">
                <caption className="visually-hidden">
                  <FormattedMessage id="person.records.caption" values={{ name }} />
                </caption>
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage id="person.records.committee" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.record" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.from" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.until" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.chain" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.offices" />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="person.records.on" values={{ date: format.date(asOf) }} />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {view.termRows.map((row) => (
                    <tr key={row.term.id}>
                      <td>{committeeName(row.committeeId)}</td>
                      <td>
                        <span className={`person-kind person-kind-${row.term.kind}`} aria-hidden="true" />
                        {termLabelText(intl, row.label)}
                        {row.term.seat && <Muted id="person.records.seat" values={{ seat: row.term.seat }} />}
                      </td>
                      <td className="person-date">{format.date(row.term.start)}</td>
                      <td className="person-date">
                        {row.status === 'ended-early' && row.term.endedOn ? (
                          <>
                            {format.date(row.term.endedOn)}
                            <span className="person-muted person-block">
                              {row.term.endReason ? (
                                <FormattedMessage
                                  id="person.records.plannedWithReason"
                                  values={{
                                    date: format.date(row.term.end),
                                    reason: vocabulary.endReason(row.term.endReason),
                                  }}
                                />
                              ) : (
                                <FormattedMessage
                                  id="person.records.planned"
                                  values={{ date: format.date(row.term.end) }}
                                />
                              )}
                            </span>
                          </>
                        ) : (
                          format.date(row.term.end)
                        )}
                      </td>
                      <td>
                        {row.overLimit ? (
                          <span className="badge badge-error">
                            <FormattedMessage
                              id="person.records.overLimit"
                              values={{ chain: chainText(intl, row.chain) }}
                            />
                          </span>
                        ) : (
                          chainText(intl, row.chain) || <Muted id="person.records.committeeMissing" />
                        )}
                        {row.notCountedReason && (
                          <span className="person-muted person-block">
                            {notCountedText(intl, row.notCountedReason)}
                          </span>
                        )}
                      </td>
                      <td>
                        {row.offices.length === 0 ? (
                          <Muted id="person.records.none" />
                        ) : (
                          row.offices.map((o) => (
                            <span key={o.id} className="person-block">
                              <FormattedMessage
                                id="person.records.office"
                                values={{ role: vocabulary.officeRole(o.role), years: yearSpan(o) }}
                              />
                            </span>
                          ))
                        )}
                      </td>
                      <td>
                        <StatusBadge status={row.status} />
                      </td>
                    </tr>
                  ))}
                  {orphanOffices.map(({ office, status }) => (
                    <tr key={office.id}>
                      <td>{committeeName(office.committeeId)}</td>
                      <td>
                        <FormattedMessage
                          id="person.records.orphanOffice"
                          values={{
                            role: vocabulary.officeRole(office.role),
                            badge: (chunks) => (
                              <span className="badge badge-warning person-inline-badge">{chunks}</span>
                            ),
                          }}
                        />
                      </td>
                      <td className="person-date">{format.date(office.start)}</td>
                      <td className="person-date">{format.date(effectiveEnd(office))}</td>
                      <td>
                        <Muted id="person.records.officeNotInChain" />
                      </td>
                      <td />
                      <td>
                        <StatusBadge status={status} />
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
        <h2 id="person-history-title">
          <FormattedMessage id="person.history.title" />
        </h2>
        <p className="person-muted person-section-note">
          <FormattedMessage id="person.history.note" values={{ name }} />
        </p>
        <PersonHistory entries={history} />
      </section>

      {editing && <PersonFormDialog person={person} onClose={() => setEditing(false)} />}
    </section>
  );
}

function StandingCard({ standing, name }: { standing: CommitteeStanding; name: string }) {
  const intl = useIntl();
  const format = useFormat();
  const summary = standingText(intl, standing.summary);
  return (
    <article
      className={`card standing standing-${standing.summary.tone}`}
      aria-labelledby={`standing-${standing.committeeId}`}
    >
      <h3 id={`standing-${standing.committeeId}`}>{name}</h3>
      <div className="standing-answer">
        <p className="standing-headline">{summary.headline}</p>
        <p className="standing-detail">{summary.detail}</p>
        <dl className="standing-facts">
          <div>
            <dt>
              <FormattedMessage id="person.standing.chain" />
            </dt>
            <dd>
              <ChainText standing={standing} />
            </dd>
          </div>
          {standing.corresponding && (
            <div>
              <dt>
                <FormattedMessage id="person.standing.corresponding" />
              </dt>
              <dd>
                <FormattedMessage
                  id="person.standing.correspondingChain"
                  values={{
                    spans: commaList(intl, standing.corresponding.spans),
                    number: standing.corresponding.number,
                    max: standing.corresponding.max,
                  }}
                />
              </dd>
            </div>
          )}
        </dl>
      </div>
      <table className="plain-table standing-cycles">
        <caption className="visually-hidden">
          <FormattedMessage id="person.cycles.caption" values={{ committee: name }} />
        </caption>
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="person.cycles.cycle" />
            </th>
            <th scope="col">
              <FormattedMessage id="person.cycles.termsStart" />
            </th>
            <th scope="col">
              <FormattedMessage id="person.cycles.couldStand" />
            </th>
          </tr>
        </thead>
        <tbody>
          {standing.cycles.map((cycle) => (
            <tr key={cycle.cycle}>
              <th scope="row">{cycle.cycle}</th>
              <td>{format.date(cycle.boundary)}</td>
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
  const intl = useIntl();
  const { chain, uncounted, lapsedChain, plannedChain } = standing;
  const spans = commaList(
    intl,
    chain.map((c) => (c.planned ? intl.formatMessage({ id: 'person.chain.planned' }, { span: c.span }) : c.span)),
  );
  return (
    <>
      {chain.length > 0 ? (
        spans
      ) : uncounted.length > 0 ? (
        <FormattedMessage id="person.chain.noCountingTerm" />
      ) : lapsedChain.length > 0 ? (
        <FormattedMessage id="person.chain.broken" values={{ chain: commaList(intl, lapsedChain) }} />
      ) : (
        <FormattedMessage id="person.chain.none" />
      )}
      {uncounted.length > 0 && (
        <span className="person-muted person-block">
          <FormattedMessage
            id={chain.length > 0 ? 'person.chain.alsoUncounted' : 'person.chain.uncounted'}
            values={{
              links: commaList(
                intl,
                uncounted.map((link) => uncountedText(intl, link)),
              ),
            }}
          />
        </span>
      )}
      {plannedChain.length > 0 && (
        <span className="person-muted person-block">
          <FormattedMessage id="person.chain.plannedChain" values={{ chain: commaList(intl, plannedChain) }} />
        </span>
      )}
    </>
  );
}

function CycleVerdict({ cycle }: { cycle: CycleStanding }) {
  const format = useFormat();
  const { eligibility, holding } = cycle;
  if (holding) {
    return holding.startsThen ? (
      <Muted id="person.cycles.alreadyRecorded" values={{ years: yearSpan(holding.term) }} />
    ) : (
      <Muted id="person.cycles.serving" values={{ date: format.date(effectiveEnd(holding.term)) }} />
    );
  }
  const values = { number: eligibility.prospectiveTermNumber, max: eligibility.maxTerms };
  if (!eligibility.eligible) {
    return (
      <span className="verdict verdict-no">
        <FormattedMessage id="person.cycles.no" values={values} />
      </span>
    );
  }
  return (
    <span className="verdict verdict-yes">
      <FormattedMessage
        id={eligibility.prospectiveTermNumber === 1 ? 'person.cycles.yesFresh' : 'person.cycles.yes'}
        values={values}
      />
    </span>
  );
}
