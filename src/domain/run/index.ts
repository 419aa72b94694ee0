export { bestFigures, bestOfRuns } from './bestFigures';
export {
  choiceImages,
  choiceReasoning,
  choiceText,
  choiceThinking,
  choiceToolCalls,
  toolCallComplete,
  toolCallsFinished,
} from './choice';
export type { FigureName, RunFigures } from './figures';
export { runFigures } from './figures';
export type { MetricRow } from './metricRows';
export { costText, NOT_REPORTED, runMetricRows } from './metricRows';
export type { NewRun, RunError, RunRecord, RunStatus, RunToolCall, ThinkState } from './record';
export {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  hasNoOutput,
  interruptedRun,
  isActive,
  MAX_CHOICE_IMAGES,
  queuedRun,
  retryingRun,
  startedRun,
} from './record';
export type { RetryPolicy } from './retry';
export { DEFAULT_RETRY_POLICY, isTransient, retryDelayMs, retryReason } from './retry';
