// Loads the schema engine (ajv and regjsparser, see engineModules.ts) in its own chunk and hands it out
// synchronously once it is in. Checking a schema stays synchronous for its callers: they wait for
// loadSchemaEngine() (or, in React, re-render when it settles) and call the checks after it.

type EngineModules = typeof import('./engineModules');

let engine: EngineModules | null = null;
let loading: Promise<EngineModules> | null = null;
let failure: string | null = null;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Starts (or joins) loading the engine. A failed load is forgotten, so the next call tries again; until then
 * schemaEngineFailure() says why, so the page can say so and offer a retry instead of loading forever. */
export function loadSchemaEngine(): Promise<EngineModules> {
  if (!loading) {
    const wasFailing = failure !== null;
    failure = null;
    if (wasFailing) notify();
    loading = import('./engineModules').then(
      (modules) => {
        engine = modules;
        notify();
        return modules;
      },
      (error: unknown) => {
        loading = null;
        failure = error instanceof Error ? error.message : String(error);
        notify();
        throw error;
      },
    );
  }
  return loading;
}

/** Why the last load of the engine failed (a chunk that did not download), or null. */
export function schemaEngineFailure(): string | null {
  return failure;
}

/** Whether the engine is in: the checks below may be called. */
export function schemaEngineReady(): boolean {
  return engine !== null;
}

/** Calls `listener` when the engine has loaded or a load failed; returns the unsubscribe (useSyncExternalStore's shape). */
export function onSchemaEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The loaded engine. Calling a check before loadSchemaEngine() settled is a programming error, said so. */
export function schemaEngine(): EngineModules {
  if (!engine) throw new Error('the schema checker is still loading (loadSchemaEngine() was not awaited)');
  return engine;
}
