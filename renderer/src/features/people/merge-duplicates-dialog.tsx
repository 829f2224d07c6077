import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { Person } from '@shared/workspace/schema';
import { usePersonLabels, type PersonLabels } from '../../components/person-labels';
import { RICH } from '../../components/rich-text';
import { commaList, formatList } from '../../components/vocabulary';
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
import { useErrorText } from '../../i18n/use-error-text';

/** The kinds of record that can refer to a person, in the order a merge describes them. */
const REFERENCE_KINDS: readonly (keyof PersonReferences)[] = [
  'terms',
  'offices',
  'candidacies',
  'votes',
  'tieBreaks',
  'attendance',
  'actions',
  'cooptionProposals',
];

const fieldLabel = (intl: IntlShape, field: FillableField) => intl.formatMessage({ id: `people.merge.field.${field}` });

/** "2 terms, 1 office and 3 attendance records", or undefined when there is nothing. */
function describeReferences(intl: IntlShape, references: PersonReferences): string | undefined {
  const parts = REFERENCE_KINDS.filter((key) => references[key] > 0).map((key) =>
    intl.formatMessage({ id: `people.merge.reference.${key}` }, { count: references[key] }),
  );
  if (parts.length === 0) return undefined;
  return formatList(intl, parts, 'conjunction');
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

function fieldValue(intl: IntlShape, labels: PersonLabels, person: Person, field: FillableField): string {
  if (field === 'languages') {
    return commaList(
      intl,
      (person.languages ?? []).map((code) => labels.languageName(code)),
    );
  }
  if (field === 'country') return labels.countryLabel(person.country);
  if (field === 'region') return labels.regionLabelOf(person).label;
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
  const intl = useIntl();
  const errorText = useErrorText();
  const labels = usePersonLabels();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `people.merge.${id}` }, values);
  const named = (p: Person) => say('named', { name: p.name, id: p.id });

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
      const moved = say('moved', { count: result.moved });
      const text =
        result.filled.length > 0
          ? say('doneFilled', {
              merged: commaList(intl, others.map(named)),
              kept: named(keep),
              moved,
              fields: commaList(
                intl,
                result.filled.map((f) => fieldLabel(intl, f)),
              ),
            })
          : say('done', { merged: commaList(intl, others.map(named)), kept: named(keep), moved });
      setDone(text);
      onMerged(text, keep.id);
      setChosenKeepId('');
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={say('title')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id={group ? 'people.merge.cancel' : 'people.merge.close'} />
          </button>
          {group && keep && (
            <button type="button" className="btn btn-primary" disabled={busy || !loaded} onClick={() => void merge()}>
              {busy ? say('merging') : say('mergeInto', { kept: named(keep) })}
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
          <FormattedMessage id={done ? 'people.merge.noneLeft' : 'people.merge.none'} />
        </p>
      ) : (
        <div className="merge-layout">
          <nav className="merge-groups" aria-label={say('groupsLabel')}>
            <p className="merge-groups-title">
              <FormattedMessage id="people.merge.groupsTitle" values={{ count: groups.length }} />
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
                    <bdi>{labelOf(g)}</bdi>
                    <span className="badge badge-muted">{say('times', { count: g.length })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>

          <div className="merge-detail">
            <fieldset className="merge-keep">
              <legend>
                <FormattedMessage id="people.merge.whichToKeep" />
              </legend>
              {group.map((person, i) => {
                const refs = loaded ? references[i] : undefined;
                const region = labels.regionLabelOf(person);
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
                        <FormattedMessage
                          id="people.merge.candidate"
                          values={{ name: <strong>{person.name}</strong>, id: <code>{person.id}</code> }}
                        />
                        {person.id === suggested?.id && loaded && (
                          <span className="badge">
                            <FormattedMessage id="people.merge.suggested" />
                          </span>
                        )}
                      </span>
                      <span className="merge-candidate-details">
                        {[
                          labels.countryLabel(person.country),
                          region.label,
                          person.institution,
                          person.email,
                          commaList(
                            intl,
                            (person.languages ?? []).map((code) => labels.languageName(code)),
                          ),
                        ]
                          .filter(Boolean)
                          .join(' · ') || say('noDetails')}
                      </span>
                      <span className="merge-candidate-refs">
                        {refs ? (describeReferences(intl, refs) ?? say('noReferences')) : say('counting')}
                      </span>
                    </span>
                  </label>
                );
              })}
            </fieldset>

            {keep && (
              <section className="merge-effect" aria-labelledby={`${radioName}-effect`}>
                <h3 id={`${radioName}-effect`}>
                  <FormattedMessage id="people.merge.effectTitle" />
                </h3>
                <ul>
                  {others.map((person) => {
                    const refs = loaded ? references[group.indexOf(person)] : undefined;
                    const moved = refs ? describeReferences(intl, refs) : undefined;
                    return (
                      <li key={person.id}>
                        {moved ? (
                          <FormattedMessage
                            id="people.merge.effectMoves"
                            values={{
                              ...RICH,
                              moved,
                              from: <bdi>{named(person)}</bdi>,
                              to: <bdi>{named(keep)}</bdi>,
                              id: person.id,
                            }}
                          />
                        ) : (
                          <FormattedMessage
                            id={refs ? 'people.merge.effectDeletesUnreferenced' : 'people.merge.effectDeletes'}
                            values={{ name: <bdi>{named(person)}</bdi> }}
                          />
                        )}
                      </li>
                    );
                  })}
                  <li>
                    <FormattedMessage id="people.merge.effectBoth" values={{ name: <bdi>{keep.name}</bdi> }} />
                  </li>
                </ul>
                {filled && filled.filled.length > 0 && (
                  <label className="checkbox-field merge-fill">
                    <input type="checkbox" checked={fill} onChange={(e) => setFill(e.target.checked)} />
                    <span>
                      <FormattedMessage
                        id="people.merge.fill"
                        values={{
                          kept: <bdi>{named(keep)}</bdi>,
                          count: others.length,
                          fields: commaList(
                            intl,
                            filled.filled.map((f) =>
                              say('fieldValue', {
                                field: fieldLabel(intl, f),
                                value: fieldValue(intl, labels, filled.person, f),
                              }),
                            ),
                          ),
                        }}
                      />
                    </span>
                  </label>
                )}
                <p className="merge-note">
                  <FormattedMessage id="people.merge.note" />
                </p>
              </section>
            )}
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="notice notice-error">
          <FormattedMessage id="people.merge.notMerged" values={{ error }} />
        </p>
      )}
    </Dialog>
  );
}
