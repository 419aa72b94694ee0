export { isRecord, isStringList } from './isRecord';
export { jsonEqual } from './jsonEqual';
export { type JsonLimits, jsonExceeds } from './measure';
export { ownValue, setOwn } from './own';
