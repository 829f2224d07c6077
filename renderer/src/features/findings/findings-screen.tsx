import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { checkWorkspace } from '@shared/rules/check-workspace';
import type { Finding, Severity } from '@shared/rules/findings';
import { findingKey } from '@shared/rules/what-if';
import type { Workspace } from '@shared/workspace/schema';
import type { RuleOverride } from '../../db/app-db';
import { db } from '../../db/db';
import { overrideKey } from '../../db/repositories/overrides';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useFindingText } from '../../i18n/use-finding-text';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../stores/app-store';
import { FindingRecords } from './finding-records';
import { KeepFindingDialog } from './keep-finding-dialog';
import { RuleText } from './rule-text';
import './findings.css';
import { RecordedBy } from '../../components/recorded-by';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const BADGE: Record<Severity, string> = { error: 'badge badge-error', warning: 'badge badge-warning', info: 'badge' };

/** A decision's day, where the user is (the day they remember deciding), in their language. */
function decisionDay(intl: IntlShape, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return intl.formatDate(date, { dateStyle: 'medium' });
}

/**
 * Who kept a finding, when and why, and the IFLA HQ reference when there is one: as a sentence of
 * its own (`findings.kept.by`), or after the finding it was about (`findings.unmatched.item`).
 */
function KeptText({ override, id }: { override: RuleOverride; id: 'findings.kept.by' | 'findings.unmatched.item' }) {
  const intl = useIntl();
  return (
    <FormattedMessage
      id={override.hqReference ? `${id}.withHq` : id}
      values={{
        who: <RecordedBy actor={override.by} />,
        strong: (chunks) => <strong>{chunks}</strong>,
        date: decisionDay(intl, override.at),
        why: <bdi>{override.why}</bdi>,
        hq: <bdi>{override.hqReference}</bdi>,
        code: <code>{override.code}</code>,
        refs: override.refs.join(intl.formatMessage({ id: 'findings.listSeparator' })),
      }}
    />
  );
}

function KeptNote({ override }: { override: RuleOverride }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="kept-note">
      <p>
        <KeptText override={override} id="findings.kept.by" />
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ screen: 'history', id: `overrides:${override.id}` })}
      >
        <FormattedMessage id="findings.kept.seeHistory" />
      </button>
    </div>
  );
}

function FindingItem({
  finding,
  slice,
  override,
  onKeep,
}: {
  finding: Finding;
  slice: Workspace;
  override: RuleOverride | undefined;
  onKeep: (finding: Finding) => void;
}) {
  const findingText = useFindingText();
  return (
    <li className={`finding finding-${override ? 'kept' : finding.severity}`}>
      <div className="finding-head">
        <span className={BADGE[finding.severity]}>
          {finding.rule ?? <FormattedMessage id="findings.recordCheck" />}
        </span>
        <code className="finding-code">{finding.code}</code>
      </div>
      <p className="finding-message">{findingText(finding)}</p>
      <FindingRecords refs={finding.refs} slice={slice} />
      <RuleText rules={finding.rules} />
      {override ? (
        <KeptNote override={override} />
      ) : (
        finding.severity === 'error' && (
          <button type="button" className="btn btn-small finding-keep" onClick={() => onKeep(finding)}>
            <FormattedMessage id="findings.keep" />
          </button>
        )
      )}
    </li>
  );
}

/**
 * What the rules engine says about the committee on the chosen date: every finding with its rule,
 * the sentence, the records and the rulebook text. Errors the chair decided to keep are listed
 * apart with who kept them, when and why.
 */
