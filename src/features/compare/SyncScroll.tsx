import { createContext, type RefObject, useContext, useEffect, useMemo } from 'react';
import { ScrollSync } from './scrollSync';

const SyncContext = createContext<ScrollSync<HTMLElement> | null>(null);

/** Panes inside scroll their answers together while `enabled`. */
export function SyncScrollArea({ enabled, children }: { enabled: boolean; children: React.ReactNode }) {
  const sync = useMemo(() => (enabled ? new ScrollSync<HTMLElement>() : null), [enabled]);
  return <SyncContext.Provider value={sync}>{children}</SyncContext.Provider>;
}

/** Joins the element to the panes' synced scrolling (when it is on). */
export function useSyncedScroll(ref: RefObject<HTMLElement | null>): void {
  const sync = useContext(SyncContext);
  useEffect(() => {
    const element = ref.current;
    if (!sync || !element) return;
    const leave = sync.add(element);
    const onScroll = () => sync.scrolled(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      element.removeEventListener('scroll', onScroll);
      leave();
    };
  }, [sync, ref]);
}
