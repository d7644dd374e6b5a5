import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';
import { figuresLabel } from '../../../src/core/analysis/explain';
import { article } from './seeds';

/** Issue 9, forty-sixth session: ranks and runs. Invented sentences. */

const ranksOf = (text: string) =>
  analyze([article('a', text, '2024-05-16')])
    .figures.filter((f) => f.kind === 'rank')
    .map((f) => [f.text, f.unitClass, f.value]);
/** Each figure group's members as "article:text", from articles given as [date, text]. */
const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figures: a rank is an ordinal before a superlative, a run an ordinal before "consecutive" or "in a row"', () => {
  it('reads places by a measure, however the ordinal and the superlative are written', () => {
    expect(ranksOf('The ice reached its second-lowest extent on record.')).toEqual([['second-lowest', 'rank', 2]]);
    expect(ranksOf('This year the hole was the 7th-smallest since recovery began.')).toEqual([['7th-smallest', 'rank', 7]]);
    expect(ranksOf('It was the fourth most powerful quake ever recorded.')).toEqual([['fourth most powerful', 'rank', 4]]);
    expect(ranksOf('The bank is the nation’s second- largest lender.')).toEqual([['second- largest', 'rank', 2]]);
    expect(ranksOf('The club sits in 19th place in the table.')).toEqual([['19th place', 'rank', 19]]);
  });

  it('reads runs, "consecutive" after the ordinal or "in a row" after its noun', () => {
    expect(ranksOf('Displacement rose for the 12th consecutive year.')).toEqual([['12th consecutive', 'run', 12]]);
    expect(ranksOf('Hunger worsened for the fifth year in a row.')).toEqual([['fifth year in a row', 'run', 5]]);
  });

  it('reads no rank in other ordinals, in a first, or across a comma', () => {
    expect(ranksOf('Sales fell in the second quarter, and the fourth graders left.')).toEqual([]);
    expect(ranksOf('It was the first time and the largest storm.')).toEqual([]);
    expect(ranksOf('It was the second, consecutive delay and the third most on record.')).toEqual([]);
    expect(ranksOf('He paid the interest on the second request.')).toEqual([]);
  });
});

describe('figure groups: the same rank by the same measure in two outlets', () => {
  it('joins "second-costliest" in sentences worded apart, and keeps a rank apart from a run of the same number', () => {
    const groups = groupsOf(
      ['2024-03-02', 'Sandy was the second-costliest hurricane in United States history.'],
      ['2024-03-02', 'Damage estimates make the storm the second-costliest on record for the nation.'],
    );
    expect(groups).toContainEqual(['a1:second-costliest', 'a2:second-costliest']);
    const apart = groupsOf(
      ['2024-06-13', 'Displacement rose for the 12th consecutive year, the agency said.'],
      ['2024-06-13', 'The displaced would be the 12th largest country, the agency said, after a 12th consecutive annual rise.'],
    );
    expect(apart).toContainEqual(['a1:12th consecutive', 'a2:12th consecutive']);
    expect(apart.flat()).not.toContain('a2:12th largest');
  });

  it('asks about a place in a ranking when it makes a round of two outlets’ ranks', () => {
    const arts = [
      article('a1', 'The FBI said tech support scams were the third largest type of crime by losses in 2023, costing victims millions.', '2024-04-10'),
      article('a2', 'In 2023 tech support scams were the third-costliest type of crime reported to the FBI, by losses to victims.', '2024-04-10'),
    ];
    const rounds = figuresRounds(analyze(arts), arts, 3, createRng(1), (n) => `r${n}`);
    expect(rounds.map((r) => [r.question.en, r.figures.map((f) => f.figure)])).toContainEqual([
      'Two articles give a figure for a place in a ranking. Do their figures contradict each other?',
      ['third largest', 'third-costliest'],
    ]);
  });
});

describe('figures: a length after a count is how long it took, not a window', () => {
  const lengthsOf = (text: string) =>
    analyze([article('a', text, '2024-05-16')])
      .figures.filter((f) => f.kind === 'duration')
      .map((f) => f.text);

  it('reads "in less than 10 minutes" after "killed 58 people", and "in two weeks" after a sum', () => {
    expect(lengthsOf('A gunman killed 58 people and wounded over 400 in less than 10 minutes at the festival.')).toEqual(['less than 10 minutes']);
    expect(lengthsOf('Donors pledged $40 million in two weeks.')).toEqual(['two weeks']);
  });

  it('reads "within 30 days" after a share that is no change ("Four (7%) of 54 patients died within 30 days")', () => {
    expect(lengthsOf('Four (7%) of 54 case-patients with clinical cultures died within 30 days of culture collection.')).toEqual(['30 days']);
  });

  it('still leaves out the window of a change ("rose 12% in two years")', () => {
    expect(lengthsOf('Wheat prices rose 12% in two years, traders said.')).toEqual([]);
  });
});

