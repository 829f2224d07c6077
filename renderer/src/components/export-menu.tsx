import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PageSize } from '@shared/exports/pdf';
import { sharedLocaleOf, type SharedLocale } from '@shared/i18n/translate';
import { EXPORT_FORMATS, EXPORT_MIME_TYPES, type ExportFormat, type ExportTable } from '@shared/exports/table';
import { exportTable } from '../lib/exports/run-export';
import { saveFile } from '../platform/bridge';
import { useErrorText } from '../i18n/use-error-text';
import './export-menu.css';

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX', pdf: 'PDF' };

export type ExportMenuProps = {
  /**
   * The list to export (see shared/exports/lists.ts: `nominationTable`, `rosterTable`,
   * `expiryTable`). A function is called only when a button is pressed, so a long list is not
   * turned into rows on every render; it is given the reader's language, for the builder's
   * `locale`, so a list exported in Español has Spanish headers.
   */
  table: ExportTable | ((locale: SharedLocale) => ExportTable | Promise<ExportTable>);
  /** Which buttons to show; all three by default. */
  formats?: readonly ExportFormat[];
  /** The accessible name of the group (the caller's words), "Export the roster" by default from the table's title. */
  label?: string;
  pageSize?: PageSize;
  disabled?: boolean;
};

/**
 * CSV / XLSX / PDF buttons for one list. The file is written in a Web Worker (exceljs and pdf-lib
 * load there, on first use) and saved through the platform bridge; the group says what happened.
 */
export function ExportMenu({ table, formats = EXPORT_FORMATS, label, pageSize, disabled }: ExportMenuProps) {
  const intl = useIntl();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<ExportFormat | undefined>();
  const [status, setStatus] = useState('');
  const exportOf = (title: string) =>
    intl.formatMessage({ id: 'components.export.groupOf' }, { title: title.toLowerCase() });
  const [loadedTitle, setLoadedTitle] = useState<string | undefined>();
  const title = typeof table === 'function' ? loadedTitle : table.title;
  const groupLabel =
    label ?? (title === undefined ? intl.formatMessage({ id: 'components.export.group' }) : exportOf(title));

  async function run(format: ExportFormat) {
    setBusy(format);
    setStatus(intl.formatMessage({ id: 'components.export.preparing' }, { format: FORMAT_LABELS[format] }));
    try {
      const model = typeof table === 'function' ? await table(sharedLocaleOf(intl.locale)) : table;
      setLoadedTitle(model.title);
      const { fileName, result } = await exportTable(model, format, pageSize);
      setStatus(
        result === 'saved'
          ? intl.formatMessage({ id: 'components.export.saved' }, { fileName })
          : intl.formatMessage({ id: 'components.export.cancelled' }),
      );
    } catch (error) {
      setStatus(intl.formatMessage({ id: 'components.export.failed' }, { error: errorText(error) }));
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="export-menu" role="group" aria-label={groupLabel}>
      <span className="export-menu-label" aria-hidden="true">
        <FormattedMessage id="components.export.group" />
      </span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          className="btn btn-small"
          disabled={disabled || busy !== undefined}
          aria-busy={busy === format}
          onClick={() => void run(format)}
        >
          {FORMAT_LABELS[format]}
        </button>
      ))}
      <span className="export-menu-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** A button that saves an iCalendar (.ics) file; `build` makes the text when it is pressed. */
export function CalendarExportButton({
  build,
  label,
}: {
  /** Makes the file in the reader's language (for `calendarEvents`' `locale`). */
  build: (locale: SharedLocale) => { fileName: string; ics: string };
  /** The button's text (the caller's words); "Calendar (.ics)" in the reader's language by default. */
  label?: string;
}) {
  const intl = useIntl();
  const errorText = useErrorText();
  const [status, setStatus] = useState('');
  return (
    <span className="export-menu">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => {
          const { fileName, ics } = build(sharedLocaleOf(intl.locale));
          void saveFile(fileName, ics, EXPORT_MIME_TYPES.ics).then(
            (result) =>
              setStatus(
                result === 'saved'
                  ? intl.formatMessage({ id: 'components.export.saved' }, { fileName })
                  : intl.formatMessage({ id: 'components.export.cancelled' }),
              ),
            (error: unknown) =>
              setStatus(intl.formatMessage({ id: 'components.export.failed' }, { error: errorText(error) })),
          );
        }}
      >
        {label ?? <FormattedMessage id="components.export.calendar" />}
      </button>
      <span className="export-menu-status" role="status">
        {status}
      </span>
    </span>
  );
}
