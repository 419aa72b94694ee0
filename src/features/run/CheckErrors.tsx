import { type JsonProblem, problemText } from '@/domain/jsonCheck';

/** The errors of a schema check (tool arguments, structured output), each with its JSON path. */
export function CheckErrors({ errors, more }: { errors: readonly JsonProblem[]; more: number }) {
  return (
    <ul className="list-disc pl-4 text-xs text-rose-800">
      {errors.map((e) => (
        <li key={problemText(e)}>
          <code className="font-mono">{e.path}</code>: {e.message}
        </li>
      ))}
      {more > 0 && <li>and {more} more</li>}
    </ul>
  );
}
