export { EmptyVariablesDialog } from './EmptyVariablesDialog';
export { VARIABLES_HINT, VariablesPanel } from './VariablesPanel';
