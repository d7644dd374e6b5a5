import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyProgress, migrateProgress, progressSchema, PROGRESS_VERSION, type Progress } from './progress';

/**
 * What the player may be told about their progress:
 * - saved: what is on screen is stored on this device;
 * - unsaved: a write failed (storage full) or was held back to protect an unreadable save;
 *   progress is kept in memory and saving is tried again on the next change;
 * - unavailable: this browser gives the page no storage (blocked, private mode).
 */
export type SaveStatus = 'saved' | 'unsaved' | 'unavailable';

export interface StorageEvents {
  /** The saved value could not be read; it was copied to `backupKey` and left in place. */
  onCorrupt(backupKey: string): void;
  /** The saved value could not be read and no copy could be made: it was left in place, untouched. */
  onCorruptNoRoom(): void;
  /** Writing failed (quota, private mode). Play goes on; the message tells the player. */
  onWriteError(error: unknown): void;
  onStatus(status: SaveStatus): void;
}

type Persisted = { progress: Progress };

/** A stored value the current code can use: the save as it is, or migrated from an older version. */
function readProgress(raw: string): { progress: Progress; fromVersion: number | null } {
  const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown } | null;
  if (!parsed || typeof parsed !== 'object') throw new Error('not a saved state');
  const version = typeof parsed.version === 'number' ? parsed.version : 0;
  if (version > PROGRESS_VERSION) throw new Error(`saved by a newer version (${version})`);
  const stateIn = parsed.state as { progress?: unknown } | undefined;
  // A save without a version (or version 0) that already holds current-format progress is
  // current progress, not a version-0 map to migrate: migrating it would drop every level.
  const asCurrent = progressSchema.safeParse(stateIn?.progress);
  if (asCurrent.success) return { progress: asCurrent.data, fromVersion: null };
  return { progress: progressSchema.parse(migrateProgress(stateIn?.progress, version)), fromVersion: version };
}

const serialise = (progress: Progress): string => JSON.stringify({ state: { progress }, version: PROGRESS_VERSION } satisfies StorageValue<Persisted>);

/**
 * zustand's persist storage with the guards it lacks: what is read back is validated and
 * migrated; anything unreadable is copied to a backup key and left in place; nothing is
 * written unless it differs from what is stored (persist writes on every state change,
 * which at startup would overwrite a save it could not read); a write error never escapes
 * into a game action and is retried on the next change.
 */
export function createSafeStorage(backend: Storage | undefined, events: StorageEvents): PersistStorage<Persisted> {
  /** The text known to be stored under the main key; a write of the same text is skipped. */
  let stored: string | null = null;
  /** An unreadable save that could not be copied elsewhere: never overwritten until it is. */
  let unreadable: { name: string; raw: string } | null = null;
  /** The text as read before a migration, copied aside before the first write replaces it. */
  let beforeMigration: { name: string; raw: string; version: number } | null = null;
  let status: SaveStatus | null = null;
  const setStatus = (next: SaveStatus): void => {
    if (next === status) return;
    status = next;
    events.onStatus(next);
  };

  /** Copy `raw` under a backup key unless an identical copy exists; the key, or null when storage is full. */
  const keepCopy = (prefix: string, raw: string): string | null => {
    if (!backend) return null;
    try {
      for (let i = 0; i < backend.length; i++) {
        const key = backend.key(i);
        if (key?.startsWith(prefix) && backend.getItem(key) === raw) return key;
      }
      const key = `${prefix}${Date.now()}`;
      backend.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  };

  if (!backend) setStatus('unavailable');

  return {
    getItem(name) {
      if (!backend) return null;
      let raw: string | null;
      try {
        raw = backend.getItem(name);
      } catch {
        // Whether a save exists is unknown: writing could destroy it, so nothing is written.
        unreadable = { name, raw: '' };
        setStatus('unavailable');
        return null;
      }
      setStatus('saved');
      if (raw === null) {
        // A first visit: empty progress is what the store holds, and writing it would be nothing
        // new (on a phone, the first write to storage is a slow round trip during the first load).
        stored = serialise(emptyProgress());
        return null;
      }
      try {
        const { progress, fromVersion } = readProgress(raw);
        // What the store holds now: writing it again would be nothing new.
        stored = serialise(progress);
        if (fromVersion !== null) beforeMigration = { name, raw, version: fromVersion };
        return { state: { progress }, version: PROGRESS_VERSION };
      } catch {
        // The store starts from empty progress: that is nothing new either, so the unreadable
        // save stays where it is until the player makes progress worth writing.
        stored = serialise(emptyProgress());
        const key = keepCopy(`${name}.corrupt.`, raw);
        if (key) events.onCorrupt(key);
        else {
          unreadable = { name, raw };
          setStatus('unsaved');
          events.onCorruptNoRoom();
        }
        return null;
      }
    },
    setItem(name, value) {
      if (!backend) return;
      const text = JSON.stringify(value);
      if (unreadable?.name === name) {
        // Only real news is worth a retry; the copy must exist before the original is replaced.
        if (!unreadable.raw) return; // storage could not even be read: status stays 'unavailable'
        if (text === stored || !keepCopy(`${name}.corrupt.`, unreadable.raw)) {
          if (text !== stored) setStatus('unsaved');
          return;
        }
        unreadable = null;
      }
      if (text === stored) return;
      if (beforeMigration?.name === name) {
        keepCopy(`${name}.v${beforeMigration.version}.`, beforeMigration.raw);
        beforeMigration = null;
      }
      try {
        backend.setItem(name, text);
        stored = text;
        setStatus('saved');
      } catch (error) {
        setStatus('unsaved');
        events.onWriteError(error);
      }
    },
    removeItem(name) {
      try {
        backend?.removeItem(name);
        stored = null;
      } catch {
        /* nothing to keep */
      }
    },
  };
}
