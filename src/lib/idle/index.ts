// Work that must not hold up the frame in progress: run it when the browser is idle (after the next paint).

type Cancel = () => void;

/** Runs `fn` in idle time, at the latest after `timeoutMs`; the returned function cancels it. Without
 * requestIdleCallback (Safari), a timer after the next frame stands in. */
export function whenIdle(fn: () => void, timeoutMs = 500): Cancel {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => fn(), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
