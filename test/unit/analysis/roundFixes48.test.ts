import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented texts (not from any corpus), issue 9, forty-eighth session. */

const outlet = (id: string, name: string, text: string) => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2024-05-31' }, text);

describe('a passage read as reporting that hedges', () => {
  it('is not taught as reporting "with no judgement"', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Health Office',
        'As with the previous two cases, the patient is a farm worker who had contact with sick goats, making this another instance of likely goat-to-person spread.\n\nThe office tested 40 workers at the farm on Tuesday.\n\nAll 40 tests came back negative on Thursday.',
      ),
      outlet('b', 'Coast Weekly', 'The farm near Port Ellis was closed to visitors on Monday after the third case.'),
    ];
    const findings = analyze(articles);
    const hedged = findings.sentences.find((s) => s.text.includes('likely goat-to-person'));
    expect(hedged?.kind).toBe('reporting');
    expect(hedged?.cues).toContain('speculation');
    const passages = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`)).map((r) => r.passage);
    expect(passages).toContain('The office tested 40 workers at the farm on Tuesday.');
    expect(passages.filter((p) => p.includes('likely goat-to-person'))).toEqual([]);
  });
});
