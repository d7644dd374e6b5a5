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
