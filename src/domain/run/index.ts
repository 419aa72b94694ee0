export { bestFigures, bestOfRuns } from './bestFigures';
export type { FigureName, RunFigures } from './figures';
export { runFigures } from './figures';
export type { NewRun, RunError, RunRecord, RunStatus, RunToolCall } from './record';
export {
  answeredRun,
  applyChunk,
  applyCompletion,
  failedRun,
  finishedRun,
  interruptedRun,
  isActive,
  queuedRun,
  startedRun,
} from './record';
