import { describe, expect, it } from 'vitest';
import { parseFindingsCsv, parseJustifications, unjustified } from './electronegativity-findings.mjs';

const CSV = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","FIRM","index.html","4:0","default-src 'self'; a, b","One or more CSP directives",https://x
PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/window.ts","14:6","preload: join(__dirname, ""x"")","Review the use of preload scripts",https://y
NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","main/window.ts","20:6","nodeIntegration: false","Disable nodeIntegration",https://z
`;

const DOC = `# Security

## Electronegativity

| check | file | justification |
| --- | --- | --- |
| \`PRELOAD_JS_CHECK\` | \`main/window.ts\` | The preload exposes named functions derived from the IPC contract only. |
| \`OPEN_EXTERNAL_JS_CHECK\` | * | short |

## Other
| \`SANDBOX_JS_CHECK\` | * | This table is in another section, so it does not count. |
`;

describe('the Electronegativity gate', () => {
  it('reads the CSV report, quoted commas and quotes included', () => {
    const findings = parseFindingsCsv(CSV);
    expect(findings.map((f) => [f.issue, f.severity, f.file])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'index.html'],
      ['PRELOAD_JS_CHECK', 'MEDIUM', 'main/window.ts'],
      ['NODE_INTEGRATION_JS_CHECK', 'INFORMATIONAL', 'main/window.ts'],
    ]);
    expect(findings[1]?.sample).toBe('preload: join(__dirname, "x")');
  });

  it('refuses output that is not its report', () => {
    expect(() => parseFindingsCsv('Error: something broke')).toThrow(/not an Electronegativity/);
  });

  it('takes written justifications from the Electronegativity section only, and ignores one-word ones', () => {
    expect(parseJustifications(DOC)).toEqual([
      {
        issue: 'PRELOAD_JS_CHECK',
        file: 'main/window.ts',
        why: 'The preload exposes named functions derived from the IPC contract only.',
      },
    ]);
  });

  it('fails findings at MEDIUM or above that lack a justification', () => {
    const findings = parseFindingsCsv(CSV);
    expect(unjustified(findings, parseJustifications(DOC))).toEqual([]);
    expect(unjustified(findings, []).map((f) => f.issue)).toEqual(['PRELOAD_JS_CHECK']);
    const high = [{ ...findings[0]!, severity: 'HIGH', issue: 'NEW_CHECK' }];
    expect(unjustified(high, parseJustifications(DOC))).toHaveLength(1);
  });
});
