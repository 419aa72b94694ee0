import { whenIdle } from '@/lib/idle';

/**
 * Loads chunks one idle period at a time: import() also runs the module, so loading them all in the first idle
 * moment (which may come while the page waits for the model's details) would put all that work in one block.
 * Each waits at most 3 s for an idle moment.
 */
export function loadWhenIdle(loaders: ReadonlyArray<() => Promise<unknown>>): void {
  const [next, ...rest] = loaders;
  if (!next) return;
  whenIdle(() => {
    next()
      .catch(() => undefined) // preloading only: the screen that needs the chunk loads it again and shows failures
      .finally(() => loadWhenIdle(rest));
  }, 3000);
}
