import { memo, useState } from 'react';
import type { MediaOutput } from '@/lib/api';
import { Button, Dialog } from '@/ui';
import { downloadName, outputAlt } from './fileName';
import { MediaFailure } from './MediaFailure';
import { useMediaSource } from './useMediaSource';

interface MediaItemProps {
  output: MediaOutput;
  prompt: string;
  index: number;
  count: number;
}

/** Formats a browser plays as an <img> though they move: the demo's "video" is an animated PNG. */
const ANIMATED_IMAGES = new Set(['image/apng', 'image/gif']);

/** One output: the image (or the player) once loaded, Zoom, Download and Copy URL beside it. */
export const MediaItem = memo(function MediaItem({ output, prompt, index, count }: MediaItemProps) {
  const source = useMediaSource(output.url, output.mimeType);
  const [zoomed, setZoomed] = useState(false);
  const alt = outputAlt(prompt, index, count);
  if (source.state === 'loading')
    return (
      <figure className="flex aspect-square max-h-64 items-center justify-center rounded-md bg-slate-100 text-xs text-slate-500">
        Loading {count > 1 ? `result ${index + 1}` : 'the result'}…
      </figure>
    );
  if (source.state === 'failed') return <MediaFailure url={output.url} error={source.error} />;

  const type = source.mimeType;
  const isVideo = type.startsWith('video/');
  const animated = ANIMATED_IMAGES.has(type) || (output.kind === 'video' && type.startsWith('image/'));
  const download = () => {
    // A real button (the issue names it one) that saves the blob already loaded: no second request.
    const link = document.createElement('a');
    link.href = source.src;
    link.download = downloadName(prompt, type, index, count);
    link.rel = 'noopener';
    link.click();
  };
  return (
    <figure className="space-y-1.5">
      {isVideo ? (
        // biome-ignore lint/a11y/useMediaCaption: generated clips have no captions to offer
        <video controls src={source.src} aria-label={alt} className="max-h-96 w-full rounded-md bg-black" />
      ) : (
        <img src={source.src} alt={alt} className="max-h-96 w-full rounded-md bg-slate-100 object-contain" />
      )}
      <figcaption className="flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
        {animated && <span>Animated image</span>}
        {count > 1 && <span>{`${index + 1} of ${count}`}</span>}
        <span className="flex-1" />
        {!isVideo && (
          <Button size="sm" onClick={() => setZoomed(true)} aria-haspopup="dialog">
            Zoom
          </Button>
        )}
        <Button size="sm" onClick={download}>
          Download
        </Button>
        <CopyUrl url={output.url} />
      </figcaption>
      {!isVideo && (
        <Dialog open={zoomed} title={alt} onClose={() => setZoomed(false)}>
          <div className="space-y-3">
            <img src={source.src} alt={alt} className="max-h-[75vh] w-full object-contain" />
            <Button variant="primary" onClick={() => setZoomed(false)}>
              Close
            </Button>
          </div>
        </Dialog>
      )}
    </figure>
  );
});

/** Copies the result's original URL (not the page's blob:), which is what a user pastes elsewhere. */
function CopyUrl({ url }: { url: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  };
  return (
    <Button size="sm" onClick={copy}>
      {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy URL'}
    </Button>
  );
}
