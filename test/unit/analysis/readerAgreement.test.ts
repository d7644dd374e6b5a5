import { describe, expect, it } from 'vitest';
import { agreement, engineOnConsensus } from '../../../src/cli/readerAgreement';

const key = [
  { article: 'a', text: 'The storm killed 12 people.', kind: 'reporting' },
  { article: 'a', text: '“We are heartbroken,” the mayor said.', kind: 'attributed' },
  { article: 'b', text: 'This was a shameful failure of planning.', kind: 'opinion' },
  { article: 'b', text: 'Officials say the toll may rise.', kind: 'attributed' },
];

describe('agreement between the key and a second reader', () => {
  it('counts full agreement as kappa 1', () => {
    const a = agreement(key, key);
    expect(a).toEqual({ compared: 4, agreed: 4, unmatched: 0, kappa: 1 });
  });

  it('matches sentences whatever their quote marks and spacing, and counts a disagreement', () => {
    const second = [
      { article: 'a', text: 'The storm  killed 12 people.', kind: 'reporting' },
      { article: 'a', text: '"We are heartbroken," the mayor said.', kind: 'attributed' },
      { article: 'b', text: 'This was a shameful failure of planning.', kind: 'reporting' },
      { article: 'b', text: 'Officials say the toll may rise.', kind: 'attributed' },
    ];
    const a = agreement(key, second);
    expect(a.compared).toBe(4);
    expect(a.agreed).toBe(3);
    // observed 0.75; chance = (1/4*2/4) + (2/4*2/4) + (1/4*0) = 0.375; kappa = 0.375/0.625
    expect(a.kappa).toBeCloseTo(0.6, 5);
  });

  it('says how many key sentences the second reader did not label, and leaves them out', () => {
    const a = agreement(key, [{ article: 'a', text: 'The storm killed 12 people.', kind: 'reporting' }]);
    expect(a.compared).toBe(1);
    expect(a.unmatched).toBe(3);
  });

  it('does not match a sentence from another article', () => {
    const a = agreement(key, [{ article: 'b', text: 'The storm killed 12 people.', kind: 'reporting' }]);
    expect(a.compared).toBe(0);
    expect(a.unmatched).toBe(4);
  });
});

describe("the engine's kinds on the sentences both readers label alike", () => {
  const second = [
    { article: 'a', text: 'The storm killed 12 people.', kind: 'reporting' },
    { article: 'a', text: '"We are heartbroken," the mayor said.', kind: 'attributed' },
    // The readers differ here: convention, left out of the score.
    { article: 'b', text: 'This was a shameful failure of planning.', kind: 'reporting' },
  ];

  it('scores only the agreed sentences, and counts one the engine did not find as wrong', () => {
    const engine = {
      sentences: [
        { article: 'a', text: 'The storm killed 12 people.', kind: 'reporting' },
        { article: 'b', text: 'This was a shameful failure of planning.', kind: 'reporting' },
      ],
    };
    expect(engineOnConsensus(engine, key, second)).toEqual({ right: 1, total: 2 });
  });

  it('counts an agreed sentence the engine reads as another kind as wrong', () => {
    const engine = {
      sentences: [
        { article: 'a', text: 'The storm killed 12 people.', kind: 'opinion' },
        { article: 'a', text: '“We are heartbroken,” the mayor said.', kind: 'attributed' },
      ],
    };
    expect(engineOnConsensus(engine, key, second)).toEqual({ right: 1, total: 2 });
  });
});
