import { useId, useMemo, useState } from 'react';
import { MAX_PANES } from '@/domain/pane';
import { type PaneRequest, runPanes, stopPane } from '@/state/panes';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Notice } from '@/ui';
import {
  type NewPanes,
  type Parsed,
  parseSweepValues,
  repeatPanes,
  sweepableParams,
  sweepPanes,
} from './sweep';

const INPUT = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs';

/** Sweep one parameter of this pane over several values, or repeat this pane k times; either way the new
 * panes run at once. */
export function PaneTools({ paneId, pane }: { paneId: string; pane: PaneRequest }) {
  const ids = { param: useId(), values: useId(), repeat: useId() };
  const specs = useMemo(() => (pane.normalized ? sweepableParams(pane.normalized) : []), [pane.normalized]);
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [keep, setKeep] = useState(false);
  const [times, setTimes] = useState('3');
  const [error, setError] = useState<string | null>(null);
  const spec = specs.find((s) => s.name === name) ?? specs[0];

  const apply = (result: Parsed<NewPanes>) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    // The source's own run (if any) belongs to a pane that may be replaced now.
    stopPane(paneId);
    useWorkbenchStore.getState().replacePanes(result.value.panes);
    void runPanes(result.value.runIds);
  };
  const sweep = () => {
    if (!spec) return;
    const values = parseSweepValues(text, spec);
    if (!values.ok) return setError(values.error);
    const { panes } = useWorkbenchStore.getState();
    apply(sweepPanes(panes, paneId, spec.name, values.value, pane.params, keep));
  };
  const repeat = () => apply(repeatPanes(useWorkbenchStore.getState().panes, paneId, Number(times)));

  return (
    <details className="rounded border border-slate-200 p-2 text-xs">
      <summary className="cursor-pointer font-medium text-slate-600">Sweep and repeat</summary>
      <div className="mt-2 space-y-2">
        {specs.length === 0 ? (
          <p className="text-slate-500">This model has no numeric or enum parameter to sweep.</p>
        ) : (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={ids.param}>Sweep parameter</label>
            <select
              id={ids.param}
              value={spec?.name}
              onChange={(e) => setName(e.target.value)}
              className={INPUT}
            >
              {specs.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.label}
                </option>
              ))}
            </select>
            <label htmlFor={ids.values}>Sweep values</label>
            <input
              id={ids.values}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={spec?.kind === 'enum' ? spec.options.slice(0, 3).join(', ') : '0, 0.5, 1'}
              className={`${INPUT} w-32`}
            />
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.target.checked)} />
              Keep this pane
            </label>
            <Button size="sm" onClick={sweep}>
              Sweep
            </Button>
          </div>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={ids.repeat}>Repeat runs</label>
          <input
            id={ids.repeat}
            type="number"
            min={2}
            max={MAX_PANES}
            value={times}
            onChange={(e) => setTimes(e.target.value)}
            className={`${INPUT} w-14`}
          />
          <Button size="sm" onClick={repeat}>
            Repeat
          </Button>
        </div>
        {error && <Notice tone="error">{error}</Notice>}
      </div>
    </details>
  );
}
