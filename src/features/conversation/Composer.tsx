import { useCallback, useRef } from 'react';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { TurnView } from './TurnView';
import { COMPOSER_ID } from './turnNames';

/** The composer: the textbox of the conversation's last turn ("User message 1" in a new conversation), with
 * attachments and "Add message". The screen docks it at the bottom with the run bar. */
export function Composer({
  acceptsImages,
  onRegenerate,
}: {
  acceptsImages: boolean;
  onRegenerate: () => void;
}) {
  const count = useWorkbenchStore((s) => s.conversation.turns.length);
  const last = useWorkbenchStore((s) => s.conversation.turns.at(-1));
  const addTurn = useWorkbenchStore((s) => s.addTurn);
  const latest = useRef(onRegenerate);
  latest.current = onRegenerate;
  const regenerate = useCallback(() => latest.current(), []);
  const add = (
    <Button
      size="sm"
      onClick={() => {
        addTurn();
        // The new turn is the composer now: type into it (the button pressed belonged to the previous one).
        requestAnimationFrame(() => document.getElementById(COMPOSER_ID)?.focus());
      }}
    >
      Add message
    </Button>
  );
  if (!last) return <div className="flex justify-end">{add}</div>;
  return (
    <TurnView
      turn={last}
      index={count - 1}
      count={count}
      acceptsImages={acceptsImages}
      docked
      onRegenerate={regenerate}
      extra={add}
    />
  );
}
