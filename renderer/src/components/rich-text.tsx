import type { ReactNode } from 'react';

/**
 * The tags messages may use for emphasis and hints: `<strong>`, `<small>`, `<code>`, and `<bdi>`
 * around a name that may be written in the other direction. Pass as `values={RICH}` (or spread it).
 */
export const RICH = {
  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
  small: (chunks: ReactNode[]) => <small>{chunks}</small>,
  code: (chunks: ReactNode[]) => <code>{chunks}</code>,
  bdi: (chunks: ReactNode[]) => <bdi>{chunks}</bdi>,
};
