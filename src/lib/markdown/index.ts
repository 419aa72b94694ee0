export type { MarkdownRenderer } from './renderMarkdown';
export { loadMarkdownRenderer, markdownRenderer } from './renderMarkdown';
export { splitBlocks } from './splitBlocks';
