import { useCallback, useState } from 'react';
import type { ToolRound } from '@/domain/conversation';
import {
  choiceText,
  choiceToolCalls,
  type RunRecord,
  toolCallComplete,
  toolCallsFinished,
} from '@/domain/run';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { ToolCallCard } from './ToolCallCard';

interface ToolRoundViewProps {
  run: RunRecord;
  choice: number;
  /** The region names' prefix ('' in chat, "Pane 2" in a pane) and suffix (" (choice 2)" with several). */
  prefix: string;
  suffix: string;
  /** Appends the round and runs again; absent: no results can be sent from here. */
  onSend?: (round: ToolRound, results: ReadonlyMap<string, string>) => void;
  /** What Send does here, said under the button (Compare runs every pane). */
  sendNote?: string;
}

const cardName = (prefix: string, name: string) =>
  prefix ? `${prefix} tool call: ${name}` : `Tool call: ${name}`;

/** A choice's tool calls as cards, each with a box for its result, and one "Send tool results" that appends
 * the assistant turn with its calls and one tool turn per result, then runs again. */
export function ToolRoundView({ run, choice, prefix, suffix, onSend, sendNote }: ToolRoundViewProps) {
  const calls = choiceToolCalls(run, choice);
  const [results, setResults] = useState<Record<string, string>>({});
  const onResult = useCallback((id: string, text: string) => setResults((r) => ({ ...r, [id]: text })), []);
  const firstId = calls[0]?.id ?? '';
  const sent = useWorkbenchStore((s) =>
    firstId === '' ? false : s.conversation.turns.some((t) => t.toolCalls?.some((c) => c.id === firstId)),
  );
  if (calls.length === 0) return null;
  const finished = toolCallsFinished(run, choice);
  const missing = calls.filter((c) => (results[c.id] ?? '').trim() === '').length;
  const seen = new Map<string, number>();
  const send = () =>
    onSend?.(
      {
        text: choiceText(run, choice),
        toolCalls: calls.map(({ id, name, arguments: args }) => ({ id, name, arguments: args })),
      },
      new Map(calls.map((c) => [c.id, results[c.id] ?? ''])),
    );
  return (
    <div className="space-y-2">
      {calls.map((call, position) => {
        const count = (seen.get(call.name) ?? 0) + 1;
        seen.set(call.name, count);
        // Two calls of one tool: the second region is "… (2)", so every region's name is its own.
        const name = `${cardName(prefix, call.name || 'unnamed')}${count > 1 ? ` (${count})` : ''}${suffix}`;
        return (
          <ToolCallCard
            key={call.index}
            name={name}
            call={call}
            request={run.request}
            complete={toolCallComplete(run, choice, position)}
            result={results[call.id] ?? ''}
            onResult={onSend && !sent ? onResult : undefined}
          />
        );
      })}
      {finished && onSend && (
        <div className="space-y-1">
          {sent ? (
            <p className="text-xs text-slate-500">These calls and their results are in the conversation.</p>
          ) : (
            <>
              <Button variant="primary" size="sm" onClick={send} disabled={missing > 0}>
                Send tool results
              </Button>
              <p className="text-xs text-slate-500">
                {missing > 0
                  ? `Type a result for ${calls.length === 1 ? 'the call' : 'each call'} first.`
                  : (sendNote ?? 'Adds the calls and their results to the conversation and runs it again.')}
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
