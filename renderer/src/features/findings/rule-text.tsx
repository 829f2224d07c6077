import { FormattedMessage, useIntl } from 'react-intl';
import type { RuleId } from '@shared/rules/findings';
import { rulebookEntry, type RulebookEntry } from '@shared/rules/rulebook';

/** The parts of a rulebook entry that have messages of their own (`findings.rule.R-08.title`). */
export const TRANSLATED_RULE_PARTS = ['title', 'era', 'summary'] as const;

/**
 * What the rulebook says behind a finding, folded away until asked for, so the list stays calm
 * but every finding can be traced to its rule, its era, how sure we are and where it comes from.
 * The rulebook is kept in English; its title, era and summary are shown in the reader's language
 * where the catalogue has them. The notes on confidence and sources stay as the rulebook words them.
 */
export function RuleText({ rules }: { rules: readonly RuleId[] }) {
  const intl = useIntl();
  if (rules.length === 0) {
    return (
      <p className="finding-rule-none">
        <FormattedMessage id="findings.rule.none" />
      </p>
    );
  }
  const part = (entry: RulebookEntry, name: (typeof TRANSLATED_RULE_PARTS)[number]) => {
    const id = `findings.rule.${entry.id}.${name}`;
    return id in intl.messages ? intl.formatMessage({ id }) : entry[name];
  };
  return (
    <details className="finding-rule">
      <summary>
        <FormattedMessage
          id="findings.rule.summary"
          values={{ rules: rules.join(intl.formatMessage({ id: 'findings.listSeparator' })) }}
        />
      </summary>
      {rules.map((id) => {
        const entry = rulebookEntry(id);
        if (!entry) {
          return (
            <p key={id}>
              <FormattedMessage id="findings.rule.missing" values={{ rule: id }} />
            </p>
          );
        }
        return (
          <div key={id} className="rule-entry">
            <h3>
              {entry.id} {part(entry, 'title')}
            </h3>
            <p className="rule-era">
              <FormattedMessage id="findings.rule.era" values={{ era: part(entry, 'era') }} />
            </p>
            <p>{part(entry, 'summary')}</p>
            <p className="rule-meta">
              <FormattedMessage
                id={entry.confidenceNote ? 'findings.rule.confidence.withNote' : 'findings.rule.confidence'}
                values={{
                  level: intl.formatMessage({ id: `findings.confidence.${entry.confidence}` }),
                  note: <bdi lang="en">{entry.confidenceNote}</bdi>,
                  strong: (chunks) => <strong>{chunks}</strong>,
                }}
              />
            </p>
            <p className="rule-meta">
              <FormattedMessage
                id={`findings.rule.source${entry.sourceUrl ? '' : '.none'}${entry.sourceNote ? '.withNote' : ''}`}
                values={{
                  link: (
                    <a href={entry.sourceUrl ?? undefined} target="_blank" rel="noreferrer">
                      {entry.sourceUrl}
                    </a>
                  ),
                  note: <bdi lang="en">{entry.sourceNote}</bdi>,
                }}
              />
            </p>
          </div>
        );
      })}
    </details>
  );
}
