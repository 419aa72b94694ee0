import { lazyChunk } from '@/ui';

// Compare (its panes, diff, sync scroll and share controls) stays out of the first load, which paints the chat
// screen: the chunk is fetched in idle time after the first paint, or when Compare is first opened.
const chunk = lazyChunk(
  () => import('./CompareScreen').then((m) => m.CompareScreen),
  <p className="p-4 text-sm text-slate-500">Loading Compare…</p>,
);

export const CompareScreen = chunk.Component;
export const loadCompareScreen = chunk.load;
