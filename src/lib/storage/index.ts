export type { SafeStorage, StorageLike } from './safeStorage';
export { browserStorage, createSafeStorage } from './safeStorage';
