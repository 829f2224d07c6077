// Pure parts of the Electronegativity gate, tested in electronegativity-findings.test.ts.

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** Rows of Electronegativity's CSV output (quoted fields may hold commas and doubled quotes). */
export function parseFindingsCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n') {
      row.push(field.trim());
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field.trim() !== '' || row.length > 0) rows.push([...row, field.trim()]);
  const [header, ...data] = rows.filter((r) => r.some((f) => f !== ''));
  if (!header || header[0] !== 'issue') throw new Error('not an Electronegativity CSV report');
  return data.map(([issue, severity, confidence, file, location, sample, description]) => ({
    issue,
    severity,
    confidence,
    file,
    location,
    sample,
    description,
  }));
}

/**
 * Justifications written in docs/security.md: rows of the table under the heading
 * "Electronegativity", `| CHECK_ID | file | why |`, where file may be `*`.
 */
export function parseJustifications(markdown) {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Electronegativity'));
  if (!section) return [];
  return section
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length >= 5 && /^`?[A-Z_]+`?$/.test(cells[1]))
    .map((cells) => ({ issue: cells[1].replaceAll('`', ''), file: cells[2].replaceAll('`', ''), why: cells[3] }))
    .filter((j) => j.why.length >= 20);
}

export function atLeastMedium(finding) {
  return SEVERITIES.indexOf(finding.severity.toUpperCase()) >= SEVERITIES.indexOf('MEDIUM');
}

/** Findings at MEDIUM or above with no justification for the same check and file. */
export function unjustified(findings, justifications) {
  return findings
    .filter(atLeastMedium)
    .filter((f) => !justifications.some((j) => j.issue === f.issue && (j.file === '*' || j.file === f.file)));
}
