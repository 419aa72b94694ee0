import { useCallback, useMemo, useRef } from 'react';
import { pairingProblems, pairToolTurns } from '@/domain/conversation';
import { useWorkbenchStore } from '@/state/workbench';
import { TurnView } from './TurnView';

interface TranscriptProps {
  acceptsImages: boolean;
  /** Runs the conversation (after Regenerate on a turn trimmed it). */
  onRegenerate: () => void;
}

/** The system prompt and every turn before the composer, rendered as a transcript. */
export function Transcript({ acceptsImages, onRegenerate }: TranscriptProps) {
  const turns = useWorkbenchStore((s) => s.conversation.turns);
  const system = useWorkbenchStore((s) => s.conversation.system);
  const setSystemPrompt = useWorkbenchStore((s) => s.setSystemPrompt);
  // One callback for every turn, so the memoised turns are not re-rendered when the screen passes a new one.
  const latest = useRef(onRegenerate);
  latest.current = onRegenerate;
  const regenerate = useCallback(() => latest.current(), []);
  const count = turns.length;
  // Per turn: the tool a tool turn answers, and what a server would refuse about the pairing (strings, so the
  // memoised turns re-render only when theirs change).
  const { toolNames, problems } = useMemo(() => {
    const names = new Map<number, string>();
    for (const [i, { owner, call }] of pairToolTurns(turns)) {
      const name = owner !== null && call !== null ? turns[owner]?.toolCalls?.[call]?.name : undefined;
      if (name) names.set(i, name);
    }
    const byTurn = new Map<number, string>();
    for (const p of pairingProblems(turns))
      byTurn.set(p.index, [byTurn.get(p.index), p.message].filter(Boolean).join(' '));
    return { toolNames: names, problems: byTurn };
  }, [turns]);
  return (
    <section aria-label="Conversation" className="space-y-3">
      <label className="block text-xs font-medium text-slate-600">
        System prompt
        <textarea
          value={system}
          onChange={(e) => setSystemPrompt(e.target.value)}
          rows={1}
          placeholder="You are a helpful assistant."
          className="field-sizing-content mt-1 block max-h-[40vh] min-h-[2.25rem] w-full resize-none rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        />
      </label>
      {count > 1 && (
        <ol className="space-y-2">
          {turns.slice(0, -1).map((turn, index) => (
            // Turns have no ids; a position is what "message 3" means to the user too.
            <li key={index}>
              <TurnView
                turn={turn}
                index={index}
                count={count}
                acceptsImages={acceptsImages}
                onRegenerate={regenerate}
                toolName={toolNames.get(index)}
                pairing={problems.get(index)}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
