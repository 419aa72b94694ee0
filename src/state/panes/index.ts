export { keepRunsWithPanes } from './keepRunsWithPanes';
export { paneProvider, usePaneProvider } from './paneProvider';
export { paneRunSpec, runPane, runPanes, stopAllPanes, stopPane } from './runPanes';
export { useFirstModelWhenUnset } from './useFirstModel';
export type { PaneRequest } from './usePaneRequest';
export { usePaneRequest } from './usePaneRequest';
