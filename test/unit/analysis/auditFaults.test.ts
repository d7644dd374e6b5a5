import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionExplanation } from '../../../src/core/analysis/explain';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import { isNearCopy } from '../../../src/core/analysis/nearCopy';
import type { Article } from '../../../src/core/article';
import { CUES } from '../../../src/core/levelSchema';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule per case: the faults of the hand audit of issue 9. */
const finding = (text: string) => analyze([article('a', text)]).sentences[0];

/** The conflicting-figures rounds the engine makes from a few articles, over several seeds. */
function figureRounds(articles: Article[]) {
  const out = [];
  for (const seed of [1, 2, 3]) {
    for (const r of generateFromArticles({ type: 'conflicting-figures', count: 4, seed, index: 0 }, articles)) if (r.type === 'conflicting-figures') out.push(r);
  }
  return out;
}

describe('evaluative words inside an allegation are the accuser’s (F8)', () => {
  it('does not read "unfair" in "settled allegations that … were unfair" as the writer’s loaded word', () => {
    const s = finding('Five years ago, the regulator and the airline agreed to settle allegations that its baggage fees were unfair and deceptive.');
    expect(s?.kind).not.toBe('opinion');
    expect(s?.cues).not.toContain('loaded-words');
    // Whose claim it carries is not plain: too unsure for a round that teaches "reporting".
    expect(s?.confidence).toBeLessThan(0.85);
  });

  it('reads the content of "accused X of …" and of "complaints of …" as the charge', () => {
    expect(finding('The union accused the mining company of a brutal campaign against its members in March.')?.kind).not.toBe('opinion');
    expect(finding('Residents filed complaints of brutal treatment by the guards in March.')?.kind).not.toBe('opinion');
  });

  it('still reads the same words as the writer’s own where no allegation frames them', () => {
    const s = finding('The airline’s baggage fees were unfair and deceptive from the start.');
    expect(s?.kind).toBe('opinion');
    expect(s?.cues).toContain('loaded-words');
  });
});

describe('a number naming a class, level or rank is a name, not a figure (F10)', () => {
  const figures = (text: string) => analyze([article('a', text)]).figures.map((f) => f.text);

  it('reads no figure in "Category 4", "Level 3", "Tier 2" or "Phase Two", and keeps the real ones', () => {
    // Only the real figure is read: the wind speed, the towns, the restaurants, the pupils.
    expect(figures('The cyclone struck the islands as a Category 4 storm with winds of 140 mph.')).toEqual(['140 mph']);
    expect(figures('Officials raised the Level 3 alert for 12 towns on the coast.')).toEqual(['12']);
    expect(figures('The Tier 2 rules close 40 restaurants in the city.')).toEqual(['40']);
    expect(figures('Phase Two of the plan reopens schools for 9,000 pupils.')).toEqual(['9,000']);
  });

  it('makes no figure round of two outlets’ "Category 4"', () => {
    const articles = [
      article('a', 'The cyclone made landfall on Tuesday as a Category 4 storm, the weather service said.'),
      article('b', 'Forecasters said the cyclone was a Category 4 storm when it reached the coast on Tuesday.'),
    ];
    expect(figureRounds(articles)).toEqual([]);
  });
});

describe('a figure round compares passages that are not copies of each other (F9)', () => {
  const shared = 'More than 300 volunteers from nearby towns joined the search for the missing hikers, police said.';

  it('makes no round from one sentence and its reprint', () => {
    const articles = [
      article('a', `Rescuers found two hikers alive in the mountains on Sunday.\n${shared}\nThe hikers had been missing since Friday.`),
      article('b', `A regional paper reprinted the police update.\n${shared}\nThe search ended on Sunday evening.`),
    ];
    const rounds = figureRounds(articles);
    expect(rounds).toEqual([]);
  });

  it('compares the original with another outlet’s own wording instead of with the reprint', () => {
    const articles = [
      article('a', `Rescuers found two hikers alive in the mountains on Sunday.\n${shared}\nThe hikers had been missing since Friday.`),
      // A near-copy: one word changed, and with it the figure's form.
      article('b', `A regional paper reprinted the police update.\n${shared.replace('More than', 'Over')}\nThe search ended on Sunday evening.`),
      // (An exact count above the floor: "about 300" beside "more than 300" is as much a bound as a rounding, under the gate.)
      article('c', 'Police said on Sunday that 320 volunteers had joined the search for the missing hikers in the mountains.'),
    ];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      const quotes = r.figures.map((f) => f.quote);
      const copies = quotes.flatMap((q, i) => quotes.slice(i + 1).filter((o) => o === q || isNearCopy(o, q)));
      expect(copies).toEqual([]);
      expect(r.figures.map((f) => f.article)).toContain('c');
    }
  });
});

describe('a figure round quotes no headline (page furniture)', () => {
  const headline = 'Airline to pay $2 billion fine over safety lapses';
  const others = [
    article('b', 'The airline will pay a $2 billion fine over the safety lapses.'),
    // (Another written form: outlets that print one figure to the letter make no round, the answer would need no reading.)
    article('c', 'The airline agreed on Monday to pay a fine of 2 billion dollars for the safety lapses.'),
  ];

  it('leaves out an outlet whose figure is only in its headline', () => {
    const articles = [article('a', `${headline}\nThe airline reached the deal with the regulator on Monday night. It admitted the lapses.`), ...others];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.figures.map((f) => f.quote)).not.toContain(headline);
  });

  it('quotes the body sentence that repeats the headline’s figure instead', () => {
    const body = 'Under the deal, the airline will pay the regulator a $2 billion fine for the safety lapses by March.';
    const articles = [article('a', `${headline}\nThe airline reached the deal with the regulator on Monday night. ${body}`), others[1] as Article];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.figures.map((f) => f.quote)).not.toContain(headline);
      expect(r.evidence.map((e) => e.quote)).not.toContain(headline);
    }
    expect(rounds.some((r) => r.figures.some((f) => f.quote === body))).toBe(true);
  });
});

describe('a figure round shows a list item without its bullet', () => {
  it('quotes "In June, …" and not "• In June, …", in the round and in its evidence', () => {
    const articles = [
      article('a', 'The agency released its monthly report.\n• In June, the index rose 4.2 percent over the year.\n• Food prices rose faster.'),
      article('b', 'The index rose 4.2% in the twelve months to June, the agency said on Wednesday.'),
    ];
    const rounds = figureRounds(articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) for (const q of [...r.figures.map((f) => f.quote), ...r.evidence.map((e) => e.quote)]) expect(q).not.toMatch(/^•/);
    expect(rounds.some((r) => r.figures.some((f) => f.quote.startsWith('In June, the index rose')))).toBe(true);
  });
});

describe('the Spanish explanation names the cue in good grammar for every cue', () => {
  it('does not say "La pista es" before a plural cue ("palabras cargadas", "comillas")', () => {
    const outlet = { en: 'Outlet A', es: 'Medio A' };
    for (const kind of ['opinion', 'attributed'] as const) {
      for (const cue of CUES) {
        const es = opinionExplanation(kind, cue, 'x', outlet).es;
        expect(es).not.toContain('La pista es');
        expect(es).toMatch(/La pista: \S/);
      }
    }
  });
});
