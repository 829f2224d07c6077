import { inject } from 'vitest';
import type { PdfFonts } from '../exports/pdf';
import { parseWorkspaceText } from '../workspace/parse';
import type { Workspace } from '../workspace/schema';

/**
 * Files the pure core's tests need, read once by Vitest's global setup (tools/vitest-fixtures.ts,
 * in Node) and handed over with `provide`/`inject`, so no test in shared/ touches a file system.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Every `examples/<name>.tenure.json`, by name, as text. */
    examples: Record<string, string>;
    /** DejaVu Sans, the font the PDF writers embed. */
    dejavu: { regular: Uint8Array; bold: Uint8Array };
  }
}

export type ExampleName = 'it-section-2021' | 'rule-breaches';

/** An example workspace file exactly as it is on disk. */
export function exampleText(name: ExampleName = 'it-section-2021'): string {
  const text = inject('examples')[name];
  if (text === undefined) throw new Error(`examples/${name}.tenure.json was not provided to the tests`);
  return text;
}

/** An example workspace, read as the app reads it. */
export function exampleWorkspace(name: ExampleName = 'it-section-2021'): Workspace {
  const parsed = parseWorkspaceText(exampleText(name));
  if (!parsed.ok) throw new Error(`examples/${name}.tenure.json is not a valid workspace`);
  return parsed.workspace;
}

export function dejavuFonts(): PdfFonts {
  const { regular, bold } = inject('dejavu');
  return { regular: new Uint8Array(regular), bold: new Uint8Array(bold) };
}
