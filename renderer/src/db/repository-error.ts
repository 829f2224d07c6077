import { IntlMessageFormat } from 'intl-messageformat';
import english from './messages/en.json';

export type RepositoryErrorValues = Record<string, string | number>;

const ENGLISH: Record<string, string> = english;
const compiled = new Map<string, IntlMessageFormat>();

/** The English sentence of a `db.` message, as `.message` carries it (logs, tests, the CLI). */
export function englishText(messageId: string, values: RepositoryErrorValues = {}): string {
  let format = compiled.get(messageId);
  if (!format) {
    const source = ENGLISH[messageId];
    if (source === undefined) throw new Error(`No message ${messageId} in renderer/src/db/messages/en.json`);
    format = new IntlMessageFormat(source, 'en');
    compiled.set(messageId, format);
  }
  return String(format.format(values));
}

/**
 * A write the repositories refuse, said in a sentence a person can read. It carries the message id
 * (`db.…`, in `db/messages/<locale>.json`) and its values, so a screen shows it in the reader's
 * language (`useErrorText`); `message` stays the English sentence.
 */
export class RepositoryError extends Error {
  override readonly name: string = 'RepositoryError';
  readonly messageId: string;
  readonly values: RepositoryErrorValues;

  constructor(messageId: string, values: RepositoryErrorValues = {}, options?: ErrorOptions) {
    super(englishText(messageId, values), options);
    this.messageId = messageId;
    this.values = values;
  }
}
