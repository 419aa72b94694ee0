import { laneOfEvaluation } from '@/state/runs';
import {
  MAX_EVAL_CONCURRENCY,
  MIN_EVAL_CONCURRENCY,
  selectEvalConcurrency,
  setEvalConcurrency,
  useResolvedProvider,
  useSettingsStore,
} from '@/state/settings';

/** How many cells of the provider run at once (kept per provider; a pane on another provider has its own). */
export function Concurrency() {
  const provider = useResolvedProvider();
  const lane = laneOfEvaluation(provider.api);
  const value = useSettingsStore(selectEvalConcurrency(lane));
  return (
    <label className="flex items-center gap-1 text-xs" title={`Cells sent at once to ${provider.label}`}>
      <span>Concurrency</span>
      <input
        type="number"
        min={MIN_EVAL_CONCURRENCY}
        max={MAX_EVAL_CONCURRENCY}
        value={value}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isFinite(n) && n >= MIN_EVAL_CONCURRENCY) setEvalConcurrency(lane, n);
        }}
        className="w-14 rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
      />
    </label>
  );
}
