export { App } from './App';
export { loadCompareScreen } from './compare';
