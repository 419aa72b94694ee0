import { useCallback, useEffect, useState } from 'react';
import { keyFor } from '@/domain/provider';
import { hostOf } from '@/lib/url';
import { useSettingsStore } from '@/state/settings';
import { searchWithModel } from '@/state/url';
import { currentWorkSummary, openReplacingWork } from '@/state/workbench';
import { Button, Dialog, Notice } from '@/ui';
import { baseUrlToConfirm, panesFromShared } from './comparisonState';
import { ReplacedWorkNotice } from './ReplacedWorkNotice';
import { decodeComparison, encodedFromHash, type SharedComparison } from './shareLink';

function clearHash(firstModel: string | null): void {
  // The link has done its job (or was declined): a reload must not apply it again over later edits. ?model
  // follows the new first pane, as the chat view expects.
  const search =
    firstModel === null ? window.location.search : searchWithModel(window.location.search, firstModel);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}

function apply(shared: SharedComparison, acceptedBaseUrl: boolean): void {
  const panes = panesFromShared(shared, acceptedBaseUrl);
  // The replaced work is kept for "Restore my previous work"; the panes it replaces take their runs with them.
  openReplacingWork({
    conversation: shared.conversation,
    stream: shared.stream,
    panes,
    variables: shared.variables ?? {},
  });
  clearHash(panes[0]?.modelId ?? '');
}

interface Pending {
  shared: SharedComparison;
  /** The OpenAI-compatible base URL the link wants, when it differs from the user's own. */
  url: string | null;
  /** What the link would replace ("3 messages, 1 answer"), when there is work to lose. */
  replaces: string | null;
}

/** What goes to the link's server if the user says yes: the key saved for exactly that base URL, or none. */
function keySentTo(url: string): string {
  const saved = keyFor(useSettingsStore.getState().provider.keys, 'openai', url).trim();
  return saved
    ? `The API key you saved for ${hostOf(url)} will be sent with those panes' requests.`
    : `No API key will be sent there: you have not saved one for ${hostOf(url)}.`;
}

/** Applies a #compare=… link on arrival (or when one is pasted into this tab). It asks first when the link
 * would point panes at another OpenAI-compatible server (nothing is sent there before the answer) or replace
 * work in progress (which is then kept, to be restored). */
export function ShareLinkArrival() {
  const saveProvider = useSettingsStore((s) => s.saveProvider);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const read = useCallback(() => {
    const encoded = encodedFromHash(window.location.hash);
    if (encoded === null) return;
    const decoded = decodeComparison(encoded);
    if (!decoded.ok) {
      setError(decoded.error);
      clearHash(null);
      return;
    }
    setError(null);
    const url = baseUrlToConfirm(decoded.value, useSettingsStore.getState().provider.baseUrl);
    const replaces = currentWorkSummary();
    if (url || replaces) setPending({ shared: decoded.value, url, replaces });
    else apply(decoded.value, true);
  }, []);

  useEffect(() => {
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [read]);

  const open = (useUrl: boolean) => {
    if (!pending) return;
    if (useUrl && pending.url)
      saveProvider({ ...useSettingsStore.getState().provider, baseUrl: pending.url });
    apply(pending.shared, useUrl);
    setPending(null);
  };
  const keepWork = () => {
    clearHash(null);
    setPending(null);
  };

  return (
    <>
      {error && (
        <div className="px-4 pt-2">
          <Notice tone="error" title="Share link not applied">
            {error}{' '}
            <Button size="sm" variant="ghost" onClick={() => setError(null)}>
              Dismiss
            </Button>
          </Notice>
        </div>
      )}
      <ReplacedWorkNotice />
      <Dialog open={pending !== null} title="Open a shared comparison" onClose={keepWork}>
        {pending?.url && (
          <>
            <p className="text-sm">This link points panes at {pending.url}. Use it?</p>
            <p className="mt-2 text-xs text-slate-600">
              Nothing is sent to {hostOf(pending.url)} unless you say so. Using it sets the OpenAI-compatible
              base URL in Settings for those panes. {keySentTo(pending.url)} If you decline, the comparison
              opens with those panes on your global provider.
            </p>
          </>
        )}
        {pending?.replaces && (
          <p className={`text-sm ${pending.url ? 'mt-3' : ''}`}>
            Opening it replaces your current work ({pending.replaces}). Your work is kept, and you can restore
            it afterwards.
          </p>
        )}
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          {pending?.replaces && <Button onClick={keepWork}>Keep my work</Button>}
          {pending?.url ? (
            <>
              <Button onClick={() => open(false)}>Don't use it</Button>
              <Button variant="primary" onClick={() => open(true)}>
                Use it
              </Button>
            </>
          ) : (
            <Button variant="primary" onClick={() => open(true)}>
              Open it
            </Button>
          )}
        </div>
      </Dialog>
    </>
  );
}