describe('figure groups: an owner named by its initials with one word more', () => {
  it('takes "Team USA" and "the United States" for one owner of "110 medals"', () => {
    const groups = groupsOf(
      ['2008-09-10', 'Team USA won 110 medals at the Beijing Games, the largest haul in Olympic history for the nation.'],
      ['2008-09-12', 'The United States won 110 Olympic medals in Beijing.'],
    );
    expect(groups).toContainEqual(['a1:110', 'a2:110']);
  });
});

describe('figure rounds name an area', () => {
  it('asks about "the area" for acres and hectares, not a number of acres', () => {
    expect(figuresLabel('acre', 'acre').en).toBe('the area');
    expect(figuresLabel('hectare', 'hectares').es).toBe('la superficie');
  });
});

describe('figures: plurals of nouns in "-us" and "-is"', () => {
  const classOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => f.unitClass);

  it('counts "38 buses" in the class of "a 38-bus fleet", and "three crises" as crises', () => {
    expect(classOf('The district will buy 38 electric buses with the rebate money.')).toEqual(['bus']);
    expect(classOf('The grant covers the 38-bus electric fleet the district ordered.')).toEqual(['bus']);
    expect(classOf('The agency is handling three crises at once.')).toEqual(['crisis']);
  });

  it('groups "38 electric buses" with "the 38-bus electric fleet" in another outlet', () => {
    const groups = groupsOf(
      ['2024-05-01', 'The district will buy 38 electric buses with the rebate money.'],
      ['2024-05-02', 'The grant covers the 38-bus electric fleet the district ordered.'],
    );
    expect(groups).toContainEqual(['a1:38', 'a2:38']);
  });
});

describe('figures: a number of times after a name is no model number', () => {
  it('reads "loop Jupiter 37 times" and "won the World Cup 4 times" as counts of times, and keeps "Xbox 360" a name', () => {
    const counts = (text: string) =>
      analyze([article('a', text, '2016-06-14')])
        .figures.filter((f) => f.kind === 'count')
        .map((f) => [f.text, f.unitClass]);
    expect(counts('Juno will loop Jupiter 37 times during 20 months.')).toEqual([['37', 'time']]);
    expect(counts('The team has won the World Cup 4 times.')).toEqual([['4', 'time']]);
    expect(counts('He bought an Xbox 360 last week.')).toEqual([]);
  });
});

describe('figures: a plural a word after a capitalised one is what a number counts', () => {
  const counts = (text: string) =>
    analyze([article('a', text, '2022-06-10')])
      .figures.filter((f) => f.kind === 'count')
      .map((f) => f.text);

  it('reads "10 Black community members" and "150 UNRWA-designated emergency shelters" as counts, "its 737 Max airplane" as a name', () => {
    expect(counts('We mourned the loss of 10 Black community members.')).toEqual(['10']);
    expect(counts('Some 629,000 people are sheltering in 150 UNRWA-designated emergency shelters.')).toEqual(['Some 629,000', '150']);
    expect(counts('Boeing grounded its 737 Max airplane after the crash.')).toEqual([]);
  });

  it('counts "13 American Heroes" as heroes, "three tornadoes" as tornadoes and "12 calves" as calves', () => {
    const classes = (text: string) => analyze([article('a', text, '2022-06-10')]).figures.map((f) => f.unitClass);
    expect(classes('Remembering the loss of 13 American Heroes.')).toEqual(['hero']);
    expect(classes('Three tornadoes struck the county overnight.')).toEqual(['tornado']);
    expect(classes('The virus was found in 12 calves on the farm.')).toEqual(['calf']);
  });
});

describe('figures: a headline in title case names no model for the lines below it', () => {
  it('reads "led 144 current and former Members of Congress" below "Lead 144 Current & Former Members"', () => {
    const text =
      'Waters, Brown Lead 144 Current & Former Members on Amicus Brief Supporting CFPB\n\nToday, Congresswoman Maxine Waters led 144 current and former Members of Congress in filing an amicus brief.';
    const read = analyze([article('a', text, '2023-05-10')]).figures.filter((f) => f.value === 144);
    expect(read.map((f) => f.sentence.slice(0, 5))).toContain('Today');
  });
});
