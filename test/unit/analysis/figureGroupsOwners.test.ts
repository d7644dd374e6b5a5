import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { groupsOf } from './figureFixture';
import { article } from './seeds';

/** Groups told apart by whose figure it is, forecast or result, and the same rare number (issue 9). */
const membersOf = (g: { members: { article: string; text: string }[] }) => g.members.map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: owners, forecasts, rare numbers', () => {
  it('keeps counts of two owners apart, even when the values could both be right', () => {
    const groups = groupsOf(
      'In the regional vote, the Greens won 14 councils and the Liberals won 12 councils.',
      'The Greens took 13 councils while the Liberals took 12 councils in the regional vote.',
    );
    for (const g of groups) {
      const owners = new Set(g.members.map((m) => (m.sentence.indexOf(m.text) < m.sentence.indexOf('Liberals') ? 'greens' : 'liberals')));
      expect(owners.size).toBe(1);
    }
  });

  it('does not put a forecast in a group with a result', () => {
    const groups = groupsOf(
      'The Harbour Party was projected to win 212 seats in the regional assembly.',
      'The Harbour Party won 212 seats in the regional assembly, official results showed.',
      'Official results showed the Harbour Party won 212 seats in the regional assembly.',
    );
    const withForecast = groups.filter((g) => g.members.some((m) => m.article === 'a'));
    expect(withForecast.every((g) => g.members.every((m) => m.article === 'a'))).toBe(true);
    expect(groups.some((g) => membersOf(g).join() === 'b:212,c:212')).toBe(true);
  });

  it('joins the same rare number in sentences worded apart', () => {
    const groups = groupsOf(
      'The survey questioned 18,432 teachers across the province last spring.',
      'Researchers interviewed 18,432 teachers in the province for a report released on Monday.',
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'compatible', confident: true });
  });

  it('does not join a round number on one word in common', () => {
    const groups = groupsOf(
      'The survey questioned 200 teachers across the province last spring.',
      'Researchers interviewed 200 teachers for the report, which was released on Monday.',
    );
    expect(groups.filter((g) => g.confident)).toHaveLength(0);
  });

  it('joins running counts that say they are partial results, for the same owner only', () => {
    const groups = groupsOf(
      'With 500 of 650 results declared, the Harbour Party had won 301 seats.',
      'With 610 results declared, the Harbour Party had won 352 seats, while the Valley Party won 140 seats.',
    );
    const harbour = groups.find((g) => g.members.some((m) => m.text === '301'));
    expect(harbour && membersOf(harbour)).toEqual(['a:301', 'b:352']);
    expect(harbour).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });

  it('keeps two values far apart in one article as two quantities', () => {
    const groups = groupsOf(
      'The mayor faces up to 6 years in prison. Guidelines suggest about 14 months for the mayor.',
      'The mayor faces up to 14 months in prison under the guidelines.',
    );
    expect(groups.some((g) => g.members.some((m) => m.text === 'up to 6 years') && g.members.some((m) => /14 months/.test(m.text)))).toBe(false);
  });

  it('leaves out figures of a long headline line deep in the page (a link to another story)', () => {
    const text =
      'A storm hit the coast on Monday.\nIt flooded 120 homes in the port.\nCrews worked all night.\nOfficials gave no further details.\n\nFlood in the north leaves 300 families without homes after heavy rain\n\nThe clean-up began on Tuesday.';
    const figures = analyze([article('a', text)]).figures;
    expect(figures.map((f) => f.text)).toEqual(['120']);
  });
});

describe('figure groups: thresholds, baselines and running results', () => {
  it('keeps a threshold ("needed for a majority") apart from a result', () => {
    const groups = groupsOf(
      'As of the latest count, the Harbour Party has won 203 seats, passing the 201 needed for a majority.',
      'The Harbour Party has now won the 201 seats needed to govern alone, with 180 results declared.',
    );
    const target = groups.find((g) => g.members.some((m) => m.text === '201'));
    expect(target && membersOf(target)).toEqual(['a:201', 'b:201']);
    expect(groups.some((g) => g.members.some((m) => m.text === '203') && g.members.some((m) => m.text === '201'))).toBe(false);
  });

  it('does not take a year to compare with ("the worst since 1921") for another event', () => {
    const groups = groupsOf(
      'With 400 results declared, the Valley Party suffered its worst defeat since 1921, winning only 87 seats.',
      'With 520 results declared, the Valley Party has 66 seats.',
    );
    const valley = groups.find((g) => g.members.some((m) => m.text === '87'));
    expect(valley && membersOf(valley)).toEqual(['a:87', 'b:66']);
    expect(valley).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });

  it("reads an article's other counts of a kind as running when one of them says so", () => {
    const groups = groupsOf(
      'With 400 results declared, the Harbour Party had 210 seats. The Valley Party had 87 seats.',
      'With 520 results declared, the Harbour Party had 265 seats. The Valley Party had 66 seats.',
    );
    const valley = groups.find((g) => g.members.some((m) => m.text === '87'));
    expect(valley && membersOf(valley)).toEqual(['a:87', 'b:66']);
    expect(valley?.verdict).toBe('compatible');
  });
});

