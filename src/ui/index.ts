export { Button } from './Button';
export { Dialog } from './Dialog';
export { ErrorBoundary } from './ErrorBoundary';
export { GrowingText } from './GrowingText';
export { type LazyChunk, lazyChunk } from './lazyChunk';
export { Markdown } from './Markdown';
export { Notice } from './Notice';
export { Tabs } from './Tabs';
export { ThemePicker } from './ThemePicker';
