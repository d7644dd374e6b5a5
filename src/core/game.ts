import type { ValidLevel } from './levelValidate';
import { buildRun, type PlayRound } from './rounds';
import { emptyPlay, HINTS, scoreRounds, type Hint, type PointedSpan, type RoundPlay, type Score } from './scoring';

/**
 * The game's rules as one pure function, (run, action) → run, over plain JSON. The store, the
 * class server and the tests all drive a game through `act`; none of them decides what is allowed.
 *
 * A round goes: answer its questions (one choice each, or tick several outlets and confirm),
 * then point at the passage that shows the answer, then read the feedback.
 */
export type Stage = 'answer' | 'evidence' | 'feedback';

export interface Run {
  levelId: string;
  seed: number;
  rounds: PlayRound[];
  index: number;
  stage: Stage;
  questionIndex: number;
  /** Outlets ticked but not yet confirmed, on a tick-several question. */
  selection: string[];
  plays: Record<string, RoundPlay>;
  finished: boolean;
}

export type Action =
  | { type: 'choose'; option: string }
  | { type: 'toggle'; option: string }
  | { type: 'confirm' }
  | { type: 'point'; span: PointedSpan }
  | { type: 'confirmEvidence' }
  | { type: 'skipEvidence' }
  | { type: 'hint'; hint: Hint }
  | { type: 'next' };

/** More than a couple of sentences is no longer pointing at the evidence. */
export const MAX_POINTED = 3;

export function startRun(level: ValidLevel, seed: number): Run {
  return { levelId: level.file.id, seed, rounds: buildRun(level, seed), index: 0, stage: 'answer', questionIndex: 0, selection: [], plays: {}, finished: false };
}

export const currentRound = (run: Run): PlayRound | undefined => (run.finished ? undefined : run.rounds[run.index]);
export const currentQuestion = (run: Run) => (run.stage === 'answer' ? currentRound(run)?.questions[run.questionIndex] : undefined);
export const playOf = (run: Run, roundId: string): RoundPlay => run.plays[roundId] ?? emptyPlay();
export const runScore = (run: Run): Score => scoreRounds(run.rounds, run.plays);

/** Apply one action. An action the rules do not allow now returns the same run, unchanged. */
export function act(run: Run, action: Action): Run {
  const round = currentRound(run);
  if (!round) return run;
  const play = playOf(run, round.id);
  const withPlay = (p: RoundPlay, rest: Partial<Run> = {}): Run => ({ ...run, ...rest, plays: { ...run.plays, [round.id]: p } });
  const question = currentQuestion(run);

  switch (action.type) {
    case 'toggle': {
      if (!question?.multi || !question.options.some((o) => o.id === action.option)) return run;
      const selection = run.selection.includes(action.option) ? run.selection.filter((o) => o !== action.option) : [...run.selection, action.option];
      return { ...run, selection };
    }
    case 'choose':
    case 'confirm': {
      if (!question) return run;
      let picks: string[];
      if (action.type === 'choose') {
        if (question.multi || !question.options.some((o) => o.id === action.option)) return run;
        picks = [action.option];
      } else {
        if (!question.multi || run.selection.length === 0) return run;
        // Keep the options' order: the answer should not depend on the order of ticking.
        picks = question.options.map((o) => o.id).filter((id) => run.selection.includes(id));
      }
      const next = { ...play, choices: { ...play.choices, [question.id]: picks } };
      const more = run.questionIndex + 1 < round.questions.length;
      return withPlay(next, {
        selection: [],
        questionIndex: more ? run.questionIndex + 1 : run.questionIndex,
        stage: more ? 'answer' : round.evidence.length > 0 ? 'evidence' : 'feedback',
      });
    }
    case 'point': {
      if (run.stage !== 'evidence') return run;
      const s = action.span;
      const same = (p: PointedSpan) => p.articleId === s.articleId && p.start === s.start && p.end === s.end;
      if (play.pointed.some(same)) return withPlay({ ...play, pointed: play.pointed.filter((p) => !same(p)) });
      if (play.pointed.length >= MAX_POINTED || !(s.end > s.start)) return run;
      return withPlay({ ...play, pointed: [...play.pointed, { articleId: s.articleId, start: s.start, end: s.end }] });
    }
    case 'confirmEvidence':
      if (run.stage !== 'evidence' || play.pointed.length === 0) return run;
      return { ...run, stage: 'feedback' };
    case 'skipEvidence':
      if (run.stage !== 'evidence') return run;
      return withPlay({ ...play, pointed: [] }, { stage: 'feedback' });
    case 'hint':
      if (run.stage === 'feedback' || !HINTS.includes(action.hint) || play.hints.includes(action.hint)) return run;
      return withPlay({ ...play, hints: [...play.hints, action.hint] });
    case 'next': {
      if (run.stage !== 'feedback') return run;
      if (run.index + 1 >= run.rounds.length) return { ...run, finished: true };
      return { ...run, index: run.index + 1, stage: 'answer', questionIndex: 0, selection: [] };
    }
  }
}

/** What a saved run needs besides the level: the rounds are rebuilt from the level and the seed. */
export type RunSnapshot = Omit<Run, 'rounds'>;

export function snapshotRun(run: Run): RunSnapshot {
  const { rounds: _rounds, ...rest } = run;
  return rest;
}

/**
 * A saved run against the level as it is now. If the level changed so that its rounds no
 * longer match what was answered, the snapshot is refused rather than misapplied.
 */
export function restoreRun(level: ValidLevel, snap: RunSnapshot): Run | null {
  if (snap.levelId !== level.file.id) return null;
  const rounds = buildRun(level, snap.seed);
  if (snap.index < 0 || snap.index >= rounds.length) return null;
  const ids = new Set(rounds.map((r) => r.id));
  if (Object.keys(snap.plays).some((id) => !ids.has(id))) return null;
  const q = rounds[snap.index]?.questions.length ?? 0;
  if (snap.questionIndex < 0 || snap.questionIndex >= Math.max(1, q)) return null;
  return { ...snap, rounds };
}
