import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-seventh session: figure reading. Invented sentences. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figures: a year before a currency is a price base', () => {
  it('reads no sum in "in 2022 dollars" or "constant 2015 euros", and still reads the sums beside them', () => {
    expect(figuresOf('Median income was $74,580, expressed in real or 2022 dollars.').map((x) => x.text)).toEqual(['$74,580']);
    expect(figuresOf('All figures are in constant 2015 euros.').filter((x) => x.kind === 'money')).toEqual([]);
  });

  it('still reads a sum of that many dollars said as one ("a fine of 2000 dollars")', () => {
    expect(figuresOf('The court set a fine of 2000 dollars.').map((x) => [x.text, x.kind])).toEqual([['2000 dollars', 'money']]);
  });
});

describe('figures: the level of an interval estimate', () => {
  it('reads no figure in "the 95% interval estimate"', () => {
    const f = figuresOf('The 95% interval estimate for excess deaths was 13.3 to 16.6 million, and 95% of them were adults.').map((x) => x.text);
    expect(f).toEqual(['13.3 to 16.6 million', '95%']);
  });
});

describe('figures: the ages that bound a group of people', () => {
  it('reads no figure in "aged 5 to 11 years", "aged 70 and over" or "between the ages of 1 and 4"', () => {
    expect(figuresOf('Child labour rose among children aged 5 to 11 years.')).toEqual([]);
    expect(figuresOf('Deaths were highest among those aged 70 years and over.')).toEqual([]);
    expect(figuresOf('Ten children between the ages of 1 and 4 died.').map((x) => x.text)).toEqual(['Ten']);
    expect(figuresOf('The employment rate for people aged 16 to 64 was 75.6%.').map((x) => x.text)).toEqual(['75.6%']);
    expect(figuresOf('Deaths among people aged under 70 years rose.')).toEqual([]);
    expect(figuresOf('The channel shows ads to kids age 6-11.')).toEqual([]);
  });

  it("still reads one person's age, and ages given one by one", () => {
    expect(figuresOf('A man aged 40 was arrested on Friday.').map((x) => [x.text, x.unitClass])).toEqual([['40', 'age']]);
    expect(figuresOf('Two men, aged 30 and 42, were held.').map((x) => x.text)).toEqual(['Two', '30', '42']);
  });
});

describe('figures: numbers that name or date', () => {
  it('keeps "28 U.S.C. § 515" in its sentence and reads no figure in it', () => {
    const { sentences, figures } = analyze([article('a', 'He was appointed under 28 U.S.C. § 515 to lead the case. The bank paid lenders. §1087(c) applies.')]);
    expect(sentences.map((s) => s.text)).toEqual(['He was appointed under 28 U.S.C. § 515 to lead the case.', 'The bank paid lenders.', '§1087(c) applies.']);
    expect(figures).toEqual([]);
    const acting = analyze([article('a', 'Jane Roe, Acting Under Authority Conferred by 28 U.S.C. § 515, John P. Doe Jr., the Special Agent, and Ann Poe announced the plea.')]);
    expect(acting.sentences).toHaveLength(1);
    expect(acting.figures).toEqual([]);
  });

  it('reads both ends of a span of days as dates ("from 4 to 5 August 2020", "August 4 to 5")', () => {
    expect(figuresOf('Volunteers worked from 4 to 5 August 2020 in the port.').map((x) => [x.text, x.kind])).toEqual([
      ['4', 'date'],
      ['5 August 2020', 'date'],
    ]);
    expect(figuresOf('The campaign ran from 1 to 12 September.').filter((x) => x.kind !== 'date')).toEqual([]);
    expect(figuresOf('The toll rose from 40 to 55 on 5 August.').map((x) => [x.text, x.kind])).toEqual([
      ['40', 'count'],
      ['55', 'count'],
      ['5 August', 'date'],
    ]);
  });

  it('reads no count in the number of a figure, table, volume, page or part of a document', () => {
    expect(figuresOf('Figure 1. Map of the accident site.')).toEqual([]);
    expect(figuresOf('Table 1 shows 45 deaths in the region.').map((x) => x.text)).toEqual(['45']);
    expect(figuresOf('Congressional Record Volume 169, Number 12').filter((x) => x.kind === 'count')).toEqual([]);
    expect(figuresOf('Part 2 of the plan adds 300 beds.').map((x) => x.text)).toEqual(['300']);
    expect(figuresOf('The Assembly took up agenda item 5 and heard questions 1-67 on pages 23808-23810.')).toEqual([]);
    const record = analyze([article('a', 'Congressional Record Vol. 165, No. 130 (Senate) records the vote of 51 senators.')]);
    expect(record.sentences).toHaveLength(1);
    expect(record.figures.map((x) => x.text)).toEqual(['51']);
  });

  it('still reads a count after the same words used as nouns or verbs', () => {
    expect(figuresOf('The report runs to 200 pages.').map((x) => x.text)).toEqual(['200']);
    expect(figuresOf('Democrats will table 12 amendments this week.').map((x) => x.text)).toEqual(['12']);
    expect(figuresOf('The report has 200 pages and answers 5 questions.').map((x) => x.text)).toEqual(['200', '5']);
  });
});

describe('figures: marks and numbered items', () => {
  it('reads no count in note marks in square brackets ("2008.[1][2][3]")', () => {
    expect(figuresOf('Madoff was arrested in 2008.[1][2][3] He pleaded guilty to 11 counts.[4][5]').map((x) => x.text)).toEqual(['2008', '11']);
  });

  it('reads no count in the numbers of a series of items ("(1) describes…, (2) assesses…")', () => {
    expect(figuresOf('The report (1) describes the origins, (2) assesses the extent and (3) analyzes the response.')).toEqual([]);
  });

  it('reads the days of a span set with a dash as dates ("7-9 September 2024", "March 24–27, 2023")', () => {
    expect(
      figuresOf('The storm hit on 7-9 September 2024 and flooded 300 homes.')
        .filter((x) => x.kind === 'count')
        .map((x) => x.text),
    ).toEqual(['300']);
    expect(figuresOf('The tornadoes struck March 24–27, 2023.').filter((x) => x.kind === 'count')).toEqual([]);
    expect(figuresOf('The vote was 24-27 in March.').filter((x) => x.kind === 'date')).toEqual([]);
  });
});

describe("figures: a page's reading time", () => {
  it('reads no count in "4 min read", and still reads minutes of the story', () => {
    const f = figuresOf('Storm hits coast\n\n4 min readAug 13, 2020\n\nThe storm lasted 45 minutes and left 300 homes without power.');
    expect(f.map((x) => x.text)).not.toContain('4');
    expect(f.map((x) => x.text)).toContain('45 minutes');
  });
});

describe('figure groups: one bound on one count, named by two owners', () => {
  it('compares "over 300 U.S. citizens" (the State Department) with "more than 300 of its citizens" (the United States)', () => {
    const { figureGroups } = analyze([
      article('a', 'The State Department facilitated the voluntary repatriation of over 300 U.S. citizens from the cruise ship.'),
      article('b', 'The United States said Monday it had evacuated more than 300 of its citizens from the cruise ship.'),
    ]);
    const g = figureGroups.find((x) => x.members.some((m) => m.text === 'over 300'));
    expect(g?.members.map((m) => `${m.article}:${m.text}`)).toEqual(['a:over 300', 'b:more than 300']);
  });
});
