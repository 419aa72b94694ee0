import { useEffect, useState } from 'react';
import { fetchImage } from '@/lib/api';
import { hostOf } from '@/lib/url';
import { Button } from '@/ui';

type Preview =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'shown'; src: string }
  | { state: 'failed'; why: string };

/** The thumbnail of an image given by URL. The page never loads a remote image by itself (its CSP allows only
 * local and data images, and the URL may have come from a share link or an import): the user's own additions
 * load at once, others on "Load preview". The URL is sent to the model either way. */
export function RemoteImagePreview({
  url,
  label,
  autoLoad,
}: {
  url: string;
  label: string;
  autoLoad: boolean;
}) {
  const [preview, setPreview] = useState<Preview>({ state: 'idle' });
  const load = () => {
    setPreview({ state: 'loading' });
    fetchImage(url).then(
      (blob) => setPreview({ state: 'shown', src: URL.createObjectURL(blob) }),
      (error: unknown) =>
        setPreview({ state: 'failed', why: error instanceof Error ? error.message : String(error) }),
    );
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once, when first shown for the user's own URL
  useEffect(() => {
    if (autoLoad) load();
  }, []);
  useEffect(
    () => () => {
      if (preview.state === 'shown') URL.revokeObjectURL(preview.src);
    },
    [preview],
  );
  if (preview.state === 'shown')
    return <img src={preview.src} alt={label} className="h-10 w-10 object-cover" />;
  return (
    <span role="img" aria-label={label} className="flex items-center gap-1 text-slate-500">
      <span
        aria-hidden
        className="flex h-10 w-10 items-center justify-center rounded bg-slate-100 text-[10px]"
      >
        {hostOf(url)}
      </span>
      {preview.state === 'idle' && (
        <Button
          size="sm"
          variant="ghost"
          onClick={load}
          aria-label={`Load preview of ${label.toLowerCase()}`}
        >
          Load preview
        </Button>
      )}
      {preview.state === 'failed' && (
        <span className="max-w-48 text-[10px] text-amber-800">{preview.why}</span>
      )}
    </span>
  );
}
