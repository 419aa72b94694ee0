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
export type { OpenedComparison, WorkbenchState, WorkbenchView } from './workbenchStore';
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
