import type { Conversation } from '@/domain/conversation';
import { useWorkbenchStore } from '@/state/workbench';

/** Applies a pure edit to the shared conversation (tools and response format are part of it). */
export function updateConversation(edit: (conversation: Conversation) => Conversation): void {
  const { conversation, setConversation } = useWorkbenchStore.getState();
  const next = edit(conversation);
  if (next !== conversation) setConversation(next);
}
