import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-fifth session: figure reading and grouping. Invented sentences. */

const classesOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.unitClass]);
/** Each figure group's members as "article:text", from articles given as [date, text]. */
const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figure groups: the same two figures side by side, one printed bare', () => {
  it('joins "300 nurses" in two outlets worded apart when both give 4,000 beside it, one outlet without its noun', () => {
    const groups = groupsOf(
      ['2024-03-02', 'Officials counted 4,000 patients beside 300 nurses at the camp.'],
      ['2024-03-02', 'Overall 4,000 were seen, with 300 nurses on duty, the agency said.'],
    );
    expect(groups).toContainEqual(['a1:300', 'a2:300']);
  });
});

describe('figures: a state between a count and its people is theirs', () => {
  it('reads "3.4 million displaced people" and "48,000 internally displaced people" as displaced', () => {
    expect(classesOf('UNHCR warns of needs for more than 3.4 million displaced people and their hosts.')).toContainEqual(['more than 3.4 million', 'people-displaced']);
    expect(classesOf('About 48,000 internally displaced people live in camps.')).toContainEqual(['About 48,000', 'people-displaced']);
  });

  it('reads "200 injured people" as injured, as "500 injured tourists" is, and "200 people" as people', () => {
    expect(classesOf('Doctors treated 200 injured people overnight.')).toContainEqual(['200', 'people-injured']);
    expect(classesOf('Doctors treated 200 people overnight.')).toContainEqual(['200', 'people']);
  });
});

describe('figures: a year said in words is a year, not a count', () => {
  it('reads "in nineteen sixty", "since nineteen hundred" and "in two thousand at Salt Lake City" as years', () => {
    expect(classesOf('The largest, with a 9.5 magnitude, shook Chile in nineteen sixty.')).toContainEqual(['nineteen sixty', 'year']);
    expect(classesOf('It was the fifth largest earthquake since nineteen hundred.')).toContainEqual(['nineteen hundred', 'year']);
    expect(classesOf('The only time it had won more was in two thousand at the Salt Lake City Games.')).toContainEqual(['two thousand', 'year']);
  });

  it('still counts "nineteen hundred residents" and "in two thousand homes"', () => {
    expect(classesOf('The town had nineteen hundred residents.')).toContainEqual(['nineteen hundred', 'people']);
    expect(classesOf('Water stood in two thousand homes.')).toContainEqual(['two thousand', 'homes']);
  });
});

describe('figures: a bracket of ages with a hanging hyphen names a group', () => {
  it('reads no count in "among 13- to 24-year-olds" nor in "9- and 13-year-old students"', () => {
    expect(classesOf('Infections fell 34% among 13- to 24-year-olds.')).toEqual([['34%', 'percent']]);
    expect(classesOf('The samples were of 9- and 13-year-old students.')).toEqual([]);
  });

  it('still reads "a 13-year-old died" as an age', () => {
    expect(classesOf('A 13-year-old died in the fire.')).toContainEqual(['13', 'age']);
  });
});

describe('figures: a small number before a capitalised article is a note or paragraph mark', () => {
  it('reads no count in "5. The war in Ukraine…" nor in "1 The estimates presented…"', () => {
    expect(classesOf('Prices rose. 5. The war in Ukraine has made matters even worse.')).toEqual([]);
    expect(classesOf('Turnout rose. 1 The estimates presented in this report may differ.')).toEqual([]);
  });

  it('still counts "3 people died" and "5 Democrats voted"', () => {
    expect(classesOf('3 people died in the crash.')).toContainEqual(['3', 'people-killed']);
    expect(classesOf('Only 5 Democrats voted for it.')).toContainEqual(['5', 'democrat']);
  });
});

describe('figures: a number joined by a hyphen to a capitalised word is part of a name', () => {
  it('reads no count in "inside the 7-Eleven" nor "the 7-Eleven company"', () => {
    expect(classesOf('People were dancing inside the 7-Eleven.')).toEqual([]);
    expect(classesOf('He will share a check with the 7-Eleven company.')).toEqual([]);
  });

  it('still reads "10-Feb-2020" as a date and "a 10-Year Low" in a title as a span', () => {
    expect(classesOf('Published 10-Feb-2020')).toEqual([['10-Feb-2020', 'date']]);
    expect(classesOf('Mortgage Rates Fall to a 10-Year Low')).toContainEqual(['10-Year', 'duration']);
  });
});

describe('figures: the later days of a list after one month are dates', () => {
  it('reads "on September 16, 17, 19 and 23" as four dates, no counts', () => {
    expect(classesOf('The hearing convenes on September 16, 17, 19 and 23.')).toEqual([
      ['September 16', 'date'],
      ['17', 'date'],
      ['19', 'date'],
      ['23', 'date'],
    ]);
  });

  it('still counts "On November 24, 9 people died"', () => {
    expect(classesOf('On November 24, 9 people died.')).toContainEqual(['9', 'people-killed']);
  });
});

describe('figures: references to paragraphs and law reports are no counts', () => {
  it('reads no count in "FOF ¶¶ 23–24.", "PSR ¶¶ 2, 163." nor "Grinnell, 384 U.S. at 571."', () => {
    expect(classesOf('The court so found. FOF ¶¶ 23–24.')).toEqual([]);
    expect(classesOf('See 21 U.S.C. § 848(b); PSR ¶¶ 2, 163.')).toEqual([]);
    expect(classesOf('See Grinnell, 384 U.S. at 571.')).toEqual([]);
  });

  it('still counts "Google paid $26 billion to 120 partners."', () => {
    expect(classesOf('Google paid $26 billion to 120 partners.')).toContainEqual(['120', 'partner']);
  });
});

describe('figures: a number its bracketed code restates is part of a name', () => {
  it('reads no count in "the fissure 3 (F3) vent" nor "Ohio Task Force 1 (OH-TF1)"', () => {
    expect(classesOf('The fissure 3 (F3) vent continues to erupt.')).toEqual([]);
    expect(classesOf('Crews from Ohio Task Force 1 (OH-TF1) deployed to the site.')).toEqual([]);
  });

  it('still counts "3 (three) bodies"', () => {
    expect(classesOf('Divers found 3 (three) bodies.')).toContainEqual(['3', 'people-killed']);
  });
});

describe('figures: paragraph numbers, picture sizes and powers of ten are no counts', () => {
  it('reads no count in "2.   Hitting the poorest…", "(1) In April…", "16x9 Image" nor anything in "1.7×10−9"', () => {
    expect(classesOf('2.   Hitting the poorest the hardest, prices rose.')).toEqual([]);
    expect(classesOf('(1) In April, OPM found the theft.')).toEqual([]);
    expect(classesOf('• 16x9 Image')).toEqual([]);
    expect(classesOf('It has a background fluctuation probability of 1.7×10−9.')).toEqual([]);
  });

  it('still counts "2 people died." opening a sentence', () => {
    expect(classesOf('2 people died in the fire.')).toContainEqual(['2', 'people-killed']);
  });
});
