import { describe, expect, it } from 'vitest';
import { act, currentQuestion, currentRound, MAX_POINTED, playOf, restoreRun, runScore, snapshotRun, startRun, type Action, type Run } from '../../../src/core/game';
import { HINT_COST } from '../../../src/core/scoring';
import { QUOTES, spanOf, tinyLevel, tinyLevelFile } from './tinyLevel';

const level = tinyLevel();
const run0 = () => startRun(level, 11);

const actAll = (run: Run, actions: readonly Action[]): Run => actions.reduce(act, run);

/** Answer the current question with its key (ticking every right outlet on a tick-several question). */
function answerRight(run: Run): Run {
  const q = currentQuestion(run);
  if (!q) throw new Error(`no question at stage ${run.stage}`);
  if (!q.multi) return act(run, { type: 'choose', option: q.correct[0] as string });
  return act(
    q.correct.reduce((r, option) => act(r, { type: 'toggle', option }), run),
    { type: 'confirm' },
  );
}

/** Answer every question of the round with its key, point at the key's first evidence, go on. */
function playRoundPerfectly(run: Run): Run {
  let r = run;
  while (r.stage === 'answer') r = answerRight(r);
  const ev = currentRound(r)?.evidence[0];
  if (!ev) throw new Error('round without evidence');
  r = act(r, { type: 'point', span: { articleId: ev.articleId, ...ev.span } });
  r = act(r, { type: 'confirmEvidence' });
  return act(r, { type: 'next' });
}

/** Go to the first round of a type, skipping the others without answering well. */
function goToRound(run: Run, id: string): Run {
  let r = run;
  while (currentRound(r)?.id !== id) {
    r = playRoundPerfectly(r);
    if (r.finished) throw new Error(`no round ${id}`);
  }
  return r;
}

