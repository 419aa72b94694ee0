export { searchWithModel } from './urlState';
export { useModelInUrl } from './useModelInUrl';
