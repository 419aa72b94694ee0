// The fallback when a schema cannot be rendered as a form: the parameters as editable JSON. The text is the
// user's: invalid JSON shows an error and stays as typed; only a valid JSON object updates the state (every key
// explicit, since the user wrote each one on purpose).

import { useEffect, useId, useRef, useState } from 'react';
import { type ParamState, verbatimParams } from '@/domain/schema';
import { jsonEqual, jsonExceeds } from '@/lib/json';

interface Props {
  state: ParamState;
  onChange: (next: ParamState) => void;
  reason: string;
  disabled?: boolean;
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

function parse(text: string): Parsed {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The parameters must be a JSON object, like {"temperature": 0.7}.' };
  }
  const tooBig = jsonExceeds(value, { depth: 32, nodes: 100_000 });
  if (tooBig) return { ok: false, error: `These parameters cannot be used: ${tooBig}.` };
  return { ok: true, value: value as Record<string, unknown> };
}

const format = (values: Record<string, unknown>) => JSON.stringify(values, null, 2);

export function ParamsJsonEditor({ state, onChange, reason, disabled }: Props) {
  const id = useId();
  const [text, setText] = useState(() => format(state.values));
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef(text);
  textRef.current = text;

  // Follow outside changes (a reset, another model) but never overwrite what the user is typing: the text is
  // replaced only when it does not already say the same thing as the state.
  useEffect(() => {
    const current = parse(textRef.current);
    if (!current.ok || !jsonEqual(current.value, state.values)) {
      setText(format(state.values));
      setError(null);
    }
  }, [state.values]);

  const edit = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    onChange(verbatimParams(parsed.value));
  };

  return (
    <div className="space-y-2">
      <div
        role="alert"
        className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      >
        This model's parameter schema could not be rendered as a form: {reason.replace(/\.$/, '')}. Edit the
        parameters as JSON instead.
      </div>
      <label htmlFor={`${id}-json`} className="block text-sm font-medium text-slate-800">
        Parameters (JSON)
      </label>
      <textarea
        id={`${id}-json`}
        className="h-48 w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs aria-invalid:border-rose-500"
        spellCheck={false}
        value={text}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => edit(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
