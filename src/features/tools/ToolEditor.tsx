import { memo } from 'react';
import type { ToolDefinition } from '@/domain/conversation';
import { useSchemaEngine } from '@/state/models';
import { Button, Switch } from '@/ui';
import { SchemaEditor } from './SchemaEditor';
import { parametersProblems } from './toolProblems';

interface ToolEditorProps {
  tool: ToolDefinition;
  index: number;
  nameProblem: string | null;
  onChange: (index: number, patch: Partial<ToolDefinition>) => void;
  onRemove: (index: number) => void;
}

export function toolGroupName(tool: ToolDefinition, index: number): string {
  return `Tool ${index + 1}: ${tool.name || 'unnamed'}`;
}

/** One tool: a group named by its number and name, so with several tools each one's "Tool name" and "Remove
 * tool" are found inside its own group. */
export const ToolEditor = memo(function ToolEditor({
  tool,
  index,
  nameProblem,
  onChange,
  onRemove,
}: ToolEditorProps) {
  const engine = useSchemaEngine();
  // Until the schema engine is in (a moment after the first paint) the parameters are shown unchecked.
  const check = engine ? parametersProblems(tool.parameters) : { problems: [], notes: [] };
  const field = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';
  return (
    <fieldset
      aria-label={toolGroupName(tool, index)}
      className="min-w-0 space-y-2 rounded-md border border-slate-200 bg-slate-50 p-2"
    >
      <div className="flex items-center justify-between gap-2">
        <p aria-hidden className="truncate font-mono text-xs font-semibold text-slate-700">
          {toolGroupName(tool, index)}
        </p>
        <Button size="sm" variant="ghost" onClick={() => onRemove(index)}>
          Remove tool
        </Button>
      </div>
      <label className="block text-xs font-medium text-slate-600">
        Tool name
        <input
          value={tool.name}
          onChange={(e) => onChange(index, { name: e.target.value })}
          spellCheck={false}
          aria-invalid={nameProblem !== null}
          placeholder="get_weather"
          className={`${field} font-mono`}
        />
      </label>
      {nameProblem && <p className="text-xs text-rose-800">{nameProblem}</p>}
      <label className="block text-xs font-medium text-slate-600">
        Tool description
        <textarea
          value={tool.description}
          onChange={(e) => onChange(index, { description: e.target.value })}
          rows={1}
          placeholder="What the tool does, and when the model should call it"
          className={`field-sizing-content max-h-[30vh] resize-none ${field}`}
        />
      </label>
      <SchemaEditor
        label="Tool parameters"
        value={tool.parameters}
        onChange={(parameters) => onChange(index, { parameters })}
        problems={check.problems}
        notes={check.notes}
      />
      <Switch
        checked={tool.strict === true}
        // Off is "not sent" (the server's default), not "strict": false.
        onChange={(on) => onChange(index, { strict: on ? true : undefined })}
        className="text-xs text-slate-700"
      >
        Strict arguments <span className="text-slate-500">(function.strict)</span>
      </Switch>
    </fieldset>
  );
});
