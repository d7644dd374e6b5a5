import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-first session: figure reading and grouping. Invented sentences. */

const read = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.unitClass, f.value]);

describe('figures: "and another" adds one only when no figure follows it', () => {
  it('reads no sum from a vote, another sum of money and "and another $738 million"', () => {
    const figures = read('The bill, approved 387-26, authorizes $105 billion for the agency through 2028 and another $738 million for the safety board.');
    expect(figures).toEqual([
      ['387', 'votes-for', 387],
      ['26', 'votes-against', 26],
      ['$105 billion', 'money:USD', 105e9],
      ['2028', 'year', 2028],
      ['$738 million', 'money:USD', 738e6],
    ]);
  });

  it('reads "288 lives were lost and another 900 injured" as two counts, not 289', () => {
    expect(read('In all, 288 lives were lost and another 900 injured.').map(([, , value]) => value)).not.toContain(289);
  });

  it('still reads "two statements … and another" as three', () => {
    expect(read('The ministry issued two statements on Monday and another on Tuesday.').map(([, , value]) => value)).toContain(3);
  });
});

describe("figures: a vote's tally after the chamber that cast it", () => {
  it('reads "passed the Senate 88-4 and the House 387-26" as two tallies', () => {
    expect(read('It passed the Senate 88-4 and the House 387-26.')).toEqual([
      ['88', 'votes-for', 88],
      ['4', 'votes-against', 4],
      ['387', 'votes-for', 387],
      ['26', 'votes-against', 26],
    ]);
  });

  it('still reads a model number near a word of approving as no count', () => {
    expect(read('The airline approved an order for the Boeing 737-800 jets.')).toEqual([]);
  });
});

describe('figures: "fewer" is no counted thing', () => {
  it('counts controllers in "about 3,000 fewer than it needs"', () => {
    expect(read('The agency says it has 10,700 certified controllers, about 3,000 fewer than it needs.')).toEqual([
      ['10,700', 'controller', 10700],
      ['about 3,000', 'controller', 3000],
    ]);
  });
});

describe('figure groups: a name written out and in capitals', () => {
  it("groups the NTSB's \"$20 million\" with the National Transportation Safety Board's, not the Coast Guard's", () => {
    const a = article('a', 'The NTSB received $20 million in the package, officials said. The Coast Guard got $20 million for cutters.', '2024-05-16');
    const b = article('b', 'The package hands the National Transportation Safety Board $20 million for its investigators.', '2024-05-16');
    const findings = analyze([a, b]);
    const group = findings.figureGroups.find((g) => g.members.some((m) => m.article === 'b'));
    const ofA = group?.members.find((m) => m.article === 'a');
    expect(ofA && findings.sentences.find((s) => s.article === 'a' && s.sentenceId === ofA.sentenceId)?.text).toMatch(/^The NTSB/);
  });

  it('groups a sum "for the FAA through 2028" with the same sum in a sentence naming no year', () => {
    const a = article('a', 'The bill authorizes $105 billion for the FAA through 2028, according to the committee.', '2024-05-16');
    const b = article('b', 'Senators voted 88-4 for the five-year, $105 billion bill, which funds the agency and its air traffic controllers.', '2024-05-16');
    const group = analyze([a, b]).figureGroups.find((g) => g.unitClass.startsWith('money'));
    expect(group?.members.map((m) => `${m.article}:${m.text}`).sort()).toEqual(['a:$105 billion', 'b:$105 billion']);
  });
});

describe('figures: pounds that weigh', () => {
  it('reads "two 500-pound bombs" and "weighs 300 pounds" as weights, not sums of money', () => {
    expect(read('The jets dropped two 500-pound bombs on the bridge.')).toEqual([
      ['two', 'bomb', 2],
      ['500', 'lb', 500],
    ]);
    expect(read('The champion weighs 300 pounds.')).toEqual([['300', 'lb', 300]]);
  });

  it('still reads "a 10-pound note" and "a 500-pound fine" as money', () => {
    expect(read('A 10-pound note was found.')).toEqual([['10-pound', 'money:GBP', 10]]);
    expect(read('They paid a 500-pound fine.')).toEqual([['500-pound', 'money:GBP', 500]]);
  });
});

