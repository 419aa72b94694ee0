import type { Cell, Thumb } from '@/domain/evaluation';
import { rateCell } from '@/state/evaluation';

/** The user's own verdict beside the checks: thumbs up/down (toggles) and a note. */
export function CellRatingControls({ runId, cell, name }: { runId: string; cell: Cell; name: string }) {
  const rating = cell.rating ?? { thumb: null, note: '' };
  const toggle = (thumb: Thumb) =>
    rateCell(runId, cell.key, { ...rating, thumb: rating.thumb === thumb ? null : thumb });
  return (
    <div className="flex items-center gap-1">
      <button
        type="button"
        aria-pressed={rating.thumb === 'up'}
        aria-label="Good answer"
        title="Good answer"
        onClick={() => toggle('up')}
        className="rounded border border-slate-300 px-1.5 text-xs aria-pressed:border-emerald-600 aria-pressed:bg-emerald-100"
      >
        Good
      </button>
      <button
        type="button"
        aria-pressed={rating.thumb === 'down'}
        aria-label="Bad answer"
        title="Bad answer"
        onClick={() => toggle('down')}
        className="rounded border border-slate-300 px-1.5 text-xs aria-pressed:border-rose-600 aria-pressed:bg-rose-100"
      >
        Bad
      </button>
      <input
        aria-label={`Note for ${name}`}
        placeholder="Note"
        defaultValue={rating.note}
        // Written when the user leaves the box: a note is not worth a store update (and a write) per key.
        onBlur={(e) => {
          if (e.target.value !== rating.note) rateCell(runId, cell.key, { ...rating, note: e.target.value });
        }}
        className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs"
      />
    </div>
  );
}
