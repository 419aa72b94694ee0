// marked + DOMPurify are loaded on first use: the first screen does not need them, and the initial bundle stays
// small. Model output is untrusted, so every rendered block goes through DOMPurify before it reaches the DOM.

export type MarkdownRenderer = (markdown: string) => string;

let loading: Promise<MarkdownRenderer> | null = null;
let ready: MarkdownRenderer | null = null;

export function markdownRenderer(): MarkdownRenderer | null {
  return ready;
}

export function loadMarkdownRenderer(): Promise<MarkdownRenderer> {
  loading ??= Promise.all([import('marked'), import('dompurify')]).then(
    ([{ Marked }, { default: DOMPurify }]) => {
      const marked = new Marked({ gfm: true, breaks: false, async: false });
      // A private instance, so this hook and config apply to answers only. The config is set once: passed to
      // every sanitize() call, DOMPurify re-parsed it for every block of every frame of a stream.
      const purify = DOMPurify(window);
      purify.setConfig({ USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form'] });
      purify.addHook('afterSanitizeAttributes', (node) => {
        // Links in an answer open elsewhere and give the target no handle back to the workbench.
        if (node.tagName === 'A') {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer nofollow');
        }
      });
      ready = (markdown) => purify.sanitize(marked.parse(markdown) as string);
      return ready;
    },
  );
  return loading;
}
