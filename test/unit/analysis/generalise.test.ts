import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { engineSupportProblem } from '../../../src/core/analysis/support';
import { article } from './seeds';

const figures = (text: string) => analyze([article('a', text)]).figures;
const sentences = (text: string) => article('a', text).sentences.map((s) => s.text);

describe('figures on unseen articles', () => {
  it('keeps the currency and the multiplier of money', () => {
    const f = figures('Hackers stole 1bn won (£560,518; $877,000) and later $2 billion.');
    expect(f.map((x) => [x.text, x.value, x.currency])).toEqual([
      ['1bn won', 1e9, 'KRW'],
      ['£560,518', 560518, 'GBP'],
      ['$877,000', 877000, 'USD'],
      ['$2 billion', 2e9, 'USD'],
    ]);
    // The bracketed amounts are the first one converted, not new sums.
    expect(f[1]?.conversionOf).toBe(f[0]?.id);
    expect(f[2]?.conversionOf).toBe(f[0]?.id);
    expect(f[3]?.conversionOf).toBeUndefined();
  });

  it('reads suffixes, ranges, percentage points, compounds and bounds', () => {
    const f = figures(
      'The breach exposed 8.7M customers. Between 5 and 7 people were injured. Rates rose 0.5 percentage points. The seven-hour meeting ended. Up to 30 percent of homes and at least 296 people died.',
    );
    expect(f.map((x) => [x.text, x.value, x.bound, x.unitClass])).toEqual([
      ['8.7M', 8.7e6, 'exact', 'people'],
      ['Between 5 and 7', 6, 'range', 'people-injured'],
      ['0.5 percentage points', 0.5, 'exact', 'percentage-points'],
      ['seven-hour', 420, 'exact', 'duration'],
      ['Up to 30 percent', 30, 'upper', 'percent'],
      ['at least 296', 296, 'lower', 'people-killed'],
    ]);
  });

  it('does not count names, models, tickers, times or dates', () => {
    const f = figures('Sony (6758.T) said the Xbox 360 and the PS5 sold out by 10 pm on Nov. 17 at the 12th-century fort, news site 2M said.');
    expect(f.filter((x) => x.kind === 'count' || x.kind === 'money')).toEqual([]);
    expect(f.map((x) => [x.text, x.kind])).toEqual([
      ['10 pm', 'time'],
      ['Nov. 17', 'date'],
    ]);
  });

  it('tells killed from injured in one sentence', () => {
    const f = figures('The blast killed 5 people and injured 20 others.');
    expect(f.map((x) => x.unitClass)).toEqual(['people-killed', 'people-injured']);
  });
});

describe('one quantity per group', () => {
  it('does not compare this quake with the 2004 one', () => {
    const groups = analyze([
      article('a', 'A magnitude 6.1 earthquake struck off the coast of Sumatra on Monday.'),
      article('b', 'A magnitude 6.1 earthquake struck off Sumatra, near where the magnitude 8.6 quake of 2004 struck the coast.'),
      article('c', 'The earthquake struck off the coast of Sumatra with a magnitude of 6.1 on Monday.'),
    ]).figureGroups;
    expect(groups.some((g) => g.members.some((m) => m.value === 8.6))).toBe(false);
    expect(groups.some((g) => g.verdict === 'conflicting')).toBe(false);
  });

  it("keeps last year's breach apart from this one", () => {
    const groups = analyze([
      article('a', 'The data breach exposed the records of 8.7 million customers of the telecom company.'),
      article('b', "Last year's breach exposed the records of 35 million customers of the telecom company."),
    ]).figureGroups;
    expect(groups).toEqual([]);
  });

  it('reads a rising toll as counts at different times, not a contradiction', () => {
    const groups = analyze([
      article('a', 'The death toll from the earthquake in Morocco has risen to 820 people, officials said.'),
      article('b', 'The death toll from the earthquake in Morocco rose to 632 people, officials said.'),
    ]).figureGroups;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });

  it('sees one written precision as rounding of another ("6.8" and "7")', () => {
    const groups = analyze([
      article('a', 'The earthquake near Marrakesh had a magnitude of 6.8, the survey said.'),
      article('b', 'The earthquake near Marrakesh had a magnitude of 7, the survey said.'),
    ]).figureGroups;
    expect(groups[0]?.verdict).toBe('compatible');
  });
});

