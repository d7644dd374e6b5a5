import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, subscribeWithSelector } from 'zustand/middleware';
import type { Article, Span } from '../core/articleModel';
import type { ValidLevel } from '../core/levelValidate';
import { act, currentRound as runRound, runScore, startRun, type Action, type Run } from '../core/game';
import { SKILLS, type PlayRound } from '../core/rounds';
import type { Score } from '../core/scoring';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, recordPlay, type Progress } from './progress';
import { createSafeStorage, type SaveStatus } from './safeStorage';

export type Screen = 'title' | 'round' | 'results';

/** A level file that failed to load: shown on the title screen, the others stay playable. */
export interface BrokenLevel {
  file: string;
  problems: string[];
}

/**
 * The articles at hand during a round. On wide screens they are columns beside the question; on
 * phones a sheet. `focus` asks the view to bring a passage into sight (evidence after an answer).
 */
export interface DeskState {
  sheetOpen: boolean;
  activeArticle: string | null;
  query: string;
  focus: { articleId: string; spans: Span[]; seq: number } | null;
}

export type Notice = 'saveFailed' | 'corruptSave' | 'corruptSaveNoRoom' | 'graphics' | 'openedFull' | 'openedUnavailable' | 'languageUnavailable';

export interface GameState {
  screen: Screen;
  levels: ValidLevel[];
  /** Ids of levels opened from a file and kept on this device (src/state/openedLevels.ts): removable. */
  opened: string[];
  broken: BrokenLevel[];
  articles: ReadonlyMap<string, Article>;
  run: Run | null;
  lastResult: { levelId: string; score: Score; newBest: boolean } | null;
  /** Where "back" leads from this play: the editor, when the play is a teacher's preview. */
  backTo: 'editor' | null;
  desk: DeskState;
  notices: Notice[];
  progress: Progress;
  /** Whether progress is stored on this device: what the results screen may claim. */
  saveStatus: SaveStatus;
}

export interface GameActions {
  setLevels(levels: ValidLevel[], broken: BrokenLevel[]): void;
  addLevel(level: ValidLevel): void;
  /** A level from outside (dropped file, URL) that failed: shown like a broken bundled one. */
  reportBroken(broken: BrokenLevel): void;
  /** A fresh seed on every play unless one is given (tests), so option positions are never learnt. */
  startLevel(levelId: string, seed?: number): void;
  /** Apply a game action (choose, toggle, confirm, point, hint, next…) through the core rules. */
  act(action: Action): void;
  quit(): void;
  openArticle(articleId: string): void;
  setSheet(open: boolean): void;
  setQuery(query: string): void;
  /** Bring passages into sight on the desk (and open the sheet on phones). */
  focusPassages(articleId: string, spans: Span[]): void;
  setLanguage(language: 'en' | 'es'): void;
  setSound(on: boolean): void;
  dismissNotice(notice: Notice): void;
  /** Tell the player something went wrong that they can play on through (e.g. graphics did not start). */
  notify(notice: Notice): void;
}

export type GameStore = StoreApi<GameState & GameActions>;

export interface StoreOptions {
  storage?: Storage | undefined;
  now?: () => string;
  /** Seeds for new plays; injectable so tests can replay. */
  newSeed?: () => number;
}

export function levelById(state: GameState, id: string): ValidLevel | undefined {
  return state.levels.find((l) => l.file.id === id);
}

export function currentRound(state: GameState): PlayRound | undefined {
  return state.run ? runRound(state.run) : undefined;
}

export function currentScore(state: GameState): Score | null {
  return state.run ? runScore(state.run) : null;
}

const closedDesk = (): DeskState => ({ sheetOpen: false, activeArticle: null, query: '', focus: null });

