export { isRecord } from './isRecord';
export { jsonEqual } from './jsonEqual';
export { ownValue, setOwn } from './own';
