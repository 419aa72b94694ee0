import { useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { paneTarget } from '@/domain/pane';
import type { RunRecord } from '@/domain/run';
import { type RunsState, selectShownRun, useRunStore } from '@/state/runs';
import { selectPaneIds, useWorkbenchStore } from '@/state/workbench';
import { diffAnswers, type WordDiff } from './wordDiff';

interface Finished {
  id: string;
  label: string;
  text: string;
}

type DiffState = { for: string; diff: WordDiff | null } | null;

const SELECT = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm';

// A finished record never changes, so its joined text is worked out once (not on every store update).
const texts = new WeakMap<RunRecord, string>();
function answerText(run: RunRecord): string {
  let text = texts.get(run);
  if (text === undefined) {
    text = run.choices.join('\n\n');
    texts.set(run, text);
  }
  return text;
}

/** The finished answers the panes show, as a flat list of strings (id, label, text per pane), compared item by
 * item: a pane still streaming is not in it, so its frames leave the list equal and the panel does not
 * re-render. */
const selectFinished =
  (paneIds: readonly string[]) =>
  (s: RunsState): string[] =>
    paneIds.flatMap((id, i) => {
      const run = selectShownRun(paneTarget(id))(s);
      if (run?.status !== 'done' && run?.status !== 'stopped') return [];
      const text = answerText(run);
      return text !== '' ? [id, `Pane ${i + 1} — ${run.request.model}`, text] : [];
    });

/** Word-level differences between the answers of two finished panes (all choices of each, in order). */
export function DiffPanel() {
  const paneIds = useWorkbenchStore(useShallow(selectPaneIds));
  const flat = useRunStore(useShallow(useMemo(() => selectFinished(paneIds), [paneIds])));
  const finished = useMemo<Finished[]>(() => {
    const list: Finished[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3) {
      list.push({ id: flat[i] as string, label: flat[i + 1] as string, text: flat[i + 2] as string });
    }
    return list;
  }, [flat]);
  const [leftId, setLeftId] = useState('');
  const [rightId, setRightId] = useState('');
  const left = finished.find((p) => p.id === leftId) ?? finished[0];
  const right = finished.find((p) => p.id === rightId) ?? finished.find((p) => p !== left);
  const key = left && right ? `${left.id}:${right.id}` : '';
  const [state, setState] = useState<DiffState>(null);

  // Keyed on the texts, not the pane objects: other panes streaming must not re-run the diff.
  const leftText = left?.text;
  const rightText = right?.text;
  useEffect(() => {
    if (leftText === undefined || rightText === undefined || !key) return;
    let current = true;
    void diffAnswers(leftText, rightText).then((diff) => {
      if (current) setState({ for: key, diff });
    });
    return () => {
      current = false;
    };
  }, [key, leftText, rightText]);

  const result = state?.for === key ? state : null;
  return (
    <section aria-label="Diff" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Diff</h2>
      {finished.length < 2 ? (
        <p className="text-sm text-slate-500">
          When two panes have finished, their answers can be compared word by word here.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <PaneChoice label="Diff left" panes={finished} value={left?.id} onChange={setLeftId} />
            <PaneChoice label="Diff right" panes={finished} value={right?.id} onChange={setRightId} />
          </div>
          <DiffBody result={result} same={left === right} />
        </>
      )}
    </section>
  );
}

function DiffBody({ result, same }: { result: DiffState; same: boolean }) {
  if (same) return <p className="text-sm text-slate-500">Pick two different panes.</p>;
  if (!result) return <p className="text-sm text-slate-500">Comparing…</p>;
  if (!result.diff)
    return <p className="text-sm text-slate-500">These answers differ too much to diff word by word.</p>;
  const { parts, inserted, deleted } = result.diff;
  return (
    <>
      <p role="status" className="text-xs text-slate-600">
        {inserted} word{inserted === 1 ? '' : 's'} inserted (only on the right), {deleted} deleted (only on
        the left).
      </p>
      <div className="whitespace-pre-wrap rounded border border-slate-100 p-2 text-sm leading-relaxed">
        {parts.map((part, i) =>
          part.kind === 'ins' ? (
            // Screen readers do not reliably announce ins/del, so the change is also said in words.
            <ins key={i} className="bg-emerald-100 text-emerald-900 no-underline">
              <span className="sr-only">[inserted: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          ) : part.kind === 'del' ? (
            <del key={i} className="bg-rose-100 text-rose-900">
              <span className="sr-only">[deleted: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </>
  );
}

function PaneChoice({
  label,
  panes,
  value,
  onChange,
}: {
  label: string;
  panes: ReadonlyArray<{ id: string; label: string }>;
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={SELECT}>
        {panes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </>
  );
}
