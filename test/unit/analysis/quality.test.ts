import { describe, expect, it } from 'vitest';
import { seedQuality } from '../../../src/cli/seedQuality';

/**
 * The engine against the hand-labelled key in test/fixtures/seed-key (labelled from the texts
 * and the reader's guide before the engine existed). A regression set: the engine was tuned on
 * these five articles, so the measure that counts is the corpus split in `npm run quality`,
 * which scores the same way (src/cli/qualityScore.ts).
 */

const q = seedQuality();
const pct = (x: number): string => x.toFixed(2);

describe('quality against the hand-labelled seed key', () => {
  const g = q.figureGroups;
  console.log(
    [
      'Engine vs hand-labelled key (test/fixtures/seed-key)',
      `  copies:        recall ${pct(q.copies.recall)}  precision ${pct(q.copies.precision)}  (key ${q.copies.key}, engine ${q.copies.engine})`,
      `  figure groups: recall ${pct(g.recall)}  precision ${pct(g.precision)}  reason right ${g.reasonRight}/${g.found}  (key ${g.key}, engine confident ${g.engine})`,
      ...g.missed.map((m) => `      missed: ${m}`),
      ...g.wrong.map((w) => `      not in key, impure or wrong verdict: ${w}`),
      `  sentence kind: accuracy ${pct(q.sentenceAccuracy)}  (${q.sentences.kinds.total} labelled sentences${q.sentences.missing ? `, ${q.sentences.missing} not found` : ''})`,
      ...Object.entries(q.perKind).map(([k, v]) => `      ${k.padEnd(10)} precision ${pct(v.precision)}  recall ${pct(v.recall)}`),
      `      confusion (key → engine): ${JSON.stringify(q.sentences.confusion)}`,
    ].join('\n'),
  );

  it('finds every copied passage (recall 1.0)', () => {
    expect(q.copies.recall).toBe(1);
  });
  it('judges figure groups with precision ≥ 0.9 and recall ≥ 0.8, reasons included', () => {
    expect(g.precision).toBeGreaterThanOrEqual(0.9);
    expect(g.recall).toBeGreaterThanOrEqual(0.8);
    expect(g.reasonRight / g.key).toBeGreaterThanOrEqual(0.8);
  });
  // 0.85 until 2026-12-06 (123/144). A hedge alone in a passage without the writer's voice stopped making a sentence the
  // writer's view: 51 more dev key sentences right, on both halves, and two seed sentences of a news analysis
  // ("appear to have had little effect", "can at least delay") lost: 121/144. The seeds are a regression set, not the measure.
  it('labels sentence kinds with accuracy ≥ 0.84', () => {
    expect(q.sentences.kinds.total).toBeGreaterThanOrEqual(60);
    expect(q.sentenceAccuracy).toBeGreaterThanOrEqual(0.84);
  });
});
