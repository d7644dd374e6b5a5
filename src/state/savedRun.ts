import { HINTS } from '../core/scoring';
import { restoreRun, snapshotRun, type Run, type RunSnapshot, type Stage } from '../core/game';
import type { GameStore } from './store';

/**
 * The run in progress, saved on every change under its own versioned key, so a reload (a phone
 * that dropped the tab, a mis-tap on Back) resumes the level where the player was. Only the
 * snapshot is kept (answers, position, seed); the rounds are rebuilt from the level, and a
 * snapshot that no longer fits the level is refused (core/game.ts restoreRun).
 */
export const RUN_KEY = 'lateral.run';
export const RUN_VERSION = 1;

interface SavedRun {
  version: typeof RUN_VERSION;
  run: RunSnapshot;
}

const STAGES: readonly Stage[] = ['answer', 'evidence', 'feedback'];
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The snapshot in `value`, or null when it is not one this version wrote (checked field by field). */
export function parseSavedRun(value: unknown): RunSnapshot | null {
  if (!isObject(value) || value.version !== RUN_VERSION || !isObject(value.run)) return null;
  const r = value.run;
  if (typeof r.levelId !== 'string' || !Number.isInteger(r.seed) || !isCount(r.index) || !isCount(r.questionIndex)) return null;
  if (!STAGES.includes(r.stage as Stage) || !isStrings(r.selection) || typeof r.finished !== 'boolean' || !isObject(r.plays)) return null;
  for (const play of Object.values(r.plays)) {
    if (!isObject(play) || !isObject(play.choices) || !Array.isArray(play.pointed) || !Array.isArray(play.hints)) return null;
    if (!Object.values(play.choices).every(isStrings)) return null;
    if (!play.hints.every((h) => (HINTS as readonly unknown[]).includes(h))) return null;
    if (!play.pointed.every((p) => isObject(p) && typeof p.articleId === 'string' && isCount(p.start) && isCount(p.end) && p.end >= p.start)) return null;
  }
  return r as unknown as RunSnapshot;
}

/** Write the run (or clear it when there is none, or it is finished); false when storage refused. */
export function saveRun(storage: Storage | undefined, run: Run | null): boolean {
  if (!storage) return false;
  try {
    if (!run || run.finished) storage.removeItem(RUN_KEY);
    else storage.setItem(RUN_KEY, JSON.stringify({ version: RUN_VERSION, run: snapshotRun(run) } satisfies SavedRun));
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved snapshot, or null. One this version cannot read is copied aside (a run in progress
 * is the player's work too) and cleared, so it is not tried again on every load.
 */
export function loadSavedRun(storage: Storage | undefined): RunSnapshot | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(RUN_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    /* not JSON: unreadable, handled below */
  }
  const snap = parseSavedRun(parsed);
  if (snap) return snap;
  try {
    storage?.setItem(`${RUN_KEY}.corrupt.${Date.now()}`, raw);
    storage?.removeItem(RUN_KEY);
  } catch {
    /* no room for a copy: leave the original where it is */
  }
  return null;
}

/**
 * Save the run on every change, and resume a saved one: at once if its level is loaded,
 * otherwise as soon as it appears (levels after the first arrive while the player reads, and
 * opened levels come from IndexedDB). A player who starts something else first wins.
 * Returns a function that stops both.
 */
export function keepRunAcrossReloads(store: GameStore, storage: Storage | undefined): () => void {
  let pending = loadSavedRun(storage);
  let lastSaved: Run | null | undefined;
  const tryResume = (): void => {
    if (!pending) return;
    const s = store.getState();
    if (s.run) {
      pending = null; // a run was started before the saved one could be resumed
      return;
    }
    const level = s.levels.find((l) => l.file.id === pending?.levelId);
    if (!level) return;
    const run = restoreRun(level, pending);
    pending = null;
    if (!run) {
      saveRun(storage, null); // the level changed under the snapshot: it cannot be resumed
      return;
    }
    lastSaved = run;
    store.setState({ run, screen: 'round' });
  };
  tryResume();
  const stop = store.subscribe((s, prev) => {
    if (pending && s.levels !== prev.levels) tryResume();
    if (s.run !== prev.run && s.run !== lastSaved) {
      if (pending && s.run) pending = null;
      lastSaved = s.run;
      saveRun(storage, s.run);
    }
  });
  return stop;
}
