import { readFile } from 'node:fs/promises';
import { isoFromParts } from '../shared/domain/dates';
import { localeFromEnvironment } from '../shared/i18n/translate';
import { runCli } from './run';

/** The `tenure` command line: reads the clock and the files, then hands everything to `runCli`. */
function today(): string {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  today,
  locale: localeFromEnvironment(process.env),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`tenure: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
