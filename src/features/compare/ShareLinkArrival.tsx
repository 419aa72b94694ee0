import { useCallback, useEffect, useState } from 'react';
import { selectProvider, useSettingsStore } from '@/state/settings';
import { searchWithModel } from '@/state/url';
import { useWorkbenchStore } from '@/state/workbench';
import { Button, Dialog, Notice } from '@/ui';
import { baseUrlToConfirm, panesFromShared } from './comparisonState';
import { decodeComparison, encodedFromHash, type SharedComparison } from './shareLink';

function clearHash(firstModel: string): void {
  // The link has done its job: a reload must not apply it again over later edits. ?model follows the new first
  // pane, as the chat view expects.
  const search = searchWithModel(window.location.search, firstModel);
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
}

function apply(shared: SharedComparison, acceptedBaseUrl: boolean): void {
  const panes = panesFromShared(shared, acceptedBaseUrl);
  // The panes it replaces take their runs with them (a stream still going is stopped).
  useWorkbenchStore
    .getState()
    .openComparison({ conversation: shared.conversation, stream: shared.stream, panes });
  clearHash(panes[0]?.modelId ?? '');
}

/** Applies a #compare=… link on arrival (or when one is pasted into this tab), asking first when it would point
 * panes at an OpenAI-compatible base URL other than the user's own. */
export function ShareLinkArrival() {
  const provider = useSettingsStore(selectProvider);
  const saveProvider = useSettingsStore((s) => s.saveProvider);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ shared: SharedComparison; url: string } | null>(null);

  const read = useCallback(() => {
    const encoded = encodedFromHash(window.location.hash);
    if (encoded === null) return;
    const decoded = decodeComparison(encoded);
    if (!decoded.ok) {
      setError(decoded.error);
      return;
    }
    setError(null);
    const url = baseUrlToConfirm(decoded.value, useSettingsStore.getState().provider.baseUrl);
    if (url) setPending({ shared: decoded.value, url });
    else apply(decoded.value, true);
  }, []);

  useEffect(() => {
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [read]);

  const answer = (use: boolean) => {
    if (!pending) return;
    if (use) saveProvider({ ...provider, baseUrl: pending.url });
    apply(pending.shared, use);
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
      <Dialog open={pending !== null} title="Open a shared comparison" onClose={() => answer(false)}>
        <p className="text-sm">This link points panes at {pending?.url}. Use it?</p>
        <p className="mt-2 text-xs text-slate-600">
          Using it sets the OpenAI-compatible base URL in Settings, so those panes send your API key there. If
          you decline, the comparison opens with those panes on your global provider.
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <Button onClick={() => answer(false)}>Don't use it</Button>
          <Button variant="primary" onClick={() => answer(true)}>
            Use it
          </Button>
        </div>
      </Dialog>
    </>
  );
}
