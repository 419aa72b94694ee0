// A small IndexedDB wrapper over `idb`: open with the stores a caller declares (created on upgrade), and a
// handful of operations, each in one transaction. Whatever goes wrong — a full quota, private mode, an upgrade
// blocked by another tab — comes out as one typed StorageError, so callers say one sentence and carry on in
// memory. What is read back is `unknown`: stored data is untrusted (another version, another tab, a hand edit),
// and the caller checks it.

import type { IDBPDatabase } from 'idb';

export type StorageErrorKind = 'quota' | 'unavailable' | 'blocked' | 'other';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** The kind of a failure as browsers report it: Chrome and Firefox name a full quota differently, and private
 * modes refuse IndexedDB with InvalidStateError or SecurityError (or have no indexedDB at all). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return new StorageError('quota', message, { cause: error });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'ReferenceError')
    return new StorageError('unavailable', message, { cause: error });
  return new StorageError('other', message || 'IndexedDB failed.', { cause: error });
}

export interface IndexSpec {
  name: string;
  keyPath: string | string[];
}

export interface StoreSpec {
  name: string;
  keyPath: string | string[];
  indexes?: readonly IndexSpec[];
}

/** One write of a batch: values put into a store, or keys (or key ranges) deleted from it. */
export type WriteOp =
  | { store: string; put: readonly unknown[] }
  | { store: string; delete: ReadonlyArray<IDBValidKey | IDBKeyRange> };

export interface Database {
  get(store: string, key: IDBValidKey): Promise<unknown>;
  getAll(store: string): Promise<unknown[]>;
  getAllFromIndex(store: string, index: string, key: IDBValidKey | IDBKeyRange): Promise<unknown[]>;
  /** Puts and deletes across stores in ONE transaction: all of them land, or none. */
  write(ops: readonly WriteOp[]): Promise<void>;
  put(store: string, values: readonly unknown[]): Promise<void>;
  delete(store: string, keys: ReadonlyArray<IDBValidKey | IDBKeyRange>): Promise<void>;
  close(): void;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}

function wrap(db: IDBPDatabase): Database {
  const write = (ops: readonly WriteOp[]) =>
    guarded(async () => {
      if (ops.length === 0) return;
      const names = [...new Set(ops.map((op) => op.store))];
      const tx = db.transaction(names, 'readwrite');
      // Requests are queued synchronously; their own promises are not awaited one by one (tx.done says it all),
      // but each gets a catch so a failed request does not surface as an unhandled rejection.
      try {
        for (const op of ops) {
          const store = tx.objectStore(op.store);
          if ('put' in op) for (const value of op.put) store.put(value).catch(() => {});
          else for (const key of op.delete) store.delete(key).catch(() => {});
        }
      } catch (error) {
        // A value refused on the spot (no key, not cloneable): the batch goes as a whole, nothing of it lands.
        tx.done.catch(() => {});
        tx.abort();
        throw error;
      }
      await tx.done;
    });
  return {
    get: (store, key) => guarded(() => db.get(store, key)),
    getAll: (store) => guarded(() => db.getAll(store)),
    getAllFromIndex: (store, index, key) => guarded(() => db.getAllFromIndex(store, index, key)),
    write,
    put: (store, values) => write([{ store, put: values }]),
    delete: (store, keys) => write([{ store, delete: keys }]),
    close: () => db.close(),
  };
}

/**
 * Opens (creating or upgrading) a database with the stores named. An upgrade creates the stores and indexes that
 * are missing. If another tab holds an older version open and does not let go, the open fails as 'blocked'
 * instead of waiting forever; a connection that another tab's upgrade needs is closed at once.
 */
export function openDatabase(name: string, version: number, stores: readonly StoreSpec[]): Promise<Database> {
  return guarded(
    () =>
      new Promise<Database>((resolve, reject) => {
        if (typeof indexedDB === 'undefined') {
          reject(new StorageError('unavailable', 'This browser offers no IndexedDB here.'));
          return;
        }
        let blocked = false;
        let db: IDBPDatabase | undefined;
        // Loaded on first open: lib/storage's localStorage half is in the first load, this half is not needed there.
        import('idb')
          .then(({ openDB }) =>
            openDB(name, version, {
              upgrade(db, _old, _new, tx) {
                for (const spec of stores) {
                  const store = db.objectStoreNames.contains(spec.name)
                    ? tx.objectStore(spec.name)
                    : db.createObjectStore(spec.name, { keyPath: spec.keyPath });
                  for (const index of spec.indexes ?? [])
                    if (!store.indexNames.contains(index.name)) store.createIndex(index.name, index.keyPath);
                }
              },
              blocked() {
                blocked = true;
                reject(
                  new StorageError('blocked', 'Another tab keeps an older version of the storage open.'),
                );
              },
              blocking() {
                db?.close();
              },
            }),
          )
          .then((opened) => {
            db = opened;
            // Opened after all, once the other tab let go: too late for this caller, which already went on.
            if (blocked) opened.close();
            else resolve(wrap(opened));
          }, reject);
      }),
  );
}

/** The range of every key of an array key path that starts with `prefix` (cells [runId, key] of one run). */
export function prefixRange(prefix: IDBValidKey): IDBKeyRange {
  // Arrays sort after every string, number and date: [prefix, []] is above each [prefix, anything else].
  return IDBKeyRange.bound([prefix], [prefix, []]);
}