describe('text structure', () => {
  it('does not end sentences at initials, abbreviations or tickers', () => {
    expect(sentences('Shares of Sony (6758.T) rose, said P.K. Sharma on Aug. 3. M. Macron agreed on Nov. 17 in the U.S. The next day came.')).toEqual([
      'Shares of Sony (6758.T) rose, said P.K. Sharma on Aug. 3.',
      'M. Macron agreed on Nov. 17 in the U.S.',
      'The next day came.',
    ]);
  });

  it("goes on from a title's small dotted letters into the initial of its name", () => {
    expect(sentences('The agency settled with Dr. Ing. h.c. F. Porsche AG and two other firms. The case closed.')).toEqual([
      'The agency settled with Dr. Ing. h.c. F. Porsche AG and two other firms.',
      'The case closed.',
    ]);
  });

  it('goes on from a clock time into its time zone, and still ends a sentence at one', () => {
    expect(sentences('Contact was lost at 9:45 a.m. EDT and the search began. Crews met at 4 p.m. GMT. The ship left at 6 p.m. The next day came.')).toEqual([
      'Contact was lost at 9:45 a.m. EDT and the search began.',
      'Crews met at 4 p.m. GMT.',
      'The ship left at 6 p.m.',
      'The next day came.',
    ]);
  });

  it('splits a headline, byline and dateline run into the first sentence', () => {
    expect(sentences('Quake kills hundreds By Jane Doe and John Roe RABAT, Morocco (AP) — The death toll rose to 820. It was bad.')).toEqual([
      'Quake kills hundreds',
      'By Jane Doe and John Roe',
      'RABAT, Morocco (AP) —',
      'The death toll rose to 820.',
      'It was bad.',
    ]);
    const found = analyze([article('a', 'Quake kills hundreds By Jane Doe RABAT, Morocco (AP) — The death toll rose to 820. It was bad.')]).sentences;
    expect(found.filter((s) => s.furniture).map((s) => s.text)).toEqual(['Quake kills hundreds', 'By Jane Doe', 'RABAT, Morocco (AP) —']);
  });
});

describe('opinion cues that generalise', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.kind);
  it('does not read the month May or a request for comment as opinion', () => {
    expect(kind('The company filed for bankruptcy in May after losing the contract.')).toEqual(['reporting']);
    expect(kind('The ministry did not respond to a request for comment on Friday.')).toEqual(['reporting']);
  });
  it('does not read "illegally" in a headline as the author\'s view', () => {
    const s = analyze([article('a', 'Firm illegally shared customer data\nThe regulator fined the firm on Monday.')]).sentences[0];
    expect(s?.kind).not.toBe('opinion');
  });
  it('reads evaluative words, hedged attribution and scare quotes', () => {
    expect(kind("The government's response has been a staggering failure from start to finish.")).toEqual(['opinion']);
    expect(kind('The minister reportedly ordered the files destroyed before the inquiry began.')).toEqual(['attributed']);
    expect(kind('The so-called reform changed nothing for the families who lost their homes.')).toEqual(['opinion']);
  });
});

describe('languages', () => {
  it('says so when a level asks the engine for a language it cannot write or read', () => {
    expect(engineSupportProblem(['en', 'fr'], [])?.message).toMatch(/cannot write rounds in "fr"/);
    expect(engineSupportProblem(['en'], [{ id: 'x', language: 'de' }])?.message).toMatch(/cannot read articles in "de" \(x\)/);
    expect(engineSupportProblem(['en', 'es'], [{ id: 'x', language: 'en' }])).toBeNull();
  });
});

describe('near-copies in who-said-it', () => {
  it('counts an outlet that changed one word as a carrier, and quotes its own wording', async () => {
    const { generateFromArticles } = await import('../../../src/core/analysis/generators');
    const copy = 'The powerful tremor shook buildings across the coastal city late on Friday night, residents told reporters.';
    const near = 'The powerful temblor shook buildings across the coastal city late on Friday night, residents told reporters.';
    const arts = [
      article('a', `${copy}\nRescue teams searched collapsed homes in the old quarter through Saturday morning.`),
      article('b', `${near}\nThe regional governor asked for tents, blankets and drinking water for families sleeping outside.`),
      article(
        'c',
        'Seismologists said the quake struck at a shallow depth beneath the bay, which made the shaking stronger.\nSchools will stay closed until engineers have checked every building in the district.',
      ),
      article(
        'd',
        'Hospitals in the coastal city treated dozens of people for cuts and broken bones after the quake.\nAid agencies said they were sending supplies by road because the airport had closed.',
      ),
    ];
    const rounds = generateFromArticles({ type: 'who-said-it', count: 8, seed: 3, index: 0 }, arts);
    const r = rounds.filter((x) => x.type === 'who-said-it').find((x) => x.quote === copy || x.quote === near);
    expect([...(r?.answers ?? [])].sort()).toEqual(['a', 'b']);
    expect(r?.evidence.map((e) => e.quote).sort()).toEqual([copy, near].sort());
    expect(r?.explanation.en).toMatch(/small changes/);
    expect(r?.explanation.en).not.toMatch(/other words/);
    expect(r?.confidence).toBeGreaterThanOrEqual(0.8);
  });
});
