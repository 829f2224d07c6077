import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { createBoundaryCalendar } from '@shared/rules/boundaries';
import { nextCycleOnOrAfter } from '@shared/rules/cycle-summary';
import type { Workspace } from '@shared/workspace/schema';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { CooptionsPanel } from './cooptions-panel';
import { CyclePlanner } from './cycle-planner';
import { NominationsPanel } from './nominations-panel';
import { OfficersPanel } from './officers-panel';
import { ResultsPanel } from './results-panel';
import { WhatIfPanel } from './what-if-panel';
import { useDeskText } from './desk-text';
import './elections.css';

/** The steps in order; each is labelled by `elections.step.<id>`. */
const STEPS = ['plan', 'nominations', 'results', 'officers', 'cooptions', 'what-if'] as const;
type Step = (typeof STEPS)[number];

export type ElectionStepProps = { slice: Workspace; cycle: number; asOf: string };

/** The chair's election desk for one cycle: route id `<cycle>:<step>`, e.g. `2021:results`. */
export function ElectionsScreen() {
  const committeeId = useAppStore((s) => s.committeeId);
  const asOf = useAppStore((s) => s.asOf);
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const slice = useCommitteeSlice(committeeId);
  const calendar = useMemo(() => createBoundaryCalendar(slice?.settings), [slice?.settings]);
  const intl = useIntl();
  const say = useDeskText();

  const [cycleText, stepText] = (route.id ?? '').split(':');
  const cycle =
    Number(cycleText) > 0 && Number(cycleText) % 2 === 1 ? Number(cycleText) : nextCycleOnOrAfter(calendar, asOf);
  const step: Step = STEPS.some((s) => s === stepText) ? (stepText as Step) : 'plan';
  const go = (nextCycle: number, nextStep: Step) => navigate({ screen: 'elections', id: `${nextCycle}:${nextStep}` });

  if (slice === undefined)
    return (
      <p className="loading">
        <FormattedMessage id="elections.loading" />
      </p>
    );
  if (!slice)
    return (
      <p className="notice notice-info">
        <FormattedMessage id="elections.noCommittee" />
      </p>
    );
  const committee = slice.committees[0]!;
  const cycles = [cycle - 4, cycle - 2, cycle, cycle + 2, cycle + 4].filter((y) => y > 1900);
  const props: ElectionStepProps = { slice, cycle, asOf };

  return (
    <section aria-labelledby="elections-title">
      <div className="screen-header">
        <div>
          <h1 id="elections-title">
            <FormattedMessage id="elections.title" values={{ committee: <bdi>{committee.name}</bdi> }} />
          </h1>
          <p>
            <FormattedMessage
              id="elections.lead"
              values={{ cycle: String(cycle), boundary: say.date(calendar.boundary(cycle)) }}
            />
          </p>
        </div>
        <label className="field">
          <FormattedMessage id="elections.cycle" />
          <select value={cycle} onChange={(e) => go(Number(e.target.value), step)}>
            {cycles.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <nav className="election-steps" aria-label={intl.formatMessage({ id: 'elections.steps' })}>
        {STEPS.map((s, i) => (
          <button
            key={s}
            type="button"
            className="election-step"
            aria-current={step === s ? 'step' : undefined}
            onClick={() => go(cycle, s)}
          >
            <FormattedMessage
              id="elections.stepButton"
              values={{
                number: <span className="election-step-number">{intl.formatNumber(i + 1)}</span>,
                step: intl.formatMessage({ id: `elections.step.${s}` }),
              }}
            />
          </button>
        ))}
      </nav>
      {step === 'plan' && <CyclePlanner {...props} />}
      {step === 'nominations' && <NominationsPanel {...props} />}
      {step === 'results' && <ResultsPanel {...props} />}
      {step === 'officers' && <OfficersPanel {...props} />}
      {step === 'cooptions' && <CooptionsPanel {...props} />}
      {step === 'what-if' && <WhatIfPanel {...props} />}
    </section>
  );
}
