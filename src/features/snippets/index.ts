export { loadApiTab, PaneApiTab } from './lazyPaneApiTab';
export { PaneCodeDialog } from './PaneCodeDialog';
