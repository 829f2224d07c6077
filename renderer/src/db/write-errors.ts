import { englishText, RepositoryError } from './repository-error';

/**
 * A full disk, said plainly (quality-anchors R11). IndexedDB reports it as a `QuotaExceededError`,
 * on the request, as the reason a transaction aborted (Dexie's `AbortError` with the quota error as
 * its `inner`), or inside a `BulkError`. Every write in the repositories runs in one transaction,
 * which IndexedDB rolls back whole, so when the disk is full nothing of the write was kept.
 */
export const DISK_FULL_MESSAGE = englishText('db.diskFull');

/**
 * The error a write rejects with when the disk is full; its message is the English sentence,
 * its message id (`db.diskFull`) the one a screen shows in the reader's language.
 */
export class DiskFullError extends RepositoryError {
  override readonly name: string = 'DiskFullError';
  constructor(cause?: unknown) {
    super('db.diskFull', {}, { cause });
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'DiskFullError']);
/** The legacy DOMException code of QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

/** Whether `error`, or any error it wraps, says the storage quota or the disk is exhausted. */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === QUOTA_CODE && typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  if (isQuotaExceeded(e.inner, depth + 1) || isQuotaExceeded(e.cause, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => isQuotaExceeded(f, depth + 1));
}

/** A quota error becomes a `DiskFullError`; any other error passes through unchanged. */
export function asWriteError(error: unknown): unknown {
  if (error instanceof DiskFullError || !isQuotaExceeded(error)) return error;
  return new DiskFullError(error);
}
