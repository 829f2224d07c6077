import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { IMPORT_FIELDS, guessColumns, type ColumnMapping, type ImportField } from '@shared/imports/columns';
import { DATE_FORMATS, type DateDetection, type DateFormat } from '@shared/imports/dates';
import { readSpreadsheet } from '@shared/imports/read-sheet';
import {
  detectDateColumns,
  planSpreadsheetImport,
  rejectedRowsCsv,
  type DateFields,
  type RowReason,
  type RowVerdict,
} from '@shared/imports/spreadsheet';
import { EXPORT_MIME_TYPES } from '@shared/exports/table';
import { unguardCell } from '@shared/exports/csv';
import type { Person, Term } from '@shared/workspace/schema';
import { Dialog } from '../../components/ui/dialog';
import { db } from '../../db/db';
import { backUp } from '../../db/durable-backups';
import { platform } from '../../platform/bridge';
import { importSpreadsheetRows } from '../../db/repositories/spreadsheet-import-repo';
import { useWriteContext } from '../../hooks/use-write-context';
import { newId } from '../../lib/ids';
import { saveFile } from '../../platform/bridge';
import { useFormat } from '../../i18n/use-format';
import { useAppStore } from '../../stores/app-store';
import { useErrorText } from '../../i18n/use-error-text';
import './spreadsheet-import.css';

type Loaded = {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding?: string;
  rows: string[][];
  people: Person[];
  terms: Term[];
};

const DATE_FIELDS: DateFields[] = ['start', 'end', 'endedOn'];
const SHOWN_ROWS = 500;
/** Values of a row's reasons that are dates, written in the reader's language. */
const DATE_VALUES = new Set(['start', 'end', 'endedOn', 'otherStart', 'otherEnd']);

/** A row's reasons in the reader's language: problems apart with semicolons, what happens with commas. */
function reasonsText(intl: IntlShape, date: (iso: string) => string, row: RowVerdict): string {
  const one = (reason: RowReason) => {
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries('values' in reason ? reason.values : {})) {
      values[name] = DATE_VALUES.has(name) && typeof value === 'string' ? date(value) : value;
    }
    if (reason.id === 'updates') {
      values.fields = reason.fields
        .map((field) => intl.formatMessage({ id: `spreadsheetImport.changed.${field}` }))
        .join(intl.formatMessage({ id: 'spreadsheetImport.reason.comma' }));
    }
    return intl.formatMessage({ id: `spreadsheetImport.reason.${reason.id}` }, values);
  };
  const separator = intl.formatMessage({
    id: row.status === 'invalid' ? 'spreadsheetImport.reason.semicolon' : 'spreadsheetImport.reason.comma',
  });
  return row.reasons.map(one).join(separator);
}

/**
 * File → Import spreadsheet: people and their terms on the current committee from a CSV or XLSX
 * file. Columns are guessed from the headers and can be changed, date formats are detected and
 * shown, every row is judged before anything is written, and the import is one transaction.
 */
