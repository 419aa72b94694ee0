// The line a collapsed shared composer shows: how many messages, and the last thing the user asked. Pure.

import type { Conversation } from '@/domain/conversation';

const MAX_CHARS = 160;

export function conversationSummary(conversation: Conversation): string {
  const turns = conversation.turns.filter((t) => t.text.trim() !== '' || t.images.length > 0);
  if (turns.length === 0) return 'No message yet';
  const lastUser = [...turns].reverse().find((t) => t.role === 'user');
  const count = `${turns.length} message${turns.length === 1 ? '' : 's'}`;
  if (!lastUser) return count;
  const text = lastUser.text.replace(/\s+/g, ' ').trim();
  const images = lastUser.images.length;
  const said = text === '' ? `${images} image${images === 1 ? '' : 's'}` : text;
  const clipped = said.length > MAX_CHARS ? `${said.slice(0, MAX_CHARS - 1)}…` : said;
  return `${count} · last: ${clipped}`;
}
