/**
 * Runs `fn` once the browser is idle (after the first paint and whatever the page does next), or after a second
 * where requestIdleCallback is missing (Safari). Returns a function that cancels it. Used to fetch the chunks of
 * what is not on the first screen without competing with it.
 */
export function whenIdle(fn: () => void, timeout = 3000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(fn, 1000);
  return () => window.clearTimeout(handle);
}

/**
 * Loads chunks one idle period at a time: import() also runs the module, so loading them all in the first idle
 * moment (which may come while the page waits for the model's details) would put all that work in one block.
 */
export function loadWhenIdle(loaders: ReadonlyArray<() => Promise<unknown>>): void {
  const [next, ...rest] = loaders;
  if (!next) return;
  whenIdle(() => {
    next()
      .catch(() => undefined) // preloading only: the screen that needs the chunk loads it again and shows failures
      .finally(() => loadWhenIdle(rest));
  });
}
