export { App } from './App';
export { loadGenerationScreen } from './chat';
export { loadCompareScreen } from './compare';
