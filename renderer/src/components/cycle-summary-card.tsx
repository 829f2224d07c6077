import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { Eligibility } from '@shared/rules/eligibility';
import type { CycleSummary, StandingEntry } from '@shared/rules/cycle-summary';
import { useFormat } from '../i18n/use-format';
import { useAppStore } from '../stores/app-store';
import { RICH } from './rich-text';
import { commaList, useVocabulary } from './vocabulary';
import './cycle-summary-card.css';

/**
 * An election cycle at a glance: places to fill, terms ending, continuing
 * members, casual vacancies, co-option capacity, and who may stand again or is term-limited, why.
 */
function placesNote(intl: IntlShape, summary: CycleSummary, hasSeatCohorts: boolean): string {
  const { declaredVacancies, computedVacancies } = summary.plan;
  const source = hasSeatCohorts ? 'cohorts' : 'boundary';
  if (declaredVacancies === null) return intl.formatMessage({ id: 'components.cycle.places.computed' }, { source });
  if (declaredVacancies === computedVacancies) {
    return intl.formatMessage({ id: 'components.cycle.places.declaredMatching' }, { source });
  }
  return intl.formatMessage(
    { id: 'components.cycle.places.declaredDiffering' },
    { source, computed: computedVacancies },
  );
}

/** Why someone may or may not stand again: "would be term 2 of 2", "2 consecutive terms …; may stand again from 2023". */
function standingReason(intl: IntlShape, eligibility: Eligibility): string {
  if (eligibility.eligible) {
    return intl.formatMessage(
      { id: 'components.cycle.reason.eligible' },
      { number: eligibility.prospectiveTermNumber, max: eligibility.maxTerms },
    );
  }
  const values = { count: eligibility.chain.length, chain: commaList(intl, eligibility.chain) };
  return eligibility.mayStandAgainFrom === null
    ? intl.formatMessage({ id: 'components.cycle.reason.served' }, values)
    : intl.formatMessage(
        { id: 'components.cycle.reason.servedUntil' },
        { ...values, year: String(eligibility.mayStandAgainFrom) },
      );
}

export function CycleSummaryCard({ summary, hasSeatCohorts }: { summary: CycleSummary; hasSeatCohorts: boolean }) {
  const intl = useIntl();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const { plan } = summary;
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `components.cycle.${id}` }, values);
  const figures: { key: string; label: string; value: number; note: string; attention?: boolean }[] = [
    {
      key: 'places',
      label: say('figure.places'),
      value: plan.vacancies,
      note: placesNote(intl, summary, hasSeatCohorts),
    },
    {
      key: 'ending',
      label: say('figure.ending'),
      value: plan.expiring.length,
      note: say('figure.endingNote', { date: format.date(plan.boundary) }),
    },
    {
      key: 'continuing',
      label: say('figure.continuing'),
      value: plan.continuing.length,
      note: say('figure.continuingNote'),
    },
    {
      key: 'casual',
      label: say('figure.casual'),
      value: plan.casualVacancies,
      note: say('figure.casualNote'),
      attention: plan.casualVacancies > 0,
    },
    {
      key: 'cooption',
      label: say('figure.cooption'),
      value: plan.coOptionCapacity,
      note: say('figure.cooptionNote', { ruleSet: plan.ruleSet }),
    },
  ];
  return (
    <section className="card cycle-card" aria-labelledby="cycle-title">
      <h2 id="cycle-title">
        <FormattedMessage
          id="components.cycle.title"
          values={{ cycle: String(plan.cycle), date: format.date(plan.boundary) }}
        />
      </h2>
      <p className="cycle-lead">
        <FormattedMessage
          id="components.cycle.lead"
          values={{ ...RICH, ruleSet: plan.ruleSet, date: format.date(plan.boundary) }}
        />
      </p>
      <dl className="cycle-cycle-figures">
        {figures.map((f) => (
          <div
            key={f.key}
            className={f.attention ? 'cycle-cycle-figure cycle-cycle-figure-attention' : 'cycle-cycle-figure'}
          >
            <dt>{f.label}</dt>
            <dd>
              <span className="cycle-cycle-figure-value">{format.number(f.value)}</span>
              <span className="cycle-cycle-figure-note">{f.note}</span>
            </dd>
          </div>
        ))}
      </dl>

      <div className="cycle-standing-columns">
        <StandingList
          id="may-stand-again"
          title={say('mayStandAgain')}
          entries={summary.mayStandAgain}
          empty={say('mayStandAgainNone', { cycle: String(plan.cycle) })}
          reason={(e) => standingReason(intl, e.eligibility)}
        />
        <StandingList
          id="term-limited"
          title={say('termLimited')}
          entries={summary.termLimited}
          empty={say('termLimitedNone')}
          reason={(e) => standingReason(intl, e.eligibility)}
        />
      </div>

      <section aria-labelledby="continuing-title" className="cycle-continuing">
        <h3 id="continuing-title">
          <FormattedMessage
            id="components.cycle.continuing"
            values={{
              count: <span className="badge badge-muted">{format.number(summary.continuing.length)}</span>,
            }}
          />
        </h3>
        {summary.continuing.length === 0 ? (
          <p className="cycle-empty">
            <FormattedMessage id="components.cycle.continuingNone" values={{ date: format.date(plan.boundary) }} />
          </p>
        ) : (
          <ul className="cycle-continuing-list">
            {summary.continuing.map((c) => (
              <li key={c.personId}>
                <FormattedMessage
                  id="components.cycle.continuingEntry"
                  values={{
                    name: <PersonLink personId={c.personId} name={c.name} />,
                    details: (
                      <span className="cycle-muted">
                        <FormattedMessage
                          id="components.cycle.continuingUntil"
                          values={{ kind: vocabulary.termKindInSentence(c.kind), date: format.date(c.until) }}
                        />
                      </span>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function StandingList({
  id,
  title,
  entries,
  empty,
  reason,
}: {
  id: string;
  title: string;
  entries: readonly StandingEntry[];
  empty: string;
  reason: (entry: StandingEntry) => string;
}) {
  const format = useFormat();
  return (
    <section aria-labelledby={`${id}-title`} className={`cycle-standing cycle-standing-${id}`}>
      <h3 id={`${id}-title`}>
        <FormattedMessage
          id="components.cycle.listTitle"
          values={{ title, count: <span className="badge">{format.number(entries.length)}</span> }}
        />
      </h3>
      {entries.length === 0 ? (
        <p className="cycle-empty">{empty}</p>
      ) : (
        <ul className="cycle-standing-list" data-testid={id}>
          {entries.map((e) => (
            <li key={e.personId}>
              <PersonLink personId={e.personId} name={e.name} />
              <span className="cycle-standing-reason">{reason(e)}</span>
            </li>
          ))}
        </ul>
      )}
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
