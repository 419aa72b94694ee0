export type { SseEvent } from './decodeSse';
export { decodeSse } from './decodeSse';
