import type { Check } from '@/domain/evaluation';
import { addCheck, removeCheck } from '@/state/evaluation';
import { Button } from '@/ui';
import { CheckEditor } from './CheckEditor';

/** The checks every cell is held to. Editing them changes the next run: a run keeps the checks it ran with. */
export function ChecksPanel({ checks }: { checks: readonly Check[] }) {
  return (
    <section aria-labelledby="eval-checks-title" className="flex flex-col gap-2">
      <div className="flex items-center gap-2">
        <h2 id="eval-checks-title" className="text-sm font-semibold">
          Checks
        </h2>
        <span className="text-xs text-slate-500">
          {checks.length === 0
            ? 'none yet: every finished cell passes'
            : `${checks.length}, applied from the next run`}
        </span>
        <span className="flex-1" />
        <Button size="sm" onClick={() => addCheck('contains')}>
          Add check
        </Button>
      </div>
      {checks.length > 0 && (
        <ol className="flex flex-col gap-2">
          {checks.map((check, i) => (
            <li key={check.id}>
              <fieldset className="flex flex-wrap items-end gap-2 rounded-md border border-slate-200 bg-white p-2">
                <legend className="px-1 text-xs font-semibold text-slate-600">Check {i + 1}</legend>
                <CheckEditor check={check} />
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove check ${i + 1}`}
                  onClick={() => removeCheck(check.id)}
                >
                  Remove
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
