export { loadParamsForm, ParamsPanel } from './ParamsPanel';
