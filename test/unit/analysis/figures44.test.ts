import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-fourth session: figure reading. Invented sentences. */

const classesOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.unitClass]);
/** Each figure group's members as "article:text", from articles given as [date, text]. */
const groupsOf = (...articles: [string, string][]) =>
  analyze(articles.map(([date, text], i) => article(`a${i + 1}`, text, date))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`));

describe('figures: a singular noun before a plural qualifies it', () => {
  it('counts the shelters in "17 official shelters", not officials', () => {
    expect(classesOf('The eruption displaced 3,500 people to 17 official shelters in two departments.')).toContainEqual(['17', 'shelter']);
  });

  it('counts the camps in "two official refugee camps"', () => {
    expect(classesOf('Aid reached people camped near two official refugee camps in the south.')).toContainEqual(['two', 'sites']);
  });

  it('still counts the officials in "two officials said" and the single official in "one official statement"', () => {
    expect(classesOf('Two officials said the road was closed.')).toContainEqual(['Two', 'officials']);
    expect(classesOf('Only one official statement was issued.')).toContainEqual(['one', 'officials']);
  });

  it('joins "17 official shelters" with "17 shelters" in another outlet', () => {
    const groups = groupsOf(
      ['2018-06-05', 'The eruption displaced more than 3,500 people to 17 official shelters in Escuintla.'],
      ['2018-06-05', 'Authorities have opened 17 shelters in Escuintla for the displaced.'],
    );
    expect(groups).toContainEqual(['a1:17', 'a2:17']);
  });
});

describe('figures: words in -us, -sis, -tis and -ous are no plural nouns', () => {
  it('counts the cases in "nearly 6,000 coronavirus cases" and the bills in "five stimulus bills"', () => {
    expect(classesOf('Johns Hopkins University reports nearly 6,000 coronavirus cases in the country.')).toContainEqual(['nearly 6,000', 'cases']);
    expect(classesOf('We have passed five stimulus bills over the last year.')).toContainEqual(['five', 'bill']);
  });

  it('still reads "1,200 Somalis" as a count of Somalis', () => {
    expect(classesOf('More than 1,200 Somalis have fled this month.')).toContainEqual(['More than 1,200', 'somali']);
  });

  it('counts the deaths in "two previous deaths" and the illnesses in "thousands of serious illnesses"', () => {
    expect(classesOf('The recall follows two previous deaths in the state.')).toContainEqual(['two', 'people-killed']);
    expect(classesOf('The rule would reduce tens of thousands of serious illnesses.')).toContainEqual(['tens of thousands', 'illness']);
  });
});

describe('figures: "fatally injured" is a death toll', () => {
  it('reads "fatally injured twelve volunteer firefighters" as killed, and "injured twelve firefighters" as injured', () => {
    expect(classesOf('The explosion fatally injured twelve volunteer firefighters and caused hundreds of injuries.')).toContainEqual(['twelve', 'people-killed']);
    expect(classesOf('The explosion injured twelve volunteer firefighters on Wednesday.')).toContainEqual(['twelve', 'people-injured']);
  });

  it('joins it with "12 firefighters were killed" in another outlet', () => {
    const groups = groupsOf(
      ['2014-04-17', 'A massive explosion at the plant fatally injured twelve volunteer firefighters, the board said.'],
      ['2014-04-17', 'Twelve of the 15 people killed in the explosion were volunteer firefighters, the senator said.'],
    );
    expect(groups.some((g) => g.includes('a1:twelve') && g.some((m) => m.startsWith('a2:')))).toBe(true);
  });
});

describe('figures: a headline in title case', () => {
  it('counts the banks in "Five Major Banks Agree to Parent-Level Guilty Pleas", not "agree"', () => {
    expect(classesOf('Five Major Banks Agree to Parent-Level Guilty Pleas')).toContainEqual(['Five', 'bank']);
    expect(classesOf('Three Companies Agree to Plead Guilty and Pay Nearly $13 Million')).toContainEqual(['Three', 'company']);
  });

  it('still reads an initialism as no plural ("Two Former Senior UBS Traders") and a capitalised plural in running text as a name', () => {
    expect(classesOf('Two Former Senior UBS Traders Face Felony Charges Unsealed Today')).toContainEqual(['Two', 'trader']);
    expect(classesOf('The team beat the 49 Giants fans expected.').map(([, cls]) => cls)).not.toContain('giants');
  });
});

describe('figures: two names alike but for one word are two owners', () => {
  it('does not call the Food Price Index and the Cereal Price Index a genuine conflict', () => {
    const groups = groupsOf(
      ['2022-04-08', 'The FAO Food Price Index averaged 159.3 points in March, the agency said.'],
      ['2022-04-08', 'The FAO Cereal Price Index averaged 170.1 points in March, the agency said.'],
    );
    expect(groups.some((g) => g.includes('a1:159.3') && g.includes('a2:170.1'))).toBe(false);
  });

  it('still joins one index named alike in two outlets', () => {
    expect(
      groupsOf(
        ['2022-04-08', 'The FAO Food Price Index averaged 159.3 points in March, the agency said.'],
        ['2022-04-08', 'In March the FAO Food Price Index averaged 159.3 points, its highest level.'],
      ),
    ).toContainEqual(['a1:159.3', 'a2:159.3']);
  });
});

describe('figures: "about" a share reaches a point or two, not a tenth of it', () => {
  it('no longer calls "about 84%" and "89%" of infants one figure rounded', () => {
    const found = analyze([
      article('a1', 'About 84% of infants worldwide received three doses of the vaccine in 2022.', '2023-07-15'),
      article('a2', 'In 2022, 89% of infants worldwide received a first dose of the vaccine.', '2023-07-15'),
    ]);
    const both = found.figureGroups.filter((g) => g.members.some((m) => m.text === 'About 84%') && g.members.some((m) => m.text === '89%'));
    expect(both.filter((g) => g.verdict === 'compatible')).toEqual([]);
  });

  it('still joins "about 84%" with "84%" and "about 5%" with "4.6%"', () => {
    expect(
      groupsOf(
        ['2023-07-15', 'About 84% of infants worldwide received three doses of the vaccine in 2022.'],
        ['2023-07-15', 'In 2022, 84% of infants worldwide received three doses of the vaccine.'],
      ),
    ).toContainEqual(['a1:About 84%', 'a2:84%']);
    expect(
      groupsOf(['2023-07-15', 'About 5% of adults in the region smoke daily, the survey found.'], ['2023-07-15', 'The survey found 4.6% of adults in the region smoke daily.']),
    ).toContainEqual(['a1:About 5%', 'a2:4.6%']);
  });
});

describe('figures: numbers that name or place, and brackets of age, are no quantities', () => {
  const textsOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => f.text);

  it('does not read a coordinate pair in decimals, a document number or a note mark on a year', () => {
    expect(textsOf('Coordinates: 37°36′48″N 122°21′52″W / 37.61333°N 122.36444°W / 37.61333; -122.36444')).toEqual([]);
    expect(textsOf('Case 1:20-cv-03010-APM Document 1033 Filed 08/05/24')).not.toContain('1033');
    expect(textsOf('The changes are due to revised food security projections released in October 2022.2')).not.toContain('2022.2');
  });

  it('reads "children aged 8 years" and "girls aged 15 to 19" as brackets, "a man aged 45 years" as an age', () => {
    expect(textsOf('The study measured autism among children aged 8 years in 11 sites.')).not.toContain('8 years');
    expect(textsOf('It is the leading cause of death among girls aged 15 to 19.')).not.toContain('15 to 19');
    const man = analyze([article('a', 'On September 25, a man aged 45 years went to an emergency department.', '2014-10-10')]).figures;
    expect(man.map((f) => [f.text, f.unitClass])).toContainEqual(['45 years', 'age']);
  });

  it('still reads a count in a line with a degree sign and a decimal share', () => {
    expect(textsOf('Temperatures reached 40.3°C as 2,500 people were evacuated.')).toContain('2,500');
    expect(textsOf('The index rose 0.4512 points.')).toContain('0.4512');
  });
});

describe('figures: hundreds and tens in words without "and"', () => {
  const read = (text: string) => analyze([article('a', text, '2009-06-01')]).figures.map((f) => [f.text, f.value]);

  it('reads "two hundred forty-nine deaths" as 249 and "about one hundred thirty kilometers" as 130', () => {
    expect(read('WHO has confirmed two hundred forty-nine deaths.')).toEqual([['two hundred forty-nine', 249]]);
    expect(read('It was centered about one hundred thirty kilometers east of the city.')).toContainEqual(['about one hundred thirty', 130]);
  });

  it('still reads "three hundred and eighty two" as 382 and "one hundred five-year plans" as a hundred', () => {
    expect(read('Three hundred and eighty two areas voted.')).toContainEqual(['Three hundred and eighty two', 382]);
    expect(read('The ministry drew up one hundred five-year plans.')).toContainEqual(['one hundred', 100]);
  });
});

describe('figures: an owner named by initials that keep a short name whole', () => {
  it('joins the "EUCP Mechanism" team of 8 experts with the "EU Civil Protection" team of eight', () => {
    const groups = groupsOf(
      ['2017-01-27', 'In addition, the EUCP Mechanism is in the process of deploying a team consisting of 8 disaster management experts.'],
      ['2017-01-28', 'The EU Civil Protection team in total consists of eight experts from Spain, France, Sweden and Finland.'],
    );
    expect(groups).toContainEqual(['a1:8', 'a2:eight']);
  });
});

describe('figures: a span of years that runs to the story’s time is no history', () => {
  it('joins "increased by 6.3% between 2011 and 2021" with the same growth given farther from its years', () => {
    const groups = groupsOf(
      ['2023-09-14', 'The population increased by 6.3% in England and Wales, and by 5.1% in Northern Ireland between 2011 and 2021.'],
      ['2023-09-14', 'In England and Wales the population increased by 6.3% between 2011 and 2021.'],
    );
    expect(groups).toContainEqual(['a1:6.3%', 'a2:6.3%']);
  });

  it('still keeps a count of 1991 apart from this year’s', () => {
    const groups = groupsOf(
      ['2023-11-02', 'In 1991 the floods killed 26 people in the valley.'],
      ['2023-11-02', 'The floods this week killed 26 people in the valley, officials said.'],
    );
    expect(groups).not.toContainEqual(['a1:26', 'a2:26']);
  });
});

describe('figures: hospitalizations are counted as the hospitalized are', () => {
  it('reads "31 hospitalizations" in the class of "96 people were hospitalized"', () => {
    expect(classesOf('The outbreak has caused 31 hospitalizations in 11 states.')).toContainEqual(['31', 'people-injured']);
    expect(classesOf('In all, 96 people were hospitalized in 11 states.')).toContainEqual(['96', 'people-injured']);
  });
});

describe('figures: the legal style’s ordinals "2d" and "3d" are no counts', () => {
  it('reads no figure in "during the 2d Session of the 110th Congress" and still reads "grew by 2 during the year" and "3 dogs"', () => {
    const textsOf = (text: string) => analyze([article('a', text, '2008-09-10')]).figures.map((f) => f.text);
    expect(textsOf('The resolution was introduced in the House during the 2d Session of the 110th Congress.')).toEqual([]);
    expect(textsOf('The herd grew by 2 during the year, and we bought 3 dogs.')).toEqual(['2', '3']);
  });
});
