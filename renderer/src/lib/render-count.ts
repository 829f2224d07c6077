import { useEffect } from 'react';

type RenderCounts = Record<string, number>;

/**
 * Counts a component's committed renders in `window.__tenureProfile`, which only `npm run bench`
 * creates (quality-anchors P7: editing one member re-renders the visible list at most once).
 * Without it, nothing is counted and nothing is kept.
 */
export function useRenderCount(id: string): void {
  useEffect(() => {
    const counts = (window as { __tenureProfile?: RenderCounts }).__tenureProfile;
    if (counts) counts[id] = (counts[id] ?? 0) + 1;
  });
}
