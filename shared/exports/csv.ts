/**
 * CSV as RFC 4180 says (quoted fields, "" for a quote, CRLF between records), with a UTF-8 byte
 * order mark so Excel reads accents as UTF-8 instead of the local code page, and every cell
 * guarded against formula injection (OWASP "CSV Injection", ASVS 1.2.10).
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula or split it: `=`, `+`, `-`, `@`,
 * tab, CR, LF (OWASP) and NUL (ASVS).
 */
const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\0']);

/**
 * A cell the guard must prefix: one starting with a dangerous character, or with apostrophes
 * followed by one. The second case is what makes the guard reversible: "'=x" written as "''=x"
 * reads back as "'=x", while an ordinary leading apostrophe ("'t Hooft") is left alone.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r\n\0]/;

/** Prefixes `'` when the text would start a formula; legitimate "-" or "+" data (phone numbers) is prefixed too. */
export function guardCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** Undoes `guardCell`: the original text of a cell read back from one of our files. */
export function unguardCell(text: string): string {
  return text.length > 1 && text.startsWith("'") && NEEDS_GUARD.test(text.slice(1)) ? text.slice(1) : text;
}

/** True when a spreadsheet could read the cell as a formula: what no exported cell may be. */
export function isDangerousCell(text: string): boolean {
  return text.length > 0 && DANGEROUS_FIRST.has(text[0] as string);
}

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}

export const UTF8_BOM = '\uFEFF';

/** The CSV text of a header and rows, every field guarded and quoted. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = header.map((h) => quote(guardCell(h))).join(',');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as readonly string[];
    let line = '';
    for (let j = 0; j < header.length; j++) {
      if (j > 0) line += ',';
      line += quote(guardCell(row[j] ?? ''));
    }
    lines[i + 1] = line;
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** The delimiter of a file: the one of `,` `;` tab that occurs most outside quotes in the first line. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Parses CSV text into rows of raw strings (guards left on; see `unguardCell`). Tolerant the way
 * spreadsheets are: CRLF, LF or CR line ends, a BOM, a quote inside an unquoted field kept as it
 * is, an unterminated quote running to the end. One pass over the text, so any input ends.
 */
export function readCsv(input: string, delimiter?: string): string[][] {
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === sep) {
      row.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
