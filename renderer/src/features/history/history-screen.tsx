import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { verifyChain, type ChainVerdict, type ChangeEntry } from '@shared/history/change-log';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { db } from '../../db/db';
import { readRecordHistory, verifyChangeLog } from '../../db/repositories/change-log-repo';
import { saveFile } from '../../platform/bridge';
import { todayIso, useAppStore } from '../../stores/app-store';
import { ChangeDetailDialog } from './change-detail-dialog';
import {
  ACTION_LABELS,
  formatWhen,
  historyExport,
  matchesFilters,
  parseRecordRoute,
  recordLabel,
  tableLabel,
} from './history-format';
import './history.css';

type RecordRef = { table: string; recordId: string };

/** A record named the way a secretary knows it, and the person it belongs to, if any. */
async function describeRecord(record: RecordRef): Promise<{ name: string; personId?: string }> {
  const personName = async (id: string) => (await db.people.get(id))?.name ?? id;
  const { table, recordId } = record;
  if (table === 'people') {
    const person = await db.people.get(recordId);
    return person ? { name: person.name, personId: person.id } : { name: recordId };
  }
  if (table === 'terms') {
    const term = await db.terms.get(recordId);
    if (term) {
      return {
        name: `${await personName(term.personId)}’s ${term.kind} term ${term.start} to ${term.end}`,
        personId: term.personId,
      };
    }
  }
  if (table === 'offices') {
    const office = await db.offices.get(recordId);
    if (office) {
      return {
        name: `${await personName(office.personId)}’s office as ${office.role}, ${office.start} to ${office.end}`,
        personId: office.personId,
      };
    }
  }
  if (table === 'committees') return { name: (await db.committees.get(recordId))?.name ?? recordId };
  if (table === 'overrides') {
    const override = await db.overrides.get(recordId);
    if (override) return { name: `the decision to keep ${override.code} on ${override.refs.join(', ')}` };
  }
  return { name: `${table}/${recordId}` };
}

