import { useId } from 'react';
import { type JsonProblem, problemText } from '@/domain/jsonCheck';

interface SchemaEditorProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
  /** What is wrong with the text now (checked on every edit: the check is cached per text). */
  problems: readonly JsonProblem[];
  notes?: readonly string[];
}

/** A JSON Schema as text: a monospace textarea that grows with its text, and below it the problems, each with
 * its path, or "Valid JSON Schema". "Format" re-indents it when it is JSON. */
export function SchemaEditor({ label, value, onChange, problems, notes = [] }: SchemaEditorProps) {
  const id = useId();
  const format = () => {
    try {
      onChange(JSON.stringify(JSON.parse(value), null, 2));
    } catch {
      // Not JSON: the problem list already says where.
    }
  };
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <label htmlFor={`${id}-text`} className="text-xs font-medium text-slate-600">
          {label}
        </label>
        <button type="button" className="text-xs text-brand-700 hover:underline" onClick={format}>
          Format<span className="sr-only"> {label.toLowerCase()}</span>
        </button>
      </div>
      <textarea
        id={`${id}-text`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        spellCheck={false}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-check`}
        rows={4}
        className="field-sizing-content block max-h-[40vh] min-h-[5rem] w-full resize-y rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs leading-relaxed"
      />
      <div id={`${id}-check`} aria-live="polite" className="text-xs">
        {problems.length === 0 ? (
          <p className="text-emerald-800">Valid JSON Schema</p>
        ) : (
          <ul className="list-disc space-y-0.5 pl-4 text-rose-800">
            {problems.map((p) => (
              <li key={problemText(p)} className="break-words">
                <code className="font-mono">{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        )}
        {notes.map((note) => (
          <p key={note} className="text-amber-800">
            {note}
          </p>
        ))}
      </div>
    </div>
  );
}
