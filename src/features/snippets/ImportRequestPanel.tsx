import { useId, useState } from 'react';
import { importRequest } from './importRequest';
import type { ImportedRequest, SuccessfulImport } from './types';

/**
 * "Import request": a disclosure with a textarea for a cURL command, a Python requests call or a JSON
 * body. A successful import is handed to `onImport` and its warnings stay listed here; an error is shown
 * and nothing is handed on.
 */
export function ImportRequestPanel({ onImport }: { onImport(result: SuccessfulImport): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportedRequest | null>(null);
  const panelId = useId();
  const textareaId = useId();

  function runImport() {
    const imported = importRequest(text);
    setResult(imported);
    if (imported.request !== null && imported.error === undefined) {
      onImport({ request: imported.request, warnings: imported.warnings, source: imported.source });
      // The pasted text may hold a key; once imported it has no reason to stay on screen or in memory.
      setText('');
    }
  }

  return (
    <div className="rounded-md border border-slate-200 bg-white">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="w-full px-3 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        Import request
      </button>
      {open && (
        <div id={panelId} className="flex flex-col gap-2 border-t border-slate-200 p-3">
          <label htmlFor={textareaId} className="text-sm font-medium text-slate-700">
            Request to import
          </label>
          <textarea
            id={textareaId}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={8}
            spellCheck={false}
            placeholder="curl … / requests.post(…, json={…}) / { &quot;model&quot;: … }"
            className="w-full rounded-md border border-slate-300 p-2 font-mono text-xs focus-visible:outline-2 focus-visible:outline-brand-500"
          />
          <p className="text-xs text-slate-500">
            API keys in the pasted text are never kept: the key comes from the provider settings.
          </p>
          <div>
            <button
              type="button"
              onClick={runImport}
              disabled={text.trim() === ''}
              className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-300"
            >
              Import
            </button>
          </div>
          <ImportOutcome result={result} />
        </div>
      )}
    </div>
  );
}

function ImportOutcome({ result }: { result: ImportedRequest | null }) {
  if (result === null) return null;
  if (result.error !== undefined) {
    return (
      <div
        role="alert"
        className="rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900"
      >
        {result.error}
        <Warnings warnings={result.warnings} />
      </div>
    );
  }
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
    >
      Imported{' '}
      {result.source === 'curl'
        ? 'the cURL command'
        : result.source === 'python'
          ? 'the Python call'
          : 'the JSON body'}
      .
      <Warnings warnings={result.warnings} />
    </div>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <>
      <p className="mt-1 font-medium">Not imported:</p>
      <ul aria-label="Import warnings" className="list-disc pl-5">
        {warnings.map((w, i) => (
          // Warnings can repeat (two unknown headers with the same text), so the index is part of the key.
          <li key={`${i}:${w}`}>{w}</li>
        ))}
      </ul>
    </>
  );
}
