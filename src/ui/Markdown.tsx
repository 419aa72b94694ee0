import { memo, useEffect, useMemo, useState } from 'react';
import { loadMarkdownRenderer, type MarkdownRenderer, markdownRenderer, splitBlocks } from '@/lib/markdown';

const Block = memo(function Block({ text, render }: { text: string; render: MarkdownRenderer | null }) {
  const html = useMemo(() => (render ? render(text) : null), [text, render]);
  // Until the renderer has loaded, the text shows as it is: nothing waits on the markdown chunk.
  if (html === null) return <p className="whitespace-pre-wrap">{text}</p>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify in renderMarkdown
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
});

export function Markdown({ text }: { text: string }) {
  const [render, setRender] = useState<MarkdownRenderer | null>(markdownRenderer);
  useEffect(() => {
    if (!render) void loadMarkdownRenderer().then((r) => setRender(() => r));
  }, [render]);
  const blocks = useMemo(() => splitBlocks(text), [text]);
  return (
    <div className="prose prose-sm prose-slate max-w-none">
      {blocks.map((block, index) => (
        // Blocks only ever grow at the end, so the index is a stable identity.
        <Block key={index} text={block} render={render} />
      ))}
    </div>
  );
}
