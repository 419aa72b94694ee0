import { type RefObject, useEffect, useState } from 'react';

/** Which page of a one-pane-per-page strip is shown, from how far it is scrolled. */
export function shownPage(scrollLeft: number, pageWidth: number, count: number): number {
  if (pageWidth <= 0 || count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.round(scrollLeft / pageWidth)));
}

/** On a phone the panes are pages of a sideways strip (swiped); these buttons go straight to one, and the one
 * shown is marked (aria-current), so a swipe is reflected in them too. */
export function PaneJumps({ count, strip }: { count: number; strip: RefObject<HTMLDivElement | null> }) {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const element = strip.current;
    if (!element) return;
    const update = () => setShown(shownPage(element.scrollLeft, element.clientWidth, count));
    update();
    element.addEventListener('scroll', update, { passive: true });
    return () => element.removeEventListener('scroll', update);
  }, [strip, count]);
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
          aria-current={index === shown ? 'true' : undefined}
          onClick={() => show(index)}
          className="min-w-8 rounded border border-slate-300 bg-white px-2 py-1 font-semibold text-slate-700 focus-visible:outline-2 focus-visible:outline-brand-500 aria-[current=true]:border-brand-600 aria-[current=true]:bg-brand-600 aria-[current=true]:text-white"
        >
          {index + 1}
        </button>
      ))}
    </div>
  );
}
