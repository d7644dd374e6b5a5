import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: one small count of one noun in two outlets whose sentences share almost no word. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const groupOf = (groups: Groups, article: string, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.article === article && m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

const REPORT_B = 'Since the weekend, three avalanches have cut off the ski resort, the regional governor told reporters. The avalanches also brought down power lines.';

describe('figure groups: the count of a noun each article keeps naming', () => {
  it('joins "three avalanches" in two reports worded apart when both tell of avalanches and neither counts more', () => {
    const { figureGroups } = analyze([
      article('a', 'Rescue teams were still searching the valley on Tuesday after three avalanches buried the mountain road. Experts said the avalanches followed heavy snow.'),
      article('b', REPORT_B),
    ]);
    expect(groupOf(figureGroups, 'b', 'three')).toEqual(['a:three', 'b:three']);
  });

  it('still joins them when one report also counts a part of them ("two of which")', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'Rescue teams were still searching the valley on Tuesday after three avalanches, two of which hit at night, buried the mountain road. Experts said the avalanches followed heavy snow.',
      ),
      article('b', REPORT_B),
    ]);
    expect(groupOf(figureGroups, 'b', 'three')).toEqual(['a:three', 'b:three']);
  });

  it('keeps them apart when one report counts more avalanches elsewhere: its three may be a part of those', () => {
    const { figureGroups } = analyze([
      article('a', 'Rescue teams were still searching the valley on Tuesday after three avalanches buried the mountain road. Seven avalanches have struck the region this winter.'),
      article('b', REPORT_B),
    ]);
    expect(groupOf(figureGroups, 'b', 'three')).toEqual([]);
  });

  it('keeps them apart when neither report names avalanches more than in passing', () => {
    const { figureGroups } = analyze([
      article('a', 'Rescue teams were still searching the valley on Tuesday after three avalanches buried the mountain road. Experts said heavy snow was to blame.'),
      article('b', 'Since the weekend, three avalanches have cut off the ski resort, the regional governor told reporters. Power lines are down too.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'three')).toEqual([]);
  });

  it('joins them when only one report keeps naming avalanches', () => {
    const { figureGroups } = analyze([
      article('a', 'Rescue teams were still searching the valley on Tuesday after three avalanches buried the mountain road. Experts said heavy snow was to blame.'),
      article('b', REPORT_B),
    ]);
    expect(groupOf(figureGroups, 'b', 'three')).toEqual(['a:three', 'b:three']);
  });

  it('joins one count in a phrase of place whatever each clause is about ("Volunteers in 23 provinces", "the agency … cases in 23 provinces")', () => {
    const { figureGroups } = analyze([
      article('a', 'The Health Agency said it had confirmed poisoning cases in 23 provinces since the recall began. Most provinces have set up testing centres.'),
      article('b', 'Volunteers in 23 provinces are handing out water filters to families.'),
    ]);
    expect(groupOf(figureGroups, 'b', '23')).toEqual(['a:23', 'b:23']);
  });

  it('keeps apart two parties that each win the same number of seats, each outlet telling of one party', () => {
    const { figureGroups } = analyze([
      article('a', 'The Harbour Party won 12 seats in the council election on Thursday. Its leader said the seats would be used to push for new housing.'),
      article('b', 'The Valley Party won 12 seats, its best result in a decade. Party officials said the seats came mostly from rural wards.'),
    ]);
    expect(groupOf(figureGroups, 'b', '12')).toEqual([]);
  });

  it('keeps a count that is a part set against its whole ("9 out of 10 people") apart from a count of people', () => {
    const { figureGroups } = analyze([
      article('a', 'The virus spreads so easily that 9 out of 10 people nearby will catch it, doctors warned. Most people recover within a week.'),
      article('b', 'One sick traveller can pass the virus on to nine other people, a health official said on Monday. People who feel unwell should stay home.'),
    ]);
    expect(groupOf(figureGroups, 'b', 'nine')).toEqual([]);
  });
});