const groupsOf = (...texts: [string, string][]) =>
  analyze(texts.map(([id, text]) => article(id, text, '2025-06-11'))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

describe('figure groups: counts and sums of news stories', () => {
  it('keeps two sums of one article apart though both sentences speak of change, so each may meet its match elsewhere', () => {
    const groups = groupsOf(
      [
        'a',
        "The adopted budget totals $1.03 billion across all funds, including a General Fund of $412.6 million, an increase of 4.8 percent over the current year's General Fund of $393.7 million. Council President Luis Ferreira noted that the Council reduced the City Manager's proposed General Fund by $5.4 million before adoption.",
      ],
      ['b', 'The general fund, which pays for police, fire, parks and libraries, grows to $412.6 million, up nearly 5% from this year.'],
    );
    expect(groups).toContainEqual(['a:$412.6 million', 'b:$412.6 million']);
  });

  it('reads "24 new officers" as an increment like "24 additional officers", and groups the two', () => {
    const groups = groupsOf(
      ['a', 'Key investments include 24 additional sworn police officers and a raise for city staff.'],
      ['b', 'Police Chief Dana Whitfield welcomed money for 24 new officers, saying the department had lost 40 officers this year.'],
    );
    expect(groups).toContainEqual(['a:24', 'b:24']);
  });

  it('groups "850 roles" with "850 jobs", a vague "hundreds of jobs" beside it notwithstanding', () => {
    const groups = groupsOf(
      ['a', 'The group will cut 850 roles over the next year. Chief executive Ruth Mayhew said the cuts were painful but necessary.'],
      [
        'b',
        'Hundreds of jobs are set to go at the Castlebridge site. "I want to know how many of the 850 jobs will go here," the local MP said. Union officials said around 320 of the jobs would be lost there.',
      ],
    );
    expect(groups).toContainEqual(['a:850', 'b:850']);
  });
});

describe('figures: a count of one thing in a count of another', () => {
  it('reads "27 goals in 41 appearances" as two counts, not a share', () => {
    expect(read('Varela scored 27 goals in 41 appearances last season.')).toEqual([
      ['27', 'goal', 27],
      ['41', 'appearance', 41],
    ]);
  });

  it('still reads "one child in ten" as a share', () => {
    expect(read('One child in ten is underweight.')).toEqual([['One child in ten', 'percent', 10]]);
  });
});

describe('figure groups: a later year that ends a span, with its month', () => {
  it('groups "£245,000 a week until June 2029" with the same wage in a sentence naming no year', () => {
    const groups = groupsOf(
      ['a', 'The forward will be paid £245,000 a week until June 2029, the chairman confirmed.'],
      ['b', 'Varela is expected to earn £245,000 weekly at Heathfield Road.'],
    );
    expect(groups).toContainEqual(['a:£245,000', 'b:£245,000']);
  });
});

describe('figures: a count set in a wider scope', () => {
  it('reads "2,400 people in the town and 12,000 worldwide" as two counts of people, and no sum of them', () => {
    expect(read('The company employs 2,400 people in the town and 12,000 worldwide.')).toEqual([
      ['2,400', 'people', 2400],
      ['12,000', 'people', 12000],
    ]);
  });
});

describe('figures: halves and quarters of a point or a unit', () => {
  it('reads a share of a percentage point written without "of"', () => {
    expect(read('Half a percentage point was the right call.')).toEqual([['Half a percentage point', 'percentage-points', 0.5]]);
    expect(read('The dissent favoured a smaller cut of a quarter point.')).toEqual([['a quarter point', 'percentage-points', 0.25]]);
    expect(read('Officials expect two further quarter-point cuts next year.')).toEqual([
      ['two', 'cuts', 2],
      ['quarter-point', 'percentage-points', 0.25],
    ]);
  });

  it('reads "half a kilometre" and "half a dozen"', () => {
    expect(read('Residents within half a kilometre of the plant left.')).toEqual([['half a', 'km', 0.5]]);
    expect(read('Half a dozen boats sank.')).toEqual([['Half a dozen', 'ships', 6]]);
  });

  it('still reads "half the town" as a share and "half a million" as a number', () => {
    expect(read('Half the town fled.')).toEqual([['Half', 'percent', 50]]);
    expect(read('Half a million people fled.').map(([, , value]) => value)).toEqual([500000]);
  });
});

describe("figure groups: each story's one count of a thing", () => {
  it('groups "Nearly 300 volunteers" with "296 volunteers" in sentences with no word in common', () => {
    const groups = groupsOf(
      ['a', 'Nearly 300 volunteers joined the search on Sunday, the mayor said. Police closed two roads.'],
      ['b', 'By nightfall 296 volunteers were combing the hills near the lake.'],
    );
    expect(groups).toContainEqual(['a:Nearly 300', 'b:296']);
  });

  it('keeps apart an estimate and a count it does not round ("around 200,000" hectares, "183,000")', () => {
    const groups = groupsOf(
      ['a', 'Floods damaged around 200,000 hectares of crops, the agency said.'],
      ['b', 'In the north, 183,000 hectares of rice were under water on Tuesday.'],
    );
    expect(groups).not.toContainEqual(['a:around 200,000', 'b:183,000']);
  });
});

describe("figures: a vote's tally with its noun between the sides", () => {
  it('reads "by eight votes to one", "by 61 votes to 39" and "split 7-2" as tallies', () => {
    expect(read('The decision was adopted by eight votes to one.')).toEqual([
      ['eight', 'votes-for', 8],
      ['one', 'votes-against', 1],
    ]);
    expect(read('The Senate passed it by 61 votes to 39.')).toEqual([
      ['61', 'votes-for', 61],
      ['39', 'votes-against', 39],
    ]);
    expect(read('The committee split 7-2 on the cut.')).toEqual([
      ['7', 'votes-for', 7],
      ['2', 'votes-against', 2],
    ]);
  });

  it('still reads "300 votes to reject it" as one count', () => {
    expect(read('Lawmakers cast 300 votes to reject it.')).toEqual([['300', 'vote', 300]]);
  });
});

describe('figures: a count after a label and its colon', () => {
  it('counts the label\'s plural noun ("Cumulative cases: 56", "Contacts under follow-up: 1,312")', () => {
    expect(read('Cumulative cases: 56.')).toEqual([['56', 'cases', 56]]);
    expect(read('Contacts under follow-up: 1,312.')).toEqual([['1,312', 'contact', 1312]]);
  });

  it('leaves a number after a label with no plural bare ("Toll-free hotline: 1199")', () => {
    expect(read('Toll-free hotline: 1199.').map(([, unitClass]) => unitClass)).not.toContain('hotline');
  });
});