export function FindingsScreen() {
  const committeeId = useAppStore((s) => s.committeeId);
  const asOf = useAppStore((s) => s.asOf);
  const slice = useCommitteeSlice(committeeId);
  const overrides = useLiveQuery(
    () => (committeeId ? db.overrides.where('committeeId').equals(committeeId).toArray() : []),
    [committeeId],
  );
  const [keeping, setKeeping] = useState<Finding | undefined>();
  const intl = useIntl();
  const format = useFormat();

  const report = useMemo(() => (slice ? checkWorkspace(slice, asOf) : undefined), [slice, asOf]);

  const view = useMemo(() => {
    if (!report) return undefined;
    const byKey = new Map((overrides ?? []).map((o) => [overrideKey(o), o]));
    const open: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
    const kept: { finding: Finding; override: RuleOverride }[] = [];
    const matched = new Set<string>();
    for (const finding of report.findings) {
      const key = findingKey(finding);
      const override = byKey.get(key);
      if (override) {
        kept.push({ finding, override });
        matched.add(key);
      } else open[finding.severity].push(finding);
    }
    // Decisions whose finding is no longer raised (the records changed since): shown, never hidden.
    const unmatched = (overrides ?? []).filter((o) => !matched.has(overrideKey(o)));
    return { open, kept, unmatched };
  }, [report, overrides]);

  if (slice === undefined || overrides === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="findings.loading" />
      </p>
    );
  }
  if (!slice || !view) {
    return (
      <p className="notice notice-info">
        <FormattedMessage id="findings.chooseCommittee" />
      </p>
    );
  }
  const committee = <bdi>{slice.committees[0]?.name}</bdi>;
  const { open, kept, unmatched } = view;
  const total = open.error.length + open.warning.length + open.info.length;

  return (
    <section aria-labelledby="findings-title" className="findings-screen">
      <div className="screen-header">
        <div>
          <h1 id="findings-title">
            <FormattedMessage id="findings.title" values={{ committee }} />
          </h1>
          <p>
            <FormattedMessage
              id="findings.lead"
              values={{
                date: format.date(asOf),
                counts: (
                  <strong data-testid="counts">
                    <FormattedMessage
                      id="findings.counts"
                      values={{ errors: open.error.length, warnings: open.warning.length, info: open.info.length }}
                    />
                  </strong>
                ),
              }}
            />
            {kept.length > 0 && (
              <span data-testid="kept-count">
                <FormattedMessage id="findings.keptCount" values={{ count: kept.length }} />
              </span>
            )}
          </p>
        </div>
      </div>

      <div className="finding-counters" role="group" aria-label={intl.formatMessage({ id: 'findings.counters.label' })}>
        {SEVERITIES.map((severity) => (
          <a
            key={severity}
            href={`#findings-${severity}`}
            className={`finding-counter finding-counter-${severity}`}
            onClick={(event) => {
              // The address holds the route; move to the group (focus too, for keyboard users) without changing it.
              event.preventDefault();
              document.getElementById(`findings-${severity}`)?.focus();
            }}
          >
            <span className="finding-counter-value">{format.number(open[severity].length)}</span>
            <span className="finding-counter-label">
              <FormattedMessage id={`findings.counter.${severity}`} values={{ count: open[severity].length }} />
            </span>
          </a>
        ))}
        <div className="finding-counter finding-counter-kept">
          <span className="finding-counter-value">{format.number(kept.length)}</span>
          <span className="finding-counter-label">
            <FormattedMessage id="findings.counter.kept" values={{ count: kept.length }} />
          </span>
        </div>
      </div>

      {total === 0 && kept.length === 0 && (
        <p className="notice notice-info" role="status">
          <FormattedMessage id="findings.nothing" values={{ date: format.date(asOf), committee }} />
        </p>
      )}

      {SEVERITIES.map((severity) => (
        <section key={severity} className="finding-group" aria-labelledby={`findings-${severity}`}>
          <h2 id={`findings-${severity}`} tabIndex={-1}>
            <FormattedMessage id={`findings.group.${severity}`} values={{ count: open[severity].length }} />
          </h2>
          {open[severity].length === 0 ? (
            <p className="finding-none">
              <FormattedMessage id={`findings.group.${severity}.none`} />
            </p>
          ) : (
            <ul className="finding-list">
              {open[severity].map((f) => (
                <FindingItem key={findingKey(f)} finding={f} slice={slice} override={undefined} onKeep={setKeeping} />
              ))}
            </ul>
          )}
        </section>
      ))}

      {kept.length > 0 && (
        <section className="finding-group" aria-labelledby="findings-kept">
          <h2 id="findings-kept">
            <FormattedMessage id="findings.group.kept" values={{ count: kept.length }} />
          </h2>
          <p className="finding-group-lead">
            <FormattedMessage id="findings.group.kept.lead" />
          </p>
          <ul className="finding-list">
            {kept.map(({ finding, override }) => (
              <FindingItem
                key={findingKey(finding)}
                finding={finding}
                slice={slice}
                override={override}
                onKeep={setKeeping}
              />
            ))}
          </ul>
        </section>
      )}

      {unmatched.length > 0 && (
        <details className="finding-unmatched">
          <summary>
            <FormattedMessage id="findings.unmatched.summary" values={{ count: unmatched.length }} />
          </summary>
          <p>
            <FormattedMessage id="findings.unmatched.lead" />
          </p>
          <ul>
            {unmatched.map((o) => (
              <li key={o.id}>
                <KeptText override={o} id="findings.unmatched.item" />
              </li>
            ))}
          </ul>
        </details>
      )}

      {keeping && <KeepFindingDialog finding={keeping} onClose={() => setKeeping(undefined)} />}
    </section>
  );
}
