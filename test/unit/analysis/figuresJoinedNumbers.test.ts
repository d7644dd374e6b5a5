import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: two numbers joined by "and" or "or" that name what they count once. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: numbers joined by "and" that share one noun', () => {
  it('reads the noun after the second number as what the first counts too, without making their sum', () => {
    const f = figuresOf('By Friday the northern provinces had reported 37 and 52 deaths from the floods, respectively.');
    expect(f.map((x) => [x.text, x.unitClass])).toEqual([
      ['37', 'people-killed'],
      ['52', 'people-killed'],
    ]);
  });

  it('reads a measure named before the first number as what the second measures too', () => {
    const f = figuresOf('The tremors, between magnitude 3.8 and 5.2, shook the coast overnight.');
    expect(f.filter((x) => x.kind === 'count').map((x) => [x.text, x.unitClass])).toEqual([
      ['3.8', 'magnitude'],
      ['5.2', 'magnitude'],
    ]);
  });

  it('leaves a number written in words with "and" inside it as one number', () => {
    const f = figuresOf('A hundred and twelve towns voted to join the scheme.');
    expect(f.some((x) => x.unitClass === 'town' && x.text === 'A hundred')).toBe(false);
  });

  it('groups one toll of a pair copied in two outlets', () => {
    const text = 'The two coastal states reported 37 and 52 deaths from the storms, respectively, the auditors found.';
    const { figureGroups } = analyze([article('a', text), article('b', `In a summary, ${text.toLowerCase()}`)]);
    const of37 = figureGroups.find((g) => g.members.some((m) => m.text === '37'));
    expect(of37?.members.map((m) => `${m.article}:${m.text}`).sort()).toEqual(['a:37', 'b:37']);
  });
});