describe('figure groups: history, forecasts named after, participle clauses', () => {
  it('keeps a toll from an event a decade or more before the article apart, even when it could fit', () => {
    const groups = analyze([
      article('a', 'The flood has killed at least 130 people, officials said on Sunday.', '2024-05-02'),
      article('b', 'An earlier flood killed thousands of people in the valley in 1988.', '2024-05-02'),
      article('c', 'The flood has killed 141 people, officials said on Monday.', '2024-05-03'),
    ]).figureGroups;
    expect(groups.some((g) => g.members.some((m) => m.text === 'thousands'))).toBe(false);
  });

  it('reads a forecast named right after the number ("the 48 predicted by the poll")', () => {
    const groups = groupsOf(
      'The Valley Party is projected to win 48 seats in the assembly.',
      'The Valley Party is set to get 45 seats in the assembly, fewer than the 48 predicted by the poll.',
    );
    const g = groups.find((x) => x.members.some((m) => m.article === 'a'));
    expect(g && membersOf(g)).toEqual(['a:48', 'b:48']);
  });

  it('gives a participle clause the owner of the clause before it', () => {
    const groups = groupsOf(
      'In the western region, the Valley Party took 9.5% of the vote, winning three seats.',
      'The Valley Party has three seats so far in the western region.',
    );
    const g = groups.find((x) => x.members.some((m) => m.text === 'three'));
    expect(g && membersOf(g)).toEqual(['a:three', 'b:three']);
  });
});

describe('figure groups: tables that lost their layout', () => {
  const table = [
    'Regional assembly results',
    '',
    'Seats by party',
    'Harbour Party',
    '233',
    '+41',
    'Val Alliance',
    '87',
    '-52',
    'Declared seats from the electoral office',
    '',
    'The Harbour Party will form the next regional government after a sweeping win on Thursday night.',
  ].join('\n');

  it('reads a bare number line by its row label and the caption of its table, and drops signed changes', () => {
    const { figures } = analyze([article('a', table)]);
    expect(figures.map((f) => [f.text, f.unitClass])).toEqual([
      ['233', 'seats'],
      ['87', 'seats'],
    ]);
  });

  it("groups a table cell with the same owner's count in prose, a short name matching a long one", () => {
    const groups = analyze([article('a', table), article('b', 'With 301 of 340 results declared, the Valley Alliance had won 71 seats and the Harbour Party 199.')]).figureGroups;
    const valley = groups.find((g) => g.members.some((m) => m.text === '87'));
    expect(valley && membersOf(valley)).toEqual(['a:87', 'b:71']);
    expect(valley).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });
});

describe('figure groups: plans are not forecasts', () => {
  it('still weighs a plan ("expected to last") against what happened', () => {
    const groups = groupsOf(
      'The summit in Oslo was expected to last three hours; it ended after only 100 minutes.',
      'The summit in Oslo ended after about 100 minutes, officials said.',
    );
    const g = groups.find((x) => x.members.some((m) => m.text === 'three hours'));
    expect(g).toMatchObject({ verdict: 'compatible', reason: 'schedule-vs-outcome' });
  });

  it('keeps "an expected $41.2 billion" (an estimate) out of the group of the actual sales', () => {
    const groups = groupsOf(
      'Quarterly sales at the toy maker reached $38.15 billion, the company said.',
      'The toy maker reported quarterly sales of $38.15 billion. Its outlook for next quarter sales at the toy maker fell short of an expected $41.2 billion.',
    );
    const sales = groups.find((g) => g.members.some((m) => m.text === '$38.15 billion'));
    expect(sales && membersOf(sales)).toEqual(['a:$38.15 billion', 'b:$38.15 billion']);
    expect(sales).toMatchObject({ verdict: 'compatible' });
  });
});

describe('figure groups: a bound beside an exact figure in one article', () => {
  it('keeps "over 80 per cent" apart when the same article gives 86% exactly elsewhere', () => {
    const groups = groupsOf(
      'The new malaria shot was 86% effective in the trial. In a separate rollout the new malaria shot was over 80 per cent effective.',
      'The new malaria shot was 86 per cent effective in the trial, researchers said.',
    );
    const g = groups.find((x) => x.members.some((m) => m.text === '86%'));
    expect(g && membersOf(g)).toEqual(['a:86%', 'b:86 per cent']);
  });
});

