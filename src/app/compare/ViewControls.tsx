import { useId } from 'react';
import { usePaneTitle } from '@/features/compare';
import { Switch } from '@/ui';

interface ViewControlsProps {
  paneIds: readonly string[];
  baselineId: string;
  onBaseline: (paneId: string) => void;
  synced: boolean;
  onSynced: (synced: boolean) => void;
}

const SELECT = 'max-w-[16rem] rounded border border-slate-300 bg-white px-1.5 py-0.5 text-sm';

/** How the answers are read together: a diff against a baseline pane, shown in each other pane, and synced
 * scrolling of the answers. */
export function ViewControls({ paneIds, baselineId, onBaseline, synced, onSynced }: ViewControlsProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="flex items-center gap-1">
        <label htmlFor={id}>Compare with</label>
        <select id={id} value={baselineId} onChange={(e) => onBaseline(e.target.value)} className={SELECT}>
          <option value="">No diff</option>
          {paneIds.map((paneId, index) => (
            <BaselineOption key={paneId} paneId={paneId} number={index + 1} />
          ))}
        </select>
      </span>
      <Switch checked={synced} onChange={onSynced}>
        Sync scrolling
      </Switch>
    </div>
  );
}

function BaselineOption({ paneId, number }: { paneId: string; number: number }) {
  const title = usePaneTitle(paneId);
  return (
    <option value={paneId}>
      Pane {number} · {title.text}
    </option>
  );
}
