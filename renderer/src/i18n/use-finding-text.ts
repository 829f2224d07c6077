import { useCallback } from 'react';
import type { Finding } from '@shared/rules/findings';

/** A finding's sentence in the reader's language; every screen that shows findings goes through it. */
export function useFindingText(): (finding: Finding) => string {
  return useCallback((finding: Finding) => finding.message, []);
}
