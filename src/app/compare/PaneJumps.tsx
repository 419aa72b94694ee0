import type { RefObject } from 'react';

/** On a phone the panes are pages of a sideways strip (swiped); these buttons go straight to one. */
export function PaneJumps({ count, strip }: { count: number; strip: RefObject<HTMLDivElement | null> }) {
  if (count < 2) return null;
  const show = (index: number) =>
    strip.current?.children[index]?.scrollIntoView({ behavior: 'smooth', block: 'nearest', inline: 'start' });
  return (
    <div className="flex shrink-0 items-center gap-1 text-xs text-slate-600 sm:hidden">
      <span>Swipe the panes, or go to</span>
      {Array.from({ length: count }, (_, index) => (
        <button
          key={index}
          type="button"
          aria-label={`Show pane ${index + 1}`}
          onClick={() => show(index)}
          className="min-w-8 rounded border border-slate-300 bg-white px-2 py-1 font-semibold text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          {index + 1}
        </button>
      ))}
    </div>
  );
}
