export { CompareScreen, loadCompareScreen } from './lazyCompareScreen';
