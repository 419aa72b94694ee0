export type { MarkdownRenderer, RenderedMarkdown } from './renderMarkdown';
export { ALLOWED_ATTR, ALLOWED_TAGS, loadMarkdownRenderer, markdownRenderer } from './renderMarkdown';
export { type SplitText, splitBlocks, splitGrowing } from './splitBlocks';
