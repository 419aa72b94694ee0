import { useState } from 'react';
import { parseCases } from '@/domain/evaluation';
import { Button, Dialog } from '@/ui';
import { addParsed, type ImportResult } from './ImportCases';

/** Rows copied from a spreadsheet (TSV) or a CSV, pasted into a box: the first line names the columns. */
export function PasteCases({ onResult }: { onResult: (result: ImportResult) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  return (
    <>
      <Button onClick={() => setOpen(true)}>Paste cases</Button>
      <Dialog open={open} title="Paste cases" onClose={() => setOpen(false)}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            onResult(addParsed('the pasted rows', parseCases(text, 'auto')));
            setText('');
            setOpen(false);
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            <span>Rows from a spreadsheet or CSV (the first line names the columns)</span>
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={8}
              className="rounded border border-slate-300 bg-white p-2 font-mono text-xs"
            />
          </label>
          <div className="flex justify-end gap-2">
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" variant="primary" disabled={text.trim() === ''}>
              Add pasted cases
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
