export { bestFigures } from './bestFigures';
export type { FigureName, RunFigures } from './figures';
export { runFigures } from './figures';
export type { RunResult } from './runState';
export { applyChunk, applyCompletion, failResult, finishResult, IDLE_RESULT, startResult } from './runState';
