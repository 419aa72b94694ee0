export { EvaluateScreen, loadEvaluateScreen } from './lazyEvaluateScreen';
