import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { readCommitteeSummaries } from '../../db/repositories/committees-repo';
import { useAppStore, type Route } from '../../stores/app-store';
import { KIND_LABELS } from './committee-draft';
import { CommitteeForm } from './committee-form';
import './committees.css';

/**
 * Every committee with its kind, parent, rule set and seats; `#/committees/<id>` edits one, and
 * "New committee" opens an empty form.
 */
export function CommitteesScreen() {
  const route = useAppStore((s) => s.route);
  const asOf = useAppStore((s) => s.asOf);
  const navigate = useAppStore((s) => s.navigate);
  const setCommittee = useAppStore((s) => s.setCommittee);
  const summaries = useLiveQuery(() => readCommitteeSummaries(db, asOf), [asOf]);
  // The new-committee form belongs to the route it was opened from: any navigation closes it.
  const [creatingOn, setCreatingOn] = useState<Route | undefined>();
  const [notice, setNotice] = useState('');

  if (summaries === undefined) return <p className="loading">Reading the committees…</p>;
  const committees = summaries.map((s) => s.committee);
  const backToList = (message = '') => {
    setNotice(message);
    setCreatingOn(undefined);
    navigate({ screen: 'committees' });
  };

  if (creatingOn === route) {
    return <CommitteeForm committees={committees} asOf={asOf} onSaved={backToList} onCancel={() => backToList()} />;
  }
  if (route.id !== undefined) {
    const committee = committees.find((c) => c.id === route.id);
    if (!committee) {
      return (
        <section aria-labelledby="committee-missing-title">
          <h1 id="committee-missing-title">No such committee</h1>
          <p className="notice notice-warning">There is no committee with the id “{route.id}”.</p>
          <button type="button" className="btn" onClick={() => backToList()}>
            ← All committees
          </button>
        </section>
      );
    }
    return (
      <CommitteeForm
        key={committee.id}
        original={committee}
        committees={committees}
        asOf={asOf}
        onSaved={backToList}
        onCancel={() => backToList()}
      />
    );
  }

  return (
    <section aria-labelledby="committees-title">
      <div className="screen-header">
        <div>
          <h1 id="committees-title">Committees</h1>
          <p>Sections, Divisions and groups whose records Tenure keeps, and the rules each one follows.</p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setNotice('');
            setCreatingOn(route);
          }}
        >
          New committee
        </button>
      </div>
      {notice && (
        <p className="notice notice-info" role="status">
          {notice}
        </p>
      )}
      {summaries.length === 0 ? (
        <p className="notice notice-info">No committee yet. Create the first one with “New committee”.</p>
      ) : (
        <div className="card committees-list">
          <table className="plain-table">
            <caption className="visually-hidden">Committees</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Parent</th>
                <th scope="col">Rule set</th>
                <th scope="col">Elected members on {asOf}</th>
                <th scope="col">Seat cohorts</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {summaries.map(({ committee, parentName, electedMembers }) => (
                <tr key={committee.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Edit ${committee.name}`}
                      onClick={() => navigate({ screen: 'committees', id: committee.id })}
                    >
                      {committee.name}
                    </button>
                    <span className="committees-id">{committee.id}</span>
                  </th>
                  <td>{KIND_LABELS[committee.kind ?? 'section']}</td>
                  <td>{parentName ?? <span className="committees-muted">none</span>}</td>
                  <td>
                    {committee.ruleSet ? (
                      <span className="badge">{committee.ruleSet}</span>
                    ) : (
                      <span className="committees-muted">automatic by date</span>
                    )}
                    {committee.params && Object.keys(committee.params).length > 0 && (
                      <span className="committees-overrides">
                        {Object.keys(committee.params).length === 1
                          ? '1 parameter overridden'
                          : `${Object.keys(committee.params).length} parameters overridden`}
                      </span>
                    )}
                  </td>
                  <td className="committees-numeric">{electedMembers}</td>
                  <td>
                    {committee.seatCohorts && committee.seatCohorts.length > 0 ? (
                      committee.seatCohorts.map((c) => `${c.firstYear}: ${c.seats}`).join(' · ')
                    ) : (
                      <span className="committees-muted">from the terms</span>
                    )}
                  </td>
                  <td className="committees-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={`Open the roster of ${committee.name}`}
                      onClick={() => {
                        setCommittee(committee.id);
                        navigate({ screen: 'roster' });
                      }}
                    >
                      Roster
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
