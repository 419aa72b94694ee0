import { RemoteImagePreview } from './RemoteImagePreview';

/** The images a kept answer drew (Turn.drawn), after its text. They are part of the transcript only: the
 * request sends the assistant's text alone. Links wait for "Load preview", as every URL a model wrote does. */
export function DrawnImages({ position, images }: { position: number; images: readonly string[] }) {
  if (images.length === 0) return null;
  return (
    <div className="mt-2 space-y-1">
      <ul className="flex flex-wrap gap-2 text-xs">
        {images.map((src, i) => {
          const label = `Image ${i + 1} of message ${position}`;
          return (
            <li key={`${i}-${src.slice(-40)}`}>
              {src.startsWith('data:') ? (
                <img src={src} alt={label} className="max-h-48 max-w-full rounded border border-slate-200" />
              ) : (
                <RemoteImagePreview url={src} label={label} autoLoad={false} />
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">
        Shown here only: the model's images are not sent back with the text.
      </p>
    </div>
  );
}
