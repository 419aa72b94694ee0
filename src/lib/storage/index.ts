export type { Database, IndexSpec, StorageErrorKind, StoreSpec, WriteOp } from './indexedDb';
export { openDatabase, prefixRange, StorageError, toStorageError } from './indexedDb';
export type { SafeStorage, StorageLike } from './safeStorage';
export { browserStorage, createSafeStorage } from './safeStorage';
