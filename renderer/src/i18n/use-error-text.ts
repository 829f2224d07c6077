import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { DISK_FULL_MESSAGE, isQuotaExceeded } from '../db/write-errors';

type Translatable = { messageId: string; message: string; values?: unknown };

function hasMessageId(error: unknown): error is Translatable {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Partial<Record<keyof Translatable, unknown>>;
  return typeof e.messageId === 'string' && typeof e.message === 'string';
}

/**
 * The sentence to show for a failed action, in the reader's language: a full disk (however the
 * browser reported it) as `db.diskFull`; an error that carries a message id (a `RepositoryError`)
 * formatted from the catalogues with its values; any other error as its own message. In Arabic each
 * text value is isolated, so an id or a date written left to right keeps its order.
 */
export function useErrorText(): (error: unknown) => string {
  const intl = useIntl();
  return useCallback(
    (error: unknown) => {
      if (isQuotaExceeded(error)) return intl.formatMessage({ id: 'db.diskFull', defaultMessage: DISK_FULL_MESSAGE });
      if (hasMessageId(error)) {
        const values: Record<string, string | number> = {};
        if (typeof error.values === 'object' && error.values !== null) {
          for (const [name, value] of Object.entries(error.values)) {
            if (typeof value === 'number') values[name] = value;
            else values[name] = intl.locale === 'ar' ? `\u2068${String(value)}\u2069` : String(value);
          }
        }
        return intl.formatMessage({ id: error.messageId, defaultMessage: error.message }, values);
      }
      return error instanceof Error ? error.message : String(error);
    },
    [intl],
  );
}
