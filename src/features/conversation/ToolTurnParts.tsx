import type { ToolCall, Turn } from '@/domain/conversation';
import { useWorkbenchStore } from '@/state/workbench';

function pretty(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return null;
  try {
    return JSON.stringify(JSON.parse(trimmed), null, 2);
  } catch {
    return null;
  }
}

/** The heading of a tool turn: which call it answers, by tool name and call id. */
export function toolResultTitle(turn: Turn, toolName: string | undefined): string {
  return `Tool result for ${toolName || 'an unknown call'} (${turn.toolCallId || 'no call id'})`;
}

/** A tool turn as it reads: its title and its content (JSON pretty-printed). */
export function ToolResultBody({ turn, toolName }: { turn: Turn; toolName: string | undefined }) {
  const json = pretty(turn.text);
  return (
    <div className="space-y-1">
      <p className="text-xs font-semibold text-slate-700">{toolResultTitle(turn, toolName)}</p>
      {turn.text.trim() === '' ? (
        <p className="text-sm text-slate-500 italic">Empty: type the tool's result</p>
      ) : (
        <pre className="max-h-80 overflow-auto font-mono text-xs break-words whitespace-pre-wrap">
          {json ?? turn.text}
        </pre>
      )}
    </div>
  );
}

/** An assistant turn's tool calls as they read: name and arguments (pretty when JSON). */
export function ToolCallsBody({ calls }: { calls: readonly ToolCall[] }) {
  return (
    <ul className="mt-1 space-y-1">
      {calls.map((call, k) => (
        <li key={`${k}:${call.id}`} className="rounded bg-slate-100 px-2 py-1 font-mono text-xs">
          <span className="font-semibold">{call.name}</span> <span className="text-slate-500">{call.id}</span>
          <pre className="break-words whitespace-pre-wrap">{pretty(call.arguments) ?? call.arguments}</pre>
        </li>
      ))}
    </ul>
  );
}

const field = 'block w-full rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs';

/** The open editor of an assistant turn's tool calls: each call's name and arguments text. */
export function ToolCallsEditor({
  calls,
  index,
  position,
}: {
  calls: readonly ToolCall[];
  index: number;
  position: number;
}) {
  const edit = (k: number, patch: Partial<ToolCall>) =>
    useWorkbenchStore
      .getState()
      .editTurn(index, { toolCalls: calls.map((c, i) => (i === k ? { ...c, ...patch } : c)) });
  return (
    <div className="mt-1 space-y-2">
      {calls.map((call, k) => (
        <div key={`${k}:${call.id}`} className="space-y-1 rounded border border-slate-200 p-1.5">
          <label className="block text-xs text-slate-600">
            Tool of call {k + 1} in message {position}
            <input
              value={call.name}
              onChange={(e) => edit(k, { name: e.target.value })}
              spellCheck={false}
              className={field}
            />
          </label>
          <label className="block text-xs text-slate-600">
            Arguments of call {k + 1} in message {position}
            <textarea
              value={call.arguments}
              onChange={(e) => edit(k, { arguments: e.target.value })}
              spellCheck={false}
              rows={2}
              className={`field-sizing-content max-h-[40vh] resize-none ${field}`}
            />
          </label>
        </div>
      ))}
    </div>
  );
}

/** The open editor of a tool turn's call id (its text is the turn's textbox). */
export function ToolCallIdEditor({ turn, index, position }: { turn: Turn; index: number; position: number }) {
  return (
    <label className="mb-1 block text-xs text-slate-600">
      Call id of message {position}
      <input
        value={turn.toolCallId ?? ''}
        onChange={(e) => useWorkbenchStore.getState().editTurn(index, { toolCallId: e.target.value })}
        spellCheck={false}
        className={field}
      />
    </label>
  );
}
