import { growingBlocks } from './growingBlocks';

// A full block never changes again: the browser may skip its layout and paint while it is scrolled out of view
// (see Markdown's finished blocks); `auto` keeps its last measured height.
const FULL = 'block [content-visibility:auto] [contain-intrinsic-size:auto_6rem]';

/** A streamed text as blocks that stay put once full (see growingBlocks); the reader sees one text. */
export function GrowingText({ text }: { text: string }) {
  const blocks = growingBlocks(text);
  return (
    <>
      {blocks.map((block, i) => (
        // Blocks never move: the index is the block's identity.
        <span key={i} className={i < blocks.length - 1 ? FULL : 'block'}>
          {block}
        </span>
      ))}
    </>
  );
}
