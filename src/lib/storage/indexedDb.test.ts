import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, prefixRange, StorageError, toStorageError } from './indexedDb';

const STORES = [
  { name: 'things', keyPath: 'id', indexes: [{ name: 'group', keyPath: 'group' }] },
  { name: 'parts', keyPath: ['owner', 'key'] },
];

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openDatabase', () => {
  it('creates the stores and indexes, and puts, reads and deletes in transactions', async () => {
    const db = await openDatabase('test', 1, STORES);
    await db.put('things', [
      { id: 'a', group: 'g1' },
      { id: 'b', group: 'g2' },
      { id: 'c', group: 'g1' },
    ]);
    expect(await db.get('things', 'b')).toEqual({ id: 'b', group: 'g2' });
    expect(await db.getAll('things')).toHaveLength(3);
    expect(await db.getAllFromIndex('things', 'group', 'g1')).toEqual([
      { id: 'a', group: 'g1' },
      { id: 'c', group: 'g1' },
    ]);
    await db.delete('things', ['a']);
    expect(await db.get('things', 'a')).toBeUndefined();
    db.close();
    // Opened again (a reload): the data is there.
    const again = await openDatabase('test', 1, STORES);
    expect(await again.getAll('things')).toHaveLength(2);
    again.close();
  });

  it('deletes every key with a prefix through one range, and writes across stores all or nothing', async () => {
    const db = await openDatabase('test', 1, STORES);
    await db.put('parts', [
      { owner: 'r1', key: 'x' },
      { owner: 'r1', key: 'y' },
      { owner: 'r10', key: 'x' },
      { owner: 'r2', key: 'x' },
    ]);
    await db.write([
      { store: 'parts', delete: [prefixRange('r1')] },
      { store: 'things', put: [{ id: 'z', group: 'g' }] },
    ]);
    expect(await db.getAll('parts')).toEqual([
      { owner: 'r10', key: 'x' },
      { owner: 'r2', key: 'x' },
    ]);
    // A value the store cannot take (no key) fails the whole batch: the first put does not land either.
    await expect(
      db.write([{ store: 'things', put: [{ id: 'ok', group: 'g' }, { group: 'no id' }] }]),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await db.get('things', 'ok')).toBeUndefined();
    db.close();
  });

  it('says unavailable when the browser offers no IndexedDB (some private modes)', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(openDatabase('test', 1, STORES)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('fails as blocked instead of waiting while another connection holds an older version open', async () => {
    // A connection that does not close on a version change (a tab of some other code).
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('test', 1);
      request.onsuccess = () => resolve(request.result);
    });
    await expect(openDatabase('test', 2, STORES)).rejects.toMatchObject({ kind: 'blocked' });
    old.close();
  });

  it('closes its own connection when a newer version wants to open', async () => {
    const first = await openDatabase('test', 1, STORES);
    const second = await openDatabase('test', 2, STORES);
    await expect(first.getAll('things')).rejects.toBeInstanceOf(StorageError);
    expect(await second.getAll('things')).toEqual([]);
    second.close();
  });
});

describe('toStorageError', () => {
  it('names a full quota, a refused storage and anything else', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toStorageError(new DOMException('no', 'InvalidStateError')).kind).toBe('unavailable');
    expect(toStorageError(new DOMException('no', 'SecurityError')).kind).toBe('unavailable');
    expect(toStorageError(new Error('odd')).kind).toBe('other');
    expect(toStorageError('a string').message).toBe('a string');
  });
});
