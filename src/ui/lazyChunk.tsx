import { type ComponentType, type JSX, lazy, type ReactNode, Suspense, useState } from 'react';

export interface LazyChunk<P extends object> {
  /** Starts (or joins) the download; call it early (idle time, hover) so the chunk is in before it is needed. */
  load: () => Promise<ComponentType<P>>;
  /** Renders the component, with `fallback` while its chunk downloads. */
  Component: (props: P) => JSX.Element;
}

/**
 * A component in its own chunk, loaded on first use or when `load` is called. Once the chunk is in, it renders
 * directly: a React.lazy component suspends on its first render even when its module has resolved, and React
 * then holds the fallback for up to 300 ms (measured by npm run bench).
 */
export function lazyChunk<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
): LazyChunk<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const makeLazy = () => lazy(() => load().then((component) => ({ default: component })));
  let Lazy = makeLazy();
  const load = () => {
    loading ??= importer().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A chunk that did not download (offline, a deploy replaced it) is not the chunk forever: the next load
        // or render tries again. React.lazy keeps its first outcome, so a fresh one goes with the next try.
        loading = null;
        Lazy = makeLazy();
        throw error;
      },
    );
    return loading;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: lazyChunk is called once per chunk at module level, so the component is created once, not per render
  function Component(props: P) {
    // Chosen once per mount: switching from the Suspense path to the direct one when the chunk arrives would be
    // a different element tree, so React would remount the component and drop its state (an import's result
    // vanished that way when nothing re-rendered between the chunk's arrival and the user's first action).
    const [direct] = useState(() => loaded);
    if (direct) {
      const Loaded = direct;
      return <Loaded {...props} />;
    }
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return { load, Component };
}
