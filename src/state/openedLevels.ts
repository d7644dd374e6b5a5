/**
 * Levels a player opened from a file, kept on the device (IndexedDB: level files can be
 * megabytes, more than localStorage holds) so a phone learner does not re-open the file on
 * every visit. The raw text is kept, not the parsed level: it is validated again on load, so a
 * newer game never trusts what an older one stored.
 */
export const OPENED_DB = 'lateral';
export const OPENED_STORE = 'openedLevels';
const DB_VERSION = 1;

export interface OpenedLevel {
  /** The level's own id (from its file): opening a new version of a level replaces the old one. */
  id: string;
  /** The file name it was opened from, for messages. */
  file: string;
  text: string;
  openedAt: string;
}

export type OpenedLevelsProblem = 'unavailable' | 'full' | 'failed';

/** A clear reason, for the player (`kind` picks the message) and for the console (`message`). */
export class OpenedLevelsError extends Error {
  constructor(
    readonly kind: OpenedLevelsProblem,
    message: string,
  ) {
    super(message);
    this.name = 'OpenedLevelsError';
  }
}

export interface OpenedLevels {
  save(level: OpenedLevel): Promise<void>;
  /** Oldest first, the order they were opened in. */
  list(): Promise<OpenedLevel[]>;
  remove(id: string): Promise<void>;
}

const isQuota = (error: unknown): boolean => error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

function asError(error: unknown, doing: string): OpenedLevelsError {
  if (error instanceof OpenedLevelsError) return error;
  if (isQuota(error)) return new OpenedLevelsError('full', `no room on this device to keep the level (${doing})`);
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'SecurityError' || name === 'InvalidStateError') return new OpenedLevelsError('unavailable', `this browser does not allow IndexedDB here (${name})`);
  return new OpenedLevelsError('failed', `${doing}: ${(error as Error)?.message ?? String(error)}`);
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction is committed; a quota error surfaces here (as an abort), not on the request. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

/**
 * The opened-levels store on `factory` (the page's `indexedDB` by default). Every call rejects
 * with an OpenedLevelsError: 'unavailable' (no IndexedDB, blocked, private mode), 'full' (quota),
 * or 'failed' (anything else, with the browser's words).
 */
export function openedLevels(factory: IDBFactory | undefined = globalThis.indexedDB): OpenedLevels {
  let opening: Promise<IDBDatabase> | null = null;
  const db = (): Promise<IDBDatabase> => {
    if (!factory) return Promise.reject(new OpenedLevelsError('unavailable', 'this browser has no IndexedDB'));
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = factory.open(OPENED_DB, DB_VERSION);
      } catch (error) {
        reject(asError(error, 'opening the store'));
        return;
      }
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(OPENED_STORE)) req.result.createObjectStore(OPENED_STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(asError(req.error, 'opening the store'));
      req.onblocked = () => reject(new OpenedLevelsError('failed', 'the store is being upgraded in another tab; close it and reload'));
    }).catch((error: unknown) => {
      opening = null; // try again next time: the player may have freed space or left private mode
      throw asError(error, 'opening the store');
    });
    return opening;
  };
  const run = async <T>(mode: IDBTransactionMode, doing: string, body: (store: IDBObjectStore) => Promise<T> | T): Promise<T> => {
    try {
      const tx = (await db()).transaction(OPENED_STORE, mode);
      const finished = done(tx);
      const result = await body(tx.objectStore(OPENED_STORE));
      await finished;
      return result;
    } catch (error) {
      throw asError(error, doing);
    }
  };
  return {
    save: (level) =>
      run('readwrite', `keeping ${level.file}`, (store) => {
        store.put({ ...level });
      }),
    list: () =>
      run('readonly', 'reading the kept levels', async (store) => {
        const all = (await request(store.getAll())) as unknown[];
        const valid = all.filter(
          (x): x is OpenedLevel => !!x && typeof x === 'object' && ['id', 'file', 'text', 'openedAt'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string'),
        );
        return valid.sort((a, b) => a.openedAt.localeCompare(b.openedAt));
      }),
    remove: (id) =>
      run('readwrite', `removing ${id}`, (store) => {
        store.delete(id);
      }),
  };
}
