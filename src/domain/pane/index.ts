export type { Pane, PaneRequestInput } from './pane';
export { MAX_PANES, makePane, newPaneId, paneIdOfTarget, paneRequest, paneTarget, paramsOf } from './pane';
