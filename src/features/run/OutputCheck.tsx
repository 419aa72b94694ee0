import { useMemo } from 'react';
import { checkOutput, problemText } from '@/domain/jsonCheck';
import type { ChatCompletionRequest } from '@/lib/api';
import { useSchemaEngine } from '@/state/models';
import { CheckErrors } from './CheckErrors';
import { JsonTree } from './JsonTree';

/** A finished structured answer (response_format json_schema or json_object): "Output valid" or "Output invalid"
 * with the errors at their paths, and the JSON folded and pretty — or the raw text when it is not JSON. Null
 * when the request asked for free text, so the answer is shown as markdown. */
export function OutputCheck({ request, text }: { request: ChatCompletionRequest; text: string }) {
  const engine = useSchemaEngine();
  const check = useMemo(() => (engine ? checkOutput(request, text) : null), [engine, request, text]);
  if (!check) return null;
  const valid = check.kind === 'valid';
  return (
    <div className="space-y-1">
      <p role="status" className={`text-xs font-semibold ${valid ? 'text-emerald-800' : 'text-rose-800'}`}>
        {check.kind === 'schema-problem' ? 'Output not checked' : valid ? 'Output valid' : 'Output invalid'}
      </p>
      {check.kind === 'invalid' && <CheckErrors errors={check.errors} more={check.more} />}
      {check.kind === 'not-json' && <p className="text-xs text-rose-800">Not JSON: {check.message}</p>}
      {check.kind === 'schema-problem' && (
        <p className="text-xs text-amber-800">
          The response schema cannot be checked: {check.problems.map(problemText).join('; ')}
        </p>
      )}
      {check.kind === 'not-json' ? (
        <pre className="max-h-96 overflow-auto rounded bg-slate-100 p-1.5 font-mono text-xs break-words whitespace-pre-wrap">
          {check.raw}
        </pre>
      ) : (
        <JsonTree value={check.value} />
      )}
    </div>
  );
}
