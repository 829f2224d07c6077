import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it lived at `file`. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries (architecture-anchors §3)', () => {
  it.each([
    [
      'shared/ imports no Node built-in',
      'shared/rules/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      'no-restricted-imports',
    ],
    [
      'shared/ imports no bare Node built-in',
      'shared/rules/x.ts',
      "import path from 'path';\nexport const p = path;\n",
      'no-restricted-imports',
    ],
    [
      'shared/ imports no React',
      'shared/rules/x.ts',
      "import { useState } from 'react';\nexport const u = useState;\n",
      'no-restricted-imports',
    ],
    [
      'shared/ imports no Dexie',
      'shared/rules/x.ts',
      "import Dexie from 'dexie';\nexport const d = Dexie;\n",
      'no-restricted-imports',
    ],
    [
      'shared/ imports no Electron',
      'shared/rules/x.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
      'no-restricted-imports',
    ],
    [
      'a shared/ test reads no file from disk',
      'shared/rules/x.test.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
      'no-restricted-imports',
    ],
    [
      'shared/ reaches into no other layer',
      'shared/rules/x.ts',
      "import { App } from '../../renderer/src/app/app';\nexport const a = App;\n",
      'tenure/import-boundaries',
    ],
    [
      'shared/ reads no hidden clock',
      'shared/rules/x.ts',
      'export const now = () => new Date();\n',
      'no-restricted-syntax',
    ],
    [
      'shared/ uses no Node global',
      'shared/rules/x.ts',
      'export const env = () => process.env;\n',
      'no-restricted-globals',
    ],
    [
      'the renderer imports no Electron',
      'renderer/src/app/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
      'no-restricted-imports',
    ],
    [
      'the renderer imports no Node built-in',
      'renderer/src/app/x.ts',
      "import { join } from 'node:path';\nexport const j = join;\n",
      'no-restricted-imports',
    ],
    [
      'a feature imports no other feature',
      'renderer/src/features/roster/x.ts',
      "import { y } from '../elections/y';\nexport const x = y;\n",
      'tenure/import-boundaries',
    ],
    [
      'the sandboxed preload imports no Node built-in',
      'electron/preload/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'no-restricted-imports',
    ],
    [
      'main imports no renderer code',
      'electron/main/x.ts',
      "import { App } from '../../renderer/src/app/app';\nexport const a = App;\n",
      'tenure/import-boundaries',
    ],
  ])('%s', async (_name, file, code, rule) => {
    expect(await violations(file, code)).toContain(rule);
  });

  it.each([
    [
      'a feature may use shared/ through @shared',
      'renderer/src/features/roster/x.ts',
      "import { isIsoDate } from '@shared/domain/dates';\nexport const v = isIsoDate;\n",
    ],
    [
      'shared/ may use zod and its own modules',
      'shared/rules/x.ts',
      "import { z } from 'zod';\nimport { isIsoDate } from '../domain/dates';\nexport const s = z.string().refine(isIsoDate);\n",
    ],
    [
      'the CLI may use Node and shared/',
      'cli/x.ts',
      "import { readFile } from 'node:fs/promises';\nimport { isIsoDate } from '../shared/domain/dates';\nexport const a = [readFile, isIsoDate];\n",
    ],
  ])('%s', async (_name, file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });

  it('the real shared/ folder keeps every boundary', async () => {
    const results = await eslint.lintFiles(['shared/**/*.ts']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}`));
    expect(problems).toEqual([]);
  });
});

describe('no untranslated words in the renderer’s JSX (issue 10)', () => {
  it.each([
    ['JSX text', 'export const A = () => <p>Term ends</p>;\n'],
    ['an aria-label', "export const A = () => <button aria-label='Close'>×</button>;\n"],
    ['a title', "export const A = () => <span title='Expired'>!</span>;\n"],
    ['a placeholder', "export const A = () => <input placeholder='Search people' />;\n"],
  ])('%s is refused', async (_name, code) => {
    expect(await violations('renderer/src/features/roster/x.tsx', code)).toContain('formatjs/no-literal-string-in-jsx');
  });

  it('catalogue messages and values pass', async () => {
    const code =
      "import { FormattedMessage } from 'react-intl';\n" +
      "export const A = ({ n }: { n: number }) => (\n  <p title={String(n)}>\n    <FormattedMessage id='roster.title' values={{ n }} />\n  </p>\n);\n";
    expect(await violations('renderer/src/features/roster/x.tsx', code)).toEqual([]);
  });
});
