export type { PaneRequest } from './usePaneRequest';
export { usePaneRequest } from './usePaneRequest';
export { usePaneRun } from './usePaneRun';
