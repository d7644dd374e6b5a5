import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure reading round 30. Invented boxes and sentences, not from any corpus. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const unitsOf = (text: string) => figuresOf(text).map((f) => [f.text, f.unitClass]);

const STORY = 'Relief teams reached the coast on Tuesday after the storm had passed.';

describe('figure reading round 30: boxes of numbers', () => {
  it('reads a box whose numbers stand above their labels by the label under each number', () => {
    const box = ['Storm Report No. 4', '', 'Key Figures', '', '418', '', 'Confirmed Deaths in the Delta', '', '12,500', '', 'People in Relief Camps', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'people'],
    ]);
  });

  it('reads a box that starts with its first number and ends with prose', () => {
    const box = ['The figures below are from the ministry.', '', '2.3 million', '', 'Children Out of School', '', '640', '', 'Schools Damaged by the Storm', '', STORY].join('\n');
    const fs = figuresOf(box);
    expect(fs.find((f) => f.text === '2.3 million')?.unit).toBe('children');
    expect(fs.find((f) => f.text === '640')?.unit).not.toBe('children');
  });

  it('keeps reading the usual box, a label above each number, by the label before it', () => {
    const box = ['Key Figures', '', 'Deaths', '', '418', '', 'Cases', '', '12,500', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('reads a label-first box whose last label heads a table as label-first', () => {
    const box = ['Outbreak Summary', 'Deaths', '418', 'Cases', '12,500', 'Hospital Stays', 'Under 5: 28% (21 of 76)', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('reads a label-first box by the line breaks that tie each number to the label above it', () => {
    const box = ['Outbreak Summary', '', 'Deaths', '418', '', 'Cases', '12,500', '', 'Hospital Stays', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('leaves a single number between two labels to the label before it', () => {
    const box = ['Total Cases', '', '222', '', 'Age Groups', '', STORY].join('\n');
    expect(figuresOf(box).find((f) => f.text === '222')?.unitClass).toBe('cases');
  });
});

describe('figure reading round 30: time until is not a length', () => {
  const kindOf = (text: string, figure: string) => figuresOf(text).find((f) => f.text === figure)?.kind;

  it('reads "in N days" in a clause that looks ahead as a time until, not a length', () => {
    expect(kindOf('We need to act fast to avoid a lockout in 19 days.', '19 days')).toBe('offset');
    expect(kindOf('The new rules will take effect within 30 days, the board said.', '30 days')).toBe('offset');
    // Looking back, the same words say how long it took.
    expect(kindOf('The new bridge was built in 19 days.', '19 days')).toBe('duration');
    expect(kindOf('It took the council 19 days to agree on a budget.', '19 days')).toBe('duration');
  });

  it('reads "N days from now" and "N days left" as a time until', () => {
    expect(kindOf('The vote is 19 days from now.', '19 days')).toBe('offset');
    expect(kindOf('The club has 19 days left to register its players.', '19 days')).toBe('offset');
    // A span said to run for so long is a length, whatever it ran until.
    expect(kindOf('The crew waited for 19 hours until the road reopened.', '19 hours')).toBe('duration');
  });

  it('keeps a time until out of the group of a length of the same value', () => {
    const { figureGroups } = analyze([
      article('a', 'It took the council 19 days to agree on a budget for the harbour.'),
      article('b', 'The council needs a budget for the harbour to avoid a closure in 19 days.'),
      article('c', 'The council ended its 19-day standoff over the harbour budget.'),
    ]);
    const length = figureGroups.find((g) => g.members.some((m) => m.article === 'a'));
    expect(length?.members.some((m) => m.article === 'b')).toBe(false);
  });
});

describe('figure reading round 30: a column of percents', () => {
  const table = [
    'Yearly change in prices, by category, and the last larger change',
    'Category Yearly change Largest before Month of the largest',
    'All goods',
    '7.4% 7.9% Oct. 1990',
    'Bread and cereals',
    '11.2 11.6 Mar.',
    '1981',
    'Rents',
    '4.8 5.1 Sept. 1987',
    'Prices rose in every category except clothing.',
    '12.5 13.0 Jan. 1999',
  ].join('\n');

  it('reads the bare numbers of rows under a row of percents as percents, by their row labels', () => {
    const fs = figuresOf(table);
    expect(fs.find((f) => f.text === '11.2')).toMatchObject({ kind: 'percent', value: 11.2 });
    expect(fs.find((f) => f.text === '4.8')).toMatchObject({ kind: 'percent', value: 4.8 });
  });

  it('stops at the first sentence of prose', () => {
    expect(figuresOf(table).find((f) => f.text === '12.5')?.kind).toBe('count');
  });
});
