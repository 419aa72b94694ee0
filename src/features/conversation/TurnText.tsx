import { useEffect, useRef } from 'react';
import type { Turn } from '@/domain/conversation';
import { Markdown } from '@/ui';
import { PLACEHOLDER, turnTextboxName } from './turnNames';

interface TurnTextareaProps {
  turn: Turn;
  position: number;
  id?: string;
  focusOnMount?: boolean;
  onText: (text: string) => void;
  className?: string;
}

/** A turn's textbox: grows with its text (CSS field-sizing, no script per keystroke) up to a cap. */
export function TurnTextarea({
  turn,
  position,
  id,
  focusOnMount,
  onText,
  className = '',
}: TurnTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the editor opens
  useEffect(() => {
    const area = ref.current;
    if (!focusOnMount || !area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);
  return (
    <textarea
      ref={ref}
      id={id}
      value={turn.text}
      onChange={(e) => onText(e.target.value)}
      aria-label={turnTextboxName(turn.role, position)}
      rows={2}
      placeholder={PLACEHOLDER[turn.role]}
      className={`field-sizing-content block w-full resize-none rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-brand-500 ${className}`}
    />
  );
}

/** A turn as it reads: an assistant's answer as sanitised markdown, anything else as the text typed. */
export function TurnBody({ turn }: { turn: Turn }) {
  if (turn.text.trim() === '')
    return (
      <p className="text-sm text-slate-500 italic">
        {turn.images.length > 0 ? 'No text' : 'Empty: this message is not sent'}
      </p>
    );
  if (turn.role === 'assistant')
    return (
      // The answer's first heading or paragraph starts at the top of the turn, not a heading's margin below it.
      <div className="[&_.prose>div:first-child>:first-child]:mt-0">
        <Markdown text={turn.text} />
      </div>
    );
  return <p className="text-sm break-words whitespace-pre-wrap">{turn.text}</p>;
}
