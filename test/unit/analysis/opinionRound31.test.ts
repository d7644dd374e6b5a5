import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle, type Article } from '../../../src/core/article';
import type { OpinionRound } from '../../../src/core/levelSchema';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a body’s "we" going on with its work or counting what it lacks', () => {
  it('reads "We continue to deliver…" and "we still need $40 million…" with a detail as a report of its own work', () => {
    expect(kind('We also continue to deliver water to the camps hit by the 3 May floods.')).toBe('reporting');
    expect(kind('So far $12 million has been given, but we still need $40 million to shelter 90,000 people.')).toBe('reporting');
  });

  it('still reads a will: "We continue to stand with…", "We need to act…"', () => {
    expect(kind('We continue to stand with the families hit by the 3 May floods.')).toBe('opinion');
    expect(kind('We need to act before the deadline in 12 days.')).toBe('opinion');
  });
});

describe('an office quoting the person it speaks for', () => {
  const office = (id: string, outlet: string, text: string): Article => createArticle({ id, outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2022-01-21' }, text);
  const attributedRounds = (articles: Article[]) => {
    const findings = analyze(articles);
    const out: OpinionRound[] = [];
    for (let seed = 1; seed <= 12; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`).filter((r) => r.answer === 'attributed'));
    return out;
  };
  const texts = (principal: string, other: string): Article[] => [
    office(
      'roe',
      'Office of Sen. Jane Roe (via Hill Wire)',
      `Sen. Jane Roe released the following statement today after the harbour bill passed by a vote of 61-38:\n\n“This bill will rebuild the old harbour wall and the ferry piers that the storms broke.”\n\nThe bill now goes to the House. “The town waited ten years for this vote,” said ${principal}.\n\nThe harbour board backs the bill. “It is a good day for the coast,” said ${other}.`,
    ),
    article('b', 'The Senate passed the harbour bill on Tuesday by a vote of 61-38.\nThe bill funds a new harbour wall and two ferry piers.'),
  ];

  it('says the office quotes its own principal, not that the view is someone else’s', () => {
    const rounds = attributedRounds(texts('Roe', 'Mayor Tom Hill')).filter((r) => !r.passage.includes('Mayor'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.explanation.en).toContain('quotes Sen. Jane Roe, the person it speaks for');
      expect(r.explanation.en).not.toContain("not the outlet's");
      expect(r.explanation.es).toContain('cita a Sen. Jane Roe, la persona en cuyo nombre habla');
    }
  });

  it('does not give words credited to the principal and someone else as the principal’s alone (round 31, not blind)', () => {
    const rounds = attributedRounds(texts('Roe and Sen. Tom Hill', 'Mayor Tom Hill')).filter((r) => r.passage.includes('ten years'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.explanation.en).not.toContain('the person it speaks for');
      expect(r.explanation.en).not.toContain("not the outlet's");
      expect(r.explanation.en).toContain('a claim credited to its speakers');
    }
  });

  it('credits anyone else the office quotes as the claim’s speaker, without calling it the office’s or not', () => {
    const rounds = attributedRounds(texts('Roe', 'Mayor Tom Hill')).filter((r) => r.passage.includes('Mayor'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.explanation.en).toContain('a claim credited to its speakers');
  });
});

describe('a noun of worth said of the subject', () => {
  it('reads "The $40 million bridge represents a rare opportunity…" as the writer’s valuation, figure or not', () => {
    expect(kind('The new $40 million bridge represents a rare opportunity to join the two halves of the town.')).toBe('opinion');
    expect(kind('The vaccine was a breakthrough for the 3,000 patients on the waiting list.')).toBe('opinion');
  });

  it('leaves the noun as an object, a contest’s result and a credited valuation alone', () => {
    expect(kind('The grant gives 200 students the opportunity to study abroad for a year.')).toBe('reporting');
    expect(kind('The 2-1 win on Sunday was the club’s first of the season.')).toBe('reporting');
    expect(kind('The mayor said the $40 million bridge represents a rare opportunity for the town.')).toBe('attributed');
  });
});

describe('the cue of a view whose only first person is "our"', () => {
  it('teaches the judging words, not "our"', () => {
    const articles = [
      article('a', 'The council met on Monday.\n\nThe new $40 million bridge represents a rare opportunity to join the two halves of our town and its 9,000 homes.'),
      article('b', 'The council approved the $40 million bridge on Monday by a vote of 7-2.'),
    ];
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6]
      .flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`))
      .filter((r) => r.passage.includes('rare opportunity'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect([r.answer, r.cue]).toEqual(['opinion', 'loaded-words']);
  });
});

describe('the cue of a view whose first person only does something (round 31, not blind)', () => {
  it('teaches the judging words, not "We", in "We are here to announce … an egregious violation"', () => {
    const articles = [
      article(
        'a',
        'The minister spoke on Monday.\n\nWe are here to announce new charges against the shipping firm for dumping waste into the bay - an egregious violation of our harbour laws.',
      ),
      article('b', 'The ministry charged the shipping firm on Monday with dumping waste into the bay.'),
    ];
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6].flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`)).filter((r) => r.passage.includes('egregious'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect([r.answer, r.cue]).toEqual(['opinion', 'loaded-words']);
  });
});

describe('a cost or a worry weighed with no figure', () => {
  it('reads "exacted great costs" and "raises serious concerns" in the writer’s voice as a view', () => {
    expect(kind('These frauds exacted great costs on savers in three countries.')).toBe('opinion');
    expect(kind('The new law raises serious concerns about the freedom of the press.')).toBe('opinion');
  });

  it('leaves damage described, a cost counted and a worry credited alone', () => {
    expect(kind('The ferry sustained substantial damage, and 12 passengers were hurt.')).toBe('reporting');
    expect(kind('The repairs carry great costs of $4 million a year.')).toBe('reporting');
    expect(kind('The new law raises serious concerns, the union said.')).toBe('attributed');
  });
});

describe('a short name defined in a bracket (round 31, not blind)', () => {
  it('is not a quotation: "… (the “small engine settlement”)." is reporting', () => {
    expect(kind('On May 17, 2017, the court approved the second settlement, for vehicles with small engines (the “small engine settlement”).')).toBe('reporting');
  });
  it('a whole statement in brackets still quotes someone', () => {
    expect(kind('The court approved it (“the deal is fair and just to all”).')).toBe('attributed');
  });
});

describe('a clause that gives a thing its name (round 31, not blind)', () => {
  it('reads "what scientists call an umbrella cloud" as naming, not a claim', () => {
    expect(kind('The storm created what scientists call an umbrella cloud over the sea.')).toBe('reporting');
  });
  it('still reads "called for" as a speech act', () => {
    expect(kind('The senator called for an inquiry into what happened at the port.')).toBe('attributed');
  });
});
