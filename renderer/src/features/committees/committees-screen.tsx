import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db';
import { readCommitteeSummaries } from '../../db/repositories/committees-repo';
import { useAppStore, type Route } from '../../stores/app-store';
import { kindLabelId } from './committee-draft';
import { CommitteeForm, type SavedNotice } from './committee-form';
import { useFormat } from '../../i18n/use-format';
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
  const [notice, setNotice] = useState<SavedNotice | undefined>();
  const intl = useIntl();
  const format = useFormat();

  if (summaries === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="committees.loading" />
      </p>
    );
  }
  const committees = summaries.map((s) => s.committee);
  const backToList = (saved?: SavedNotice) => {
    setNotice(saved);
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
          <h1 id="committee-missing-title">
            <FormattedMessage id="committees.missing.title" />
          </h1>
          <p className="notice notice-warning">
            <FormattedMessage id="committees.missing.text" values={{ id: route.id }} />
          </p>
          <button type="button" className="btn" onClick={() => backToList()}>
            <FormattedMessage id="committees.backToList" />
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
          <h1 id="committees-title">
            <FormattedMessage id="committees.title" />
          </h1>
          <p>
            <FormattedMessage id="committees.lead" />
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            setNotice(undefined);
            setCreatingOn(route);
          }}
        >
          <FormattedMessage id="committees.new" />
        </button>
      </div>
      {notice && (
        <p className="notice notice-info" role="status">
          <FormattedMessage id={notice.id} values={notice.values} />
        </p>
      )}
      {summaries.length === 0 ? (
        <p className="notice notice-info">
          <FormattedMessage id="committees.none" />
        </p>
      ) : (
        <div className="card committees-list">
          <table className="plain-table">
            <caption className="visually-hidden">
              <FormattedMessage id="committees.title" />
            </caption>
            <thead>
              <tr>
                {(['name', 'kind', 'parent', 'ruleSet'] as const).map((column) => (
                  <th key={column} scope="col">
                    <FormattedMessage id={`committees.column.${column}`} />
                  </th>
                ))}
                <th scope="col">
                  <FormattedMessage id="committees.column.electedOn" values={{ date: format.date(asOf) }} />
                </th>
                <th scope="col">
                  <FormattedMessage id="committees.column.cohorts" />
                </th>
                <th scope="col">
                  <span className="visually-hidden">
                    <FormattedMessage id="committees.column.actions" />
                  </span>
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
                      aria-label={intl.formatMessage({ id: 'committees.edit.label' }, { name: committee.name })}
                      onClick={() => navigate({ screen: 'committees', id: committee.id })}
                    >
                      <bdi>{committee.name}</bdi>
                    </button>
                    <span className="committees-id">{committee.id}</span>
                  </th>
                  <td>
                    <FormattedMessage id={kindLabelId(committee.kind ?? 'section')} />
                  </td>
                  <td>
                    {parentName ? (
                      <bdi>{parentName}</bdi>
                    ) : (
                      <span className="committees-muted">
                        <FormattedMessage id="committees.parent.none" />
                      </span>
                    )}
                  </td>
                  <td>
                    {committee.ruleSet ? (
                      <span className="badge">{committee.ruleSet}</span>
                    ) : (
                      <span className="committees-muted">
                        <FormattedMessage id="committees.ruleSet.byDate" />
                      </span>
                    )}
                    {committee.params && Object.keys(committee.params).length > 0 && (
                      <span className="committees-overrides">
                        <FormattedMessage
                          id="committees.paramsOverridden"
                          values={{ count: Object.keys(committee.params).length }}
                        />
                      </span>
                    )}
                  </td>
                  <td className="committees-numeric">{format.number(electedMembers)}</td>
                  <td>
                    {committee.seatCohorts && committee.seatCohorts.length > 0 ? (
                      committee.seatCohorts
                        .map((c) =>
                          intl.formatMessage(
                            { id: 'committees.cohort' },
                            { year: String(c.firstYear), seats: format.number(c.seats) },
                          ),
                        )
                        .join(intl.formatMessage({ id: 'committees.cohortSeparator' }))
                    ) : (
                      <span className="committees-muted">
                        <FormattedMessage id="committees.cohorts.fromTerms" />
                      </span>
                    )}
                  </td>
                  <td className="committees-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      aria-label={intl.formatMessage({ id: 'committees.roster.label' }, { name: committee.name })}
                      onClick={() => {
                        setCommittee(committee.id);
                        navigate({ screen: 'roster' });
                      }}
                    >
                      <FormattedMessage id="committees.roster" />
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
