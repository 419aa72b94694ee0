import { useEffect, useMemo, useState } from 'react';
import { paneTarget } from '@/domain/pane';
import type { RunRecord } from '@/domain/run';
import { diffAnswers, type WordDiff } from '@/lib/text';
import { type RunsState, selectShownRun, useRunStore } from '@/state/runs';

type DiffState = { for: string; diff: WordDiff | null } | null;

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

/** The text of the answer a pane shows once it has finished (all choices, in order), else undefined: a string,
 * so a pane still streaming selects undefined on every frame and the diff does not re-render. */
const selectFinishedText = (paneId: string) => (s: RunsState) => {
  const run = selectShownRun(paneTarget(paneId))(s);
  if (run?.status !== 'done' && run?.status !== 'stopped') return undefined;
  const text = answerText(run);
  return text !== '' ? text : undefined;
};

interface PaneDiffProps {
  paneId: string;
  number: number;
  baselineId: string;
  baselineNumber: number;
}

/** In a pane, word-level differences of its answer from the baseline pane's: deletions are the baseline's words
 * this answer lacks, insertions this answer's own. */
export function PaneDiff({ paneId, number, baselineId, baselineNumber }: PaneDiffProps) {
  const mine = useRunStore(useMemo(() => selectFinishedText(paneId), [paneId]));
  const theirs = useRunStore(useMemo(() => selectFinishedText(baselineId), [baselineId]));
  const key = `${baselineId}:${paneId}`;
  const [state, setState] = useState<DiffState>(null);

  useEffect(() => {
    if (mine === undefined || theirs === undefined) return;
    let current = true;
    void diffAnswers(theirs, mine).then((diff) => {
      if (current) setState({ for: key, diff });
    });
    return () => {
      current = false;
    };
  }, [key, mine, theirs]);

  const result = state?.for === key ? state : null;
  const name = `Diff of Pane ${number} against Pane ${baselineNumber}`;
  return (
    <section aria-label={name} className="space-y-1 rounded-lg border border-sky-200 bg-white p-2">
      <h3 className="text-xs font-semibold text-sky-800">Diff against pane {baselineNumber}</h3>
      {mine === undefined || theirs === undefined ? (
        <p className="text-xs text-slate-500">
          The diff appears when this pane and pane {baselineNumber} have finished.
        </p>
      ) : (
        <DiffBody result={result} number={number} baselineNumber={baselineNumber} />
      )}
    </section>
  );
}

function DiffBody({
  result,
  number,
  baselineNumber,
}: {
  result: DiffState;
  number: number;
  baselineNumber: number;
}) {
  if (!result) return <p className="text-xs text-slate-500">Comparing…</p>;
  if (!result.diff)
    return <p className="text-xs text-slate-500">These answers differ too much to diff word by word.</p>;
  const { parts, inserted, deleted } = result.diff;
  return (
    <>
      <p role="status" className="text-xs text-slate-600">
        {inserted} word{inserted === 1 ? '' : 's'} inserted (only in pane {number}), {deleted} deleted (only
        in pane {baselineNumber}).
      </p>
      <div className="whitespace-pre-wrap break-words text-sm leading-relaxed">
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
