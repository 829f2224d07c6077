import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { checkWorkspace } from '@shared/rules/check-workspace';
import type { Finding, Severity } from '@shared/rules/findings';
import { findingKey } from '@shared/rules/what-if';
import type { Workspace } from '@shared/workspace/schema';
import type { RuleOverride } from '../../db/app-db';
import { db } from '../../db/db';
import { overrideKey } from '../../db/repositories/overrides';
import { useCommitteeSlice } from '../../hooks/use-committee-slice';
import { useAppStore } from '../../stores/app-store';
import { FindingRecords } from './finding-records';
import { KeepFindingDialog } from './keep-finding-dialog';
import { RuleText } from './rule-text';
import './findings.css';

const GROUPS: { severity: Severity; title: string; none: string }[] = [
  { severity: 'error', title: 'Errors', none: 'No rule is broken.' },
  { severity: 'warning', title: 'Warnings', none: 'Nothing to watch.' },
  { severity: 'info', title: 'For information', none: 'Nothing to note.' },
];

const BADGE: Record<Severity, string> = { error: 'badge badge-error', warning: 'badge badge-warning', info: 'badge' };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The calendar day of an ISO instant where the user is, which is the day they remember deciding. */
function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function KeptNote({ override }: { override: RuleOverride }) {
  const navigate = useAppStore((s) => s.navigate);
  return (
    <div className="kept-note">
      <p>
        Kept by <strong>{override.by}</strong> on {localDay(override.at)}: {override.why}
        {override.hqReference && <> (IFLA HQ: {override.hqReference})</>}
      </p>
      <button
        type="button"
        className="link-button"
        onClick={() => navigate({ screen: 'history', id: `overrides:${override.id}` })}
      >
        See the decision in the history
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
  return (
    <li className={`finding finding-${override ? 'kept' : finding.severity}`}>
      <div className="finding-head">
        <span className={BADGE[finding.severity]}>{finding.rule ?? 'Record check'}</span>
        <code className="finding-code">{finding.code}</code>
      </div>
      <p className="finding-message">{finding.message}</p>
      <FindingRecords refs={finding.refs} slice={slice} />
      <RuleText rules={finding.rules} />
      {override ? (
        <KeptNote override={override} />
      ) : (
        finding.severity === 'error' && (
          <button type="button" className="btn btn-small finding-keep" onClick={() => onKeep(finding)}>
            Keep it anyway…
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

  if (slice === undefined || overrides === undefined) return <p className="loading">Checking the records…</p>;
  if (!slice || !view) return <p className="notice notice-info">Choose a committee to see its findings.</p>;
  const committee = slice.committees[0];
  const { open, kept, unmatched } = view;
  const total = open.error.length + open.warning.length + open.info.length;

  return (
    <section aria-labelledby="findings-title" className="findings-screen">
      <div className="screen-header">
        <div>
          <h1 id="findings-title">Findings for {committee?.name}</h1>
          <p>
            The records checked against the rules as of {asOf}.{' '}
            <strong data-testid="counts">
              {plural(open.error.length, 'error', 'errors')}, {plural(open.warning.length, 'warning', 'warnings')},{' '}
              {open.info.length} for information
            </strong>
            {kept.length > 0 && <span data-testid="kept-count">; {kept.length} kept by decision</span>}
          </p>
        </div>
      </div>

      <div className="finding-counters" role="group" aria-label="Findings by severity">
        {GROUPS.map((g) => (
          <a
            key={g.severity}
            href={`#findings-${g.severity}`}
            className={`finding-counter finding-counter-${g.severity}`}
            onClick={(event) => {
              // The address holds the route; move to the group (focus too, for keyboard users) without changing it.
              event.preventDefault();
              document.getElementById(`findings-${g.severity}`)?.focus();
            }}
          >
            <span className="finding-counter-value">{open[g.severity].length}</span>
            <span className="finding-counter-label">{g.title.toLowerCase()}</span>
          </a>
        ))}
        <div className="finding-counter finding-counter-kept">
          <span className="finding-counter-value">{kept.length}</span>
          <span className="finding-counter-label">kept by decision</span>
        </div>
      </div>

      {total === 0 && kept.length === 0 && (
        <p className="notice notice-info" role="status">
          Nothing to report: on {asOf} the records of {committee?.name} follow every rule Tenure checks.
        </p>
      )}

      {GROUPS.map((g) => (
        <section key={g.severity} className="finding-group" aria-labelledby={`findings-${g.severity}`}>
          <h2 id={`findings-${g.severity}`} tabIndex={-1}>
            {g.title} ({open[g.severity].length})
          </h2>
          {open[g.severity].length === 0 ? (
            <p className="finding-none">{g.none}</p>
          ) : (
            <ul className="finding-list">
              {open[g.severity].map((f) => (
                <FindingItem key={findingKey(f)} finding={f} slice={slice} override={undefined} onKeep={setKeeping} />
              ))}
            </ul>
          )}
        </section>
      ))}

      {kept.length > 0 && (
        <section className="finding-group" aria-labelledby="findings-kept">
          <h2 id="findings-kept">Kept by decision ({kept.length})</h2>
          <p className="finding-group-lead">
            These break a rule, and someone recorded why the records stand as they are.
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
            {plural(unmatched.length, 'earlier decision no longer matches', 'earlier decisions no longer match')} a
            finding
          </summary>
          <p>The records changed since, or the rule is no longer broken on this data. The decisions stay on record.</p>
          <ul>
            {unmatched.map((o) => (
              <li key={o.id}>
                <code>{o.code}</code> on {o.refs.join(', ')}: kept by {o.by} on {localDay(o.at)}: {o.why}
                {o.hqReference && <> (IFLA HQ: {o.hqReference})</>}
              </li>
            ))}
          </ul>
        </details>
      )}

      {keeping && <KeepFindingDialog finding={keeping} onClose={() => setKeeping(undefined)} />}
    </section>
  );
}
