import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Workspace } from '@shared/workspace/schema';
import { useAppStore } from '../../stores/app-store';

/** The years a record spans, as text so no language groups them as thousands. */
const years = (start: string, end: string) => ({ from: start.slice(0, 4), to: end.slice(0, 4) });

/** Records without a page of their own, named with their id. */
const NAMED_BY_ID = new Set(['elections', 'meetings', 'committees', 'terms', 'offices']);

/**
 * The records a finding is about (`terms/t1`, `offices/o1`, …), named the way a secretary knows
 * them. Terms, offices and people lead to the person's page; elections, meetings and committees
 * have no page of their own, so they are named with their id.
 */
export function FindingRecords({ refs, slice }: { refs: readonly string[]; slice: Workspace }) {
  const navigate = useAppStore((s) => s.navigate);
  const intl = useIntl();
  const personName = (id: string) => <bdi>{slice.people.find((p) => p.id === id)?.name ?? id}</bdi>;
  const toPerson = (personId: string, label: ReactNode, key: string) => (
    <li key={key}>
      <button type="button" className="link-button" onClick={() => navigate({ screen: 'person', id: personId })}>
        {label}
      </button>
    </li>
  );

  return (
    <ul className="finding-records" aria-label={intl.formatMessage({ id: 'findings.records.label' })}>
      {refs.map((ref) => {
        const slash = ref.indexOf('/');
        const table = ref.slice(0, slash);
        const id = ref.slice(slash + 1);
        if (table === 'terms') {
          const term = slice.terms.find((t) => t.id === id);
          if (term) {
            return toPerson(
              term.personId,
              <FormattedMessage
                id={`findings.records.term.${term.kind}`}
                values={{
                  name: personName(term.personId),
                  ...years(term.start, term.endedOn ?? term.end),
                }}
              />,
              ref,
            );
          }
        }
        if (table === 'offices') {
          const office = slice.offices.find((o) => o.id === id);
          if (office) {
            return toPerson(
              office.personId,
              <FormattedMessage
                id={`findings.records.office.${office.role}`}
                values={{
                  name: personName(office.personId),
                  ...years(office.start, office.endedOn ?? office.end),
                }}
              />,
              ref,
            );
          }
        }
        if (table === 'people' && slice.people.some((p) => p.id === id)) return toPerson(id, personName(id), ref);
        return (
          <li key={ref}>
            <FormattedMessage
              id={NAMED_BY_ID.has(table) ? `findings.records.${table}` : 'findings.records.other'}
              values={{ id: <code>{id}</code>, table }}
            />
          </li>
        );
      })}
    </ul>
  );
}
