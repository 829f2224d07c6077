import { useEffect, useState } from 'react';

/**
 * Gives focus back to whatever had it when a dialog opened (the button that opened it) once the
 * dialog goes away, so a keyboard user carries on where they were instead of at the top of the page.
 */
export function useRestoreFocus(): void {
  // Read during the first render, before the dialog opens and takes focus.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        if (opener?.isConnected) opener.focus();
      });
    },
    [opener],
  );
}
