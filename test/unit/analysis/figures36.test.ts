import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Issue 9, thirty-sixth session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: "one" and what it counts', () => {
  it('reads "one" before the singular of a counted noun as a count of it ("one death")', () => {
    const f = figuresOf('The company has received reports of one child death linked to the treadmill.');
    expect(f.map((x) => [x.text, x.kind, x.unitClass])).toEqual([['one', 'count', 'people-killed']]);
  });

  it('compares "one death" in two outlets as one toll', () => {
    const { figureGroups } = analyze([
      article('a', 'The regulator said the treadmill has been linked to one child death and 39 injuries.'),
      article('b', 'Regulators have linked the treadmill to one death and dozens of injuries among children.'),
    ]);
    const toll = figureGroups.find((g) => g.members.some((m) => m.text === 'one'));
    expect(toll?.members.map((m) => `${m.article}:${m.text}`)).toEqual(['a:one', 'b:one']);
  });

  it('still reads no count in "one of" or "no one"', () => {
    expect(figuresOf('It was one of the worst storms on record.')).toEqual([]);
    expect(figuresOf('No one has claimed the prize, which the lottery called a mystery.')).toEqual([]);
  });

  it('reads what a count counts from "the number of" past words that describe it ("the number of confirmed cases")', () => {
    const f = figuresOf('Officials said the number of confirmed cases from the outbreak has surpassed 72,000, with the death toll rising to nearly 1,900.');
    expect(f.find((x) => x.text === '72,000')?.unitClass).toBe('cases');
  });
});

describe('figure groups: the parts of a sum written out', () => {
  const textsOf = (g: { members: readonly { article: string; text: string }[] } | undefined) => g?.members.map((m) => `${m.article}:${m.text}`);

  it('compares each part across outlets as a quantity of its own ("250 passengers and eight crew members")', () => {
    const { figureGroups } = analyze([
      article('a', 'The train was carrying 250 passengers and eight Amtrak employees when it derailed near Philadelphia on Tuesday night.'),
      article('b', 'Investigators said the derailed train carried 250 passengers and eight Amtrak employees on Tuesday night near Philadelphia.'),
    ]);
    expect(textsOf(figureGroups.find((g) => g.members.some((m) => m.text === 'eight')))).toEqual(['a:eight', 'b:eight']);
    expect(textsOf(figureGroups.find((g) => g.members.some((m) => m.text === '250')))).toEqual(['a:250', 'b:250']);
  });

  it('does not compare the numbered part of a sum that counts "another" beside it', () => {
    const { figureGroups } = analyze([
      article('a', 'The State Department has released three statements – two about Russian disinformation, and another on sanctions.'),
      article('b', 'The State Department issued two statements on Russian disinformation, and another on sanctions, on Friday.'),
    ]);
    expect(figureGroups.filter((g) => g.members.every((m) => m.text === 'two'))).toEqual([]);
  });
});

describe('figure groups: a precise count printed bare in two articles', () => {
  it('compares the same bare value of a thousand or more across articles ("population 2.2 million")', () => {
    const { figureGroups } = analyze([
      article('a', 'The quake struck Ouest Province (population 2.2 million), 17 km south-west of the capital, on Tuesday.'),
      article('b', 'The earthquake hit a densely populated area of Ouest Province (population 2.2 million) near the capital on Tuesday.'),
    ]);
    expect(figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`))).toEqual([['a:2.2 million', 'b:2.2 million']]);
  });

  it('pools no bare counts of other values, and no small ones', () => {
    const groups = (x: string, y: string) =>
      analyze([
        article('a', `Shelters in the north of the province now hold ${x}, officials said on Tuesday.`),
        article('b', `By Wednesday the northern shelters were said to hold ${y} in all.`),
      ]).figureGroups;
    expect(groups('(82,400)', '(74,100)')).toEqual([]);
    expect(groups('(430)', '(430)')).toEqual([]);
    // (The same sentences with one precise bare value of a thousand or more do make a group: the guard above is not vacuous.)
    expect(groups('(82,400)', '(82,400)')).toHaveLength(1);
  });
});

describe('figures: the level of a statistical interval', () => {
  it('reads no figure in "95% CI" or "a 95% confidence interval", but still reads the interval and other shares', () => {
    expect(figuresOf('Use was associated with infection (odds ratio 5.0, 95% CI 1.1 to 22.8).').map((x) => x.text)).not.toContain('95%');
    expect(figuresOf('Excess deaths were 14.9 million (95% uncertainty interval 13.3 to 16.6 million).').map((x) => x.text)).toEqual(['14.9 million', '13.3 to 16.6 million']);
    expect(figuresOf('Turnout was 95% in the capital.').map((x) => x.text)).toEqual(['95%']);
  });
});

describe('figures: four digits of a 24-hour clock before "hours"', () => {
  it('reads "As of 1600 hours local time" as a time of day, not a length', () => {
    expect(figuresOf('As of 1600 hours local time, teams had rescued 12 people.').map((x) => [x.text, x.kind])).toEqual([
      ['1600 hours', 'time'],
      ['12', 'count'],
    ]);
  });

  it('reads "or 1008 hours" after a length as a length ("42 days or 1008 hours"), and "or 0416 hours" after a time as a time', () => {
    expect(figuresOf('The shutdown lasted 42 days or 1008 hours, the longest on record.').find((x) => x.text === '1008 hours')?.kind).toBe('duration');
    expect(figuresOf('The quake struck at 1716 hours Japan Standard Time, or 0416 hours Eastern Daylight Time.').map((x) => x.kind)).toEqual(['time', 'time']);
  });
});

describe('figure rounds: no second right reason among the options', () => {
  it('does not offer "rounding" as a wrong reason beside "close to 2 billion" and "2 billion" (audit 36, f2-25)', () => {
    const articles = [
      article('a', 'The vaccine alliance aims to deliver close to 2 billion doses of vaccine by the end of the year, its chief said in Geneva on Monday.'),
      article('b', 'The vaccine alliance has set a goal of delivering 2 billion doses of vaccine by the end of the year, its chief said in Geneva.'),
    ];
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const rounds = seeds.flatMap((seed) => figuresRounds(analyze(articles), articles, 5, createRng(seed), (n) => `r${n}`));
    expect(rounds.length).toBeGreaterThan(0);
    for (const round of rounds) {
      expect(round.reason).toBe('same-fact-different-form');
      expect(round.reasonOptions).not.toContain('rounding');
    }
  });
});

describe('figures: sixths and eighths', () => {
  it('reads "a sixth of" and "seven-eighths of" as shares, and "the sixth of July" as none', () => {
    expect(figuresOf('The strike killed a sixth of the village’s population.').map((x) => [x.text, x.kind])).toEqual([['a sixth', 'percent']]);
    expect(figuresOf('Seven-eighths of the ice had melted by August.').map((x) => [x.text, x.kind])).toEqual([['Seven-eighths', 'percent']]);
    expect(figuresOf('It was the sixth of July when the rains came.').filter((x) => x.kind === 'percent')).toEqual([]);
  });
});

describe('figures: a time phrase after a count', () => {
  it('takes no noun from "last year" or "this year" after a number ("about 1,200 last year and 900 this year")', () => {
    expect(figuresOf('The shelter took in about 1,200 last year and 900 this year, its director said.').map((x) => [x.text, x.unit])).toEqual([
      ['about 1,200', ''],
      ['900', ''],
    ]);
  });
});
