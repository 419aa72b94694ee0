import { Fragment, useEffect } from 'react';
import { Button, Dialog } from '@/ui';
import { isHelpKey, SHORTCUT_GROUPS, type Shortcut } from './shortcuts';

/** "?" anywhere outside a text field calls `open`. */
export function useHelpKey(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isHelpKey(event)) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}

function Keys({ keys }: Pick<Shortcut, 'keys'>) {
  return (
    <>
      {keys.map((combo, i) => (
        <Fragment key={combo.join('+')}>
          {i > 0 && <span className="text-slate-500"> or </span>}
          {combo.map((key, j) => (
            <Fragment key={key}>
              {j > 0 && <span className="px-0.5 text-slate-500">+</span>}
              <kbd className="rounded border border-slate-300 bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">
                {key}
              </kbd>
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}

/** The list of keyboard shortcuts, opened by the header's "Keyboard shortcuts" button or "?". */
export function KeyboardShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Keyboard shortcuts" onClose={onClose}>
      <div className="space-y-4">
        {SHORTCUT_GROUPS.map((group) => (
          <div key={group.title}>
            <h3 className="mb-1 text-sm font-semibold text-slate-700">{group.title}</h3>
            <dl className="divide-y divide-slate-200 text-sm">
              {group.shortcuts.map((shortcut) => (
                <div
                  key={shortcut.action}
                  className="grid grid-cols-1 gap-1 py-1.5 sm:grid-cols-[13rem_1fr] sm:items-center sm:gap-3"
                >
                  <dt className="whitespace-nowrap">
                    <Keys keys={shortcut.keys} />
                  </dt>
                  <dd className="text-slate-700">{shortcut.action}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        <div className="flex justify-end">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    </Dialog>
  );
}
