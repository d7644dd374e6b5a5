import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateProgress, progressSchema, PROGRESS_VERSION, type Progress } from './progress';

export interface StorageEvents {
  /** The saved value could not be read; it was copied to `backupKey`. */
  onCorrupt(backupKey: string): void;
  /** Writing failed (quota, private mode). Play goes on; the message tells the player. */
  onWriteError(error: unknown): void;
}

type Persisted = { progress: Progress };

/**
 * zustand's persist storage with the guards it lacks: what is read back is validated and
 * migrated, anything unreadable is kept under a backup key instead of being dropped, and a
 * write error never escapes into a game action.
 */
export function createSafeStorage(backend: Storage | undefined, events: StorageEvents): PersistStorage<Persisted> {
  const backup = (name: string, raw: string): void => {
    const key = `${name}.corrupt.${Date.now()}`;
    try {
      backend?.setItem(key, raw);
    } catch {
      /* storage full: the original stays in place below, untouched */
    }
    events.onCorrupt(key);
  };
  return {
    getItem(name) {
      let raw: string | null = null;
      try {
        raw = backend?.getItem(name) ?? null;
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed = JSON.parse(raw) as { state?: unknown; version?: unknown };
        const version = typeof parsed.version === 'number' ? parsed.version : 0;
        const stateIn = parsed.state as { progress?: unknown } | undefined;
        const progress = progressSchema.parse(migrateProgress(stateIn?.progress, version));
        return { state: { progress }, version: PROGRESS_VERSION } satisfies StorageValue<Persisted>;
      } catch {
        backup(name, raw);
        return null;
      }
    },
    setItem(name, value) {
      try {
        backend?.setItem(name, JSON.stringify(value));
      } catch (error) {
        events.onWriteError(error);
      }
    },
    removeItem(name) {
      try {
        backend?.removeItem(name);
      } catch {
        /* nothing to keep */
      }
    },
  };
}
