export type { Pane, WorkbenchState } from './workbenchStore';
export {
  EMPTY_PARAMS,
  MAX_PANES,
  makePane,
  newPaneId,
  selectConversation,
  selectFirstPaneId,
  selectPaneExists,
  selectPaneModelId,
  selectPaneParams,
  selectPaneProvider,
  selectPaneResult,
  selectPaneStatus,
  selectPaneSystemOverride,
  selectStream,
  selectView,
  useWorkbenchStore,
} from './workbenchStore';
