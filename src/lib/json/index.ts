export { isRecord } from './isRecord';
export { jsonEqual } from './jsonEqual';
