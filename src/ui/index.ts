export { Button } from './Button';
export { Dialog } from './Dialog';
export { Markdown } from './Markdown';
export { Notice } from './Notice';
export { Tabs } from './Tabs';
