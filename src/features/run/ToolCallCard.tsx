import { memo, useMemo } from 'react';
import { checkToolCall, type ToolCallCheck } from '@/domain/jsonCheck';
import type { RunToolCall } from '@/domain/run';
import type { ChatCompletionRequest } from '@/lib/api';
import { useSchemaEngine } from '@/state/models';
import { GrowingText } from '@/ui';
import { CheckErrors } from './CheckErrors';

interface ToolCallCardProps {
  name: string;
  call: RunToolCall;
  request: ChatCompletionRequest;
  /** No more fragments will come: the arguments can be judged. */
  complete: boolean;
  result: string;
  onResult?: (id: string, text: string) => void;
}

function pretty(args: string): string | null {
  try {
    return JSON.stringify(JSON.parse(args), null, 2);
  } catch {
    return null;
  }
}

function Verdict({ check }: { check: ToolCallCheck }) {
  const [tone, text] =
    check.kind === 'valid'
      ? ['text-emerald-800', 'Arguments valid']
      : check.kind === 'invalid'
        ? ['text-rose-800', 'Arguments invalid']
        : check.kind === 'not-json'
          ? ['text-rose-800', 'Arguments are not JSON']
          : check.kind === 'unknown-tool'
            ? ['text-rose-800', 'Unknown tool']
            : ['text-amber-800', 'Arguments not checked'];
  return (
    <div className="text-xs">
      <p role="status" className={`font-semibold ${tone}`}>
        {text}
      </p>
      {check.kind === 'invalid' && <CheckErrors errors={check.errors} more={check.more} />}
      {check.kind === 'not-json' && (
        <p className="text-rose-800">{check.message}; the raw text is kept above.</p>
      )}
      {check.kind === 'unknown-tool' && (
        <p className="text-rose-800">The model called a tool that was not among the tools sent.</p>
      )}
      {check.kind === 'schema-problem' && (
        <p className="text-amber-800">The tool’s parameters are not a schema that can be checked.</p>
      )}
    </div>
  );
}

/** One tool call of an answer, live: its name and arguments (raw while they stream, pretty once they are JSON
 * and complete), then whether they match the tool's parameters, and the box for its result. */
export const ToolCallCard = memo(function ToolCallCard({
  name,
  call,
  request,
  complete,
  result,
  onResult,
}: ToolCallCardProps) {
  const engine = useSchemaEngine();
  const shown = useMemo(() => (complete ? pretty(call.arguments) : null), [complete, call.arguments]);
  const check = useMemo(
    () => (complete && engine ? checkToolCall(request, call.name, call.arguments) : null),
    [complete, engine, request, call.name, call.arguments],
  );
  return (
    <section aria-label={name} className="space-y-1 rounded-md border border-slate-200 bg-white p-2">
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs">
        <span className="font-mono font-semibold text-slate-800">{call.name || '(no name yet)'}</span>
        <span className="font-mono text-slate-500">{call.id}</span>
        {!complete && <span className="text-slate-500">arguments streaming…</span>}
      </p>
      <pre className="max-h-64 overflow-auto rounded bg-slate-100 p-1.5 font-mono text-xs break-words whitespace-pre-wrap">
        {shown ?? <GrowingText text={call.arguments || ' '} />}
      </pre>
      {check && <Verdict check={check} />}
      {complete && onResult && (
        <label className="block text-xs font-medium text-slate-600">
          Result for {call.name || 'this call'}
          <textarea
            value={result}
            onChange={(e) => onResult(call.id, e.target.value)}
            rows={2}
            spellCheck={false}
            placeholder='What the tool returned (text or JSON), e.g. {"temperature": 21}'
            className="field-sizing-content mt-1 block max-h-[30vh] w-full resize-none rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-xs"
          />
        </label>
      )}
    </section>
  );
});
