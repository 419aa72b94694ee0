// The preview under a URL-or-upload field. A data: URL is already on the page and shows at once; an http(s) URL
// is loaded only when the user asks (the page's CSP allows no remote media, and the URL may have come from an
// import or a share link), through fetchMedia into a blob: URL.

import { useEffect, useState } from 'react';
import { fetchMedia } from '@/lib/api';
import { Button } from '@/ui';
import { blobKind, type MediaFieldKind, mediaValue } from './mediaField';

type Loaded =
  | { url: string; state: 'loading' }
  | { url: string; state: 'shown'; src: string; kind: MediaFieldKind | null }
  | { url: string; state: 'failed'; why: string };

function Media({ kind, src, label }: { kind: MediaFieldKind | null; src: string; label: string }) {
  const name = `${label} preview`;
  if (kind === 'video')
    return <video src={src} controls muted aria-label={name} className="max-h-40 max-w-full rounded" />;
  if (kind === 'audio')
    // biome-ignore lint/a11y/useMediaCaption: a preview of the user's own input, which has no captions to offer
    return <audio src={src} controls aria-label={name} className="w-full" />;
  if (kind === 'image')
    return <img src={src} alt={name} className="max-h-40 max-w-full rounded border border-slate-200" />;
  return <p className="text-xs text-amber-800">This file is not image, video or audio: no preview.</p>;
}

export function MediaPreview({
  value,
  kind,
  label,
}: {
  value: unknown;
  kind: MediaFieldKind;
  label: string;
}) {
  const current = mediaValue(value);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // What was loaded belongs to one URL: once the field holds another, it is stale and not shown.
  const mine = loaded && current.shape === 'remote' && loaded.url === current.url ? loaded : null;

  useEffect(
    () => () => {
      if (loaded?.state === 'shown') URL.revokeObjectURL(loaded.src);
    },
    [loaded],
  );

  if (current.shape === 'data') return <Media kind={current.kind} src={String(value).trim()} label={label} />;
  if (current.shape !== 'remote') return null;

  const url = current.url;
  const load = () => {
    setLoaded({ url, state: 'loading' });
    fetchMedia(url).then(
      (blob) =>
        setLoaded({ url, state: 'shown', src: URL.createObjectURL(blob), kind: blobKind(blob.type, kind) }),
      (error: unknown) =>
        setLoaded({ url, state: 'failed', why: error instanceof Error ? error.message : String(error) }),
    );
  };
  if (mine?.state === 'shown') return <Media kind={mine.kind} src={mine.src} label={label} />;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="ghost"
        onClick={load}
        disabled={mine?.state === 'loading'}
        aria-label={`Preview ${label}`}
      >
        {mine?.state === 'loading' ? 'Loading…' : 'Preview'}
      </Button>
      {mine?.state === 'failed' && (
        <p role="alert" className="text-xs text-amber-800">
          Could not load the preview: {mine.why}
        </p>
      )}
    </div>
  );
}
