import { useMemo, useState } from 'react';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  guessColumns,
  type ColumnMapping,
  type ImportField,
} from '@shared/imports/columns';
import { DATE_FORMAT_LABELS, DATE_FORMATS, type DateDetection, type DateFormat } from '@shared/imports/dates';
import { readSpreadsheet } from '@shared/imports/read-sheet';
import {
  detectDateColumns,
  planSpreadsheetImport,
  rejectedRowsCsv,
  type DateFields,
  type RowStatus,
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
import { useAppStore } from '../../stores/app-store';
import './spreadsheet-import.css';

type Loaded = {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding?: string;
  rows: string[][];
  people: Person[];
  terms: Term[];
};

const STATUS_LABELS: Record<RowStatus, string> = {
  new: 'New',
  update: 'Update',
  duplicate: 'Duplicate',
  invalid: 'Invalid',
};
const DATE_FIELDS: DateFields[] = ['start', 'end', 'endedOn'];
const SHOWN_ROWS = 500;

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
    if (!result.ok) return setProblem(result.message);
    if (result.rows.length < 2)
      return setProblem(`${file.name} has no rows under its header, so there is nothing to import.`);
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
        throw new Error(
          `the current records could not be backed up first (${error instanceof Error ? error.message : String(error)})`,
        );
      });
      const result = await importSpreadsheetRows(db, plan, { fileName: loaded.fileName, committeeId }, context());
      onImported?.(
        `Imported ${plan.imported} of ${plan.rowsIn} rows from ${loaded.fileName}: ${result.people} people and ${result.terms} terms written; ${plan.rejected} rows not imported.`,
      );
      onClose();
    } catch (error) {
      setProblem(
        `The import did not complete, and nothing was changed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  }

  function saveRejected() {
    if (!plan || !loaded) return;
    const stem = loaded.fileName.replace(/\.[^.]+$/, '');
    void saveFile(`${stem}-rejected.csv`, rejectedRowsCsv(header, plan), EXPORT_MIME_TYPES.csv);
  }

  return (
    <Dialog
      title="Import people and terms from a spreadsheet"
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          {plan && plan.rejected > 0 && (
            <button type="button" className="btn" onClick={saveRejected}>
              Save the {plan.rejected} rejected rows as CSV
            </button>
          )}
          {plan && plan.imported > 0 && (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void confirm()}>
              Import {plan.imported} {plan.imported === 1 ? 'row' : 'rows'}
            </button>
          )}
        </>
      }
    >
      <p>
        A CSV or XLSX file with one person per row, and optionally a term on this committee (kind, start, end). Existing
        people are matched by ID, then email, then name. Nothing changes until you import, and then everything is
        written at once.
      </p>
      <label className="field">
        Spreadsheet file
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
            <h3 id="sheet-columns-title">Columns</h3>
            <p className="sheet-import-muted">
              {loaded.fileName}: {loaded.kind.toUpperCase()}
              {loaded.encoding ? `, read as ${loaded.encoding}` : ''}, {loaded.rows.length - 1} lines under the header.
            </p>
            <table className="plain-table sheet-import-columns">
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">First value</th>
                  <th scope="col">Imported as</th>
                </tr>
              </thead>
              <tbody>
                {header.map((title, i) => (
                  <tr key={`${i}-${title}`}>
                    <th scope="row">{title || `Column ${i + 1}`}</th>
                    <td>{unguardCell(loaded.rows.find((r, k) => k > 0 && (r[i] ?? '').trim() !== '')?.[i] ?? '')}</td>
                    <td>
                      <select
                        aria-label={`Import column ${title || i + 1} as`}
                        value={mapping[i] ?? ''}
                        onChange={(e) => mapColumn(i, (e.target.value || null) as ImportField | null)}
                      >
                        <option value="">Leave out</option>
                        {IMPORT_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {IMPORT_FIELD_LABELS[f]}
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
                    {IMPORT_FIELD_LABELS[field]}: date format
                    <select
                      value={formats[field] ?? 'iso'}
                      onChange={(e) => setFormats((current) => ({ ...current, [field]: e.target.value as DateFormat }))}
                    >
                      {DATE_FORMATS.map((f) => (
                        <option key={f} value={f}>
                          {DATE_FORMAT_LABELS[f]}
                        </option>
                      ))}
                    </select>
                  </label>
                  <span className="sheet-import-muted" data-testid={`date-format-${field}`}>
                    Detected {detection ? DATE_FORMAT_LABELS[detection.format] : '—'}
                    {detection?.example ? `: “${detection.example.text}” is ${detection.example.date}` : ''}
                    {detection?.ambiguous ? '. Day and month could be either way round; check the example.' : ''}
                  </span>
                </div>
              );
            })}
          </section>
          {plan && (
            <section aria-labelledby="sheet-preview-title" className="sheet-import-section">
              <h3 id="sheet-preview-title">Preview</h3>
              <p role="status" data-testid="sheet-import-summary">
                {plan.rowsIn} rows: {plan.counts.new} new, {plan.counts.update} updates, {plan.counts.duplicate}{' '}
                duplicates, {plan.counts.invalid} invalid. {plan.imported} will be imported and {plan.rejected} rejected
                {plan.blankLines > 0 ? `; ${plan.blankLines} blank lines skipped` : ''}.
              </p>
              <div className="sheet-import-rows">
                <table className="plain-table">
                  <thead>
                    <tr>
                      <th scope="col">Line</th>
                      <th scope="col">Status</th>
                      <th scope="col">What happens</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plan.rows.slice(0, SHOWN_ROWS).map((row) => (
                      <tr key={row.line} className={`sheet-import-row sheet-import-${row.status}`}>
                        <td>{row.line}</td>
                        <td>
                          <span className={`badge sheet-import-badge-${row.status}`}>{STATUS_LABELS[row.status]}</span>
                        </td>
                        <td>{row.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {plan.rows.length > SHOWN_ROWS && (
                <p className="sheet-import-muted">
                  The first {SHOWN_ROWS} rows are shown; the saved CSV of rejected rows lists every one.
                </p>
              )}
            </section>
          )}
        </>
      )}
    </Dialog>
  );
}
