import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Numbers that are not quantities (issue 9): model names, phone numbers, the windows other figures are counted over. */
function figuresOf(text: string) {
  return analyze([article('a', text)]).figures;
}

describe('numbers that are not quantities', () => {
  it('reads a number before a capitalised model word as a name, in every mention in the article', () => {
    const f = figuresOf('Regulators cleared the 797 Zephyr for service after a long review. The carrier flies 797 Zephyr routes and will order 30 aircraft more.');
    expect(f.some((x) => x.value === 797)).toBe(false);
    expect(f.find((x) => x.value === 30)?.kind).toBe('count');
  });

  it('keeps a count whose capitalised modifier comes before a plural noun', () => {
    const f = figuresOf('Dealers in the region sold 214 Volvo trucks last month.');
    expect(f.find((x) => x.value === 214)).toMatchObject({ kind: 'count', unit: 'trucks' });
  });
});
