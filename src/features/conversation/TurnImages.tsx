import { Button } from '@/ui';
import { RemoteImagePreview } from './RemoteImagePreview';
import { userAddedImageUrls } from './turnNames';

interface TurnImagesProps {
  position: number;
  images: readonly string[];
  /** With a Remove button per image (the turn is being edited). */
  onChange?: (images: string[]) => void;
}

/** The images of one turn as thumbnails; uploads show at once, URLs by RemoteImagePreview's rules. */
export function TurnImages({ position, images, onChange }: TurnImagesProps) {
  if (images.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2 text-xs">
      {images.map((src, i) => (
        <li
          key={`${i}-${src.slice(0, 40)}`}
          className="flex items-center gap-1 rounded border border-slate-200 bg-white p-1"
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
              autoLoad={userAddedImageUrls.has(src)}
            />
          )}
          {onChange && (
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Remove image ${i + 1} from message ${position}`}
              onClick={() => onChange(images.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
