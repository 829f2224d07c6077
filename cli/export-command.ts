import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { IsoDate } from '../shared/domain/dates';
import { calendarEvents, writeIcs } from '../shared/exports/ics';
import { expiryTable, nominationTable, rosterTable } from '../shared/exports/lists';
import { writeCsv } from '../shared/exports/csv';
import type { ExportFormat, ExportTable } from '../shared/exports/table';
import { SHARED_LOCALES, translate, type SharedLocale } from '../shared/i18n/translate';
import type { RulesContext } from '../shared/rules/context';
import {
  dateOption,
  inputError,
  integerOption,
  parseCommandArgs,
  requiredString,
  type ParsedCommand,
} from './arguments';
import { loadPdfFonts, writeFileAtomic } from './export-files';

/** What the export commands need from the outside: the workspace loader, the clock and the terminal's language. */
export type ExportEnv = {
  today(): IsoDate;
  /** The terminal's language (LC_ALL, LC_MESSAGES, LANG), for the file and the line printed; English when absent. */
  locale?: SharedLocale;
  loadWorkspace(file: string): Promise<RulesContext>;
  committeeOption(ctx: RulesContext, id: string): string;
};

export type ExportResult = { exitCode: number; json: unknown; text: string };

const FORMAT_NAMES: Record<ExportFormat | 'ics', string> = { csv: 'CSV', xlsx: 'XLSX', pdf: 'PDF', ics: 'iCalendar' };

export const EXPORT_KINDS = ['nominations', 'roster', 'expiring', 'calendar'] as const;

function formatOption(values: ParsedCommand['values']): ExportFormat {
  const value = requiredString(values, 'format');
  if (value !== 'csv' && value !== 'xlsx' && value !== 'pdf') {
    throw inputError('--format', `expected csv, xlsx or pdf, got ${JSON.stringify(value)}`);
  }
  return value;
}

