export { bestFigures, bestOfRuns } from './bestFigures';
export type { FigureName, RunFigures } from './figures';
export { runFigures } from './figures';
export type { NewRun, RunError, RunRecord, RunStatus } from './record';
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
