import { useState } from 'react';
import { Button } from '@/ui';
import { RemoteImagePreview } from './RemoteImagePreview';

interface ImageAttachmentsProps {
  position: number;
  images: string[];
  acceptsImages: boolean;
  onChange: (images: string[]) => void;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** Image parts of one turn: by URL, or uploaded and sent inline as a data URL. */
export function ImageAttachments({ position, images, acceptsImages, onChange }: ImageAttachmentsProps) {
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // URLs the user typed here: their previews load at once. Others (from a share link, an import, a reload) wait
  // for "Load preview", so a stranger's URL is never contacted without the user asking.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set());

  const addUrl = () => {
    const trimmed = url.trim();
    if (!/^(https?:|data:image\/)/i.test(trimmed)) {
      setProblem('An image URL must start with http://, https:// or data:image/.');
      return;
    }
    setProblem(null);
    setAdded((prev) => new Set(prev).add(trimmed));
    onChange([...images, trimmed]);
    setUrl('');
  };
  const upload = async (files: FileList | null) => {
    if (!files) return;
    try {
      const added = await Promise.all([...files].map(readAsDataUrl));
      onChange([...images, ...added]);
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div className="mt-2 space-y-1 text-xs">
      {!acceptsImages && (
        <p role="alert" className="text-amber-800">
          This model does not list image input; the images below will still be sent.
        </p>
      )}
      <ul className="flex flex-wrap gap-2">
        {images.map((src, i) => (
          <li
            key={`${i}-${src.slice(0, 40)}`}
            className="flex items-center gap-1 rounded border border-slate-200 p-1"
          >
            {/^data:image\//i.test(src) ? (
              <img
                src={src}
                alt={`Attachment ${i + 1} of message ${position}`}
                className="h-10 w-10 object-cover"
              />
            ) : (
              <RemoteImagePreview
                url={src}
                label={`Attachment ${i + 1} of message ${position}`}
                autoLoad={added.has(src)}
              />
            )}
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove image ${i + 1} from message ${position}`}
              onClick={() => onChange(images.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          </li>
        ))}
      </ul>
      {acceptsImages && (
        <div className="flex flex-wrap items-center gap-1">
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            aria-label={`Image URL for message ${position}`}
            placeholder="https://…/image.png"
            className="min-w-48 flex-1 rounded border border-slate-300 px-2 py-1"
          />
          <Button size="sm" onClick={addUrl} aria-label={`Add image URL to message ${position}`}>
            Add image
          </Button>
          <label className="cursor-pointer rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
            Upload…
            <input
              type="file"
              accept="image/*"
              multiple
              className="sr-only"
              aria-label={`Upload image for message ${position}`}
              onChange={(e) => void upload(e.target.files)}
            />
          </label>
        </div>
      )}
      {problem && (
        <p role="alert" className="text-rose-700">
          {problem}
        </p>
      )}
    </div>
  );
}
