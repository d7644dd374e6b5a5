import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure groups round 31: parts against wholes, changes from other starts, tolls of other events. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const textsWith = (groups: Groups, text: string): string[] => (groups.find((g) => g.members.some((m) => m.text === text))?.members ?? []).map((m) => m.text).sort();

describe('figure groups round 31: one item of a list is not the list total', () => {
  const LISTED = 'The harbour relief package includes $41.2 billion for the northern ports; $17.5 billion for fisheries; and $6.3 billion for the ferry fleet.';

  it('keeps one sum of a listed package apart from the whole package', () => {
    const { figureGroups } = analyze([article('a', LISTED), article('b', 'The $64.9 billion harbour relief package includes:', '2022-02-20')]);
    expect(textsWith(figureGroups, '$41.2 billion')).not.toContain('$64.9 billion');
  });

  it('still groups the whole package with the whole written to other digits', () => {
    const { figureGroups } = analyze([
      article('a', 'The harbour relief package includes $64.9 billion in all, the chamber said.'),
      article('b', 'The $65 billion harbour relief package includes:', '2022-02-20'),
    ]);
    expect(textsWith(figureGroups, '$64.9 billion')).toEqual(['$64.9 billion', '$65 billion']);
  });
});

describe('figure groups round 31: two changes that start from different values', () => {
  it('does not group the starts, nor the ends, of two changes that start apart as one share at two moments', () => {
    const { figureGroups } = analyze([
      article('a', 'From 2020 to 2021, current use of any bicycle among adults declined from 8.4% to 7.1%.'),
      article('b', 'From 2020 to 2021, current use of any bicycle or scooter among adults declined from 13.7% to 12.2%, largely driven by bicycles.', '2022-03-02'),
    ]);
    expect(textsWith(figureGroups, '8.4%')).not.toContain('13.7%');
    expect(textsWith(figureGroups, '7.1%')).not.toContain('12.2%');
  });
});

describe('figure groups round 31: a later toll far below an earlier one', () => {
  const FIRST = 'The flood in the valley killed 40 people, with a further 600 people injured, according to the latest update from the relief office.';
  const SECOND = 'The flood in the valley has killed 45 people and injured 640, the relief office said.';

  it('leaves out of a toll group a count given days later at a fraction of it', () => {
    const { figureGroups } = analyze([
      article('a', FIRST, '2022-05-03'),
      article('b', SECOND, '2022-05-04'),
      article('c', 'A second flood struck the valley at dawn, injuring over 90 people, according to media reports.', '2022-05-09'),
    ]);
    expect(textsWith(figureGroups, '600')).toEqual(['600', '640']);
  });

  it('keeps in the toll group a count that rose over the days', () => {
    const { figureGroups } = analyze([
      article('a', FIRST, '2022-05-03'),
      article('b', SECOND, '2022-05-04'),
      article('c', 'The flood in the valley has injured over 900 people, according to media reports.', '2022-05-09'),
    ]);
    expect(textsWith(figureGroups, '600')).toEqual(['600', '640', 'over 900']);
  });
});

describe('figure groups round 31: a bar each of several items passes is not one sum', () => {
  const FUNDING = 'The governor announced over $5 million in new funding for rural clinics on Monday.';

  it('keeps "12 towns receiving more than $5 million" out of the group of one $5 million sum', () => {
    const { figureGroups } = analyze([
      article('a', FUNDING),
      article('b', 'Every town received new funding for rural clinics, with 12 towns receiving more than $5 million.'),
      article('c', 'The governor said over $5 million in new funding would go to rural clinics.'),
    ]);
    expect(textsWith(figureGroups, 'more than $5 million')).toEqual([]);
    expect(textsWith(figureGroups, 'over $5 million')).toHaveLength(2);
  });

  it('keeps "$5 million each" out of the group of one $5 million sum', () => {
    const { figureGroups } = analyze([article('a', FUNDING), article('b', 'The governor announced new funding for rural clinics: three clinics get over $5 million each.')]);
    expect(figureGroups.filter((g) => g.members.some((m) => m.article === 'b' && m.unitClass.startsWith('money')))).toEqual([]);
  });

  it('still groups a sum several items pay together ("three firms agreed to pay more than $5 million")', () => {
    const { figureGroups } = analyze([
      article('a', FUNDING),
      article('b', 'Three firms agreed to pay more than $5 million in new funding for rural clinics, the governor announced.'),
    ]);
    expect(textsWith(figureGroups, 'over $5 million')).toEqual(['more than $5 million', 'over $5 million']);
  });

  it('still groups a total over several items ("across three counties is over $5 million")', () => {
    const { figureGroups } = analyze([article('a', FUNDING), article('b', 'The new funding for rural clinics across three counties is over $5 million, the governor announced.')]);
    expect(textsWith(figureGroups, 'over $5 million')).toHaveLength(2);
  });
});

