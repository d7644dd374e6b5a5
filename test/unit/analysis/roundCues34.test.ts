import { describe, expect, it } from 'vitest';
import { article } from './seeds';
import { opinionRoundsOver, plainNews, roundsOn } from './probes';
import { gluedWords } from '../../../src/core/analysis/generators/common';
import { langPack } from '../../../src/core/analysis/lang';
import { createArticle } from '../../../src/core/article';

/**
 * Which cue an opinion round may teach (session 34). Blind audits of the rounds of rounds 28-83 found the
 * first person a trustworthy giveaway only where it professes a view, and a question almost never.
 * Invented sentences, not from any corpus.
 */
const roundsOver = opinionRoundsOver;

const other = plainNews;
const about = roundsOn;

describe('the first person as the giveaway of a view', () => {
  const professed = [
    'We urge the council to fund the repairs without any further delay.',
    'I believe the new bridge will serve the town for a century.',
    'We must act now to keep the ferries running through the winter.',
    'I am immensely proud of the crews who kept the river open.',
  ];
  const stated = [
    'We will also highlight the work of the ferry crews at the next meeting of the board.',
    'I want to briefly update you on what the council has done over the last two weeks.',
    'We can see the cracks in two of the piers from the east bank.',
    'I look forward to hearing from the engineers about the repairs to the piers.',
  ];

  it('is taught where "I" or "we" professes a view (a verb of view, an obligation, a feeling owned)', () => {
    for (const passage of professed) {
      const rounds = about(roundsOver([article('a', `The river bridge closed on Monday after inspectors found cracks in two piers.\n${passage}`), other]), passage);
      expect(rounds.length, passage).toBeGreaterThan(0);
      for (const r of rounds) expect([r.answer, r.cue], passage).toEqual(['opinion', 'first-person']);
    }
  });

  it('is never taught for a plan, an ability, a wish to act or looking forward, told in the first person', () => {
    const text = `The river bridge closed on Monday after inspectors found cracks in two piers.\n${stated.join('\n')}\n${professed[0]}`;
    const rounds = roundsOver([article('a', text), other]);
    // (The professed view beside them still makes a round: the article is not left out as a whole.)
    expect(about(rounds, professed[0] as string).length).toBeGreaterThan(0);
    for (const passage of stated) for (const r of about(rounds, passage)) expect(r.cue, passage).not.toBe('first-person');
  });
});

describe('a question', () => {
  it('is never taught as the giveaway of a view: most questions in press material are really put', () => {
    const questions = [
      'What analysis has the council undertaken of the impact of the delay on the ferry crews?',
      'Remember last year when the council spent months arguing over the old bridge?',
      'With all our wealth and all our engineers, we cannot keep our own bridges standing?',
    ];
    const rounds = roundsOver([article('a', `The river bridge closed on Monday after inspectors found cracks in two piers. ${questions.join(' ')}`), other]);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.cue).not.toBe('rhetorical-question');
  });
});

describe('judging words as the giveaway of a view', () => {
  const plain = 'The council’s handling of the repairs has been a disgraceful farce from the very start.';
  const weak = [
    'Of course, the council wants the ferries to run through the winter months.',
    'The council is committed to reopening the bridge to all traffic by the end of June.',
    'Sadly, the ferries will not run on Sundays until the repairs are finished.',
    'The town stands with the families of the crews who lost their boats in the floods.',
    'We simply cannot allow the ferries to stop running before the spring.',
    'This bill hands the IRS even MORE money for agents than the last one did.',
  ];

  it('are taught where they judge the matter, not where they only say how sure, sorry or committed the speaker is, stress or stand with someone', () => {
    const text = `The river bridge closed on Monday after inspectors found cracks in two piers.\n${weak.join('\n')}\n${plain}`;
    const rounds = roundsOver([article('a', text), other]);
    const judged = about(rounds, plain);
    expect(judged.length).toBeGreaterThan(0);
    for (const r of judged) expect([r.answer, r.cue]).toEqual(['opinion', 'loaded-words']);
    for (const passage of weak) for (const r of about(rounds, passage)) expect(r.cue, passage).not.toBe('loaded-words');
  });
});

describe('a first person that asks about a stance', () => {
  it('is not taught as one ("…hearing from them on how we should prepare")', () => {
    const passage = 'I also look forward to hearing from the engineers on how we should prepare the piers for the floods.';
    const rounds = roundsOver([article('a', `The river bridge closed on Monday after inspectors found cracks in two piers.\n${passage}`), other]);
    for (const r of about(rounds, passage)) expect(r.cue).not.toBe('first-person');
    expect(rounds.length).toBeGreaterThan(0);
  });
});

describe('an acronym run into the next word ("The CPIsoared 9.1%")', () => {
  const lang = langPack(undefined);
  it('is glued text, which no round quotes', () => {
    for (const text of ['The CPIsoared 9.1% from a year ago.', 'OCHAsaid on Monday that the roads were cut.', 'The agency UNHCRissued a call for funds.'])
      expect(gluedWords(text, lang), text).toBe(true);
  });
  it('is not a name written in capitals and small letters ("JPMorgan", "UNifeed", "CNNMoney")', () => {
    for (const text of ['JPMorgan said so on Monday.', 'UNifeed reported it first.', 'CNNMoney wrote about the fund.', 'The NGOs said so.'])
      expect(gluedWords(text, lang), text).toBe(false);
  });
});

describe('a body’s page that quotes its own head or spokesperson', () => {
  const page = (outlet: string, text: string) => createArticle({ id: 'a', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2030-09-13' }, text);
  const quote = '“We will keep sending help to the valley for as long as it is needed,” Spokesperson Jane Roe said on Tuesday.';
  const text = `The department sent 40 tonnes of supplies to the flooded valley on Monday.\n${quote}\nMore flights are planned for next week.`;
  const explanationOf = (outlet: string): string[] => {
    const a = page(outlet, text);
    return about(roundsOver([a, other]), quote).map((r) => r.explanation.en ?? '');
  };

  it('does not call the words "their view, not the outlet\'s" where the bracket names the body whose page it is', () => {
    for (const outlet of ['ShareAmerica (Harbour Department)', 'Harbour Department (via a mirror)']) {
      const explanations = explanationOf(outlet);
      expect(explanations.length, outlet).toBeGreaterThan(0);
      for (const e of explanations) expect(e, outlet).not.toContain("not the outlet's");
    }
  });

  it('still does where the bracket only says where the page was found', () => {
    const explanations = explanationOf('Valley Daily (via Harbour Department)');
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(e).toContain("not the outlet's");
  });
});
