export { ResponseView } from './ResponseView';
export { RunControls } from './RunControls';
export { RunMetrics } from './RunMetrics';
export { StreamSwitch } from './StreamSwitch';
export { useRunShortcut } from './useRunShortcut';
