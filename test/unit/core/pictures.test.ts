import { describe, expect, it } from 'vitest';
import { act, startRun, type Run } from '../../../src/core/game';
import { copyMapModel, discernmentModel, numberLineModel } from '../../../src/core/pictures';
import { runScore } from '../../../src/core/game';
import { tinyLevel } from './tinyLevel';

const outlet = (en: string) => ({ en });

describe('the number line', () => {
  it('shows overlap when a bound and a range can both hold, and places rays to the end', () => {
    const m = numberLineModel([
      { articleId: 'a', outlet: outlet('A'), quote: '', figure: 'more than 13,000' },
      { articleId: 'b', outlet: outlet('B'), quote: '', figure: 'tens of thousands' },
    ]);
    expect(m.overlap).toBe(true);
    expect(m.marks[0]?.to).toBe(1);
    expect(m.marks[0]?.from).toBeGreaterThan(0);
    expect(m.marks[1]?.from).toBeLessThan(m.marks[0]!.from);
  });

  it('shows a gap when two counts cannot both be true', () => {
    const m = numberLineModel([
      { articleId: 'a', outlet: outlet('A'), quote: '', figure: 'about 90 minutes' },
      { articleId: 'b', outlet: outlet('B'), quote: '', figure: 'two hours' },
    ]);
    expect(m.overlap).toBe(false);
    expect(m.marks[0]!.to).toBeLessThan(m.marks[1]!.from);
  });

  it('lists a figure without a number but does not place it', () => {
    const m = numberLineModel([
      { articleId: 'a', outlet: outlet('A'), quote: '', figure: 'on Thursday' },
      { articleId: 'b', outlet: outlet('B'), quote: '', figure: '100' },
    ]);
    expect(m.marks[0]?.value).toBeNull();
    expect(m.overlap).toBeNull();
  });
});

/** Answer every question of the current round with its key, skip evidence, reach feedback. */
function answerRound(run: Run): Run {
  let r = run;
  const round = r.rounds[r.index]!;
  for (const q of round.questions) {
    if (q.multi) {
      for (const c of q.correct) r = act(r, { type: 'toggle', option: c });
      r = act(r, { type: 'confirm' });
    } else r = act(r, { type: 'choose', option: q.correct[0]! });
  }
  return act(r, { type: 'skipEvidence' });
}

describe('the copy map', () => {
  it('adds a thread only once a who-said-it round with a copy has been answered', () => {
    let run = startRun(tinyLevel(), 1);
    const whoIndex = run.rounds.findIndex((r) => r.type === 'who-said-it' && (r.copiedIn?.length ?? 0) > 1);
    expect(whoIndex).toBeGreaterThanOrEqual(0);
    while (run.index < whoIndex) run = act(answerRound(run), { type: 'next' });
    const before = copyMapModel(run, (id) => outlet(id));
    expect(before.threads).toHaveLength(0);
    expect(before.cards.length).toBeGreaterThan(1);
    run = answerRound(run);
    const after = copyMapModel(run, (id) => outlet(id));
    expect(after.threads).toHaveLength(1);
    expect(after.previous).toBe(0);
    expect(after.threads[0]!.articleIds).toEqual([...run.rounds[whoIndex]!.copiedIn!].sort());
  });

  it('draws one thread for outlets that share two passages, counting both and drawing it in again', () => {
    let run = startRun(tinyLevel(), 1);
    const whoIndex = run.rounds.findIndex((r) => r.type === 'who-said-it' && (r.copiedIn?.length ?? 0) > 1);
    const copied = run.rounds[whoIndex]!;
    // A second round whose passage the same outlets printed (as in a level where they share two).
    const again = { ...copied, id: `${copied.id}-again` };
    run = { ...run, rounds: [...run.rounds.slice(0, whoIndex + 1), again, ...run.rounds.slice(whoIndex + 1)] };
    while (run.index <= whoIndex) run = act(answerRound(run), { type: 'next' });
    run = answerRound(run);
    const m = copyMapModel(run, (id) => outlet(id));
    expect(m.threads).toHaveLength(1);
    expect(m.threads[0]).toMatchObject({ roundId: again.id, passages: 2 });
    expect(m.previous).toBe(0);
  });
});

describe('discernment on results', () => {
  it('has one row per skill practised, with hit and false-alarm rates from the tally', () => {
    let run = startRun(tinyLevel(), 1);
    while (!run.finished) run = act(answerRound(run), { type: 'next' });
    const m = discernmentModel(runScore(run));
    const practised = new Set(run.rounds.map((r) => r.skill));
    expect(m.rows.map((r) => r.skill).sort()).toEqual([...practised].sort());
    for (const row of m.rows) {
      if (row.hitRate !== null) expect(row.hitRate).toBe(1);
      if (row.falseAlarmRate !== null) expect(row.falseAlarmRate).toBe(0);
    }
  });
});
