import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { verifyChain, type ChainVerdict, type ChangeEntry } from '@shared/history/change-log';
import { VirtualTable, type Column } from '../../components/ui/virtual-table';
import { db } from '../../db/db';
import { readRecordHistory, verifyChangeLog } from '../../db/repositories/change-log-repo';
import { saveFile } from '../../platform/bridge';
import { todayIso, useAppStore } from '../../stores/app-store';
import { ChangeDetailDialog } from './change-detail-dialog';
import {
  actionLabel,
  formatWhen,
  historyExport,
  matchesFilters,
  parseRecordRoute,
  recordLabel,
  tableLabel,
  verdictReason,
} from './history-format';
import { useFormat } from '../../i18n/use-format';
import { useErrorText } from '../../i18n/use-error-text';
import './history.css';
import { RecordedBy } from '../../components/recorded-by';

type RecordRef = { table: string; recordId: string };

/** A record as the history names it: what it is and whose; put into words when it is shown. */
type DescribedRecord = { personId?: string } & (
  | { kind: 'named'; name: string }
  | { kind: 'term'; person: string; termKind: string; start: string; end: string }
  | { kind: 'office'; person: string; role: string; start: string; end: string }
  | { kind: 'override'; code: string; refs: readonly string[] }
  | { kind: 'raw'; table: string; recordId: string }
);

/** A record named the way a secretary knows it, and the person it belongs to, if any. */
async function describeRecord(record: RecordRef): Promise<DescribedRecord> {
  const personName = async (id: string) => (await db.people.get(id))?.name ?? id;
  const { table, recordId } = record;
  if (table === 'people') {
    const person = await db.people.get(recordId);
    return person ? { kind: 'named', name: person.name, personId: person.id } : { kind: 'named', name: recordId };
  }
  if (table === 'terms') {
    const term = await db.terms.get(recordId);
    if (term) {
      return {
        kind: 'term',
        person: await personName(term.personId),
        termKind: term.kind,
        start: term.start,
        end: term.end,
        personId: term.personId,
      };
    }
  }
  if (table === 'offices') {
    const office = await db.offices.get(recordId);
    if (office) {
      return {
        kind: 'office',
        person: await personName(office.personId),
        role: office.role,
        start: office.start,
        end: office.end,
        personId: office.personId,
      };
    }
  }
  if (table === 'committees') return { kind: 'named', name: (await db.committees.get(recordId))?.name ?? recordId };
  if (table === 'overrides') {
    const override = await db.overrides.get(recordId);
    if (override) return { kind: 'override', code: override.code, refs: override.refs };
  }
  return { kind: 'raw', table, recordId };
}

/** The record's name for the heading: a person's name isolated, so it reads right in any direction. */
function RecordName({ record }: { record: DescribedRecord }) {
  const intl = useIntl();
  const format = useFormat();
  switch (record.kind) {
    case 'named':
      return <bdi>{record.name}</bdi>;
    case 'term':
      return (
        <FormattedMessage
          id={`history.record.term.${record.termKind}`}
          values={{
            person: <bdi>{record.person}</bdi>,
            start: format.date(record.start),
            end: format.date(record.end),
          }}
        />
      );
    case 'office':
      return (
        <FormattedMessage
          id={`history.record.office.${record.role}`}
          values={{
            person: <bdi>{record.person}</bdi>,
            start: format.date(record.start),
            end: format.date(record.end),
          }}
        />
      );
    case 'override':
      return (
        <FormattedMessage
          id="history.record.override"
          values={{
            code: record.code,
            refs: record.refs.join(intl.formatMessage({ id: 'history.listSeparator' })),
          }}
        />
      );
    case 'raw':
      return <>{`${record.table}/${record.recordId}`}</>;
  }
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
  const intl = useIntl();
  const when = formatWhen(checkedAt, intl);
  const strong = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
  if (verdict.ok) {
    return (
      <div className="notice notice-ok" role="status" data-testid="verdict">
        <p>
          <FormattedMessage id="history.verdict.intact" values={{ count: verdict.entries, when, strong }} />
        </p>
      </div>
    );
  }
  const seq = verdict.brokenAt;
  return (
    <div className="notice notice-error" role="alert" data-testid="verdict">
      <p>
        <FormattedMessage
          id="history.verdict.altered"
          values={{ seq, reason: verdictReason(verdict.reason, intl), strong }}
        />
      </p>
      <p>
        <FormattedMessage
          id={
            seq === 1
              ? 'history.verdict.lostFromFirst'
              : seq === 2
                ? 'history.verdict.lostAfterOne'
                : 'history.verdict.lostAfterMany'
          }
          values={{ seq, last: seq - 1, when }}
        />
      </p>
      <button type="button" className="btn btn-small" onClick={() => onShowEntry(seq)}>
        <FormattedMessage id="history.verdict.showEntry" values={{ seq }} />
      </button>
    </div>
  );
}

/** What the last export did, kept as a message so it follows a change of language. */
type ExportStatus = { id: string; values?: Record<string, string | number> };

/**
 * The change log, newest first: who changed what and when, each change openable to see the
 * record before and after. The chain can be verified and exported from here; with a record in
 * the address (`#/history/terms:t1`) it shows that record's history alone.
 */
