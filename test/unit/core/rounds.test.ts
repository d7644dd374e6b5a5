import { describe, expect, it } from 'vitest';
import { buildRun, NO_VIEW, type PlayRound } from '../../../src/core/rounds';
import { createRng, shuffled } from '../../../src/core/rng';
import { tinyLevel, tinyLevelFile } from './tinyLevel';

const level = tinyLevel();
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const byId = (run: PlayRound[], id: string): PlayRound => {
  const r = run.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const optionIds = (r: PlayRound, qi = 0) => r.questions[qi]?.options.map((o) => o.id) ?? [];

describe('round building', () => {
  it('replays the same run from the same seed', () => {
    expect(buildRun(level, 7)).toEqual(buildRun(level, 7));
  });

  it('shows every round type with the questions its type asks; only "who printed it" ticks several', () => {
    const run = buildRun(level, 1);
    const asked = (id: string) => byId(run, id).questions.map((q) => [q.id, q.multi]);
    expect(asked('who-voted')).toEqual([['outlet', true]]);
    expect(asked('waste-of-money')).toEqual([
      ['kind', false],
      ['cue', false],
    ]);
    expect(asked('pair-vote')).toEqual([['view', false]]);
    expect(asked('bridge-cost')).toEqual([
      ['conflict', false],
      ['reason', false],
      ['support', false],
    ]);
    for (const r of run) {
      for (const q of r.questions)
        expect(
          q.correct.every((c) => q.options.some((o) => o.id === c)),
          `${r.id}/${q.id}`,
        ).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });

  it('keeps every copy as a right answer of "who printed it"', () => {
    const q = byId(buildRun(level, 1), 'who-voted').questions[0];
    expect([...(q?.correct ?? [])].sort()).toEqual(['river-post', 'valley-blog']);
    expect(byId(buildRun(level, 1), 'who-voted').copiedIn?.sort()).toEqual(['river-post', 'valley-blog']);
  });

  it('shuffles the outlets by the seed: each outlet comes first for some seed', () => {
    const firsts = new Set(SEEDS.map((s) => optionIds(byId(buildRun(level, s), 'who-voted'))[0]));
    expect(firsts.size).toBeGreaterThanOrEqual(3);
    for (const s of SEEDS) expect([...optionIds(byId(buildRun(level, s), 'who-voted'))].sort()).toEqual(['city-news', 'river-post', 'town-radio', 'valley-blog']);
  });

  it('puts "yes" and "no" in both positions across seeds', () => {
    const firsts = new Set(SEEDS.map((s) => optionIds(byId(buildRun(level, s), 'bridge-cost'))[0]));
    expect(firsts).toEqual(new Set(['yes', 'no']));
  });

  it('keeps the three kinds of passage in their fixed order (a scale, not a shuffle)', () => {
    for (const s of SEEDS) expect(optionIds(byId(buildRun(level, s), 'waste-of-money'))).toEqual(['reporting', 'attributed', 'opinion']);
  });

  it('opinion pair: the passage with the view is first for some seeds and second for others, and "none" stays last', () => {
    const sides = new Set<string>();
    for (const s of SEEDS) {
      const r = byId(buildRun(level, s), 'pair-vote');
      if (r.material.type !== 'opinion-pair') throw new Error('not a pair');
      const ids = optionIds(r);
      // The options follow the passages shown: "first" is the first passage's article.
      expect(ids.slice(0, 2)).toEqual(r.material.passages.map((p) => p.articleId));
      expect(ids[2]).toBe(NO_VIEW);
      expect(r.questions[0]?.options[0]?.label).toEqual({ kind: 'key', key: 'round.pair.first' });
      sides.add(ids[0] === 'valley-blog' ? 'view first' : 'view second');
    }
    expect(sides).toEqual(new Set(['view first', 'view second']));
  });

  it('shuffles rounds only when the level asks for it, with the same rounds and keys', () => {
    expect(buildRun(level, 1).map((r) => r.id)).toEqual(level.rounds.map((r) => r.id));
    const shuffledLevel = tinyLevel({ ...tinyLevelFile(), shuffleRounds: true });
    const orders = new Set(
      SEEDS.map((s) =>
        buildRun(shuffledLevel, s)
          .map((r) => r.id)
          .join(','),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    const a = buildRun(shuffledLevel, 1);
    const b = buildRun(shuffledLevel, 2);
    for (const ra of a) expect(byId(b, ra.id).questions.map((q) => [...q.correct].sort())).toEqual(ra.questions.map((q) => [...q.correct].sort()));
  });

  it('shuffles deterministically without losing items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const s = shuffled(items, createRng(42));
    expect(s).toEqual(shuffled(items, createRng(42)));
    expect([...s].sort()).toEqual(items);
  });
});
