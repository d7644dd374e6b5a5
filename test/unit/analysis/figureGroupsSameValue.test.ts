import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { lemma } from '../../../src/core/analysis/prep';
import { en as english } from '../../../src/core/analysis/lang/en';

/**
 * The same exact value of the same counted thing in two outlets is one quantity, whatever else the
 * sentences say (constructed sentences).
 */

const membersOf = (...texts: string[]): string[][] =>
  analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: one exact value of one counted thing', () => {
  it('groups a count two outlets give in sentences worded apart, though one also gives its parts', () => {
    expect(
      membersOf(
        'Over four weeks the inquiry heard evidence from 63 witnesses, among them divers and harbour pilots.',
        'The panel questioned 63 witnesses, 51 called by the council and 12 by the ferry company.',
      ),
    ).toContainEqual(['a:63', 'b:63']);
  });

  it('leaves a round count of that thing apart: round numbers recur for different things', () => {
    expect(
      membersOf(
        'Over four weeks the inquiry heard evidence from 60 witnesses, among them divers and harbour pilots.',
        'The panel questioned 60 witnesses, 48 called by the council and 12 by the ferry company.',
      ).filter((g) => g.includes('a:60')),
    ).toEqual([]);
  });

  it('groups a rare toll that one outlet marks as another event and the other tells as its own', () => {
    expect(
      membersOf('Then, in April, another ferry run by the same company capsized in a storm, killing 137.', 'The 137 passengers who were killed had boarded the ferry at dawn.'),
    ).toContainEqual(['a:137', 'b:137']);
  });

  it('keeps a toll marked as another event apart from a different toll', () => {
    expect(
      membersOf('Then, in April, another ferry run by the same company capsized in a storm, killing 137.', 'The 212 passengers who were killed had boarded the ferry at dawn.'),
    ).toEqual([]);
  });
});

describe('figure groups: a time mark still parts one rare value', () => {
  it('keeps a count given for "last year" apart from the same count without a time', () => {
    expect(
      membersOf('Last year the ferry company carried 4,817 cars on the night crossing.', 'On the night crossing the ferry company carried 4,817 cars.').filter((g) =>
        g.includes('a:4,817'),
      ),
    ).toEqual([]);
  });
});

describe('figure groups: one rare exact value in sentences with no word in common', () => {
  it('groups a rate two outlets word apart', () => {
    expect(
      membersOf('The unemployment rate rose to 3.7% in May, the bureau said.', 'Joblessness climbed to 3.7 per cent in the spring.').filter((g) => g.includes('a:3.7%')),
    ).toEqual([['a:3.7%', 'b:3.7 per cent']]);
  });

  it('groups a sum written in other units', () => {
    expect(membersOf('The bill provides $1.2 trillion for roads and bridges.', 'Lawmakers approved the $1,200 billion infrastructure package.')).toEqual([
      ['a:$1.2 trillion', 'b:$1,200 billion'],
    ]);
  });

  it('keeps the value apart when one outlet ties it to another year', () => {
    expect(
      membersOf('The unemployment rate rose to 3.7% in May, the bureau said.', 'Joblessness climbed to 3.7 per cent in the spring of 2019.').filter((g) => g.includes('a:3.7%')),
    ).toEqual([]);
  });

  it('keeps the value apart from a bare cell that says nothing of what it counts', () => {
    expect(membersOf('The unemployment rate rose to 3.7% in May, the bureau said.', '3.7%')).toEqual([]);
  });
});

describe('figure groups: two owners, two values', () => {
  it('keeps apart rates of two named owners that cannot both be right, though one owner is named a clause away', () => {
    expect(
      membersOf(
        'Statistics Norway reported on Monday that, over the year, rents rose 6.4%, driven by student demand.',
        'Bergen saw the sharpest change, as over the year rents rose 9.1%, driven by student demand.',
      ),
    ).toEqual([]);
  });
});

describe('figure groups: the items of a list', () => {
  it("describes each sum of a list by its own item's words, not the next item's", () => {
    expect(
      membersOf(
        'The firm will pay a criminal fine of $41.3 million, refund payments to its airline customers of $612 million, and a $90 million fund for victims.',
        'Under the deal it pays a $41.3 million criminal fine, $612 million in refund payments to airline customers and $90 million for a victims fund.',
        '• $612 million in refund payments to airline customers',
      ).sort(),
    ).toEqual([
      ['a:$41.3 million', 'b:$41.3 million'],
      ['a:$612 million', 'b:$612 million', 'c:$612 million'],
      ['a:$90 million', 'b:$90 million'],
    ]);
  });
});

describe('figures: a number joined to its noun by a hyphen', () => {
  it('counts the hyphened noun ("a 12-member jury"), in the class of its plural', () => {
    expect(membersOf('The 12-member jury found the officer guilty on Tuesday.', 'Twelve members of the jury deliberated for two days.')).toEqual([['a:12', 'b:Twelve']]);
  });
});

describe('figure groups: one count named with two nouns', () => {
  it('groups a rare bounded count that two outlets give with different nouns', () => {
    expect(
      membersOf('The regulator said the bank harmed over 16 million consumers with its fees.', 'The bank mishandled over 16 million accounts, the regulator found.').filter((g) =>
        g.includes('a:over 16 million'),
      ),
    ).toEqual([['a:over 16 million', 'b:over 16 million']]);
  });

  it('keeps apart two nouns that share an exact two-digit count ("19 pupils", "19 other states")', () => {
    expect(
      membersOf(
        'The town mourned the 19 pupils who were killed in the school shooting last month.',
        'The law lets the state join 19 other states that already allow courts to remove guns from people in crisis.',
      ).filter((g) => g.includes('a:19')),
    ).toEqual([]);
  });

  it('keeps apart the two nouns when the values differ', () => {
    expect(
      membersOf('The regulator said the bank harmed over 16 million consumers with its fees.', 'The bank mishandled over 11 million accounts, the regulator found.').filter((g) =>
        g.includes('a:over 16 million'),
      ),
    ).toEqual([]);
  });

  it('keeps a count of the killed apart from the same number of injured', () => {
    expect(
      membersOf('The train crash killed 288 people, officials said.', 'At least 288 people were injured in the crash, officials said.').filter((g) => g.includes('a:288')),
    ).toEqual([]);
  });

  it('reads a plural in "-es" as its singular: "losses" and "loss", "matches" and "match"', () => {
    expect(['losses', 'matches', 'taxes', 'crashes', 'defeats', 'cases'].map((w) => lemma(english, w))).toEqual(['loss', 'match', 'tax', 'crash', 'defeat', 'case']);
  });
});
