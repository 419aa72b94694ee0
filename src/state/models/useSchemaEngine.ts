import { useEffect, useSyncExternalStore } from 'react';
import { loadSchemaEngine, onSchemaEngine, schemaEngineReady } from '@/domain/schema';

/**
 * Whether the schema engine (ajv, regjsparser) is in, so schema checks may run; the component re-renders when it
 * arrives. It is fetched right after the first paint (main.tsx), so this is true almost at once; a component
 * that renders before simply shows its check a moment later.
 */
export function useSchemaEngine(): boolean {
  const ready = useSyncExternalStore(onSchemaEngine, schemaEngineReady, schemaEngineReady);
  useEffect(() => {
    // A failed load is retried by the next component that asks; the checks are then skipped, never crashing.
    if (!ready) loadSchemaEngine().catch(() => undefined);
  }, [ready]);
  return ready;
}
