import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

function figuresOf(text: string, date?: string) {
  return analyze([article('a', text, date)]).figures;
}

describe('figures', () => {
  it('reads numbers in digits and words, with their unit', () => {
    const f = figuresOf('Moscow has 100,000 troops near the border. Four Ukrainian officials were sanctioned.');
    expect(f.map((x) => [x.text, x.value, x.unit])).toEqual([
      ['100,000', 100000, 'troops'],
      ['Four', 4, 'officials'],
    ]);
    expect(f[0]?.unitClass).toBe('troops');
  });

  it('reads compound number words and multipliers', () => {
    const f = figuresOf('About two hundred soldiers and twenty-five tanks arrived; 1.5 million people fled.');
    expect(f.map((x) => x.value)).toEqual([200, 25, 1_500_000]);
    expect(f[0]?.bound).toBe('approx');
  });

  it('makes "more than" a lower bound and "nearly" an upper bound', () => {
    const [more, nearly] = figuresOf('The conflict has killed more than 13,000 people. Nearly 500 ships were counted.');
    expect(more).toMatchObject({ text: 'more than 13,000', bound: 'lower', low: 13000, high: null, unitClass: 'people-killed' });
    expect(nearly).toMatchObject({ bound: 'upper', high: 500 });
  });

  it('reads vague quantities as ranges', () => {
    const [tens, thousands] = figuresOf('Russia massed tens of thousands of troops. The war claimed thousands of lives.');
    expect(tens).toMatchObject({ text: 'tens of thousands', bound: 'vague', low: 20000, high: 99999, unit: 'troops' });
    expect(thousands).toMatchObject({ bound: 'vague', low: 2000, high: 9999, unitClass: 'people-killed' });
  });

  it('normalises durations to minutes and marks plans', () => {
    const f = figuresOf('The meeting was scheduled to last two hours; it ended after only 90 minutes.');
    expect(f.map((x) => [x.text, x.kind, x.value, x.scheduled])).toEqual([
      ['two hours', 'duration', 120, true],
      ['90 minutes', 'duration', 90, false],
    ]);
  });

  it('tells a span before or after something from a length', () => {
    const [f] = figuresOf('The talks come just 11 days after their deputies met.');
    expect(f).toMatchObject({ kind: 'offset', value: 11 * 1440 });
  });

  it('resolves "eight years ago" against the article date', () => {
    const [f] = figuresOf('After Russia seized the Crimean peninsula eight years ago, it backed a rebellion.', '2022-01-21');
    expect(f).toMatchObject({ text: 'eight years ago', kind: 'year', value: 2014, relative: true });
  });

  it('reads years, decades, dates and clock times', () => {
    const f = figuresOf('The pact was scrapped in 2019. The war ran through the 1980s. They will answer by January 30. It began at 11:00.');
    expect(f.map((x) => [x.text, x.kind])).toEqual([
      ['2019', 'year'],
      ['1980s', 'year'],
      ['January 30', 'date'],
      ['11:00', 'time'],
    ]);
    expect(f[1]).toMatchObject({ low: 1980, high: 1989 });
  });

  it('sums parts written in one phrase', () => {
    const f = figuresOf('The Treasury imposed sanctions on two current members of parliament and two former government officials.');
    const sum = f.find((x) => x.parts);
    expect(sum).toMatchObject({ value: 4, unitClass: 'officials', text: 'two current members of parliament and two former government officials' });
    expect(f.filter((x) => x.partOf === sum?.id)).toHaveLength(2);
  });

  it('counts "two … and another" as three', () => {
    const f = figuresOf('The State Department issued two statements on disinformation, including on Ukraine, and another titled Take Steps.');
    expect(f.find((x) => x.parts)).toMatchObject({ value: 3, unitClass: 'statements' });
  });

  it('leaves out "one" when it is not a quantity, and numbers in links', () => {
    expect(figuresOf('One proposal is to revive the treaty. See https://example.com/2022/01/21/story for more.')).toEqual([]);
  });

  it('names the source when the sentence does', () => {
    const [f] = figuresOf('The conflict has claimed more than 14,000 lives so far, according to Kiev.');
    expect(f?.sourced).toBe(true);
  });
});
