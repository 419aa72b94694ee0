// The parameter panel of one model: a summary of what will be sent, then the schema-driven form, or the JSON
// editor when the schema cannot be rendered (known problem, or the form throws while rendering).

import { useId } from 'react';
import type { NormalizedSchema, ParamState } from '@/domain/schema';
import { sentParams } from '@/domain/schema';
import { FormBoundary } from './FormBoundary';
import { formSchemaOf } from './formSchema';
import { ParamsJsonEditor } from './ParamsJsonEditor';
import { ParamsSchemaForm } from './ParamsSchemaForm';

export interface ParamsFormProps {
  /** From normalizeSchema; keep it memoised per model — a new object rebuilds the form. */
  normalized: NormalizedSchema;
  state: ParamState;
  onChange: (next: ParamState) => void;
  /** Prefix for element ids; needed only to make ids readable, they are unique without it. */
  idPrefix?: string;
  /** The region's name; panes side by side name theirs by pane, since landmarks must have distinct names. */
  label?: string;
  disabled?: boolean;
}

// A distinct number per normalized schema: switching models remounts the form, so no widget keeps state (a
// half-typed number, a chosen variant) that belonged to the previous model's schema.
const schemaKeys = new WeakMap<NormalizedSchema, number>();
let lastKey = 0;
function keyOf(normalized: NormalizedSchema): number {
  let key = schemaKeys.get(normalized);
  if (key === undefined) {
    lastKey += 1;
    key = lastKey;
    schemaKeys.set(normalized, key);
  }
  return key;
}

export function ParamsForm({
  normalized,
  state,
  onChange,
  idPrefix,
  disabled = false,
  label = 'Parameters',
}: ParamsFormProps) {
  const autoId = useId();
  // useId output contains colons; ids stay valid with them, but CSS selectors in tests and tools read easier without.
  const prefix = idPrefix ?? `params${autoId.replace(/[^a-zA-Z0-9]/g, '')}`;
  const sent = Object.keys(sentParams(state, normalized));

  const fallback = (reason: string) => (
    <ParamsJsonEditor state={state} onChange={onChange} reason={reason} disabled={disabled} />
  );
  return (
    <section aria-label={label} className="space-y-3">
      <p className="text-xs text-slate-600" aria-live="polite">
        Will send: {sent.length > 0 ? sent.join(', ') : 'only defaults (nothing extra)'}
      </p>
      {!normalized.problem && <SimplifiedNotice notes={formSchemaOf(normalized).notes} />}
      {normalized.problem ? (
        fallback(normalized.problem)
      ) : (
        <FormBoundary
          resetKey={normalized}
          fallback={(error) => fallback(error.message || 'the form failed')}
        >
          <ParamsSchemaForm
            key={keyOf(normalized)}
            normalized={normalized}
            state={state}
            onChange={onChange}
            sent={sent}
            idPrefix={prefix}
            disabled={disabled}
          />
        </FormBoundary>
      )}
    </section>
  );
}

/** What the form simplified in a schema it could otherwise not afford (long enums, unsafe patterns). */
function SimplifiedNotice({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <details className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900">
      <summary className="cursor-pointer font-medium">
        This schema was simplified for the form ({notes.length} {notes.length === 1 ? 'change' : 'changes'})
      </summary>
      <ul className="mt-1 list-disc pl-4">
        {notes.map((text, i) => (
          <li key={`${i}:${text}`}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
