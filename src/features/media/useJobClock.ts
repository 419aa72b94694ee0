import { useEffect, useState } from 'react';

/** The time now, refreshed every second while `running`: an unfinished job's elapsed time ticks, a finished
 * one's card does not re-render at all. */
export function useJobClock(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return running ? now : Date.now();
}
