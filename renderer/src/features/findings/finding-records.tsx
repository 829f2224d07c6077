import { OFFICE_ROLE_LABELS } from '@shared/domain/vocabulary';
import type { Workspace } from '@shared/workspace/schema';
import { useAppStore } from '../../stores/app-store';

const years = (start: string, end: string) => `${start.slice(0, 4)}–${end.slice(0, 4)}`;

/**
 * The records a finding is about (`terms/t1`, `offices/o1`, …), named the way a secretary knows
 * them. Terms, offices and people lead to the person's page; elections, meetings and committees
 * have no page of their own, so they are named with their id.
 */
export function FindingRecords({ refs, slice }: { refs: readonly string[]; slice: Workspace }) {
  const navigate = useAppStore((s) => s.navigate);
  const personName = (id: string) => slice.people.find((p) => p.id === id)?.name ?? id;
  const toPerson = (personId: string, label: string, key: string) => (
    <li key={key}>
      <button type="button" className="link-button" onClick={() => navigate({ screen: 'person', id: personId })}>
        {label}
      </button>
    </li>
  );

  return (
    <ul className="finding-records" aria-label="Records">
      {refs.map((ref) => {
        const slash = ref.indexOf('/');
        const table = ref.slice(0, slash);
        const id = ref.slice(slash + 1);
        if (table === 'terms') {
          const term = slice.terms.find((t) => t.id === id);
          if (term) {
            return toPerson(
              term.personId,
              `${personName(term.personId)}: ${term.kind} term ${years(term.start, term.endedOn ?? term.end)}`,
              ref,
            );
          }
        }
        if (table === 'offices') {
          const office = slice.offices.find((o) => o.id === id);
          if (office) {
            return toPerson(
              office.personId,
              `${personName(office.personId)}: ${OFFICE_ROLE_LABELS[office.role]} ${years(office.start, office.endedOn ?? office.end)}`,
              ref,
            );
          }
        }
        if (table === 'people' && slice.people.some((p) => p.id === id)) return toPerson(id, personName(id), ref);
        const noun =
          { elections: 'Election', meetings: 'Meeting', committees: 'Committee', terms: 'Term', offices: 'Office' }[
            table
          ] ?? table;
        return (
          <li key={ref}>
            {noun} <code>{id}</code>
          </li>
        );
      })}
    </ul>
  );
}