function pageOption(values: ParsedCommand['values']): 'a4' | 'letter' {
  const value = values.page ?? 'a4';
  if (value !== 'a4' && value !== 'letter') {
    throw inputError('--page', `expected a4 or letter, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The output path, checked before any work: its folder must exist, and it must not be a folder. */
async function outOption(values: ParsedCommand['values']): Promise<string> {
  const out = resolve(requiredString(values, 'out'));
  const folder = await stat(dirname(out)).catch(() => undefined);
  if (!folder?.isDirectory()) throw inputError('--out', `no folder ${JSON.stringify(dirname(out))} to write into`);
  if ((await stat(out).catch(() => undefined))?.isDirectory()) {
    throw inputError('--out', `${JSON.stringify(out)} is a folder; give a file name`);
  }
  return out;
}

async function render(
  table: ExportTable,
  format: ExportFormat,
  values: ParsedCommand['values'],
): Promise<string | Uint8Array> {
  if (format === 'csv')
    return writeCsv(
      table.columns.map((c) => c.header),
      table.rows,
    );
  if (format === 'xlsx') {
    // exceljs and pdf-lib load only when asked for, so the other commands start quickly.
    const { writeXlsx } = await import('../shared/exports/xlsx');
    return writeXlsx(table);
  }
  const font = typeof values.font === 'string' ? values.font : undefined;
  let fonts;
  try {
    fonts = await loadPdfFonts(font);
  } catch (error) {
    throw inputError(
      '--font',
      `cannot read ${JSON.stringify(font)}: ${(error as { code?: string }).code ?? String(error)}`,
    );
  }
  const { writePdf } = await import('../shared/exports/pdf');
  try {
    return await writePdf(table, fonts, { pageSize: pageOption(values) });
  } catch (error) {
    if (font)
      throw inputError('--font', `${JSON.stringify(font)} is not a TrueType or OpenType font this build can embed`);
    throw error;
  }
}

async function write(out: string, data: string | Uint8Array): Promise<number> {
  try {
    await writeFileAtomic(out, data);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw inputError(
      '--out',
      `cannot write ${JSON.stringify(out)}: ${code === 'EACCES' ? 'permission denied' : (code ?? String(error))}`,
    );
  }
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}

/**
 * `--lang en|es|fr|ar`, the language of the file; without it, the terminal's (LC_ALL, then
 * LC_MESSAGES, then LANG), as for the text the command prints.
 */
function langOption(values: ParsedCommand['values'], terminal: SharedLocale): SharedLocale {
  const value = values.lang;
  if (value === undefined) return terminal;
  if (typeof value !== 'string' || !(SHARED_LOCALES as readonly string[]).includes(value)) {
    throw inputError('--lang', `expected ${SHARED_LOCALES.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as SharedLocale;
}

function size(bytes: number, locale: SharedLocale): string {
  if (bytes < 1024) return translate(locale, { id: 'export.cli.bytes', values: { count: String(bytes) } });
  const kilobytes =
    locale === 'en'
      ? (bytes / 1024).toFixed(1)
      : new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024);
  return translate(locale, { id: 'export.cli.kilobytes', values: { count: kilobytes } });
}

const TABLE_OPTIONS: Record<string, { type: 'string' | 'boolean' }> = {
  format: { type: 'string' },
  out: { type: 'string' },
  page: { type: 'string' },
  font: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
};

/**
 * `tenure export nominations|roster|expiring|calendar FILE ... --out PATH` (interchange-v1 §3):
 * builds the list with the rules engine, writes it atomically, exits 0; bad arguments, an unknown
 * election or committee, or an unreadable file exit 2 before anything is written. The file is in
 * the language of `--lang`, else the terminal's; the line printed is in the terminal's language,
 * while `--json` output and error messages stay as they are, for scripts.
 */
export async function runExport(args: string[], env: ExportEnv): Promise<ExportResult> {
  const terminal = env.locale ?? 'en';
  const [what, ...rest] = args;
  if (!what || !(EXPORT_KINDS as readonly string[]).includes(what)) {
    throw inputError(
      'export',
      what
        ? `unknown export ${JSON.stringify(what)}; try ${EXPORT_KINDS.map((k) => `"export ${k}"`).join(', ')}`
        : `missing what to export: ${EXPORT_KINDS.join(', ')}`,
    );
  }

  if (what === 'calendar') {
    const { positionals, values } = parseCommandArgs(
      rest,
      {
        committee: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
      ['FILE'],
    );
    const committee = requiredString(values, 'committee');
    const from = dateOption(values, 'as-of', env.today());
    const locale = langOption(values, terminal);
    if (values.format !== undefined && values.format !== 'ics') {
      throw inputError('--format', `a calendar is written as ics, got ${JSON.stringify(values.format)}`);
    }
    const out = await outOption(values);
    const ctx = await env.loadWorkspace(positionals[0] as string);
    const committeeId = env.committeeOption(ctx, committee);
    const events = calendarEvents(ctx, committeeId, from, locale);
    const name = translate(locale, {
      id: 'export.calendar.name',
      values: { committee: ctx.committee(committeeId).name },
    });
    const bytes = await write(out, writeIcs(events, { name, stampedAt: `${env.today()}T00:00:00Z` }));
    return {
      exitCode: 0,
      json: { export: 'calendar', format: 'ics', out, events: events.length, bytes },
      text: translate(terminal, {
        id: 'export.cli.wrote.calendar',
        values: {
          events: events.length,
          count: String(events.length),
          from,
          format: FORMAT_NAMES.ics,
          size: size(bytes, terminal),
          out,
        },
      }),
    };
  }

  let table: ExportTable;
  let values: ParsedCommand['values'];
  let format: ExportFormat;
  let out: string;
  let locale: SharedLocale;
  if (what === 'nominations') {
    const parsed = parseCommandArgs(rest, { ...TABLE_OPTIONS, election: { type: 'string' } }, ['FILE']);
    values = parsed.values;
    const electionId = requiredString(values, 'election');
    format = formatOption(values);
    pageOption(values);
    locale = langOption(values, terminal);
    out = await outOption(values);
    const ctx = await env.loadWorkspace(parsed.positionals[0] as string);
    if (!ctx.workspace.elections.some((e) => e.id === electionId)) {
      const known = ctx.workspace.elections.map((e) => e.id).join(', ') || 'none';
      throw inputError('--election', `no election with id ${JSON.stringify(electionId)} (the file has: ${known})`);
    }
    table = nominationTable(ctx, electionId, env.today(), locale);
  } else {
    const extra: typeof TABLE_OPTIONS = what === 'expiring' ? { months: { type: 'string' } } : {};
    const parsed = parseCommandArgs(
      rest,
      { ...TABLE_OPTIONS, ...extra, committee: { type: 'string' }, 'as-of': { type: 'string' } },
      ['FILE'],
    );
    values = parsed.values;
    const committee = requiredString(values, 'committee');
    const asOf = dateOption(values, 'as-of', env.today());
    const months = what === 'expiring' ? integerOption(values, 'months', { min: 1, fallback: 12 }) : 0;
    format = formatOption(values);
    pageOption(values);
    locale = langOption(values, terminal);
    out = await outOption(values);
    const ctx = await env.loadWorkspace(parsed.positionals[0] as string);
    const committeeId = env.committeeOption(ctx, committee);
    table =
      what === 'roster'
        ? rosterTable(ctx, committeeId, asOf, env.today(), locale)
        : expiryTable(ctx, committeeId, asOf, months, env.today(), locale);
  }
  const bytes = await write(out, await render(table, format, values));
  return {
    exitCode: 0,
    json: { export: what, format, out, rows: table.rows.length, bytes },
    text: translate(terminal, {
      id: `export.cli.wrote.${what}`,
      values: {
        committee: table.committee,
        rows: table.rows.length,
        count: String(table.rows.length),
        format: FORMAT_NAMES[format],
        size: size(bytes, terminal),
        out,
      },
    }),
  };
}
