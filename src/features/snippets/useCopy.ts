import { useState } from 'react';

/** `code` is the text the status is about: once the snippet changes, an old "Copied" would mislead. */
type CopyState = { kind: 'copied'; code: string } | { kind: 'failed'; code: string; message: string } | null;

export interface CopyStatus {
  kind: 'copied' | 'failed';
  message: string;
}

/** Copies `code` (always the whole snippet, never what is shown of it) and reports how that went. */
export function useCopy(code: string): { copy: () => Promise<void>; status: CopyStatus | null } {
  const [state, setState] = useState<CopyState>(null);
  const current = state?.code === code ? state : null;

  async function copy() {
    try {
      if (!navigator.clipboard)
        throw new Error('the clipboard is not available here (it needs HTTPS or localhost)');
      await navigator.clipboard.writeText(code);
      setState({ kind: 'copied', code });
    } catch (error) {
      const reason =
        error instanceof Error && error.message ? error.message.replace(/\.$/, '') : 'permission was refused';
      setState({
        kind: 'failed',
        code,
        message: `Could not copy: ${reason}. Select the code and copy it by hand.`,
      });
    }
  }

  const status =
    current === null
      ? null
      : { kind: current.kind, message: current.kind === 'copied' ? 'Copied' : current.message };
  return { copy, status };
}
