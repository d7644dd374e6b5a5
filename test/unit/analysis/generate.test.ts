import { isNearCopy } from '../../../src/core/analysis/nearCopy';
import { describe, expect, it } from 'vitest';
import { findAllQuotes } from '../../../src/core/article';
import { generateRounds } from '../../../src/core/generate';
import { validateLevel } from '../../../src/core/levelValidate';
import { loadNodeLibrary } from '../../../src/cli/nodeLibrary';

const { library } = loadNodeLibrary();

function level(seed: number) {
  return {
    format: 1,
    id: 'generated-test',
    title: { en: 'T', es: 'T' },
    description: { en: 'D', es: 'D' },
    languages: ['en', 'es'],
    seed,
    articles: ['000', '001', '002', '003', '004'],
    rounds: [
      {
        id: 'authored-1',
        type: 'opinion-or-reporting',
        article: '000',
        passage: 'Ukraine is nothing, this is about the bigger picture.',
        answer: 'opinion',
        cue: 'loaded-words',
        cueOptions: ['loaded-words', 'attribution-verb', 'checkable-detail'],
        explanation: { en: 'e', es: 'e' },
        evidence: [{ article: '000', quote: 'Ukraine is nothing, this is about the bigger picture.' }],
      },
      { generate: { type: 'who-said-it', count: 4 } },
      { generate: { type: 'opinion-or-reporting', count: 4 } },
      { generate: { type: 'conflicting-figures', count: 4 } },
    ],
  };
}

describe('generated rounds over the seeds', () => {
  it('validate, and build the same rounds twice from one seed', () => {
    const a = validateLevel(level(42), library, generateRounds);
    const b = validateLevel(level(42), library, generateRounds);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    // One authored round and up to 4 of each generated type; the seeds hold enough distinct
    // sentences and figure groups for all but at most one (no sentence is used twice: roundReuse.test.ts).
    expect(a.level.rounds.length).toBeGreaterThanOrEqual(12);
    expect(a.level.rounds.length).toBeLessThanOrEqual(13);
    expect(JSON.stringify(a.level.rounds)).toBe(JSON.stringify(b.level.rounds));
    const ids = a.level.rounds.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(1).every((id) => id.startsWith('gen-'))).toBe(true);
  });

  it('are valid as authored rounds (written out in full) and explain in both languages', () => {
    const a = validateLevel(level(7), library, generateRounds);
    if (!a.ok) throw new Error(JSON.stringify(a.problems));
    const written = { ...level(7), rounds: a.level.rounds };
    const again = validateLevel(written, library);
    expect(again.ok).toBe(true);
    for (const r of a.level.rounds) {
      expect(r.explanation.en && r.explanation.es).toBeTruthy();
      if (r.type === 'who-said-it') {
        expect(r.options.length).toBeGreaterThanOrEqual(3);
        expect(r.quote.split(/\s+/).length).toBeGreaterThanOrEqual(8);
        // Copies count, near-copies too: an answer's evidence may quote its own, slightly edited, wording.
        const prints = (o: string): boolean =>
          findAllQuotes(library.get(o)!.text, r.quote).length > 0 ||
          r.evidence.some((ev) => ev.article === o && isNearCopy(ev.quote, r.quote) && findAllQuotes(library.get(o)!.text, ev.quote).length > 0);
        for (const o of r.options) expect(prints(o)).toBe(r.answers.includes(o));
      }
    }
  });

  it("gives the copied report's sentences both copies as answers", () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const a = validateLevel(level(seed), library, generateRounds);
      if (!a.ok) throw new Error('invalid');
      for (const r of a.level.rounds) {
        if (r.type !== 'who-said-it') continue;
        const in000 = findAllQuotes(library.get('000')!.text, r.quote).length > 0;
        const in004 = findAllQuotes(library.get('004')!.text, r.quote).length > 0;
        if (in000 && in004 && r.options.includes('000') && r.options.includes('004')) expect(r.answers.sort()).toEqual(['000', '004']);
      }
    }
  });

  it('makes figure rounds only from groups judged with confidence', () => {
    const a = validateLevel(level(3), library, generateRounds);
    if (!a.ok) throw new Error('invalid');
    const figures = a.level.rounds.filter((r) => r.type === 'conflicting-figures');
    expect(figures.length).toBeGreaterThan(0);
    const toll = figures.find((r) => r.type === 'conflicting-figures' && r.figures.some((f) => f.figure === 'more than 13,000'));
    if (toll && toll.type === 'conflicting-figures') {
      expect(toll.conflict).toBe(false);
      expect(toll.reason).toBe('lower-bounds');
      expect(toll.bestSupported).toEqual(['002']);
    }
  });

  it('makes no rounds from no articles', () => {
    expect(generateRounds({ type: 'who-said-it', count: 3, seed: 1, index: 0 }, [])).toEqual([]);
  });
});