describe('figure groups: "last year" in another clause', () => {
  it('joins "38 witnesses" past a "last year" that belongs to a clause before a subordinator', () => {
    const groups = groupsOf(
      'The panel found the driver liable for the crash last year after hearing from 38 witnesses at the trial.',
      'The trial heard 38 witnesses over three weeks, most of them for the prosecution.',
    );
    expect(groups.map(membersOf)).toContainEqual(['a:38', 'b:38']);
  });

  it('keeps last year\'s count apart when "last year" heads the figure\'s own clause', () => {
    const groups = groupsOf('Last year the trial heard 38 witnesses.', 'The trial heard 38 witnesses over three weeks, most of them for the prosecution.');
    expect(groups.map(membersOf)).not.toContainEqual(['a:38', 'b:38']);
  });
});

describe('figure groups: two growth rates of one article', () => {
  it('keeps "an increase of 8%" and "an increase of 9%" of one article apart, pairing each with its own', () => {
    const groups = groupsOf(
      'Daily riders at the cycling club were 41,200 on average in March, an increase of 8% year-over-year. Monthly riders at the cycling club were 52,900 in March, an increase of 9% year-over-year.',
      'Daily riders rose 8% to 41,200 on average, and monthly riders were 52,900 (up 9%).',
    );
    const rates = groups.filter((g) => g.members.some((m) => m.text.endsWith('%'))).map(membersOf);
    expect(rates).toEqual(
      expect.arrayContaining([
        ['a:8%', 'b:8%'],
        ['a:9%', 'b:9%'],
      ]),
    );
  });
});

describe('figure groups: a rare count printed without its noun', () => {
  it('joins "(128,400)" to "128,400 jobs" in another outlet', () => {
    const groups = groupsOf(
      'Hotels and restaurants added 128,400 jobs in May, the labor department said.',
      'The biggest gains in May came in hotels and restaurants (128,400) and in retail.',
    );
    expect(groups.map(membersOf)).toContainEqual(['a:128,400', 'b:128,400']);
  });

  it('does not pool bare counts that no outlet names: only the same precise value in two outlets is compared', () => {
    const groups = groupsOf(
      'The biggest gains in May came in hotels (128,400), retail (82,300) and farming (61,700).',
      'Gains in May were led by hotels (128,400), with retail at 74,900 and farming at 58,100.',
    );
    expect(groups.map(membersOf)).toEqual([['a:128,400', 'b:128,400']]);
  });
});

describe('figure groups: a capital opening a quotation', () => {
  it('does not take "Over" at the start of a quotation as the owner of the figure', () => {
    const groups = groupsOf(
      'The chief economist said: ‘Over the past year rents have soared almost 40% while wages have risen around 6%.',
      'Statistics Office data showed rents have soared nearly 40% over the past year, while wages have risen by around 6%.',
    );
    expect(groups.map(membersOf)).toContainEqual(['a:almost 40%', 'b:nearly 40%']);
  });
});

describe('figure groups: the names of a list item belong to its own figure', () => {
  it('reads "7.4% in Germany and 3% in the US" as Germany’s figure and the US’s, not both places for each', () => {
    const groups = groupsOf(
      'Coal use fell 7.4% in Germany and 3% in the US this year, the energy agency said.',
      'Coal use in the US fell 4.1% this year, the energy agency said.',
      'Coal use in the US fell 3.1% this year, the energy agency said.',
    );
    expect(groups.some((g) => membersOf(g).includes('a:7.4%'))).toBe(false);
    expect(groups.some((g) => membersOf(g).join() === 'a:3%,c:3.1%' && g.verdict === 'compatible')).toBe(true);
  });

  it('reads "with 98.2% of ballots tallied" as a count still running, not a contradiction', () => {
    const groups = groupsOf('With 98.2% of ballots tallied, the mayor had 61.4% of the vote.', 'With 91.5% of ballots tallied, the mayor had 60.9% of the vote.');
    const share = groups.find((g) => membersOf(g).join() === 'a:61.4%,b:60.9%');
    expect(share?.verdict).toBe('compatible');
    expect(share?.reason).toBe('different-date');
  });
});

describe('figure groups: every form of a verb of expecting marks a forecast', () => {
  it('keeps "had been expecting … 5.3%" apart from the 5.3% that came out', () => {
    const groups = groupsOf(
      'Most analysts had been expecting the national jobless rate to climb to 5.3% in March.',
      'Figures released on Friday showed the national jobless rate climbed to 5.3% in March, its highest in two years.',
    );
    expect(groups.some((g) => membersOf(g).join() === 'a:5.3%,b:5.3%')).toBe(false);
  });
});
