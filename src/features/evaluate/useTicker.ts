import { useEffect, useState } from 'react';

/** The time now, refreshed every `everyMs` while `active`: a retry countdown ticks, an idle cell does not. */
export function useTicker(active: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs]);
  return now;
}
