import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-eighth session: figure groups. Invented articles. */

const groupOf = (texts: string[], figure: string) =>
  analyze(texts.map((t, i) => article(`a${i + 1}`, t))).figureGroups.find((g) => g.confident && g.members.some((m) => m.text === figure));

describe('figure groups: one sum of money that two articles each print once', () => {
  it('groups "$40 million" in two stories however differently worded', () => {
    const g = groupOf(
      [
        'The lottery has grown since early November, when it stood at $40 million. Ticket sales rose in every state.',
        "Powerball's smallest advertised prize is $40 million; winners may choose cash instead. Ticket sales rose in every state.",
      ],
      '$40 million',
    );
    expect(g?.members.map((m) => m.article).sort()).toEqual(['a1', 'a2']);
    expect(g?.verdict).toBe('compatible');
  });

  it('leaves the sum apart when an article prints it twice, for what may be two things', () => {
    const g = groupOf(
      [
        'The lottery stood at $40 million in November. A second game paid $40 million to a winner in Ohio.',
        "Powerball's smallest advertised prize is $40 million; winners may choose cash instead.",
      ],
      '$40 million',
    );
    expect(g).toBeUndefined();
  });
});

describe('figure groups: a count printed without its noun in a copied sentence', () => {
  const copied = "Before the invasion, the village's population was about 300. It is not clear how many residents were still living there.";

  it('compares "about 300" across the outlets that copy the sentence', () => {
    const g = groupOf([copied, `“${copied}” the spokesperson said in Geneva.`], 'about 300');
    expect(g?.members.map((m) => m.article).sort()).toEqual(['a1', 'a2']);
  });

  it('still compares no count under ten by the copy alone', () => {
    const line = 'Officials said nine were still awaiting trial after the hearing on Monday in the city court.';
    expect(groupOf([line, `${line} More hearings are set.`], 'nine')).toBeUndefined();
  });
});

describe('figure groups: two sums of one article, one of them a plan', () => {
  it('keeps "about $113 million" (lead exports, expected) apart from "an estimated $251 million" (the iron ore ban)', () => {
    const { figureGroups } = analyze([
      article(
        'a1',
        'Iron and iron ore would also be included under the full ban, depriving the country of an estimated $251 million this year. There would be prohibitions on lead and lead ore exports as well, which were expected to generate about $113 million in revenue this year and on seafood, which was anticipated to bring in nearly $300 million in 2017.',
      ),
      article('a2', 'The iron and iron ore ban will deprive the country of an estimated $251 million this year.'),
    ]);
    const g = figureGroups.find((x) => x.members.some((m) => m.text === 'an estimated $251 million'));
    expect(g?.members.map((m) => m.text)).toEqual(['an estimated $251 million', 'an estimated $251 million']);
  });
});
