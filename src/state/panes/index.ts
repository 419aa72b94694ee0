export type { EmptyVariablesQuestion } from './emptyVariablesGate';
export {
  answerEmptyVariables,
  confirmEmptyVariables,
  emptyVariablesOfPanes,
  selectEmptyVariablesQuestion,
  useEmptyVariablesGate,
} from './emptyVariablesGate';
export { followProviders, modelAfterSwitch, switchProvider } from './followProvider';
export { generatePane, generatePanes, isMediaPane, paneJobSpec } from './generatePane';
export { keepRunsWithPanes } from './keepRunsWithPanes';
export { paneProvider, usePaneProvider } from './paneProvider';
export type { PaneRunOptions } from './runPanes';
export { paneRunSpec, runPane, runPanes, stopAllPanes, stopPane } from './runPanes';
export { useShownRunError } from './shownRunError';
export { useFirstModelWhenUnset } from './useFirstModel';
export type { PaneRequest } from './usePaneRequest';
export { usePaneRequest } from './usePaneRequest';
export { usePanesSupport } from './usePanesSupport';
