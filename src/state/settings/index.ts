export { clampEvalConcurrency, MAX_EVAL_CONCURRENCY, MIN_EVAL_CONCURRENCY } from './evalConcurrency';
export { currentProvider, useResolvedProvider } from './provider';
export {
  selectEvalConcurrency,
  selectProvider,
  selectSaveProvider,
  setEvalConcurrency,
  useSettingsStore,
} from './settingsStore';
