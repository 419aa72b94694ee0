import type { ChatCompletionRequest } from '../../lib/api/types';

export function ApiPanel({ request }: { request: ChatCompletionRequest | null }) {
  return (
    <section aria-label="Code">
      <pre className="overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        {request ? JSON.stringify(request, null, 2) : 'Choose a model first.'}
      </pre>
    </section>
  );
}
