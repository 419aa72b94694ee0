// A leading `<think>…</think>` block (local reasoning models: DeepSeek-R1 distills, Qwen3, QwQ on llama.cpp or
// Ollama) moved out of a choice's text into its reasoning while the text streams. A tag can be split across
// chunks anywhere ("<th" + "ink>"), so a few characters that may be part of a tag are held back until the next
// chunk settles them: no partial tag is ever shown as answer text. Each step looks only at the held-back
// characters and the new piece, so a long stream costs O(piece) per chunk.
//
// Decisions: whitespace before `<think>` and right after `</think>` is dropped (models put "\n\n" there); text
// that does not start with `<think>` (after whitespace) is left exactly as it came; a block never closed by the
// end of the stream is all reasoning, and the run says so in a note.

const OPEN = '<think>';
const CLOSE = '</think>';
/** Leading whitespace held back before deciding: past this the text is taken as plain. */
const MAX_LEAD = 256;

/** Where a choice stands with a leading think block. No state (null) with no text yet: at the very start; no
 * state with text: plain text from here on. */
export interface ThinkState {
  /** lead: only whitespace or the start of "<think>" so far; inside: within the block; after: the block has
   * closed and the whitespace after it is being skipped. */
  phase: 'lead' | 'inside' | 'after';
  /** Characters held back because they may be part of a tag. */
  pending: string;
}

export interface ThinkStep {
  /** null: plain text from here on (the entry is cleared). */
  state: ThinkState | null;
  /** Text for the answer. */
  content: string;
  /** Text for the reasoning. */
  reasoning: string;
}

/** The length of the longest end of `text` that is the start of `tag` (but not all of it). */
function partialTagAt(text: string, tag: string): number {
  for (let k = Math.min(tag.length - 1, text.length); k > 0; k--) {
    if (tag.startsWith(text.slice(text.length - k))) return k;
  }
  return 0;
}

/**
 * One piece of a choice's streamed content through the think splitter. `state` is the choice's state before
 * (null/undefined: none), `started` whether the choice already has answer text (then there is nothing to split).
 */
export function thinkStep(state: ThinkState | null | undefined, started: boolean, piece: string): ThinkStep {
  if (!state && started) return { state: null, content: piece, reasoning: '' };
  let phase = state?.phase ?? 'lead';
  let text = (state?.pending ?? '') + piece;
  let reasoning = '';
  for (;;) {
    if (phase === 'lead') {
      const rest = text.trimStart();
      if (rest.startsWith(OPEN)) {
        phase = 'inside';
        text = rest.slice(OPEN.length);
        continue;
      }
      const undecided = text.length < MAX_LEAD + OPEN.length && (rest === '' || OPEN.startsWith(rest));
      if (undecided) return { state: { phase, pending: text }, content: '', reasoning };
      return { state: null, content: text, reasoning };
    }
    if (phase === 'inside') {
      const at = text.indexOf(CLOSE);
      if (at >= 0) {
        reasoning += text.slice(0, at);
        phase = 'after';
        text = text.slice(at + CLOSE.length);
        continue;
      }
      const keep = partialTagAt(text, CLOSE);
      reasoning += text.slice(0, text.length - keep);
      return { state: { phase, pending: text.slice(text.length - keep) }, content: '', reasoning };
    }
    const rest = text.trimStart();
    if (rest === '') return { state: { phase, pending: '' }, content: '', reasoning };
    return { state: null, content: rest, reasoning };
  }
}

/** The end of the stream: what was held back goes where it belongs. `unclosed` when a block never closed. */
export function thinkEnd(state: ThinkState | null | undefined): {
  content: string;
  reasoning: string;
  unclosed: boolean;
} {
  if (!state) return { content: '', reasoning: '', unclosed: false };
  if (state.phase === 'inside') return { content: '', reasoning: state.pending, unclosed: true };
  if (state.phase === 'lead') return { content: state.pending, reasoning: '', unclosed: false };
  return { content: '', reasoning: '', unclosed: false };
}

export const UNCLOSED_THINK_NOTE =
  'The answer began with <think> but never closed it: all of its text is shown as reasoning.';
