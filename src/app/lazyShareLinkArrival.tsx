import { useEffect, useState } from 'react';
import { whenIdle } from '@/lib/idle';
import { lazyChunk } from '@/ui';

// The share-link arrival and the compare feature it lives in stay out of the first load. The link is in the
// #fragment, so a page without one needs nothing at once; it mounts (and fetches its chunk) at once when there
// is a fragment, when one arrives (a pasted link), or in idle time after the first paint otherwise.
const chunk = lazyChunk(() => import('@/features/compare').then((m) => m.ShareLinkArrival), null);

export function ShareLinkArrival() {
  const [wanted, setWanted] = useState(() => window.location.hash !== '');
  useEffect(() => {
    if (wanted) return;
    const want = () => setWanted(true);
    window.addEventListener('hashchange', want);
    const cancel = whenIdle(want, 3000);
    return () => {
      window.removeEventListener('hashchange', want);
      cancel();
    };
  }, [wanted]);
  if (!wanted) return null;
  return <chunk.Component />;
}
