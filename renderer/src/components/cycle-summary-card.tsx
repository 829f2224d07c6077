import { TERM_KIND_LABELS } from '@shared/domain/vocabulary';
import type { CycleSummary, StandingEntry } from '@shared/rules/cycle-summary';
import { useAppStore } from '../stores/app-store';
import './cycle-summary-card.css';

/**
 * An election cycle at a glance: places to fill, terms ending, continuing
 * members, casual vacancies, co-option capacity, and who may stand again or is term-limited, why.
 */
function placesNote(summary: CycleSummary, hasSeatCohorts: boolean): string {
  const { declaredVacancies, computedVacancies } = summary.plan;
  const source = hasSeatCohorts ? 'the seat cohorts' : 'the terms ending at the boundary';
  if (declaredVacancies === null) return `from ${source} (R-05)`;
  if (declaredVacancies === computedVacancies) return `declared, matching ${source} (R-05)`;
  return `declared; ${source} give ${computedVacancies} (R-05)`;
}

export function CycleSummaryCard({ summary, hasSeatCohorts }: { summary: CycleSummary; hasSeatCohorts: boolean }) {
  const { plan } = summary;
  const figures: { label: string; value: number; note: string; attention?: boolean }[] = [
    { label: 'Places to fill', value: plan.vacancies, note: placesNote(summary, hasSeatCohorts) },
    { label: 'Terms ending', value: plan.expiring.length, note: `on ${plan.boundary}` },
    { label: 'Continuing', value: plan.continuing.length, note: 'members carrying on past the boundary' },
    {
      label: 'Casual vacancies',
      value: plan.casualVacancies,
      note: 'seats of the continuing cohort left empty',
      attention: plan.casualVacancies > 0,
    },
    { label: 'Co-option capacity', value: plan.coOptionCapacity, note: `co-opted places free under ${plan.ruleSet}` },
  ];
  return (
    <section className="card cycle-card" aria-labelledby="cycle-title">
      <h2 id="cycle-title">
        Election {plan.cycle}: terms ending {plan.boundary}
      </h2>
      <p className="cycle-lead">
        The next election cycle, under rule set <strong>{plan.ruleSet}</strong>. New terms start on {plan.boundary}.
      </p>
      <dl className="cycle-cycle-figures">
        {figures.map((f) => (
          <div
            key={f.label}
            className={f.attention ? 'cycle-cycle-figure cycle-cycle-figure-attention' : 'cycle-cycle-figure'}
          >
            <dt>{f.label}</dt>
            <dd>
              <span className="cycle-cycle-figure-value">{f.value}</span>
              <span className="cycle-cycle-figure-note">{f.note}</span>
            </dd>
          </div>
        ))}
      </dl>

      <div className="cycle-standing-columns">
        <StandingList
          id="may-stand-again"
          title="May stand again"
          entries={summary.mayStandAgain}
          empty={`Nobody whose term ends in ${plan.cycle} may stand again.`}
        />
        <StandingList
          id="term-limited"
          title="Term-limited"
          entries={summary.termLimited}
          empty="Nobody is term-limited this cycle."
        />
      </div>

      <section aria-labelledby="continuing-title" className="cycle-continuing">
        <h3 id="continuing-title">
          Continuing <span className="badge badge-muted">{summary.continuing.length}</span>
        </h3>
        {summary.continuing.length === 0 ? (
          <p className="cycle-empty">Nobody carries on past {plan.boundary}.</p>
        ) : (
          <ul className="cycle-continuing-list">
            {summary.continuing.map((c) => (
              <li key={c.personId}>
                <PersonLink personId={c.personId} name={c.name} />{' '}
                <span className="cycle-muted">
                  {TERM_KIND_LABELS[c.kind]} until {c.until}
                </span>
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
}: {
  id: string;
  title: string;
  entries: readonly StandingEntry[];
  empty: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} className={`cycle-standing cycle-standing-${id}`}>
      <h3 id={`${id}-title`}>
        {title} <span className="badge">{entries.length}</span>
      </h3>
      {entries.length === 0 ? (
        <p className="cycle-empty">{empty}</p>
      ) : (
        <ul className="cycle-standing-list" data-testid={id}>
          {entries.map((e) => (
            <li key={e.personId}>
              <PersonLink personId={e.personId} name={e.name} />
              <span className="cycle-standing-reason">{e.reason}</span>
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
      {name}
    </button>
  );
}
