export { PaneResult } from './PaneResult';
export { PaneRunButtons } from './PaneRunButtons';
export { RunControls } from './RunControls';
export { StreamSwitch } from './StreamSwitch';
export { useRunShortcut } from './useRunShortcut';
