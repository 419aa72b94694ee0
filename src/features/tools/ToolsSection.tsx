import { useId, useState } from 'react';
import type { ToolDefinition } from '@/domain/conversation';
import type { PromptSupport } from '@/domain/schema';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';
import { ImportTools } from './ImportTools';
import { ToolChoiceControls } from './ToolChoiceControls';
import { ToolEditor } from './ToolEditor';
import { TOOL_TEMPLATES } from './templates';
import { uniqueName } from './toolEdits';
import { nameProblem } from './toolProblems';

const NO_TOOLS: readonly ToolDefinition[] = [];

/** The "Tools" region: the tools sent with the prompt (shared by every pane), added from a starter template or
 * imported from an OpenAI `tools` array, then tool choice and parallel calls. Collapsible; "Add tool" stays in
 * its header, so adding one needs no extra step. */
export function ToolsSection({ support, unsupportedBy }: { support: PromptSupport; unsupportedBy?: string }) {
  const id = useId();
  const tools = useWorkbenchStore((s) => s.conversation.tools ?? NO_TOOLS);
  const toolChoice = useWorkbenchStore((s) => s.conversation.toolChoice);
  const parallel = useWorkbenchStore((s) => s.conversation.parallelToolCalls);
  const [open, setOpen] = useState(tools.length > 0);
  const [adding, setAdding] = useState<'templates' | 'import' | null>(null);
  const change = useWorkbenchStore((s) => s.updateTool);
  const remove = useWorkbenchStore((s) => s.removeTool);
  const addTool = useWorkbenchStore((s) => s.addTool);
  const add = (tool: ToolDefinition) => {
    // A second get_weather becomes get_weather_2: two tools of one name would be refused by the server.
    addTool({ ...tool, name: uniqueName(tools, tool.name) });
    setAdding(null);
    setOpen(true);
  };
  return (
    <section aria-label="Tools" className="space-y-2 rounded-lg border border-slate-200 bg-white p-2">
      <div className="flex flex-wrap items-center gap-1">
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="font-semibold text-slate-800"
        >
          <span aria-hidden>{open ? '▾' : '▸'}</span> Tools
          <span className="font-normal text-slate-500">
            {tools.length === 0 ? '(none)' : `(${tools.length})`}
          </span>
        </Button>
        <span className="flex-1" />
        <Button
          size="sm"
          aria-expanded={adding === 'templates'}
          onClick={() => setAdding(adding === 'templates' ? null : 'templates')}
        >
          Add tool
        </Button>
        <Button
          size="sm"
          variant="ghost"
          aria-expanded={adding === 'import'}
          onClick={() => setAdding(adding === 'import' ? null : 'import')}
        >
          Import tools
        </Button>
      </div>
      {adding === 'templates' && (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not form fields.
        <div role="group" aria-label="Starter templates" className="flex flex-wrap gap-1">
          {TOOL_TEMPLATES.map((t) => (
            <Button key={t.id} size="sm" onClick={() => add(t.tool)}>
              {t.label}
            </Button>
          ))}
        </div>
      )}
      {adding === 'import' && <ImportTools onDone={() => setAdding(null)} onImported={() => setOpen(true)} />}
      {open && (
        <div id={id} className="space-y-2">
          {tools.length === 0 && (
            <p className="text-xs text-slate-500">
              No tools: the model answers in text. Add one to let it call a function you describe.
            </p>
          )}
          {tools.map((tool, index) => (
            <ToolEditor
              // Tools have no ids; a position is what "Tool 2" means to the user too.
              key={index}
              tool={tool}
              index={index}
              nameProblem={nameProblem(tools, index)}
              onChange={change}
              onRemove={remove}
            />
          ))}
          {tools.length > 0 && (
            <ToolChoiceControls
              tools={tools}
              toolChoice={toolChoice}
              parallel={parallel}
              support={support}
              unsupportedBy={unsupportedBy}
            />
          )}
        </div>
      )}
    </section>
  );
}
