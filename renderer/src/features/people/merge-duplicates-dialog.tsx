import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '@shared/workspace/schema';
import { countryLabel, languageName, regionLabelOf } from '../../components/person-labels';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import {
  fillMissingDetails,
  foldText,
  mergeDuplicates,
  readPersonReferences,
  type FillableField,
  type PersonReferences,
} from '../../db/repositories/people-repo';
import { useWriteContext } from '../../hooks/use-write-context';

const REFERENCE_LABELS: Record<keyof PersonReferences, [one: string, many: string]> = {
  terms: ['term', 'terms'],
  offices: ['office', 'offices'],
  candidacies: ['candidacy', 'candidacies'],
  votes: ['officer-election vote', 'officer-election votes'],
  tieBreaks: ['tie-break', 'tie-breaks'],
  attendance: ['attendance record', 'attendance records'],
  actions: ['action-plan item', 'action-plan items'],
  cooptionProposals: ['co-option proposed', 'co-options proposed'],
};

const FIELD_LABELS: Record<FillableField, string> = {
  email: 'e-mail',
  institution: 'institution',
  country: 'country',
  region: 'region',
  languages: 'languages',
  notes: 'notes',
};

/** "2 terms, 1 office and 3 attendance records", or undefined when there is nothing. */
function describeReferences(references: PersonReferences): string | undefined {
  const parts = (Object.keys(REFERENCE_LABELS) as (keyof PersonReferences)[])
    .filter((key) => references[key] > 0)
    .map((key) => {
      const [one, many] = REFERENCE_LABELS[key];
      return `${references[key]} ${references[key] === 1 ? one : many}`;
    });
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

const total = (r: PersonReferences) => Object.values(r).reduce((sum, n) => sum + n, 0);

const detailCount = (p: Person) =>
  (['email', 'institution', 'country', 'region', 'languages', 'notes'] as const).filter((f) => p[f] !== undefined)
    .length;

/** Words written the way names usually are ("Ruiz", not "RUIZ" or "ruiz"): the spelling a group is shown under. */
function titleCaseWords(name: string): number {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w) && w.slice(1) === w.slice(1).toLocaleLowerCase() && /\p{Ll}/u.test(w)).length;
}

function fieldValue(person: Person, field: FillableField): string {
  if (field === 'languages') return (person.languages ?? []).map(languageName).join(', ');
  if (field === 'country') return countryLabel(person.country);
  if (field === 'region') return regionLabelOf(person).label;
  return person[field] ?? '';
}

/**
 * Groups of people recorded more than once under the same name (case, accents and spaces
 * ignored). The user picks the record to keep, sees what moves to it, and merges: every
 * reference moves, the duplicates are deleted, all in one transaction and all in the history.
 */
