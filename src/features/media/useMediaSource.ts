import { useEffect, useState } from 'react';
import { fetchMedia } from '@/lib/api';

export type MediaSource =
  | { state: 'loading' }
  | { state: 'shown'; src: string; mimeType: string }
  | { state: 'failed'; error: unknown };

const dataMime = (url: string) => /^data:([^;,]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';

/** A result as something the page may show. The page's CSP lets media load only from itself, data: and blob:,
 * so a remote result is fetched (no cookies, no referrer) and shown from a blob: URL, revoked when the view
 * goes; a data: URL is shown as it is. */
export function useMediaSource(url: string, mimeType: string | undefined): MediaSource {
  const isData = url.startsWith('data:');
  const [source, setSource] = useState<MediaSource>(() =>
    isData ? { state: 'shown', src: url, mimeType: mimeType ?? dataMime(url) } : { state: 'loading' },
  );
  useEffect(() => {
    if (isData) {
      setSource({ state: 'shown', src: url, mimeType: mimeType ?? dataMime(url) });
      return;
    }
    const abort = new AbortController();
    let made: string | null = null;
    setSource({ state: 'loading' });
    fetchMedia(url, abort.signal).then(
      (blob) => {
        if (abort.signal.aborted) return;
        made = URL.createObjectURL(blob);
        setSource({ state: 'shown', src: made, mimeType: blob.type || mimeType || '' });
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setSource({ state: 'failed', error });
      },
    );
    return () => {
      abort.abort();
      if (made) URL.revokeObjectURL(made);
    };
  }, [url, mimeType, isData]);
  return source;
}
