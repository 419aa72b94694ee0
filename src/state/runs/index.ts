export type { RunSpec } from './activeRun';
export { restoreRuns } from './persistRuns';
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
  DEFAULT_LANE_LIMIT,
  forgetTargets,
  setLaneLimit,
  startRun,
  stopAllRuns,
  stopRun,
  stopTarget,
} from './scheduler';
