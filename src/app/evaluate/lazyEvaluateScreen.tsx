import { lazyChunk } from '@/ui';

// The grid, its CSV parser (papaparse), IndexedDB wrapper (idb) and virtualiser stay out of the first load: they
// arrive when Evaluate is first opened.
const chunk = lazyChunk(
  () => import('./EvaluateScreen').then((m) => m.EvaluateScreen),
  <p className="p-4 text-sm text-slate-500">Loading Evaluate…</p>,
);

export const EvaluateScreen = chunk.Component;
export const loadEvaluateScreen = chunk.load;
