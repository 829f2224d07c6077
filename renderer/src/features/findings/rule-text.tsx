import type { RuleId } from '@shared/rules/findings';
import { rulebookEntry } from '@shared/rules/rulebook';

/**
 * What the rulebook says behind a finding, folded away until asked for, so the list stays calm
 * but every finding can be traced to its rule, its era, how sure we are and where it comes from.
 */
export function RuleText({ rules }: { rules: readonly RuleId[] }) {
  if (rules.length === 0) {
    return (
      <p className="finding-rule-none">
        A record check, not a rule of the rulebook: the dates of these records do not fit together.
      </p>
    );
  }
  return (
    <details className="finding-rule">
      <summary>What the rulebook says ({rules.join(', ')})</summary>
      {rules.map((id) => {
        const entry = rulebookEntry(id);
        if (!entry) return <p key={id}>{id}: not in this build’s rulebook.</p>;
        return (
          <div key={id} className="rule-entry">
            <h3>
              {entry.id} {entry.title}
            </h3>
            <p className="rule-era">Applies: {entry.era}</p>
            <p>{entry.summary}</p>
            <p className="rule-meta">
              Confidence: <strong>{entry.confidence}</strong>
              {entry.confidenceNote && <> ({entry.confidenceNote})</>}
            </p>
            <p className="rule-meta">
              Source:{' '}
              {entry.sourceUrl ? (
                <a href={entry.sourceUrl} target="_blank" rel="noreferrer">
                  {entry.sourceUrl}
                </a>
              ) : (
                'no IFLA page.'
              )}
              {entry.sourceNote && <> {entry.sourceNote}</>}
            </p>
          </div>
        );
      })}
    </details>
  );
}
