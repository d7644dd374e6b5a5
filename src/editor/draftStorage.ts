import { freshDraft, parseDraft, type Draft } from './draft';

export const DRAFT_KEY = 'lateral.editorDraft.v1';
const SAVE_DELAY_MS = 300;

export type LoadedDraft =
  | { kind: 'fresh'; draft: Draft }
  | { kind: 'restored'; draft: Draft }
  /** The saved draft could not be read: it was copied to `backupKey` (or left in place when even that failed). */
  | { kind: 'corrupt'; draft: Draft; backupKey: string | null };

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(): LoadedDraft {
  const store = storage();
  let raw: string | null;
  try {
    raw = store?.getItem(DRAFT_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return { kind: 'fresh', draft: freshDraft() };
  const draft = parseDraft(raw);
  if (draft) return { kind: 'restored', draft };
  const backupKey = `${DRAFT_KEY}.corrupt.${Date.now()}`;
  try {
    store?.setItem(backupKey, raw);
    // The copy exists: the main key may now be overwritten by the fresh draft.
    return { kind: 'corrupt', draft: freshDraft(), backupKey };
  } catch {
    return { kind: 'corrupt', draft: freshDraft(), backupKey: null };
  }
}

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'blocked' };

export interface DraftSaver {
  /** Save soon (after a pause in typing). */
  schedule(): void;
  /** Save now if anything is waiting (leaving the page, closing the editor). */
  flush(): void;
  cancel(): void;
}

/**
 * Debounced autosave. A write error (storage full, blocked) is reported through `onResult`,
 * never thrown: the teacher keeps working and is told to download the level.
 * `protect` is false while a corrupt draft's backup could not be made: the unreadable draft
 * is then not overwritten.
 */
export function createDraftSaver(current: () => Draft, onResult: (r: SaveResult) => void, protect = true): DraftSaver {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  const save = () => {
    timer = null;
    if (!pending) return;
    pending = false;
    if (!protect) {
      onResult({ ok: false, reason: 'blocked' });
      return;
    }
    const store = storage();
    if (!store) {
      onResult({ ok: false, reason: 'blocked' });
      return;
    }
    try {
      store.setItem(DRAFT_KEY, JSON.stringify(current()));
      onResult({ ok: true });
    } catch (error) {
      const name = (error as { name?: string }).name ?? '';
      onResult({ ok: false, reason: /quota/i.test(name) || /quota/i.test(String(error)) ? 'quota' : 'blocked' });
    }
  };
  return {
    schedule() {
      pending = true;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      save();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = false;
    },
  };
}

export function discardDraft(): void {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    /* nothing to remove */
  }
}
