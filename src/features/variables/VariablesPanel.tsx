import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ownValue } from '@/lib/json';
import { selectPromptVariables, useWorkbenchStore } from '@/state/workbench';

/** Shown with the panel, so the syntax is never a secret (the panel writes it with the syntax in code). */
export const VARIABLES_HINT = 'Write {{name}} in a message to add a variable; \\{{ writes literal braces.';

/** One variable's value box, named by the variable (the label's text is exactly the name). */
function VariableField({ name }: { name: string }) {
  const id = useId();
  const value = useWorkbenchStore((s) => ownValue(s.variables, name) ?? '');
  const setVariable = useWorkbenchStore((s) => s.setVariable);
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block truncate font-mono text-xs font-medium text-slate-700">
        {name}
      </label>
      <textarea
        id={id}
        value={value}
        rows={1}
        onChange={(e) => setVariable(name, e.target.value)}
        className={`field-sizing-content mt-0.5 block max-h-[30vh] min-h-[2.25rem] w-full resize-none rounded-md border bg-white px-2 py-1.5 text-sm ${value.trim() === '' ? 'border-amber-400' : 'border-slate-300'}`}
      />
    </div>
  );
}

/**
 * The prompt's variables, each with its value, in the order the prompt has them; the values fill the request the
 * API tab shows and Run sends. A variable taken out of the prompt keeps its value, unseen, so cutting and pasting
 * `{{city}}` loses nothing. With no variables only the hint is left, one line.
 */
export function VariablesPanel({
  columns = false,
  hideWhenEmpty = false,
}: {
  /** Values side by side on a wider screen (Compare's full-width shared area). */
  columns?: boolean;
  /** Nothing at all, not even the hint, while there are no variables. */
  hideWhenEmpty?: boolean;
}) {
  const names = useWorkbenchStore(useShallow(selectPromptVariables));
  const hintId = useId();
  if (hideWhenEmpty && names.length === 0) return null;
  return (
    <section aria-label="Variables" aria-describedby={hintId} className="space-y-1.5">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h2 className="text-sm font-semibold">Variables</h2>
        <p id={hintId} className="text-xs text-slate-600">
          Write <code className="font-mono">{'{{name}}'}</code> in a message to add a variable;{' '}
          <code className="font-mono">{'\\{{'}</code> writes literal braces.
        </p>
      </div>
      {names.length > 0 && (
        <div className={columns ? 'grid grid-cols-2 gap-2 lg:grid-cols-4' : 'space-y-2 pt-1'}>
          {names.map((name) => (
            <VariableField key={name} name={name} />
          ))}
        </div>
      )}
    </section>
  );
}
