import { useEffect } from 'react';
import { formatLocation, parseLocation, useAppStore } from '../stores/app-store';

/** Keeps the address (#/screen/id?committee=…&asOf=…) and the UI state in step, so reload and Back work. */
export function useLocationSync(): void {
  useEffect(() => {
    const apply = () => useAppStore.setState(parseLocation(window.location.hash));
    apply();
    window.addEventListener('hashchange', apply);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      const next = formatLocation(state);
      if (next === window.location.hash) return;
      if (state.route !== previous.route) window.history.pushState(null, '', next);
      else window.history.replaceState(null, '', next);
    });
    return () => {
      window.removeEventListener('hashchange', apply);
      unsubscribe();
    };
  }, []);
}
