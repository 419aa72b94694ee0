import type { ToolChoice, ToolDefinition } from '@/domain/conversation';
import type { PromptSupport } from '@/domain/schema';
import { useWorkbenchStore } from '@/state/workbench';
import { Switch } from '@/ui';
import { choiceOf, choiceValue } from './toolEdits';

interface ToolChoiceControlsProps {
  tools: readonly ToolDefinition[];
  toolChoice: ToolChoice | undefined;
  parallel: boolean | undefined;
  support: PromptSupport;
  /** Who does not take these fields, when several models share the prompt ("Pane 2's model"). */
  unsupportedBy?: string;
}

/** "Tool choice" (auto / none / required / one tool; absent is not sent) and "Parallel tool calls", offered when
 * the model's schema has them (the built-in parameters do). */
export function ToolChoiceControls({
  tools,
  toolChoice,
  parallel,
  support,
  unsupportedBy,
}: ToolChoiceControlsProps) {
  const setToolChoice = useWorkbenchStore((s) => s.setToolChoice);
  const setParallel = useWorkbenchStore((s) => s.setParallelToolCalls);
  const named = tools.filter((t) => t.name !== '');
  const value = choiceValue(toolChoice);
  const dangling = typeof toolChoice === 'object' && !named.some((t) => t.name === toolChoice.name);
  const why = (field: string) => `The model's own schema has no ${field}, so it is not offered.`;
  return (
    <div className="space-y-2">
      {support.toolChoice || toolChoice !== undefined ? (
        <label className="block text-xs font-medium text-slate-600">
          Tool choice
          <select
            value={value}
            onChange={(e) => setToolChoice(choiceOf(e.target.value))}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
          >
            <option value="">auto (default, not sent)</option>
            <option value="auto">auto</option>
            <option value="none">none</option>
            <option value="required">required</option>
            {named.map((t) => (
              <option key={t.name} value={`tool:${t.name}`}>
                {t.name}
              </option>
            ))}
            {dangling && <option value={value}>{toolChoice.name} (no such tool)</option>}
          </select>
        </label>
      ) : (
        <p className="text-xs text-slate-500">Tool choice: {why('tool_choice')}</p>
      )}
      {support.toolChoice && unsupportedBy && (
        <p className="text-xs text-slate-500">
          {unsupportedBy} lists no tool_choice; it is sent there as well.
        </p>
      )}
      {support.parallelToolCalls || parallel !== undefined ? (
        <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
          <Switch checked={parallel ?? true} onChange={setParallel}>
            Parallel tool calls
          </Switch>
          {parallel === undefined ? (
            <span className="text-slate-500">(server default, not sent)</span>
          ) : (
            <button
              type="button"
              className="text-brand-700 hover:underline"
              onClick={() => setParallel(undefined)}
            >
              Use the server's default
            </button>
          )}
        </div>
      ) : (
        <p className="text-xs text-slate-500">Parallel tool calls: {why('parallel_tool_calls')}</p>
      )}
    </div>
  );
}