function VerdictNotice({
  verdict,
  checkedAt,
  onShowEntry,
}: {
  verdict: ChainVerdict;
  checkedAt: string;
  onShowEntry: (seq: number) => void;
}) {
  if (verdict.ok) {
    return (
      <div className="notice notice-ok" role="status" data-testid="verdict">
        <p>
          <strong>
            The history is intact: {verdict.entries} {verdict.entries === 1 ? 'entry' : 'entries'}.
          </strong>{' '}
          Every entry still matches its seal and follows the one before it. Checked {formatWhen(checkedAt)}.
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert" data-testid="verdict">
      <p>
        <strong>The history has been altered at entry {verdict.brokenAt}:</strong> {verdict.reason}.
      </p>
      <p>
        {verdict.brokenAt > 1
          ? `${verdict.brokenAt === 2 ? 'Entry 1 is' : `Entries 1 to ${verdict.brokenAt - 1} are`} intact; from entry ${verdict.brokenAt} on, the history can no longer be vouched for.`
          : 'From the first entry on, the history can no longer be vouched for.'}{' '}
        Checked {formatWhen(checkedAt)}.
      </p>
      <button type="button" className="btn btn-small" onClick={() => onShowEntry(verdict.brokenAt)}>
        Show entry {verdict.brokenAt}
      </button>
    </div>
  );
}

/**
 * The change log, newest first: who changed what and when, each change openable to see the
 * record before and after. The chain can be verified and exported from here; with a record in
 * the address (`#/history/terms:t1`) it shows that record's history alone.
 */
export function HistoryScreen() {
  const routeId = useAppStore((s) => s.route.id);
  const navigate = useAppStore((s) => s.navigate);
  const record = parseRecordRoute(routeId);
  const [table, setTable] = useState('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ChangeEntry | undefined>();
  const [check, setCheck] = useState<{ verdict: ChainVerdict; at: string } | undefined>();
  const [busy, setBusy] = useState<'verifying' | 'exporting' | undefined>();
  const [status, setStatus] = useState('');

  const entries = useLiveQuery(async () => {
    if (!routeId) return db.changes.orderBy('seq').reverse().toArray();
    const ref = parseRecordRoute(routeId);
    return ref ? (await readRecordHistory(db, ref.table, ref.recordId)).reverse() : [];
  }, [routeId]);
  const described = useLiveQuery(async () => {
    const ref = parseRecordRoute(routeId);
    return ref ? describeRecord(ref) : undefined;
  }, [routeId]);

  const tables = useMemo(() => [...new Set((entries ?? []).map((e) => e.table))].sort(), [entries]);
  const rows = useMemo(() => (entries ?? []).filter((e) => matchesFilters(e, table, text)), [entries, table, text]);

  async function verify() {
    setBusy('verifying');
    try {
      setCheck({ verdict: await verifyChangeLog(db), at: new Date().toISOString() });
    } finally {
      setBusy(undefined);
    }
  }

  async function exportHistory() {
    setBusy('exporting');
    setStatus('');
    try {
      // Always the whole log: a chain is only checkable from its first entry.
      const all = await db.changes.orderBy('seq').toArray();
      const verdict = verifyChain(all);
      const file = historyExport(all, verdict, new Date().toISOString());
      const result = await saveFile(
        `tenure-history-${todayIso()}.json`,
        `${JSON.stringify(file, null, 2)}\n`,
        'application/json',
      );
      setStatus(
        result === 'saved'
          ? `Exported ${all.length} entries with their seals${verdict.ok ? '' : `; the file notes that entry ${verdict.brokenAt} fails the check`}.`
          : 'Export cancelled.',
      );
    } catch (e) {
      setStatus(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(undefined);
    }
  }

  function showEntry(seq: number) {
    // The altered entry may be outside this record's history or the filters: open it from the whole log.
    if (record && !entries?.some((e) => e.seq === seq)) navigate({ screen: 'history' });
    setTable('');
    setText('');
    void openEntry(seq);
  }

  /** Reads the entry afresh, not from the list, so the detail shows exactly what is stored now. */
  async function openEntry(seq: number) {
    setSelected(await db.changes.get(seq));
  }

  const brokenAt = check && !check.verdict.ok ? check.verdict.brokenAt : undefined;
  const columns: Column<ChangeEntry>[] = [
    {
      key: 'seq',
      header: 'No.',
      width: '7.5rem',
      render: (e) =>
        e.seq === brokenAt ? (
          <>
            {e.seq} <span className="badge badge-error">altered</span>
          </>
        ) : (
          e.seq
        ),
    },
    { key: 'when', header: 'When', width: '10.5rem', render: (e) => formatWhen(e.at) },
    { key: 'who', header: 'Who', width: 'minmax(7rem, 0.8fr)', render: (e) => e.actor },
    { key: 'action', header: 'Action', width: '7.5rem', render: (e) => ACTION_LABELS[e.action] ?? e.action },
    { key: 'record', header: 'Record', width: 'minmax(9rem, 1fr)', render: (e) => recordLabel(e) },
    {
      key: 'summary',
      header: 'Summary',
      width: 'minmax(14rem, 2.6fr)',
      render: (e) => <span title={e.summary}>{e.summary}</span>,
    },
  ];

  return (
    <section aria-labelledby="history-title" className="history-screen">
      <div className="screen-header">
        <div>
          <h1 id="history-title">{record ? `History of ${described?.name ?? recordLabel(record)}` : 'History'}</h1>
          <p>
            {record
              ? 'Every change to this record, newest first, with the imports that replaced the workspace.'
              : 'Every change to the records, newest first: who made it, when, and the record before and after.'}
          </p>
        </div>
        <div className="history-actions">
          {record && described?.personId && (
            <button
              type="button"
              className="btn"
              onClick={() => navigate({ screen: 'person', id: described.personId })}
            >
              Open the person
            </button>
          )}
          {record && (
            <button type="button" className="btn" onClick={() => navigate({ screen: 'history' })}>
              Show the whole history
            </button>
          )}
          <button type="button" className="btn btn-primary" disabled={busy !== undefined} onClick={() => void verify()}>
            {busy === 'verifying' ? 'Verifying…' : 'Verify the history'}
          </button>
          <button type="button" className="btn" disabled={busy !== undefined} onClick={() => void exportHistory()}>
            Export the history
          </button>
        </div>
      </div>

      {check && <VerdictNotice verdict={check.verdict} checkedAt={check.at} onShowEntry={showEntry} />}
      <p role="status" className={status ? 'history-status' : 'visually-hidden'}>
        {status}
      </p>

      <div className="history-filters">
        <label className="field">
          Table
          <select value={table} onChange={(e) => setTable(e.target.value)}>
            <option value="">All tables</option>
            {tables.map((t) => (
              <option key={t} value={t}>
                {tableLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <label className="field history-search">
          Record or text
          <input
            type="search"
            value={text}
            placeholder="A record id such as t-p05-2017, a name, or who"
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p className="history-shown" role="status">
          {entries === undefined ? 'Reading the history…' : `Showing ${rows.length} of ${entries.length}`}
        </p>
      </div>

      <VirtualTable
        label={record ? `History of ${recordLabel(record)}` : 'Change log'}
        rows={rows}
        columns={columns}
        rowKey={(e) => String(e.seq)}
        onRowActivate={(e) =>
          // Enter opens a row on keydown; waiting a frame lets that same key press end before the dialog
          // takes focus, so it cannot also press the dialog's first button and close it again.
          requestAnimationFrame(() => void openEntry(e.seq))
        }
        empty={
          entries === undefined
            ? 'Reading the history…'
            : entries.length === 0
              ? record
                ? 'No change to this record has been recorded.'
                : 'Nothing has been recorded yet.'
              : 'No change matches the filters.'
        }
      />
      <p className="history-hint">Open a change with a click, or with Enter when its row has focus.</p>

      {selected && (
        <ChangeDetailDialog
          entry={selected}
          verdict={check?.verdict}
          showRecordHistory={
            selected.table !== 'workspace' &&
            !(record?.table === selected.table && record.recordId === selected.recordId)
              ? () => {
                  setSelected(undefined);
                  navigate({ screen: 'history', id: `${selected.table}:${selected.recordId}` });
                }
              : undefined
          }
          onClose={() => setSelected(undefined)}
        />
      )}
    </section>
  );
}
