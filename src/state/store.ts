import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist, subscribeWithSelector } from 'zustand/middleware';
import type { Span } from '../core/article';
import type { Article } from '../core/article';
import type { ValidLevel } from '../core/levelValidate';
import { buildRun, type PlayRound } from '../core/rounds';
import { scoreRun, type Answers, type Score } from '../core/scoring';
import { emptyProgress, PROGRESS_KEY, PROGRESS_VERSION, recordPlay, type Progress } from './progress';
import { createSafeStorage } from './safeStorage';

export type Screen = 'title' | 'round' | 'feedback' | 'results';

/** A level file that failed to load: shown on the title screen, the others stay playable. */
export interface BrokenLevel {
  file: string;
  problems: string[];
}

export interface Run {
  levelId: string;
  rounds: PlayRound[];
  index: number;
  /** Which question of the current round is on screen. */
  questionIndex: number;
  answers: Answers;
}

export interface ReaderState {
  articleId: string;
  highlights: Span[];
}

export type Notice = 'saveFailed' | 'corruptSave';

export interface GameState {
  screen: Screen;
  levels: ValidLevel[];
  broken: BrokenLevel[];
  articles: ReadonlyMap<string, Article>;
  run: Run | null;
  lastResult: { levelId: string; score: Score; newBest: boolean } | null;
  reader: ReaderState | null;
  notices: Notice[];
  progress: Progress;
}

export interface GameActions {
  setLevels(levels: ValidLevel[], broken: BrokenLevel[]): void;
  addLevel(level: ValidLevel): void;
  /** A level from outside (dropped file, URL) that failed: shown like a broken bundled one. */
  reportBroken(broken: BrokenLevel): void;
  startLevel(levelId: string, seed?: number): void;
  answer(optionId: string): void;
  next(): void;
  quit(): void;
  openReader(articleId: string, highlights: Span[]): void;
  closeReader(): void;
  setLanguage(language: 'en' | 'es'): void;
  setSound(on: boolean): void;
  dismissNotice(notice: Notice): void;
}

export type GameStore = StoreApi<GameState & GameActions>;

export interface StoreOptions {
  storage?: Storage | undefined;
  now?: () => string;
}

export function levelById(state: GameState, id: string): ValidLevel | undefined {
  return state.levels.find((l) => l.file.id === id);
}

export function currentRound(state: GameState): PlayRound | undefined {
  return state.run ? state.run.rounds[state.run.index] : undefined;
}

export function runScore(state: GameState): Score | null {
  return state.run ? scoreRun(state.run.rounds, state.run.answers) : null;
}

/** The one store: session (screen, run) and progress (persisted). */
export function createGameStore(options: StoreOptions = {}): GameStore {
  const now = options.now ?? (() => new Date().toISOString());
  // persist reads the save while the store is being created: hold notices until it exists.
  const early: Notice[] = [];
  let addNotice: (n: Notice) => void = (n) => early.push(n);
  const storage = createSafeStorage(options.storage, {
    onCorrupt: () => addNotice('corruptSave'),
    onWriteError: () => addNotice('saveFailed'),
  });

  const store = createStore<GameState & GameActions>()(
    subscribeWithSelector(
      persist(
        (set, get) => ({
          screen: 'title',
          levels: [],
          broken: [],
          articles: new Map(),
          run: null,
          lastResult: null,
          reader: null,
          notices: [],
          progress: emptyProgress(),

          setLevels: (levels, broken) =>
            set({ levels: [...levels].sort((a, b) => a.file.order - b.file.order), broken }),

          addLevel: (level) =>
            set((s) => ({
              levels: [...s.levels.filter((l) => l.file.id !== level.file.id), level].sort((a, b) => a.file.order - b.file.order),
            })),

          reportBroken: (broken) => set((s) => ({ screen: s.run ? s.screen : 'title', broken: [...s.broken.filter((b) => b.file !== broken.file), broken] })),

          startLevel: (levelId, seed) => {
            const level = levelById(get(), levelId);
            if (!level) return;
            set({
              screen: 'round',
              reader: null,
              lastResult: null,
              run: { levelId, rounds: buildRun(level, seed), index: 0, questionIndex: 0, answers: {} },
            });
          },

          answer: (optionId) => {
            const { run, screen } = get();
            if (!run || screen !== 'round') return;
            const round = run.rounds[run.index];
            const question = round?.questions[run.questionIndex];
            if (!round || !question || !question.options.some((o) => o.id === optionId)) return;
            const answers = { ...run.answers, [round.id]: { ...run.answers[round.id], [question.id]: optionId } };
            const moreQuestions = run.questionIndex + 1 < round.questions.length;
            set({
              run: { ...run, answers, questionIndex: moreQuestions ? run.questionIndex + 1 : run.questionIndex },
              screen: moreQuestions ? 'round' : 'feedback',
            });
          },

          next: () => {
            const { run, screen, progress } = get();
            if (!run || screen !== 'feedback') return;
            if (run.index + 1 < run.rounds.length) {
              set({ run: { ...run, index: run.index + 1, questionIndex: 0 }, screen: 'round', reader: null });
              return;
            }
            const score = scoreRun(run.rounds, run.answers);
            const before = progress.levels[run.levelId];
            const updated = recordPlay(progress, run.levelId, score.correct, score.total, now());
            const after = updated.levels[run.levelId];
            set({
              screen: 'results',
              reader: null,
              progress: updated,
              lastResult: {
                levelId: run.levelId,
                score,
                newBest: !!before && !!after && (after.bestCorrect !== before.bestCorrect || after.bestTotal !== before.bestTotal),
              },
            });
          },

          quit: () => set({ screen: 'title', run: null, reader: null }),

          openReader: (articleId, highlights) => {
            if (findArticle(get(), articleId)) {
              set({ reader: { articleId, highlights } });
            }
          },
          closeReader: () => set({ reader: null }),

          setLanguage: (language) => set((s) => ({ progress: { ...s.progress, language } })),
          setSound: (on) => set((s) => ({ progress: { ...s.progress, soundOn: on } })),
          dismissNotice: (notice) => set((s) => ({ notices: s.notices.filter((n) => n !== notice) })),
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

