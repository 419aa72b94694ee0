export { runPane, stopAllPanes, stopPane } from './runPane';
export { useRunQueue } from './runQueue';
