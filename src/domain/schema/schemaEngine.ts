// Loads the schema engine (ajv and regjsparser, see engineModules.ts) in its own chunk and hands it out
// synchronously once it is in. Checking a schema stays synchronous for its callers: they wait for
// loadSchemaEngine() (or, in React, re-render when it settles) and call the checks after it.

type EngineModules = typeof import('./engineModules');

let engine: EngineModules | null = null;
let loading: Promise<EngineModules> | null = null;
const listeners = new Set<() => void>();

/** Starts (or joins) loading the engine. A failed load is forgotten, so the next call tries again. */
export function loadSchemaEngine(): Promise<EngineModules> {
  loading ??= import('./engineModules').then(
    (modules) => {
      engine = modules;
      for (const listener of listeners) listener();
      return modules;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether the engine is in: the checks below may be called. */
export function schemaEngineReady(): boolean {
  return engine !== null;
}

/** Calls `listener` once the engine has loaded; returns the unsubscribe (useSyncExternalStore's shape). */
export function onSchemaEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The loaded engine. Calling a check before loadSchemaEngine() settled is a programming error, said so. */
export function schemaEngine(): EngineModules {
  if (!engine) throw new Error('the schema checker is still loading (loadSchemaEngine() was not awaited)');
  return engine;
}
