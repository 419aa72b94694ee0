import { loadSchemaEngine } from '@/domain/schema';
import { lazyChunk } from '@/ui';

// The grid, its CSV parser (papaparse), IndexedDB wrapper (idb) and virtualiser stay out of the first load: they
// arrive when Evaluate is first opened.
const chunk = lazyChunk(
  // Its checks (JSON Schema, regex) run on the schema engine, so the screen waits for that too.
  () => Promise.all([import('./EvaluateScreen'), loadSchemaEngine()]).then(([m]) => m.EvaluateScreen),
  <p className="p-4 text-sm text-slate-500">Loading Evaluate…</p>,
);

export const EvaluateScreen = chunk.Component;
export const loadEvaluateScreen = chunk.load;
