// Streaming answers grow at the end only. Splitting markdown into top-level blocks lets finished blocks keep
// their rendered HTML while only the last, growing block is re-rendered — rendering the whole answer on every
// token is what freezes a page with several long streams. splitGrowing goes one step further: it re-splits only
// the tail that can still change, so the work per frame does not grow with the answer.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Blocks with the offset in the text where each one's first line starts. */
export interface SplitText {
  text: string;
  blocks: string[];
  starts: number[];
}

/** splitBlocks with start offsets; `base` is added to every offset (the text may be the tail of a longer one). */
function splitWithStarts(text: string, base = 0): SplitText {
  const blocks: string[] = [];
  const starts: number[] = [];
  let current: string[] = [];
  let currentStart = 0;
  let fence: string | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence === null && marker) fence = marker;
    else if (
      fence !== null &&
      marker &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      line.trim() === marker
    ) {
      fence = null;
    }
    if (fence === null && line.trim() === '' && current.length > 0) {
      // Keep list items and indented continuations with their list so numbering and nesting survive.
      blocks.push(current.join('\n'));
      starts.push(currentStart);
      current = [];
    } else if (!(fence === null && line.trim() === '' && current.length === 0)) {
      if (current.length === 0) currentStart = base + offset;
      current.push(line);
    }
    offset += line.length + 1;
  }
  if (current.length > 0) {
    blocks.push(current.join('\n'));
    starts.push(currentStart);
  }
  return mergeListContinuations({ text, blocks, starts });
}

/** Splits at blank lines outside fenced code. Joining the blocks with "\n\n" gives back equivalent markdown. */
export function splitBlocks(text: string): string[] {
  return splitWithStarts(text).blocks;
}

/**
 * The split of `text`, reusing `previous` (the split of an earlier, shorter version of it) when `text` only
 * grew: every block but the last two is final and kept as it was (the same strings, so a cache keyed on them
 * hits at once), and only the text from the second-to-last block's start is split again. Two, because the
 * last block may still be merged into the one before it (a list that a "2. …" line continues), and that one
 * cannot change otherwise: its own first line is complete, and a block starts outside any fence. Gives the
 * same blocks as splitBlocks(text), always; any other change (an edit, a new answer) splits from scratch.
 */
export function splitGrowing(previous: SplitText | null, text: string): SplitText {
  const keep = previous ? previous.blocks.length - 2 : 0;
  if (!previous || keep <= 0 || !text.startsWith(previous.text)) {
    const split = splitWithStarts(text);
    split.text = text;
    return split;
  }
  const from = previous.starts[keep] as number;
  const tail = splitWithStarts(text.slice(from), from);
  return {
    text,
    blocks: previous.blocks.slice(0, keep).concat(tail.blocks),
    starts: previous.starts.slice(0, keep).concat(tail.starts),
  };
}

const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])\s/;

function mergeListContinuations(split: SplitText): SplitText {
  const blocks: string[] = [];
  const starts: number[] = [];
  split.blocks.forEach((block, i) => {
    const previous = blocks.at(-1);
    const continuesList =
      previous !== undefined &&
      LIST_ITEM.test(previous.split('\n')[0] ?? '') &&
      (/^\s{2,}\S/.test(block) || LIST_ITEM.test(block));
    if (continuesList) blocks[blocks.length - 1] = `${previous}\n\n${block}`;
    else {
      blocks.push(block);
      starts.push(split.starts[i] as number);
    }
  });
  return { text: split.text, blocks, starts };
}
