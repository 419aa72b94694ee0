import { useEffect, useRef } from 'react';

/** Escape stops the run while one is going — unless something else took the key first (the model picker closing
 * its list, a dialog closing). */
export function useStopShortcut(stop: () => void, running: boolean): void {
  const latest = useRef(stop);
  latest.current = stop;
  useEffect(() => {
    if (!running) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [running]);
}
