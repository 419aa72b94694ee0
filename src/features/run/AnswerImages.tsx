import { useEffect, useState } from 'react';
import { fetchImage } from '@/lib/api';
import { hostOf } from '@/lib/url';
import { Button } from '@/ui';
import { answerImageFileName, dataUrlType } from './answerImageFile';

type Shown =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'shown'; src: string; type: string }
  | { state: 'failed'; why: string };

function download(href: string, name: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.click();
}

/** An image given by link: like any remote image in an answer it is a placeholder until the user loads it
 * (fetched as data, shown from blob:, so the answer never makes the browser contact a host by itself). */
function LinkedImage({ url, position, alt }: { url: string; position: number; alt: string }) {
  const [shown, setShown] = useState<Shown>({ state: 'idle' });
  useEffect(
    () => () => {
      if (shown.state === 'shown') URL.revokeObjectURL(shown.src);
    },
    [shown],
  );
  const load = () => {
    setShown({ state: 'loading' });
    fetchImage(url).then(
      (blob) => setShown({ state: 'shown', src: URL.createObjectURL(blob), type: blob.type }),
      (error: unknown) =>
        setShown({ state: 'failed', why: error instanceof Error ? error.message : String(error) }),
    );
  };
  if (shown.state === 'shown')
    return <ShownImage src={shown.src} type={shown.type} position={position} alt={alt} />;
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500">
      <span>
        {alt} is at {hostOf(url)}.
      </span>
      <Button size="sm" variant="ghost" onClick={load} disabled={shown.state === 'loading'}>
        Load image {position} from {hostOf(url)}
      </Button>
      {shown.state === 'failed' && <span className="text-amber-800">{shown.why}</span>}
    </div>
  );
}

function ShownImage({
  src,
  type,
  position,
  alt,
}: {
  src: string;
  type: string;
  position: number;
  alt: string;
}) {
  return (
    <figure className="space-y-1">
      <img src={src} alt={alt} className="max-h-96 max-w-full rounded border border-slate-200" />
      <Button size="sm" variant="ghost" onClick={() => download(src, answerImageFileName(position, type))}>
        Download image {position}
      </Button>
    </figure>
  );
}

/** The images of one choice of an answer, after its text: data: images at once, links on request. An entry ''
 * is an image that was too large to keep in storage (see state/runs/storedImages.ts): it says so. */
export function AnswerImages({ images }: { images: readonly string[] }) {
  if (images.length === 0) return null;
  return (
    <div className="space-y-2">
      {images.map((url, i) => {
        const position = i + 1;
        const alt = `Image ${position} from the answer`;
        if (url === '')
          return (
            <p key={i} className="text-xs text-slate-500">
              {alt} was too large to keep after a reload; run again to see it.
            </p>
          );
        return url.startsWith('data:') ? (
          <ShownImage key={i} src={url} type={dataUrlType(url)} position={position} alt={alt} />
        ) : (
          <LinkedImage key={`${i}:${url}`} url={url} position={position} alt={alt} />
        );
      })}
    </div>
  );
}
