export type { RunSpec } from './activeRun';
export { isPersistedTarget, restoreRuns } from './persistRuns';
export {
  adoptRuns,
  clearRuns,
  HISTORY_LIMIT,
  historyNeighbour,
  removeRun,
  selectHistoryPlace,
  selectLatestRun,
  selectRunning,
  selectShownRun,
  showRun,
  useRunStore,
} from './runStore';
export type { RunsState } from './runsState';
export { EMPTY_RUNS } from './runsState';
export {
  DEFAULT_EVAL_CONCURRENCY,
  DEFAULT_LANE_LIMIT,
  forgetTargets,
  laneOfEvaluation,
  setLaneLimit,
  startRun,
  startRuns,
  stopAllRuns,
  stopRun,
  stopRuns,
  stopTarget,
} from './scheduler';
