import { useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Person } from '@shared/workspace/schema';
import { PersonFormDialog } from '../../components/person-form-dialog';
import { usePersonLabels } from '../../components/person-labels';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { db } from '../../db/db';
import { findDuplicateGroups, readPeopleDirectory } from '../../db/repositories/people-repo';
import { useAppStore } from '../../stores/app-store';
import { filterDirectory, toDirectoryRows, type DirectoryRow } from './directory-rows';
import { MergeDuplicatesDialog } from './merge-duplicates-dialog';
import './people.css';

const ROW_HEIGHT = 44;
const DISMISS_GLYPH = '\u00d7';

/** The table fills the window below the header and search, and never shrinks below a dozen rows. */
function useTableHeight(): number {
  const measure = () => Math.max(12 * ROW_HEIGHT, window.innerHeight - 330);
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** Stops a row's own click and Enter from also opening the person when a button inside it is used. */
const withinRow = {
  onKeyDown: (event: KeyboardEvent) => event.stopPropagation(),
};

/** Everyone in the records: search, open, add, edit, and merge records that are the same person. */
export function PeopleScreen() {
  const entries = useLiveQuery(() => readPeopleDirectory(db), []);
  const search = useAppStore((s) => s.peopleSearch);
  const setSearch = useAppStore((s) => s.setPeopleSearch);
  const navigate = useAppStore((s) => s.navigate);
  // Typing stays responsive with 10,000 people: filtering follows at lower priority.
  const deferredSearch = useDeferredValue(search);
  const [editing, setEditing] = useState<Person | 'new' | undefined>();
  const [merging, setMerging] = useState(false);
  const [message, setMessage] = useState<{ text: string; personId?: string } | undefined>();
  const tableHeight = useTableHeight();
  const intl = useIntl();
  const labels = usePersonLabels();
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id: `people.${id}` }, values);

  const rows = useMemo(
    () => (entries ? toDirectoryRows(entries, labels, intl.locale) : []),
    [entries, labels, intl.locale],
  );
  const shown = useMemo(() => filterDirectory(rows, deferredSearch), [rows, deferredSearch]);
  const duplicateGroups = useMemo(() => findDuplicateGroups(rows.map((r) => r.person)), [rows]);

  if (entries === undefined) {
    return (
      <p className="loading">
        <FormattedMessage id="people.loading" />
      </p>
    );
  }

  const open = (personId: string) => navigate({ screen: 'person', id: personId });
  const columns: Column<DirectoryRow>[] = [
    {
      key: 'name',
      header: say('column.name'),
      width: 'minmax(11rem, 1.3fr)',
      render: (row) => (
        <button
          type="button"
          className="link-button people-name"
          {...withinRow}
          onClick={(event) => {
            event.stopPropagation();
            open(row.person.id);
          }}
        >
          {row.person.name}
        </button>
      ),
    },
    {
      key: 'country',
      header: say('column.country'),
      width: 'minmax(9rem, 1fr)',
      render: (row) =>
        row.country || (
          <span className="people-none">
            <FormattedMessage id="people.notRecorded" />
          </span>
        ),
    },
    {
      key: 'region',
      header: say('column.region'),
      width: 'minmax(14.5rem, 1.2fr)',
      render: (row) =>
        row.region ? (
          <span title={row.regionRecorded ? say('regionRecorded') : say('regionFromCountry')}>{row.region}</span>
        ) : (
          <span className="people-none">
            <FormattedMessage id="people.regionUnknown" />
          </span>
        ),
    },
    {
      key: 'institution',
      header: say('column.institution'),
      width: 'minmax(12rem, 1.6fr)',
      render: (row) => <span title={row.person.institution}>{row.person.institution ?? ''}</span>,
    },
    {
      key: 'committees',
      header: say('column.committees'),
      width: '7.5rem',
      render: (row) => <span className="people-count">{intl.formatNumber(row.committees)}</span>,
    },
    {
      key: 'terms',
      header: say('column.terms'),
      width: '5rem',
      render: (row) => <span className="people-count">{intl.formatNumber(row.terms)}</span>,
    },
    {
      key: 'edit',
      header: '',
      width: '5rem',
      render: (row) => (
        <button
          type="button"
          className="btn btn-small"
          aria-label={say('editLabel', { name: row.person.name })}
          {...withinRow}
          onClick={(event) => {
            event.stopPropagation();
            setEditing(row.person);
          }}
        >
          <FormattedMessage id="people.edit" />
        </button>
      ),
    },
  ];

  return (
    <section aria-labelledby="people-title" className="people-screen">
      <div className="screen-header">
        <div>
          <h1 id="people-title">
            <FormattedMessage id="people.title" />
          </h1>
          <p>
            <FormattedMessage id="people.lead" values={{ count: rows.length }} />
          </p>
        </div>
        <div className="people-actions">
          <button type="button" className="btn" onClick={() => setMerging(true)}>
            <FormattedMessage id="people.mergeButton" />
            {duplicateGroups.length > 0 && (
              <span className="badge badge-warning people-badge">
                <FormattedMessage
                  id="people.likelyDuplicates"
                  values={{
                    count: duplicateGroups.length,
                    hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                  }}
                />
              </span>
            )}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            <FormattedMessage id="people.add" />
          </button>
        </div>
      </div>

      {message && (
        <div className="notice notice-info people-message" role="status">
          <p>
            {message.personId ? (
              <FormattedMessage
                id="people.messageWithLink"
                values={{
                  text: message.text,
                  link: (
                    <button type="button" className="link-button" onClick={() => open(message.personId as string)}>
                      <FormattedMessage id="people.openTheirPage" />
                    </button>
                  ),
                }}
              />
            ) : (
              message.text
            )}
          </p>
          <button type="button" className="btn-icon" aria-label={say('dismiss')} onClick={() => setMessage(undefined)}>
            {DISMISS_GLYPH}
          </button>
        </div>
      )}

      <div className="people-filters">
        <label className="field people-search">
          <FormattedMessage id="people.search" />
          <input
            type="search"
            value={search}
            placeholder={say('searchPlaceholder')}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <p className="people-shown" role="status">
          {shown.length === rows.length ? (
            <FormattedMessage id="people.showingAll" values={{ total: rows.length }} />
          ) : (
            <FormattedMessage id="people.showing" values={{ shown: shown.length, total: rows.length }} />
          )}
        </p>
      </div>

      <VirtualTable
        label={say('tableLabel')}
        rows={shown}
        columns={columns}
        rowKey={(row) => row.person.id}
        rowHeight={ROW_HEIGHT}
        height={tableHeight}
        onRowActivate={(row) => open(row.person.id)}
        empty={
          rows.length === 0 ? (
            <FormattedMessage
              id="people.emptyNobody"
              values={{
                add: (chunks) => (
                  <button type="button" className="link-button" onClick={() => setEditing('new')}>
                    {chunks}
                  </button>
                ),
              }}
            />
          ) : (
            say('emptyNoMatch', { query: search.trim() })
          )
        }
      />

      {editing && (
        <PersonFormDialog
          {...(editing === 'new' ? {} : { person: editing })}
          onClose={() => setEditing(undefined)}
          onSaved={(person) =>
            setMessage({
              text: editing === 'new' ? say('added', { name: person.name }) : say('saved', { name: person.name }),
              personId: person.id,
            })
          }
        />
      )}
      {merging && (
        <MergeDuplicatesDialog
          groups={duplicateGroups}
          onClose={() => setMerging(false)}
          onMerged={(text, personId) => setMessage({ text, personId })}
        />
      )}
    </section>
  );
}