describe('a run, driven by act()', () => {
  it('starts at the first question of the first round, with nothing played', () => {
    const run = run0();
    expect([run.index, run.stage, run.questionIndex, run.finished]).toEqual([0, 'answer', 0, false]);
    expect(run.rounds.map((r) => r.id)).toEqual(level.rounds.map((r) => r.id));
    expect(runScore(run).points).toBe(0);
  });

  it('a perfect play through every round scores the maximum and finishes', () => {
    let run = run0();
    for (let i = 0; i < level.rounds.length; i++) run = playRoundPerfectly(run);
    expect(run.finished).toBe(true);
    const score = runScore(run);
    // who-voted 2+1, who-nine-two 1+1, waste 2+1, pair 1+1, cost 3+1: each question plus one evidence point.
    expect(score.max).toBe(14);
    expect(score.points).toBe(14);
    expect(score.perfectRounds).toBe(5);
    expect(currentRound(run)).toBeUndefined();
    // A finished run takes no more actions.
    expect(act(run, { type: 'next' })).toBe(run);
  });

  it('moves answer → evidence → feedback → next round', () => {
    let run = run0();
    run = answerRight(run);
    expect(run.stage).toBe('evidence');
    run = act(run, { type: 'skipEvidence' });
    expect(run.stage).toBe('feedback');
    run = act(run, { type: 'next' });
    expect([run.index, run.stage, run.questionIndex]).toEqual([1, 'answer', 0]);
  });

  it('asks a round with two questions one after the other', () => {
    let run = goToRound(run0(), 'waste-of-money');
    expect(currentQuestion(run)?.id).toBe('kind');
    run = act(run, { type: 'choose', option: 'opinion' });
    expect([run.stage, currentQuestion(run)?.id]).toEqual(['answer', 'cue']);
    run = act(run, { type: 'choose', option: 'loaded-words' });
    expect(run.stage).toBe('evidence');
    expect(playOf(run, 'waste-of-money').choices).toEqual({ kind: ['opinion'], cue: ['loaded-words'] });
  });

  describe('tick several outlets', () => {
    it("ticks and unticks, then confirms the ticked outlets in the options' order", () => {
      let run = run0();
      const order = currentQuestion(run)?.options.map((o) => o.id) ?? [];
      run = actAll(run, [
        { type: 'toggle', option: 'valley-blog' },
        { type: 'toggle', option: 'city-news' },
        { type: 'toggle', option: 'river-post' },
        { type: 'toggle', option: 'city-news' },
      ]);
      expect([...run.selection].sort()).toEqual(['river-post', 'valley-blog']);
      run = act(run, { type: 'confirm' });
      expect(run.selection).toEqual([]);
      expect(playOf(run, 'who-voted').choices['outlet']).toEqual(order.filter((o) => o === 'river-post' || o === 'valley-blog'));
    });

    it('refuses confirming nothing, choosing one, and ticking an outlet not offered', () => {
      const run = run0();
      expect(act(run, { type: 'confirm' })).toBe(run);
      expect(act(run, { type: 'choose', option: 'river-post' })).toBe(run);
      expect(act(run, { type: 'toggle', option: 'nowhere' })).toBe(run);
    });

    it('ticking every outlet earns nothing; ticking only the copies earns them all', () => {
      const all = currentQuestion(run0())?.options.map((o) => o.id) ?? [];
      const tickAll = act(
        actAll(
          run0(),
          all.map((option) => ({ type: 'toggle', option }) as const),
        ),
        { type: 'confirm' },
      );
      expect(runScore(tickAll).bySkill.attribution.points).toBe(0);
      const copies = act(
        actAll(run0(), [
          { type: 'toggle', option: 'river-post' },
          { type: 'toggle', option: 'valley-blog' },
        ]),
        { type: 'confirm' },
      );
      expect(runScore(copies).bySkill.attribution.points).toBe(2);
    });
  });

  it('refuses ticking on a one-choice question and choosing an option it does not offer', () => {
    const run = goToRound(run0(), 'waste-of-money');
    expect(act(run, { type: 'toggle', option: 'opinion' })).toBe(run);
    expect(act(run, { type: 'choose', option: 'river-post' })).toBe(run);
  });

  describe('actions in the wrong stage change nothing', () => {
    it('while answering: no pointing, no evidence, no next', () => {
      const run = run0();
      for (const a of [{ type: 'point', span: spanOf('river-post', QUOTES.VOTED) }, { type: 'confirmEvidence' }, { type: 'skipEvidence' }, { type: 'next' }] as const) {
        expect(act(run, a), a.type).toBe(run);
      }
    });

    it('while pointing at evidence: no answering, no next, no confirming without a pointed passage', () => {
      const run = answerRight(run0());
      expect(run.stage).toBe('evidence');
      for (const a of [
        { type: 'choose', option: 'river-post' },
        { type: 'toggle', option: 'river-post' },
        { type: 'confirm' },
        { type: 'confirmEvidence' },
        { type: 'next' },
      ] as const) {
        expect(act(run, a), a.type).toBe(run);
      }
    });

    it('at feedback: no answering, pointing or hints', () => {
      const run = act(answerRight(run0()), { type: 'skipEvidence' });
      expect(run.stage).toBe('feedback');
      for (const a of [
        { type: 'choose', option: 'river-post' },
        { type: 'toggle', option: 'river-post' },
        { type: 'point', span: spanOf('river-post', QUOTES.VOTED) },
        { type: 'hint', hint: 'open-article' },
        { type: 'skipEvidence' },
      ] as const) {
        expect(act(run, a), a.type).toBe(run);
      }
    });
  });

  describe('pointing at evidence', () => {
    it('points and unpoints a passage; at most MAX_POINTED; an empty span is refused', () => {
      let run = answerRight(run0());
      const voted = spanOf('river-post', QUOTES.VOTED);
      run = act(run, { type: 'point', span: voted });
      expect(playOf(run, 'who-voted').pointed).toEqual([voted]);
      run = act(run, { type: 'point', span: voted });
      expect(playOf(run, 'who-voted').pointed).toEqual([]);
      expect(act(run, { type: 'point', span: { articleId: 'river-post', start: 5, end: 5 } })).toBe(run);
      for (let i = 0; i < MAX_POINTED; i++) run = act(run, { type: 'point', span: { articleId: 'city-news', start: i * 10, end: i * 10 + 5 } });
      expect(playOf(run, 'who-voted').pointed).toHaveLength(MAX_POINTED);
      expect(act(run, { type: 'point', span: voted })).toBe(run);
    });

    it('the key passage earns the evidence point; another passage does not', () => {
      const right = actAll(answerRight(run0()), [{ type: 'point', span: spanOf('valley-blog', QUOTES.VOTED) }, { type: 'confirmEvidence' }]);
      const wrong = actAll(answerRight(run0()), [{ type: 'point', span: spanOf('city-news', QUOTES.NINE_TWO) }, { type: 'confirmEvidence' }]);
      expect(runScore(right).points - runScore(wrong).points).toBe(1);
      expect(runScore(right).perfectRounds).toBe(1);
      expect(runScore(wrong).perfectRounds).toBe(0);
    });

    it('skipping forgets what was pointed and earns no evidence point', () => {
      const run = actAll(answerRight(run0()), [{ type: 'point', span: spanOf('valley-blog', QUOTES.VOTED) }, { type: 'skipEvidence' }]);
      expect(playOf(run, 'who-voted').pointed).toEqual([]);
      expect(runScore(run).points).toBe(2);
    });
  });

  describe('hints', () => {
    it('each hint costs HINT_COST points once, and is recorded', () => {
      let run = act(run0(), { type: 'hint', hint: 'open-article' });
      expect(act(run, { type: 'hint', hint: 'open-article' })).toBe(run);
      run = act(run, { type: 'hint', hint: 'search-phrase' });
      expect(playOf(run, 'who-voted').hints).toEqual(['open-article', 'search-phrase']);
      run = playRoundPerfectly(run);
      const score = runScore(run);
      expect(score.hintsUsed).toBe(2);
      expect(score.points).toBe(3 - 2 * HINT_COST);
    });

    it('can be asked for while pointing at evidence, not for an unknown hint', () => {
      const run = answerRight(run0());
      expect(playOf(act(run, { type: 'hint', hint: 'search-phrase' }), 'who-voted').hints).toEqual(['search-phrase']);
      expect(act(run, { type: 'hint', hint: 'ask-a-friend' as never })).toBe(run);
    });

    it('never take a round below zero', () => {
      const run = actAll(run0(), [{ type: 'hint', hint: 'open-article' }, { type: 'hint', hint: 'search-phrase' }, { type: 'toggle', option: 'city-news' }, { type: 'confirm' }]);
      expect(runScore(run).points).toBe(0);
    });
  });

  describe('seeds', () => {
    const order = (run: Run) => run.rounds.map((r) => `${r.id}:${r.questions.map((q) => q.options.map((o) => o.id).join(',')).join('|')}`).join(' ');

    it('the same seed gives the same run', () => {
      expect(startRun(level, 5)).toEqual(startRun(level, 5));
    });

    it('different seeds put the options in different orders, with the same keys', () => {
      const orders = new Set([1, 2, 3, 4, 5, 6].map((s) => order(startRun(level, s))));
      expect(orders.size).toBeGreaterThan(1);
      const keys = (run: Run) => run.rounds.map((r) => r.questions.map((q) => [...q.correct].sort()));
      expect(keys(startRun(level, 1))).toEqual(keys(startRun(level, 2)));
    });

    it('the first option is not always the same outlet on the first round', () => {
      const firsts = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((s) => startRun(level, s).rounds[0]?.questions[0]?.options[0]?.id));
      expect(firsts.size).toBeGreaterThan(1);
    });
  });

  describe('snapshot and restore', () => {
    const midway = () => {
      let run = playRoundPerfectly(run0());
      run = act(run, { type: 'toggle', option: 'city-news' });
      return run;
    };

    it('a snapshot saved as JSON restores the same run', () => {
      const run = midway();
      const snap = JSON.parse(JSON.stringify(snapshotRun(run))) as ReturnType<typeof snapshotRun>;
      expect(snap).not.toHaveProperty('rounds');
      const back = restoreRun(level, snap);
      expect(back).toEqual(run);
      // The restored run plays on like the original.
      expect(runScore(act(back as Run, { type: 'confirm' }))).toEqual(runScore(act(run, { type: 'confirm' })));
    });

    it('refuses a snapshot of another level', () => {
      expect(restoreRun(level, { ...snapshotRun(midway()), levelId: 'other' })).toBeNull();
    });

    it('refuses a snapshot whose round or question is past the end', () => {
      const snap = snapshotRun(midway());
      expect(restoreRun(level, { ...snap, index: 5 })).toBeNull();
      expect(restoreRun(level, { ...snap, index: -1 })).toBeNull();
      expect(restoreRun(level, { ...snap, questionIndex: 1 })).toBeNull();
    });

    it('refuses a snapshot that answered a round the level no longer has', () => {
      const file = tinyLevelFile();
      file.rounds = file.rounds.filter((r) => r.id !== 'who-voted');
      expect(restoreRun(tinyLevel(file), snapshotRun(midway()))).toBeNull();
    });
  });
});
