export { legacyRun, migrateWorkbench } from './migrate';
export { panesVariables, selectPromptVariables } from './promptVariables';
export type { ReplacedWork } from './replacedWork';
export {
  currentWorkSummary,
  forgetReplacedWork,
  openReplacingWork,
  restoreReplacedWork,
  useReplacedWork,
} from './replacedWork';
export { resetPane, resetWorkbench } from './reset';
export { WORKBENCH_VIEWS, type WorkbenchView } from './view';
export type { OpenedComparison, WorkbenchState } from './workbenchStore';
export {
  selectConversation,
  selectFirstPaneId,
  selectPane,
  selectPaneCount,
  selectPaneExists,
  selectPaneIds,
  selectPaneModelId,
  selectPaneOverride,
  selectPaneParams,
  selectPaneProvider,
  selectPaneSystemOverride,
  selectPanes,
  selectParallelToolCalls,
  selectResponseFormat,
  selectStream,
  selectStreaming,
  selectToolChoice,
  selectTools,
  selectVariables,
  selectView,
  useWorkbenchStore,
} from './workbenchStore';
