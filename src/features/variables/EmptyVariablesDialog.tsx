import { answerEmptyVariables, selectEmptyVariablesQuestion, useEmptyVariablesGate } from '@/state/panes';
import { Button, Dialog } from '@/ui';

/** Asks before a run sends variables empty; rendered once, whichever Run asked (see state/panes). */
export function EmptyVariablesDialog() {
  const question = useEmptyVariablesGate(selectEmptyVariablesQuestion);
  const names = question?.names ?? [];
  return (
    <Dialog
      open={question !== null}
      title="Some variables are empty"
      onClose={() => answerEmptyVariables(false)}
    >
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          {names.length === 1 ? 'This variable has' : 'These variables have'} no value and will be sent as
          empty text:
        </p>
        <ul className="flex flex-wrap gap-1.5">
          {names.map((name) => (
            <li key={name} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm text-slate-800">
              {name}
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap justify-end gap-2">
          <Button onClick={() => answerEmptyVariables(false)}>Cancel</Button>
          <Button variant="primary" onClick={() => answerEmptyVariables(true)}>
            Run anyway
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
