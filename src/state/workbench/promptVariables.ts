// Which variables the prompt has: those of the conversation each pane sends (a pane's own system prompt in place
// of the shared one), so the Variables panel lists exactly what Run would fill.

import { paneConversation } from '@/domain/pane';
import { conversationVariables } from '@/domain/variables';
import type { WorkbenchState } from './workbenchStore';

/** The variables the given panes send, in order of first appearance (pane by pane), each once. */
export function panesVariables(s: WorkbenchState, paneIds: readonly string[]): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  // Panes with the same system prompt send the same conversation: read it once.
  const systems = new Set<string | null>();
  for (const pane of s.panes) {
    if (!paneIds.includes(pane.id) || systems.has(pane.systemOverride)) continue;
    systems.add(pane.systemOverride);
    for (const name of conversationVariables(paneConversation(s.conversation, pane.systemOverride))) {
      if (!seen.has(name)) names.push(name);
      seen.add(name);
    }
  }
  return names;
}

/** The variables of the panes on screen: the first pane in the chat view, every pane in Compare. A new array on
 * each call: select it with useShallow. */
export function selectPromptVariables(s: WorkbenchState): string[] {
  const shown = s.view === 'compare' ? s.panes : s.panes.slice(0, 1);
  return panesVariables(
    s,
    shown.map((p) => p.id),
  );
}
