// A toy tokenizer shared by prompt and completion counting, so usage numbers agree with what is streamed.
// Leading spaces stay attached to the following word (as BPE tokenizers do) and newlines are their own
// tokens, so joining the tokens always reproduces the input exactly.
const TOKEN_RE = /[^\S\n]*(?:[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_])|\n+|[^\S\n]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

export function countTokens(text: string): number {
  return tokenize(text).length;
}

// Rough per-image cost, the same order of magnitude vision APIs charge for a low-detail image.
const IMAGE_TOKENS = 85;
// Chat formats wrap each message in role/separator tokens; a fixed overhead keeps counts plausible.
const PER_MESSAGE_OVERHEAD = 4;
const REPLY_PRIMER = 3;

export function countPromptTokens(messages: readonly unknown[]): number {
  let total = REPLY_PRIMER;
  for (const message of messages) {
    total += PER_MESSAGE_OVERHEAD;
    if (typeof message !== 'object' || message === null) continue;
    const { content, tool_calls } = message as { content?: unknown; tool_calls?: unknown };
    if (Array.isArray(tool_calls)) total += countTokens(JSON.stringify(tool_calls));
    if (typeof content === 'string') {
      total += countTokens(content);
    } else if (Array.isArray(content)) {
      for (const part of content) total += partTokens(part);
    }
  }
  return total;
}

function partTokens(part: unknown): number {
  if (typeof part !== 'object' || part === null) return 0;
  const p = part as { type?: unknown; text?: unknown };
  if (p.type === 'text' && typeof p.text === 'string') return countTokens(p.text);
  return IMAGE_TOKENS;
}

/** The text of the last user message, used to steer the demo reply's topic. */
export function lastUserText(messages: readonly unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i] as { role?: unknown; content?: unknown } | null;
    if (m?.role !== 'user') continue;
    if (typeof m.content === 'string') return m.content;
    if (Array.isArray(m.content)) {
      return m.content
        .map((p: { type?: unknown; text?: unknown } | null) =>
          p && p.type === 'text' && typeof p.text === 'string' ? p.text : '',
        )
        .join(' ');
    }
  }
  return '';
}
