import { useId, useState } from 'react';
import { useWorkbenchStore } from '@/state/workbench';
import { Button } from '@/ui';

/** "Import tools": paste an OpenAI-format `tools` array (or a whole request) to add every tool in it. */
export function ImportTools({ onDone, onImported }: { onDone: () => void; onImported: () => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const importTools = useWorkbenchStore((s) => s.importTools);
  const add = () => {
    const read = importTools(text);
    // What could not be taken is named; the tools that could are added all the same.
    setProblems('error' in read ? [read.error] : read.warnings);
    if (!('error' in read)) onImported();
    if (!('error' in read) && read.warnings.length === 0) {
      setText('');
      onDone();
    }
  };
  return (
    <div className="space-y-1 rounded-md border border-slate-200 bg-white p-2">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        OpenAI tools array
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={4}
        spellCheck={false}
        placeholder='[{"type": "function", "function": {"name": "…", "parameters": {…}}}]'
        className="field-sizing-content block max-h-[40vh] min-h-[5rem] w-full resize-y rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs"
      />
      {problems.length > 0 && (
        <ul role="alert" className="list-disc pl-4 text-xs text-rose-800">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="flex gap-1">
        <Button size="sm" variant="primary" onClick={add} disabled={text.trim() === ''}>
          Add these tools
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel import
        </Button>
      </div>
    </div>
  );
}
