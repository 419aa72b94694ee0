import { loadSchemaEngine, resetAll } from '@/domain/schema';
import type { PaneRequest } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { lazyChunk, Notice } from '@/ui';

// rjsf and its validator are the largest part of the app; the form loads as its own chunk (prefetched at
// start-up by main.tsx) so the shell, the model list and the conversation editor do not wait for it.
const paramsForm = lazyChunk(
  // The form reads patterns with the schema engine (formSchema), so it waits for that too.
  () => Promise.all([import('./ParamsForm'), loadSchemaEngine()]).then(([m]) => m.ParamsForm),
  <p className="text-sm text-slate-500">Loading the parameter form…</p>,
);
export const loadParamsForm = paramsForm.load;
const ParamsForm = paramsForm.Component;

/** The parameter form of one pane's current model, wired to the workbench store. */
export function ParamsPanel({
  paneId,
  pane,
  label,
}: {
  paneId: string;
  pane: PaneRequest;
  /** The form region's name ("Parameters" unless given). */
  label?: string;
}) {
  const setParams = useWorkbenchStore((s) => s.setParams);
  const { model, normalized, params, detailsError, modelLoading } = pane;
  if (!model || !normalized) {
    return (
      <p className="text-sm text-slate-500">
        {modelLoading ? 'Loading the model…' : 'Choose a model to tune its parameters.'}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      {detailsError && (
        <Notice tone="warning" title="Model details unavailable">
          {/* The message may end a sentence itself. */}
          {detailsError.message.replace(/[.\s]+$/, '')}. Showing the standard chat-completions parameters
          instead.
        </Notice>
      )}
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          Parameters{' '}
          <span className="font-normal text-slate-500">
            ({normalized.source === 'builtin' ? 'standard OpenAI parameters' : `from ${normalized.source}`})
          </span>
        </h2>
        <button
          type="button"
          className="text-xs text-brand-700 hover:underline"
          onClick={() => setParams(paneId, model.id, resetAll(normalized))}
        >
          Reset all parameters
        </button>
      </div>
      <ParamsForm
        key={model.id}
        normalized={normalized}
        state={params}
        onChange={(next) => setParams(paneId, model.id, next)}
        label={label}
      />
    </div>
  );
}