export function HistoryScreen() {
  const routeId = useAppStore((s) => s.route.id);
  const navigate = useAppStore((s) => s.navigate);
  const intl = useIntl();
  const errorText = useErrorText();
  const record = parseRecordRoute(routeId);
  const [table, setTable] = useState('');
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<ChangeEntry | undefined>();
  const [check, setCheck] = useState<{ verdict: ChainVerdict; at: string } | undefined>();
  const [busy, setBusy] = useState<'verifying' | 'exporting' | undefined>();
  const [status, setStatus] = useState<ExportStatus | undefined>();

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
    setStatus(undefined);
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
        result !== 'saved'
          ? { id: 'history.export.cancelled' }
          : verdict.ok
            ? { id: 'history.export.done', values: { count: all.length } }
            : { id: 'history.export.doneBroken', values: { count: all.length, seq: verdict.brokenAt } },
      );
    } catch (e) {
      setStatus({ id: 'history.export.failed', values: { error: errorText(e) } });
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
  const header = (column: string) => intl.formatMessage({ id: `history.column.${column}` });
  const columns: Column<ChangeEntry>[] = [
    {
      key: 'seq',
      header: header('seq'),
      width: '7.5rem',
      render: (e) =>
        e.seq === brokenAt ? (
          <>
            {e.seq}
            <span className="badge badge-error history-altered">
              <FormattedMessage id="history.altered" />
            </span>
          </>
        ) : (
          e.seq
        ),
    },
    { key: 'when', header: header('when'), width: '12.5rem', render: (e) => formatWhen(e.at, intl) },
    { key: 'who', header: header('who'), width: 'minmax(7rem, 0.8fr)', render: (e) => <RecordedBy actor={e.actor} /> },
    { key: 'action', header: header('action'), width: '8.5rem', render: (e) => actionLabel(e.action, intl) },
    {
      key: 'record',
      header: header('record'),
      width: 'minmax(9rem, 1fr)',
      render: (e) => <bdi>{recordLabel(e, intl)}</bdi>,
    },
    {
      key: 'summary',
      header: header('summary'),
      width: 'minmax(14rem, 2.6fr)',
      // Its own direction (a summary is in the language it was written in), and cut at its own end.
      render: (e) => (
        <span dir="auto" className="history-summary" title={e.summary}>
          {e.summary}
        </span>
      ),
    },
  ];

  return (
    <section aria-labelledby="history-title" className="history-screen">
      <div className="screen-header">
        <div>
          <h1 id="history-title">
            {record ? (
              <FormattedMessage
                id="history.titleOf"
                values={{
                  record: described ? <RecordName record={described} /> : recordLabel(record, intl),
                }}
              />
            ) : (
              <FormattedMessage id="history.title" />
            )}
          </h1>
          <p>
            <FormattedMessage id={record ? 'history.lead.record' : 'history.lead'} />
          </p>
        </div>
        <div className="history-actions">
          {record && described?.personId && (
            <button
              type="button"
              className="btn"
              onClick={() => navigate({ screen: 'person', id: described.personId })}
            >
              <FormattedMessage id="history.openPerson" />
            </button>
          )}
          {record && (
            <button type="button" className="btn" onClick={() => navigate({ screen: 'history' })}>
              <FormattedMessage id="history.showAll" />
            </button>
          )}
          <button type="button" className="btn btn-primary" disabled={busy !== undefined} onClick={() => void verify()}>
            <FormattedMessage id={busy === 'verifying' ? 'history.verifying' : 'history.verify'} />
          </button>
          <button type="button" className="btn" disabled={busy !== undefined} onClick={() => void exportHistory()}>
            <FormattedMessage id="history.export" />
          </button>
        </div>
      </div>

      {check && <VerdictNotice verdict={check.verdict} checkedAt={check.at} onShowEntry={showEntry} />}
      <p role="status" className={status ? 'history-status' : 'visually-hidden'}>
        {status && <FormattedMessage id={status.id} values={status.values} />}
      </p>

      <div className="history-filters">
        <label className="field">
          <FormattedMessage id="history.filter.table" />
          <select value={table} onChange={(e) => setTable(e.target.value)}>
            <option value="">{intl.formatMessage({ id: 'history.filter.allTables' })}</option>
            {tables.map((t) => (
              <option key={t} value={t}>
                {tableLabel(t, intl)}
              </option>
            ))}
          </select>
        </label>
        <label className="field history-search">
          <FormattedMessage id="history.filter.text" />
          <input
            type="search"
            value={text}
            placeholder={intl.formatMessage({ id: 'history.filter.text.placeholder' })}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <p className="history-shown" role="status">
          {entries === undefined ? (
            <FormattedMessage id="history.loading" />
          ) : (
            <FormattedMessage id="history.shown" values={{ shown: rows.length, total: entries.length }} />
          )}
        </p>
      </div>

      <VirtualTable
        label={
          record
            ? intl.formatMessage({ id: 'history.table.labelOf' }, { record: recordLabel(record, intl) })
            : intl.formatMessage({ id: 'history.table.label' })
        }
        rows={rows}
        columns={columns}
        rowKey={(e) => String(e.seq)}
        onRowActivate={(e) =>
          // Enter opens a row on keydown; waiting a frame lets that same key press end before the dialog
          // takes focus, so it cannot also press the dialog's first button and close it again.
          requestAnimationFrame(() => void openEntry(e.seq))
        }
        empty={
          <FormattedMessage
            id={
              entries === undefined
                ? 'history.loading'
                : entries.length === 0
                  ? record
                    ? 'history.empty.record'
                    : 'history.empty'
                  : 'history.empty.filtered'
            }
          />
        }
      />
      <p className="history-hint">
        <FormattedMessage id="history.hint" />
      </p>

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
