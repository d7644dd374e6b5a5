import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openedLevels, OpenedLevelsError, type OpenedLevel } from '../../../src/state/openedLevels';

const level = (id: string, openedAt: string, text = `{"id":"${id}"}`): OpenedLevel => ({ id, file: `${id}.json`, text, openedAt });

afterEach(() => vi.restoreAllMocks());

describe('levels opened from a file, kept on the device', () => {
  it('are listed after a reload (a new connection), oldest first, and a new version replaces the old', async () => {
    const factory = new IDBFactory();
    const first = openedLevels(factory);
    await first.save(level('b', '2026-01-02T00:00:00Z'));
    await first.save(level('a', '2026-01-01T00:00:00Z'));
    await first.save(level('b', '2026-01-03T00:00:00Z', '{"id":"b","v":2}'));
    const again = openedLevels(factory);
    const listed = await again.list();
    expect(listed.map((l) => l.id)).toEqual(['a', 'b']);
    expect(listed[1]?.text).toBe('{"id":"b","v":2}');
  });

  it('keeps big level files whole (megabytes, more than localStorage holds)', async () => {
    const store = openedLevels(new IDBFactory());
    const big = 'x'.repeat(6 * 1024 * 1024);
    await store.save(level('big', '2026-01-01T00:00:00Z', big));
    expect((await store.list())[0]?.text.length).toBe(big.length);
  });

  it('can be removed', async () => {
    const store = openedLevels(new IDBFactory());
    await store.save(level('a', '2026-01-01T00:00:00Z'));
    await store.save(level('b', '2026-01-02T00:00:00Z'));
    await store.remove('a');
    expect((await store.list()).map((l) => l.id)).toEqual(['b']);
  });

  it('says "unavailable" when the browser has no IndexedDB or blocks it', async () => {
    await expect(openedLevels(undefined).list()).rejects.toMatchObject({ kind: 'unavailable' });
    const blocked = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const err = await openedLevels(blocked)
      .save(level('a', 'x'))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenedLevelsError);
    expect(err).toMatchObject({ kind: 'unavailable' });
  });

  it('says "full" when the device has no room, and keeps what was there', async () => {
    const store = openedLevels(new IDBFactory());
    await store.save(level('a', '2026-01-01T00:00:00Z'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await expect(store.save(level('b', '2026-01-02T00:00:00Z'))).rejects.toMatchObject({ kind: 'full', message: expect.stringContaining('b.json') });
    vi.restoreAllMocks();
    expect((await store.list()).map((l) => l.id)).toEqual(['a']);
  });

  it('skips records that are not levels (written by something else) instead of failing the list', async () => {
    const factory = new IDBFactory();
    const store = openedLevels(factory);
    await store.save(level('a', '2026-01-01T00:00:00Z'));
    await new Promise<void>((resolve, reject) => {
      const req = factory.open('lateral', 1);
      req.onsuccess = () => {
        const tx = req.result.transaction('openedLevels', 'readwrite');
        tx.objectStore('openedLevels').put({ id: 'junk', text: 42 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      };
    });
    expect((await store.list()).map((l) => l.id)).toEqual(['a']);
  });
});
