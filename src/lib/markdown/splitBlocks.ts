// Streaming answers grow at the end only. Splitting markdown into top-level blocks lets finished blocks keep
// their rendered HTML while only the last, growing block is re-rendered — rendering the whole answer on every
// token is what freezes a page with several long streams.

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Splits at blank lines outside fenced code. Joining the blocks with "\n\n" gives back equivalent markdown. */
export function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
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
      current = [];
    } else if (!(fence === null && line.trim() === '' && current.length === 0)) {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return mergeListContinuations(blocks);
}

const LIST_ITEM = /^ {0,3}([-*+]|\d{1,9}[.)])\s/;

function mergeListContinuations(blocks: string[]): string[] {
  const merged: string[] = [];
  for (const block of blocks) {
    const previous = merged.at(-1);
    const continuesList =
      previous !== undefined &&
      LIST_ITEM.test(previous.split('\n')[0] ?? '') &&
      (/^\s{2,}\S/.test(block) || LIST_ITEM.test(block));
    if (continuesList) merged[merged.length - 1] = `${previous}\n\n${block}`;
    else merged.push(block);
  }
  return merged;
}
