export type { DiffPart, WordDiff } from './wordDiff';
export { diffAnswers, toWordDiff } from './wordDiff';