export function MergeDuplicatesDialog({
  groups,
  onClose,
  onMerged,
}: {
  groups: readonly Person[][];
  onClose: () => void;
  onMerged: (message: string, keptId: string) => void;
}) {
  const [selectedKey, setSelectedKey] = useState('');
  const [chosenKeepId, setChosenKeepId] = useState('');
  const [fill, setFill] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const { context } = useWriteContext();
  const radioName = useId();

  const keyOf = (group: readonly Person[]) => foldText(group[0]?.name ?? '');
  const labelOf = (group: readonly Person[]) =>
    [...group].sort((a, b) => titleCaseWords(b.name) - titleCaseWords(a.name))[0]?.name.replace(/\s+/g, ' ');
  // The group stays selected by name while the list changes under it (a merge removes a group).
  const group = groups.find((g) => keyOf(g) === selectedKey) ?? groups[0];
  const groupIds = group?.map((p) => p.id).join('|') ?? '';

  // Tagged with the group they count, so counts of the group shown before are never shown for this one.
  const counted = useLiveQuery(
    async () => ({
      groupIds,
      references: await Promise.all((group ?? []).map((p) => readPersonReferences(db, p.id))),
    }),
    [groupIds],
  );
  const loaded = counted?.groupIds === groupIds;
  const references = loaded ? counted.references : [];

  // Suggest keeping the record with the most attached to it, so the least has to move; then the fullest.
  const suggested =
    group && loaded
      ? [...group].sort(
          (a, b) =>
            total(references[group.indexOf(b)]!) - total(references[group.indexOf(a)]!) ||
            detailCount(b) - detailCount(a),
        )[0]
      : group?.[0];
  const keep = group?.find((p) => p.id === chosenKeepId) ?? suggested;
  const others = group && keep ? group.filter((p) => p.id !== keep.id) : [];
  const filled = keep ? fillMissingDetails(keep, others) : undefined;

  function select(key: string) {
    setSelectedKey(key);
    setChosenKeepId('');
    setError('');
  }

  async function merge() {
    if (!keep || others.length === 0) return;
    setBusy(true);
    setError('');
    try {
      const result = await mergeDuplicates(
        db,
        keep.id,
        others.map((p) => p.id),
        context(),
        { fillMissingDetails: fill },
      );
      const moved =
        result.moved === 0
          ? 'nothing else to move'
          : result.moved === 1
            ? '1 record moved'
            : `${result.moved} records moved`;
      const filledIn =
        result.filled.length > 0 ? `; ${result.filled.map((f) => FIELD_LABELS[f]).join(', ')} filled in` : '';
      const text = `Merged ${others.map((p) => `${p.name} (${p.id})`).join(', ')} into ${keep.name} (${keep.id}): ${moved}${filledIn}.`;
      setDone(text);
      onMerged(text, keep.id);
      setChosenKeepId('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Merge duplicate records"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {group ? 'Cancel' : 'Close'}
          </button>
          {group && keep && (
            <button type="button" className="btn btn-primary" disabled={busy || !loaded} onClick={() => void merge()}>
              {busy ? 'Merging…' : `Merge into ${keep.name} (${keep.id})`}
            </button>
          )}
        </>
      }
    >
      {done && (
        <p className="notice notice-info" role="status">
          {done}
        </p>
      )}
      {!group ? (
        <p className="notice notice-info">
          {done ? 'No other likely duplicates remain' : 'No likely duplicates: no two people share a name'}, ignoring
          case, accents and extra spaces.
        </p>
      ) : (
        <div className="merge-layout">
          <nav className="merge-groups" aria-label="Likely duplicates">
            <p className="merge-groups-title">
              {groups.length === 1 ? '1 name' : `${groups.length} names`} recorded more than once
            </p>
            <ul>
              {groups.map((g) => (
                <li key={g.map((p) => p.id).join('|')}>
                  <button
                    type="button"
                    className="merge-group-button"
                    aria-current={g === group ? 'true' : undefined}
                    onClick={() => select(keyOf(g))}
                  >
                    <span>{labelOf(g)}</span>
                    <span className="badge badge-muted">×{g.length}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>

          <div className="merge-detail">
            <fieldset className="merge-keep">
              <legend>Which record should be kept?</legend>
              {group.map((person, i) => {
                const refs = loaded ? references[i] : undefined;
                const region = regionLabelOf(person);
                return (
                  <label key={person.id} className="merge-candidate" data-kept={person.id === keep?.id}>
                    <input
                      type="radio"
                      name={radioName}
                      value={person.id}
                      checked={person.id === keep?.id}
                      onChange={() => setChosenKeepId(person.id)}
                    />
                    <span className="merge-candidate-body">
                      <span>
                        <strong>{person.name}</strong> <code>{person.id}</code>
                        {person.id === suggested?.id && loaded && <span className="badge">suggested</span>}
                      </span>
                      <span className="merge-candidate-details">
                        {[
                          countryLabel(person.country),
                          region.label,
                          person.institution,
                          person.email,
                          (person.languages ?? []).map(languageName).join(', '),
                        ]
                          .filter(Boolean)
                          .join(' · ') || 'No details recorded'}
                      </span>
                      <span className="merge-candidate-refs">
                        {refs ? (describeReferences(refs) ?? 'Nothing else refers to this record') : 'Counting…'}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>

            {keep && (
              <section className="merge-effect" aria-labelledby={`${radioName}-effect`}>
                <h3 id={`${radioName}-effect`}>What the merge does</h3>
                <ul>
                  {others.map((person) => {
                    const refs = loaded ? references[group.indexOf(person)] : undefined;
                    const moved = refs ? describeReferences(refs) : undefined;
                    return (
                      <li key={person.id}>
                        {moved ? (
                          <>
                            Moves <strong>{moved}</strong> from {person.name} ({person.id}) to {keep.name} ({keep.id}),
                            then deletes {person.id}.
                          </>
                        ) : (
                          <>
                            Deletes {person.name} ({person.id}){refs ? ', which nothing else refers to' : ''}.
                          </>
                        )}
                      </li>
                    );
                  })}
                  <li>
                    Where both records are listed at the same meeting or election, {keep.name}’s own entry is kept.
                  </li>
                </ul>
                {filled && filled.filled.length > 0 && (
                  <label className="checkbox-field merge-fill">
                    <input type="checkbox" checked={fill} onChange={(e) => setFill(e.target.checked)} />
                    <span>
                      Fill in what {keep.name} ({keep.id}) lacks from the other{' '}
                      {others.length === 1 ? 'record' : 'records'}:{' '}
                      {filled.filled.map((f) => `${FIELD_LABELS[f]} (${fieldValue(filled.person, f)})`).join(', ')}
                    </span>
                  </label>
                )}
                <p className="merge-note">
                  Every moved record is written to the history with its before and after, under your name.
                </p>
              </section>
            )}
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          Nothing was merged: {error}
        </p>
      )}
    </Dialog>
  );
}
