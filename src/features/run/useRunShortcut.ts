import { useEffect, useRef } from 'react';

/** Ctrl/⌘+Enter anywhere in the page runs `run`. Only one view is mounted at a time (chat or compare), so
 * only one shortcut listens. The latest callback is used without re-registering the listener. */
export function useRunShortcut(run: () => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        latest.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