export function SpreadsheetImportDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported?: (message: string) => void;
}) {
  const committeeId = useAppStore((s) => s.committeeId);
  const { context } = useWriteContext();
  const intl = useIntl();
  const errorText = useErrorText();
  const format = useFormat();
  const fieldLabel = (field: ImportField) => intl.formatMessage({ id: `spreadsheetImport.field.${field}` });
  const formatLabel = (f: DateFormat) => intl.formatMessage({ id: `spreadsheetImport.format.${f}` });
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [problem, setProblem] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [formats, setFormats] = useState<Partial<Record<DateFields, DateFormat>>>({});
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    if (!file) return;
    setProblem('');
    setLoaded(undefined);
    const result = await readSpreadsheet(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      return setProblem(
        intl.formatMessage({ id: `spreadsheetImport.problem.${result.problem}` }, { detail: result.detail }),
      );
    }
    if (result.rows.length < 2)
      return setProblem(intl.formatMessage({ id: 'spreadsheetImport.problem.noRows' }, { file: file.name }));
    const [people, terms] = await Promise.all([
      db.people.toArray(),
      committeeId ? db.terms.where('committeeId').equals(committeeId).toArray() : Promise.resolve([]),
    ]);
    const guessed = guessColumns((result.rows[0] ?? []).map(unguardCell));
    const detected = detectDateColumns(result.rows, guessed);
    setMapping(guessed);
    setFormats(Object.fromEntries(Object.entries(detected).map(([field, d]) => [field, d.format])));
    setLoaded({
      fileName: file.name,
      kind: result.kind,
      ...(result.kind === 'csv' && result.encoding ? { encoding: result.encoding } : {}),
      rows: result.rows,
      people,
      terms,
    });
  }

  const header = useMemo(() => (loaded?.rows[0] ?? []).map(unguardCell), [loaded]);
  const detections = useMemo(
    () => (loaded ? detectDateColumns(loaded.rows, mapping) : {}) as Partial<Record<DateFields, DateDetection>>,
    [loaded, mapping],
  );
  const plan = useMemo(() => {
    if (!loaded || !committeeId) return undefined;
    return planSpreadsheetImport(loaded.rows, {
      committeeId,
      mapping,
      dateFormats: formats,
      existing: { people: loaded.people, terms: loaded.terms },
      newId: (kind, label) => newId(kind === 'person' ? 'p' : 't', label),
    });
  }, [loaded, committeeId, mapping, formats]);

  function mapColumn(column: number, field: ImportField | null) {
    setMapping((current) => current.map((f, i) => (i === column ? field : f === field && field !== null ? null : f)));
    if (field && DATE_FIELDS.includes(field as DateFields) && loaded) {
      const detected = detectDateColumns(
        loaded.rows,
        mapping.map((f, i) => (i === column ? field : f === field ? null : f)),
      );
      const format = detected[field as DateFields]?.format;
      if (format) setFormats((current) => ({ ...current, [field]: format }));
    }
  }

  async function confirm() {
    if (!plan || !loaded || !committeeId) return;
    setBusy(true);
    try {
      // As for a workspace import: the records are backed up first, or nothing is imported.
      await backUp(db, 'before-import', platform()).catch((error: unknown) => {
        throw new Error(intl.formatMessage({ id: 'spreadsheetImport.backupFailed' }, { detail: errorText(error) }));
      });
      const result = await importSpreadsheetRows(db, plan, { fileName: loaded.fileName, committeeId }, context());
      onImported?.(
        intl.formatMessage(
          { id: 'spreadsheetImport.done' },
          {
            imported: plan.imported,
            rowsIn: plan.rowsIn,
            file: loaded.fileName,
            people: result.people,
            terms: result.terms,
            rejected: plan.rejected,
          },
        ),
      );
      onClose();
    } catch (error) {
      setProblem(intl.formatMessage({ id: 'spreadsheetImport.failed' }, { detail: errorText(error) }));
    } finally {
      setBusy(false);
    }
  }

  function saveRejected() {
    if (!plan || !loaded) return;
    const stem = loaded.fileName.replace(/\.[^.]+$/, '');
    const csv = rejectedRowsCsv(header, plan, {
      columns: {
        line: intl.formatMessage({ id: 'spreadsheetImport.csv.line' }),
        status: intl.formatMessage({ id: 'spreadsheetImport.csv.status' }),
        reason: intl.formatMessage({ id: 'spreadsheetImport.csv.reason' }),
      },
      status: (status) => intl.formatMessage({ id: `spreadsheetImport.csv.status.${status}` }),
      reasons: (row) => reasonsText(intl, format.date, row),
    });
    void saveFile(`${stem}-rejected.csv`, csv, EXPORT_MIME_TYPES.csv);
  }

  return (
    <Dialog
      title={intl.formatMessage({ id: 'spreadsheetImport.title' })}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            <FormattedMessage id="spreadsheetImport.cancel" />
          </button>
          {plan && plan.rejected > 0 && (
            <button type="button" className="btn" onClick={saveRejected}>
              <FormattedMessage id="spreadsheetImport.saveRejected" values={{ count: plan.rejected }} />
            </button>
          )}
          {plan && plan.imported > 0 && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
              <FormattedMessage id="spreadsheetImport.import" values={{ count: plan.imported }} />
            </button>
          )}
        </>
      }
    >
      <p>
        <FormattedMessage id="spreadsheetImport.intro" />
      </p>
      <label className="field">
        <FormattedMessage id="spreadsheetImport.file" />
        <input
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {problem && (
        <div role="alert" className="notice notice-error">
          <p>{problem}</p>
        </div>
      )}
      {loaded && (
        <>
          <section aria-labelledby="sheet-columns-title" className="sheet-import-section">
            <h3 id="sheet-columns-title">
              <FormattedMessage id="spreadsheetImport.columns.title" />
            </h3>
            <p className="sheet-import-muted">
              <FormattedMessage
                id="spreadsheetImport.columns.summary"
                values={{
                  file: <bdi>{loaded.fileName}</bdi>,
                  kind: loaded.kind.toUpperCase(),
                  hasEncoding: loaded.encoding ? 'yes' : 'no',
                  encoding: loaded.encoding ?? '',
                  lines: loaded.rows.length - 1,
                }}
              />
            </p>
            <table className="plain-table sheet-import-columns">
              <thead>
                <tr>
                  <th scope="col">
                    <FormattedMessage id="spreadsheetImport.columns.column" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="spreadsheetImport.columns.firstValue" />
                  </th>
                  <th scope="col">
                    <FormattedMessage id="spreadsheetImport.columns.importedAs" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {header.map((title, i) => (
                  <tr key={`${i}-${title}`}>
                    <th scope="row">
                      {title ? (
                        <bdi>{title}</bdi>
                      ) : (
                        <FormattedMessage id="spreadsheetImport.columns.unnamed" values={{ number: i + 1 }} />
                      )}
                    </th>
                    <td>
                      <bdi>
                        {unguardCell(loaded.rows.find((r, k) => k > 0 && (r[i] ?? '').trim() !== '')?.[i] ?? '')}
                      </bdi>
                    </td>
                    <td>
                      <select
                        aria-label={intl.formatMessage(
                          { id: 'spreadsheetImport.columns.mapLabel' },
                          { column: title || i + 1 },
                        )}
                        value={mapping[i] ?? ''}
                        onChange={(e) => mapColumn(i, (e.target.value || null) as ImportField | null)}
                      >
                        <option value="">{intl.formatMessage({ id: 'spreadsheetImport.columns.leaveOut' })}</option>
                        {IMPORT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {fieldLabel(f)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {DATE_FIELDS.filter((f) => mapping.includes(f)).map((field) => {
              const detection = detections[field];
              return (
                <div key={field} className="sheet-import-date">
                  <label className="field">
                    <FormattedMessage id="spreadsheetImport.dateFormat" values={{ field: fieldLabel(field) }} />
                    <select
                      value={formats[field] ?? 'iso'}
                      onChange={(e) => setFormats((current) => ({ ...current, [field]: e.target.value as DateFormat }))}
                    >
                      {DATE_FORMATS.map((f) => (
                        <option key={f} value={f}>
                          {formatLabel(f)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <span className="sheet-import-muted" data-testid={`date-format-${field}`}>
                    <FormattedMessage
                      id="spreadsheetImport.detected"
                      values={{
                        format: detection ? formatLabel(detection.format) : '—',
                        hasExample: detection?.example ? 'yes' : 'no',
                        text: <bdi>{detection?.example?.text ?? ''}</bdi>,
                        date: detection?.example?.date ?? '',
                        ambiguous: detection?.ambiguous ? 'yes' : 'no',
                      }}
                    />
                  </span>
                </div>
              );
            })}
          </section>
          {plan && (
            <section aria-labelledby="sheet-preview-title" className="sheet-import-section">
              <h3 id="sheet-preview-title">
                <FormattedMessage id="spreadsheetImport.preview.title" />
              </h3>
              <p role="status" data-testid="sheet-import-summary">
                <FormattedMessage
                  id="spreadsheetImport.preview.summary"
                  values={{
                    rowsIn: plan.rowsIn,
                    new: plan.counts.new,
                    update: plan.counts.update,
                    duplicate: plan.counts.duplicate,
                    invalid: plan.counts.invalid,
                    imported: plan.imported,
                    rejected: plan.rejected,
                    blank: plan.blankLines,
                  }}
                />
              </p>
              <div className="sheet-import-rows">
                <table className="plain-table">
                  <thead>
                    <tr>
                      <th scope="col">
                        <FormattedMessage id="spreadsheetImport.preview.line" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="spreadsheetImport.preview.status" />
                      </th>
                      <th scope="col">
                        <FormattedMessage id="spreadsheetImport.preview.what" />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.rows.slice(0, SHOWN_ROWS).map((row) => (
                      <tr key={row.line} className={`sheet-import-row sheet-import-${row.status}`}>
                        <td>{format.number(row.line)}</td>
                        <td>
                          <span className={`badge sheet-import-badge-${row.status}`}>
                            <FormattedMessage id={`spreadsheetImport.status.${row.status}`} />
                          </span>
                        </td>
                        <td>{reasonsText(intl, format.date, row)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {plan.rows.length > SHOWN_ROWS && (
                <p className="sheet-import-muted">
                  <FormattedMessage id="spreadsheetImport.preview.more" values={{ count: SHOWN_ROWS }} />
                </p>
              )}
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}
