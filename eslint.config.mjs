import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import formatjs from 'eslint-plugin-formatjs';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import boundaries from './tools/eslint-import-boundaries.mjs';

const root = import.meta.dirname;
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

/** `no-restricted-imports` options banning packages (and optionally every Node built-in). */
const banned = (packages, { node = false, why }) => ({
  paths: [...packages, ...(node ? nodeBuiltins : [])].map((name) => ({ name, message: why })),
  patterns: [
    { group: packages.map((p) => `${p}/*`), message: why },
    ...(node ? [{ group: ['node:*'], message: why }] : []),
  ],
});

const LAYERS = [
  { name: 'shared', path: 'shared', mayImport: [] },
  { name: 'electron-main', path: 'electron/main', mayImport: ['shared'] },
  { name: 'electron-preload', path: 'electron/preload', mayImport: ['shared'] },
  { name: 'renderer', path: 'renderer', mayImport: ['shared'] },
  { name: 'cli', path: 'cli', mayImport: ['shared'] },
  { name: 'e2e', path: 'e2e', mayImport: ['shared'] },
  { name: 'tools', path: 'tools', mayImport: ['shared', 'cli'] },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist-web/', 'release/', 'reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { tenure: boundaries },
    rules: {
      'tenure/import-boundaries': ['error', { root, layers: LAYERS, isolatedFolders: ['renderer/src/features'] }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The pure core: data in, findings out. No platform, no UI, no storage, no clock.
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        banned(['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], {
          node: true,
          why: 'shared/ is pure TypeScript: no Node, Electron, React, Dexie or Zustand.',
        }),
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: 'shared/ runs anywhere: no DOM or Node globals.' })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No hidden clock in shared/: take the date as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'No hidden clock in shared/: take the date as an argument.',
        },
      ],
    },
  },
  {
    // shared/'s tests are as pure as the code: the files they need come from
    // shared/testing/fixtures.ts, which Vitest's global setup (tools/vitest-fixtures.ts) fills.
    files: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        banned(['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], {
          node: true,
          why: 'shared/ tests run anywhere: take files from shared/testing/fixtures.ts.',
        }),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, formatjs },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        banned(['electron'], {
          node: true,
          why: 'The renderer is a web page: no Electron or Node; use platform/bridge.',
        }),
      ],
    },
  },
  {
    // Issue 10: every word on screen comes from a catalogue. Punctuation, symbols and numbers may
    // stay literal; tests and the dev-only testing helpers are exempt.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx'],
    rules: {
      'formatjs/no-literal-string-in-jsx': [
        'error',
        { props: { include: [['*', '{aria-label,aria-description,title,placeholder,alt,label}']] } },
      ],
    },
  },
  {
    // Renderer tests run in Node (vitest + fake-indexeddb) and may read fixtures from disk.
    files: ['renderer/**/*.test.{ts,tsx}', 'renderer/src/testing/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        banned(['react', 'dexie', 'zustand'], {
          node: true,
          why: 'The sandboxed preload may import only electron and shared/ipc.',
        }),
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        banned(['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], {
          why: 'Main owns windows and files, not UI or IndexedDB.',
        }),
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
