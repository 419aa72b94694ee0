import { useState } from 'react';
import { Button } from '@/ui';
import { userAddedImageUrls } from './turnNames';

interface AttachControlProps {
  position: number;
  images: readonly string[];
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

/** Attaching images to a turn: "Upload image" and, behind "Image URL…", a URL field. One small control in the
 * editor's toolbar instead of a URL row under every turn. */
export function AttachControl({ position, images, onChange }: AttachControlProps) {
  const [urlOpen, setUrlOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const addUrl = () => {
    const trimmed = url.trim();
    if (!/^(https?:|data:image\/)/i.test(trimmed)) {
      setProblem('An image URL must start with http://, https:// or data:image/.');
      return;
    }
    setProblem(null);
    userAddedImageUrls.add(trimmed);
    onChange([...images, trimmed]);
    setUrl('');
    setUrlOpen(false);
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
    <>
      <label className="inline-flex cursor-pointer items-center rounded-md px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 focus-within:outline-2 focus-within:outline-brand-500">
        Upload image
        <input
          type="file"
          accept="image/*"
          multiple
          className="sr-only"
          aria-label={`Upload image for message ${position}`}
          onChange={(e) => void upload(e.target.files)}
        />
      </label>
      <Button
        size="sm"
        variant="ghost"
        aria-expanded={urlOpen}
        aria-label={`Attach image by URL to message ${position}`}
        onClick={() => setUrlOpen((open) => !open)}
      >
        Image URL…
      </Button>
      {urlOpen && (
        <span className="flex w-full flex-wrap items-center gap-1">
          <input
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
                e.preventDefault();
                addUrl();
              }
            }}
            aria-label={`Image URL for message ${position}`}
            placeholder="https://…/image.png"
            className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 text-xs"
          />
          <Button size="sm" onClick={addUrl} aria-label={`Add image URL to message ${position}`}>
            Add image
          </Button>
        </span>
      )}
      {problem && (
        <span role="alert" className="w-full text-xs text-rose-700">
          {problem}
        </span>
      )}
    </>
  );
}
