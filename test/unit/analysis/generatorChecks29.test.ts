import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { namesAnOption, whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createArticle, splitSentences, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';

/** Invented articles (not from any corpus) for checks the blind audit of round 29 asked for. */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;

const SHARED = 'The port authority closed the north quay to cruise ships on Friday, citing a damaged fender wall.';

function roundsWithNames(first: string, second: string) {
  const articles = [
    outlet('a', first, `${SHARED} Repairs are expected to take six weeks.`),
    outlet('b', second, `${SHARED} Repairs are expected to take six weeks.`),
    outlet('c', 'Island Courier', 'Local cafes said they expect fewer visitors this month, and two of them will shorten their opening hours.'),
    outlet('d', 'Coast Weekly', 'Passengers complained that the walk into town from the southern berth took twice as long as before.'),
    outlet('e', 'Quay News', 'Divers found cracks this week, and engineers said the repairs would be paid from the harbour budget.'),
  ];
  return whoSaidItRounds(analyze(articles), articles, 4, createRng(3), idFor);
}

describe('who-said-it answers a player can tell apart', () => {
  it('asks about a sentence two outlets print when their names differ', () => {
    const round = roundsWithNames('Harbour Office', 'Harbour Office (via Island Post)').find((r) => r.quote === SHARED);
    expect(round?.answers.sort()).toEqual(['a', 'b']);
  });

  it('does not ask about it when both answers would be shown by one name (an office’s two releases)', () => {
    const rounds = roundsWithNames('Harbour Office', 'Harbour Office');
    expect(rounds.map((r) => r.quote)).not.toContain(SHARED);
  });
});

describe('who-said-it sentences without a report’s reference marks', () => {
  const clean = 'Use of kerosene heaters in any form is unsafe for small children, the fire service warned this winter.';
  const marked = 'Use of kerosene heaters* in any form is unsafe for small children, the fire service warned this winter (1).';
  const articles = [
    outlet('a', 'Fire Service Report', `${marked} Most fires began at night. * Includes paraffin heaters.`),
    outlet('b', 'Fire Service Summary', `${clean} Most fires began at night in older homes.`),
    outlet('c', 'Valley Daily', 'The fire service counted more heater fires this winter than last, most of them at night in older homes.'),
    outlet('d', 'Hill Gazette', 'Heater fires in small homes rose this winter, and the fire service urged families to fit smoke alarms.'),
  ];
  const rounds = whoSaidItRounds(analyze(articles), articles, 4, createRng(1), idFor);

  it('quotes the clean printing and counts the marked one as the same words', () => {
    const round = rounds.find((r) => r.answers.length === 2 && r.quote.startsWith('Use of kerosene'));
    expect(round?.quote).toBe(clean);
    expect(round?.answers.sort()).toEqual(['a', 'b']);
    expect(round?.explanation.en).not.toMatch(/changes in wording/);
  });

  it('never shows a quote with a footnote mark', () => {
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.quote).not.toMatch(/\*|\(\d\)/);
  });
});

describe('a sentence that opens with a figure', () => {
  const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('is split from the sentence before it', () => {
    expect(cut('We remember the lives the storm took with her. 108 lives were lost, and families still grieve.')).toEqual([
      'We remember the lives the storm took with her.',
      '108 lives were lost, and families still grieve.',
    ]);
  });

  it('is not split after an abbreviation, a time or a figure', () => {
    for (const text of ['They counted approx. 108 people in the hall.', 'At 5 p.m. 108 people had left the hall.', 'The vote was 5. 108 members were absent.'])
      expect(cut(text)).toEqual([text]);
  });
});

describe('who-said-it sentences that name an offered outlet', () => {
  it('knows an agency by the initials of a name that opens with a dotted abbreviation', () => {
    const sentence = 'Members of USDA’s field teams are on the ground in the valley, working with county officials.';
    expect(namesAnOption(sentence, ['U.S. Department of Agriculture', 'Valley Daily', 'Hill Gazette'])).toBe(true);
    expect(namesAnOption(sentence, ['State Water Office', 'Valley Daily', 'Hill Gazette'])).toBe(false);
  });
});

describe('reporting passages with a verb of saying in view', () => {
  it('are not taught as the outlet’s own reporting', () => {
    const articles = [
      outlet(
        'a',
        'Valley Health Office',
        'On 4 March 2031, the county reported that a dairy herd had tested positive for the virus. On 6 March 2031, the state reported a second herd with the virus near the border. The herd was moved to a farm near the lake. Milk from the farm was kept off the market for 30 days. Inspectors visited 12 farms in the valley in March. The office opened a clinic in the town hall on 9 March.',
      ),
    ];
    const rounds = opinionRounds(analyze(articles), articles, 4, createRng(1), idFor);
    const passages = rounds.filter((r) => r.answer === 'reporting').map((r) => r.passage);
    expect(passages.length).toBeGreaterThan(0);
    expect(passages.filter((p) => /reported/.test(p))).toEqual([]);
  });
});

describe('the attribution cue named in the feedback', () => {
  it('is the sentence’s verb of saying, not a hedge beside it', () => {
    const articles = [
      outlet(
        'a',
        'Harbour Times',
        'The harbour board met on Monday to discuss the pier. Two fishermen were fined for allegedly landing cod out of season, and a third was warned, the harbour master added. The pier reopens in May after repairs to its deck. Frankly, the delay has been a disgrace to this town.',
      ),
    ];
    const rounds = opinionRounds(analyze(articles), articles, 4, createRng(1), idFor).filter((r) => r.passage.includes('allegedly'));
    expect(rounds.map((r) => [r.answer, r.cue])).toEqual([['attributed', 'attribution-verb']]);
    expect(rounds[0]?.explanation.en).toContain('"added"');
  });
});
