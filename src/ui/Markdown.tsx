import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { fetchImage } from '@/lib/api';
import {
  loadMarkdownRenderer,
  type MarkdownRenderer,
  markdownRenderer,
  type RenderedMarkdown,
  type SplitText,
  splitGrowing,
} from '@/lib/markdown';
import { hostOf } from '@/lib/url';
import { Button } from './Button';

const Block = memo(function Block({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by DOMPurify (allow-list) in renderMarkdown
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
});

function useRenderer(): MarkdownRenderer | null {
  const [render, setRender] = useState<MarkdownRenderer | null>(markdownRenderer);
  useEffect(() => {
    if (!render) void loadMarkdownRenderer().then((r) => setRender(() => r));
  }, [render]);
  return render;
}

const NO_IMAGES: ReadonlyMap<string, string> = new Map();

/** Loads the remote images the user asked for, as blob: URLs (freed when the answer goes). */
function useLoadedImages() {
  const [images, setImages] = useState<ReadonlyMap<string, string>>(NO_IMAGES);
  const [failures, setFailures] = useState<ReadonlyMap<string, string>>(new Map());
  const [busy, setBusy] = useState<string | null>(null);
  const made = useRef<string[]>([]);
  useEffect(
    () => () => {
      for (const url of made.current) URL.revokeObjectURL(url);
    },
    [],
  );
  const load = async (host: string, urls: readonly string[]) => {
    setBusy(host);
    const next = new Map(images);
    let failure: string | null = null;
    for (const url of urls) {
      try {
        const local = URL.createObjectURL(await fetchImage(url));
        made.current.push(local);
        next.set(url, local);
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
    }
    setImages(next);
    setFailures((prev) => new Map(prev).set(host, failure ?? ''));
    setBusy(null);
  };
  return { images, failures, busy, load };
}

/** An answer as sanitised markdown. It is split into blocks so that, while it streams, finished blocks keep their
 * HTML and only the growing last block is rendered again. Remote images are placeholders until the user loads
 * them, host by host. */
export function Markdown({ text }: { text: string }) {
  const render = useRenderer();
  const { images, failures, busy, load } = useLoadedImages();
  // The previous split: a streamed answer only grows, so only its tail is split again (splitGrowing).
  const split = useRef<SplitText | null>(null);
  const blocks = useMemo(() => {
    split.current = splitGrowing(split.current, text);
    return split.current.blocks;
  }, [text]);
  // The last result per block position: a finished block is not rendered again on the next frame.
  const cache = useRef<
    Array<{ text: string; images: ReadonlyMap<string, string>; result: RenderedMarkdown }>
  >([]);
  const rendered = useMemo(() => {
    if (!render) return null;
    return blocks.map((block, i) => {
      const hit = cache.current[i];
      if (hit && hit.text === block && hit.images === images) return hit.result;
      const result = render(block, images);
      cache.current[i] = { text: block, images, result };
      return result;
    });
  }, [blocks, render, images]);

  const blocked = new Map<string, string[]>();
  for (const result of rendered ?? []) {
    for (const url of result.blockedImages) {
      const host = hostOf(url);
      blocked.set(host, [...new Set([...(blocked.get(host) ?? []), url])]);
    }
  }

  return (
    // Contained: whatever an answer holds stays inside its box (no overflow over the page's controls).
    <div className="prose prose-sm prose-slate relative isolate max-w-none overflow-x-auto [contain:content]">
      {rendered
        ? rendered.map((result, index) => <Block key={index} html={result.html} />)
        : // Until the renderer has loaded, the text shows as it is: nothing waits on the markdown chunk.
          blocks.map((block, index) => (
            <p key={index} className="whitespace-pre-wrap">
              {block}
            </p>
          ))}
      {[...blocked].map(([host, urls]) => (
        <p key={host} className="not-prose flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <Button size="sm" disabled={busy === host} onClick={() => void load(host, urls)}>
            Load images from {host}
          </Button>
          <span>
            {urls.length} image{urls.length === 1 ? '' : 's'} not loaded: loading sends a request to {host}.
          </span>
          {failures.get(host) && <span className="text-rose-700">{failures.get(host)}</span>}
        </p>
      ))}
    </div>
  );
}
