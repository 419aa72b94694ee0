export { ApiPanel } from './ApiPanel';
export { PaneCodeDialog } from './PaneCodeDialog';
