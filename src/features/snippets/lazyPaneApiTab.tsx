import { lazyChunk } from '@/ui';

// The code generators and importers (five languages, a shell word parser, a Python literal parser) are not needed
// until the API tab or a Code dialog opens: they load as their own chunk, prefetched once the page is idle.
const chunk = lazyChunk(
  () => import('./PaneApiTab').then((m) => m.PaneApiTab),
  <p className="text-sm text-slate-500">Loading the code view…</p>,
);

export const PaneApiTab = chunk.Component;
export const loadApiTab = chunk.load;