describe('figure groups round 31: a race time is rare by all its digits', () => {
  it('groups the same time to the second in two outlets worded apart', () => {
    const { figureGroups } = analyze([
      article('a', 'Mbeki, who trains at altitude near Eldoret with his brother, won the Lakeside Marathon in 2:07:43 and shaved almost a minute off the course record.'),
      article('b', 'The young runner from the Rift Valley finished his debut in 2:09:12 in Porto, then got the time down to 2:07:43 at the Lakeside Marathon in April.'),
    ]);
    expect(figureGroups.find((g) => g.members.some((m) => m.text === '2:07:43'))?.articles).toEqual(['a', 'b']);
  });
});

describe('figure groups round 31: the later value of "X in 2023 compared to Y in 2024"', () => {
  it('reads the value dated to the later year as the current one, not the value a change starts from', () => {
    const { figureGroups } = analyze([
      article('a', 'Within the past year, a sharp decline also occurred in current kayak rentals (29,400 in 2023 compared to 19,300 in 2024).'),
      article('b', 'During 2023 to 2024, the estimated number of current kayak rentals by students decreased from 29,400 to 19,300 students, the survey found.'),
    ]);
    expect(figureGroups.find((g) => g.members.some((m) => m.text === '19,300'))?.articles).toEqual(['a', 'b']);
  });
});

describe('figure groups round 31: the window a change is measured over is no quantity', () => {
  it('groups no "over the last 12 months" or "12-month increase" window of a rise in prices', () => {
    const { figureGroups } = analyze([
      article('a', 'Over the last 12 months, the fuel index rose 8.3 percent, the largest 12-month increase since 1990.'),
      article('b', 'The fuel index increased 8.3% over the last 12 months, the bureau said.'),
    ]);
    expect(figureGroups.filter((g) => g.unitClass === 'duration')).toEqual([]);
    expect(figureGroups.find((g) => g.unitClass === 'percent')?.articles).toEqual(['a', 'b']);
  });

  it("still groups a span that is the story's own quantity", () => {
    const { figureGroups } = analyze([
      article('a', 'The harbour was closed for 14 months while the fuel index rose 8.3 percent.'),
      article('b', 'After 14 months closed, the harbour reopened on Monday as the fuel index rose 8.3 percent.'),
    ]);
    expect(figureGroups.find((g) => g.unitClass === 'duration')?.articles).toEqual(['a', 'b']);
  });
});

describe('figure groups round 31: the name a share is "for" owns it', () => {
  it("does not group one candidate's share with the other's ('47.7% for Ortega', 'Ortega's 47.9%')", () => {
    const { figureGroups } = analyze([
      article('a', 'Mendes won 52.3% of the votes compared with 47.7% for Ortega, the electoral court said on Sunday.'),
      article('b', 'With 98% of ballots counted, Mendes had a slim lead over Ortega, winning 52.1% of the votes compared to Ortega’s 47.9%.'),
    ]);
    const mixed = figureGroups.filter((g) => g.members.some((m) => m.value > 50) && g.members.some((m) => m.value < 50 && m.value > 40));
    expect(mixed).toEqual([]);
  });
});

describe('figure groups round 31: a vague toll beyond what a floor can reach', () => {
  it('keeps "over 200" counted on one beach out of the group of "thousands" killed', () => {
    const { figureGroups } = analyze([
      article('a', 'The floods in the eastern city have killed thousands of people, officials said.'),
      article('b', 'A rescue worker said he counted over 200 people killed by the floods on one beach in the eastern city.'),
      article('c', 'Thousands of people were killed by the floods in the eastern city, the mayor said.'),
    ]);
    expect(textsWith(figureGroups, 'thousands')).toEqual(['Thousands', 'thousands']);
  });
});

describe('figure groups round 31: a toll that falls by nature', () => {
  it('does not part a count of the missing given days later at a fraction of an earlier one', () => {
    const { figureGroups } = analyze([
      article('a', 'The flood in the valley left 600 people missing, according to the latest update from the relief office.', '2022-05-03'),
      article('b', 'The flood in the valley has left 90 people missing, the relief office said in its latest update.', '2022-05-09'),
    ]);
    expect(textsWith(figureGroups, '600')).toEqual(['600', '90']);
  });
});
