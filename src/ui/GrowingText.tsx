import { growingBlocks } from './growingBlocks';

/** A streamed text as blocks that stay put once full (see growingBlocks); the reader sees one text. */
export function GrowingText({ text }: { text: string }) {
  return (
    <>
      {growingBlocks(text).map((block, i) => (
        // Blocks never move: the index is the block's identity.
        <span key={i} className="block">
          {block}
        </span>
      ))}
    </>
  );
}
