import { useDeferredValue, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '@shared/workspace/schema';
import { PersonFormDialog } from '../../components/person-form-dialog';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { db } from '../../db/db';
import { findDuplicateGroups, readPeopleDirectory } from '../../db/repositories/people-repo';
import { useAppStore } from '../../stores/app-store';
import { filterDirectory, toDirectoryRows, type DirectoryRow } from './directory-rows';
import { MergeDuplicatesDialog } from './merge-duplicates-dialog';
import './people.css';

const ROW_HEIGHT = 44;

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

  const rows = useMemo(() => (entries ? toDirectoryRows(entries) : []), [entries]);
  const shown = useMemo(() => filterDirectory(rows, deferredSearch), [rows, deferredSearch]);
  const duplicateGroups = useMemo(() => findDuplicateGroups(rows.map((r) => r.person)), [rows]);

  if (entries === undefined) return <p className="loading">Reading the directory…</p>;

  const open = (personId: string) => navigate({ screen: 'person', id: personId });
  const columns: Column<DirectoryRow>[] = [
    {
      key: 'name',
      header: 'Name',
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
      header: 'Country',
      width: 'minmax(9rem, 1fr)',
      render: (row) => row.country || <span className="people-none">not recorded</span>,
    },
    {
      key: 'region',
      header: 'Region',
      width: 'minmax(14.5rem, 1.2fr)',
      render: (row) =>
        row.region ? (
          <span title={row.regionRecorded ? 'Recorded for this person' : 'From the country'}>{row.region}</span>
        ) : (
          <span className="people-none">unknown</span>
        ),
    },
    {
      key: 'institution',
      header: 'Institution',
      width: 'minmax(12rem, 1.6fr)',
      render: (row) => <span title={row.person.institution}>{row.person.institution ?? ''}</span>,
    },
    {
      key: 'committees',
      header: 'Committees',
      width: '7.5rem',
      render: (row) => <span className="people-count">{row.committees}</span>,
    },
    {
      key: 'terms',
      header: 'Terms',
      width: '5rem',
      render: (row) => <span className="people-count">{row.terms}</span>,
    },
    {
      key: 'edit',
      header: '',
      width: '5rem',
      render: (row) => (
        <button
          type="button"
          className="btn btn-small"
          aria-label={`Edit ${row.person.name}`}
          {...withinRow}
          onClick={(event) => {
            event.stopPropagation();
            setEditing(row.person);
          }}
        >
          Edit
        </button>
      ),
    },
  ];

  return (
    <section aria-labelledby="people-title" className="people-screen">
      <div className="screen-header">
        <div>
          <h1 id="people-title">People</h1>
          <p>
            {rows.length === 1 ? '1 person' : `${rows.length.toLocaleString('en')} people`} in the records, on every
            committee.
          </p>
        </div>
        <div className="people-actions">
          <button type="button" className="btn" onClick={() => setMerging(true)}>
            Merge duplicates…
            {duplicateGroups.length > 0 && (
              <span className="badge badge-warning people-badge">
                {duplicateGroups.length} likely
                <span className="visually-hidden"> {duplicateGroups.length === 1 ? 'duplicate' : 'duplicates'}</span>
              </span>
            )}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            Add a person…
          </button>
        </div>
      </div>

      {message && (
        <div className="notice notice-info people-message" role="status">
          <p>
            {message.text}{' '}
            {message.personId && (
              <button type="button" className="link-button" onClick={() => open(message.personId as string)}>
                Open their page
              </button>
            )}
          </p>
          <button
            type="button"
            className="btn-icon"
            aria-label="Dismiss this message"
            onClick={() => setMessage(undefined)}
          >
            ×
          </button>
        </div>
      )}

      <div className="people-filters">
        <label className="field people-search">
          Search
          <input
            type="search"
            value={search}
            placeholder="Name, institution, country or region"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <p className="people-shown" role="status">
          {shown.length === rows.length
            ? `Showing all ${rows.length.toLocaleString('en')}`
            : `Showing ${shown.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')}`}
        </p>
      </div>

      <VirtualTable
        label="People"
        rows={shown}
        columns={columns}
        rowKey={(row) => row.person.id}
        rowHeight={ROW_HEIGHT}
        height={tableHeight}
        onRowActivate={(row) => open(row.person.id)}
        empty={
          rows.length === 0 ? (
            <>
              No one is recorded yet.{' '}
              <button type="button" className="link-button" onClick={() => setEditing('new')}>
                Add a person
              </button>
            </>
          ) : (
            `No one matches “${search.trim()}”. Search looks in names, institutions, countries and regions.`
          )
        }
      />

      {editing && (
        <PersonFormDialog
          {...(editing === 'new' ? {} : { person: editing })}
          onClose={() => setEditing(undefined)}
          onSaved={(person) =>
            setMessage({
              text: editing === 'new' ? `Added ${person.name}.` : `Saved the changes to ${person.name}.`,
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
