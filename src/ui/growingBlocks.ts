/**
 * Cuts a text that only grows (streamed reasoning, tool-call arguments) into blocks of about `size` characters.
 * Each cut depends only on the text before it, so once a block is full it never changes as more text arrives:
 * rendered as separate block elements, only the last one is laid out again per frame, instead of the whole
 * text (a single growing text node is re-laid out in full on every change — O(n) per frame, O(n²) per stream).
 * A cut falls after the last space, comma or newline in the window's second half, so words stay whole.
 */
export function growingBlocks(text: string, size = 1024): string[] {
  const blocks: string[] = [];
  let start = 0;
  while (text.length - start > size) {
    const window = text.slice(start, start + size);
    const cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf(','), window.lastIndexOf('\n'));
    const end = cut >= size / 2 ? start + cut + 1 : start + size;
    blocks.push(text.slice(start, end));
    start = end;
  }
  blocks.push(text.slice(start));
  return blocks;
}
