export type { Pane, PaneRequestInput } from './pane';
export {
  MAX_PANES,
  makePane,
  newPaneId,
  paneConversation,
  paneIdOfTarget,
  paneRequest,
  paneTarget,
  paramsOf,
} from './pane';