/** The one store: session (screen, run) and progress (persisted). */
export function createGameStore(options: StoreOptions = {}): GameStore {
  const now = options.now ?? (() => new Date().toISOString());
  const newSeed = options.newSeed ?? (() => Math.floor(Math.random() * 0x7fffffff));
  // persist reads the save while the store is being created: hold notices until it exists.
  const early: Notice[] = [];
  let addNotice: (n: Notice) => void = (n) => early.push(n);
  let earlyStatus: SaveStatus = 'saved';
  let setSaveStatus: (status: SaveStatus) => void = (status) => (earlyStatus = status);
  const storage = createSafeStorage(options.storage, {
    onCorrupt: () => addNotice('corruptSave'),
    onCorruptNoRoom: () => addNotice('corruptSaveNoRoom'),
    onWriteError: () => addNotice('saveFailed'),
    onStatus: (status) => setSaveStatus(status),
  });

  const store = createStore<GameState & GameActions>()(
    subscribeWithSelector(
      persist(
        (set, get) => ({
          screen: 'title',
          levels: [],
          opened: [],
          broken: [],
          articles: new Map(),
          run: null,
          lastResult: null,
          backTo: null,
          desk: closedDesk(),
          notices: [],
          saveStatus: 'saved',
          progress: emptyProgress(),

          setLevels: (levels, broken) => set({ levels: [...levels].sort((a, b) => a.file.order - b.file.order), broken }),

          addLevel: (level) =>
            set((s) => ({
              levels: [...s.levels.filter((l) => l.file.id !== level.file.id), level].sort((a, b) => a.file.order - b.file.order),
            })),

          reportBroken: (broken) => set((s) => ({ screen: s.run ? s.screen : 'title', broken: [...s.broken.filter((b) => b.file !== broken.file), broken] })),

          startLevel: (levelId, seed) => {
            const level = levelById(get(), levelId);
            if (!level) return;
            const run = startRun(level, seed ?? newSeed());
            const first = level.articles.keys().next().value ?? null;
            set({ screen: 'round', lastResult: null, run, desk: { ...closedDesk(), activeArticle: first } });
          },

          act: (action) => {
            const { run, progress } = get();
            if (!run) return;
            const next = act(run, action);
            if (next === run) return;
            if (!next.finished) {
              const moved = next.index !== run.index;
              set({ run: next, ...(moved ? { desk: { ...get().desk, focus: null, query: '' } } : {}) });
              return;
            }
            const score = runScore(next);
            const before = progress.levels[next.levelId];
            const tallies = Object.fromEntries(
              SKILLS.filter((k) => score.bySkill[k].rounds > 0).map((k) => {
                const { hits, misses, falseAlarms, correctRejections } = score.bySkill[k].discernment;
                return [k, { hits, misses, falseAlarms, correctRejections }];
              }),
            );
            const updated = recordPlay(progress, next.levelId, score.points, score.max, now(), tallies);
            const after = updated.levels[next.levelId];
            set({
              screen: 'results',
              run: next,
              desk: closedDesk(),
              progress: updated,
              lastResult: {
                levelId: next.levelId,
                score,
                newBest: !!before && !!after && (after.bestCorrect !== before.bestCorrect || after.bestTotal !== before.bestTotal),
              },
            });
          },

          quit: () => set({ screen: 'title', run: null, desk: closedDesk(), backTo: null }),

          openArticle: (articleId) => {
            if (findArticle(get(), articleId)) set((s) => ({ desk: { ...s.desk, activeArticle: articleId, sheetOpen: true } }));
          },
          setSheet: (open) => set((s) => ({ desk: { ...s.desk, sheetOpen: open } })),
          setQuery: (query) => set((s) => ({ desk: { ...s.desk, query } })),
          focusPassages: (articleId, spans) => {
            if (!findArticle(get(), articleId)) return;
            set((s) => ({ desk: { ...s.desk, activeArticle: articleId, sheetOpen: true, focus: { articleId, spans, seq: (s.desk.focus?.seq ?? 0) + 1 } } }));
          },

          setLanguage: (language) => set((s) => ({ progress: { ...s.progress, language } })),
          setSound: (on) => set((s) => ({ progress: { ...s.progress, soundOn: on } })),
          dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
          notify: (notice) => set((s) => (s.notices.includes(notice) ? {} : { notices: [...s.notices, notice] })),
        }),
        {
          name: PROGRESS_KEY,
          version: PROGRESS_VERSION,
          storage,
          partialize: (s) => ({ progress: s.progress }),
          // Reading already validated and migrated; this only keeps persist from discarding on a bump.
          migrate: (persisted) => persisted as { progress: Progress },
          merge: (persisted, current) => ({ ...current, progress: (persisted as { progress?: Progress } | undefined)?.progress ?? current.progress }),
        },
      ),
    ),
  );
  addNotice = (n) => {
    const notices = store.getState().notices;
    if (!notices.includes(n)) store.setState({ notices: [...notices, n] });
  };
  early.forEach(addNotice);
  setSaveStatus = (saveStatus) => {
    // A later successful write makes an earlier "could not be saved" notice untrue.
    const notices = saveStatus === 'saved' ? store.getState().notices.filter((n) => n !== 'saveFailed') : store.getState().notices;
    store.setState({ saveStatus, notices });
  };
  setSaveStatus(earlyStatus);
  return store;
}

/** The article a reader or evidence refers to: bundled or carried by a level. */
export function findArticle(state: GameState, articleId: string): Article | undefined {
  const playing = state.run ? levelById(state, state.run.levelId)?.articles.get(articleId) : undefined;
  if (playing) return playing;
  for (const level of state.levels) {
    const a = level.articles.get(articleId);
    if (a) return a;
  }
  return state.articles.get(articleId);
}
