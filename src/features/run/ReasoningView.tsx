import { useState } from 'react';
import { GrowingText } from '@/ui';

/** The model's reasoning for one choice, above its answer: open while it streams, folded once the answer has
 * begun or the run ended (the answer is what is read next), and the user's own open/close is kept. */
export function ReasoningView({ name, text, live }: { name: string; text: string; live: boolean }) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  const open = chosen ?? live;
  return (
    <section aria-label={name} className="rounded-md border border-slate-200 bg-slate-50 px-2 py-1">
      <details
        open={open}
        onToggle={(e) => {
          const now = e.currentTarget.open;
          if (now !== open) setChosen(now);
        }}
      >
        <summary className="cursor-pointer text-xs font-semibold text-slate-600">
          Reasoning{live ? ' (streaming…)' : ''}
          <span className="font-normal text-slate-500">
            {' '}
            · {text.length.toLocaleString('en-US')} characters
          </span>
        </summary>
        <div className="mt-1 max-h-80 overflow-y-auto text-xs break-words whitespace-pre-wrap text-slate-700">
          <GrowingText text={text} />
        </div>
      </details>
    </section>
  );
}
