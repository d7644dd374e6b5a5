import { describe, expect, it } from 'vitest';
import { buildRun, type PlayRound } from '../../../src/core/rounds';
import { decisions, emptyPlay, evidenceResult, HINT_COST, questionResult, roundResult, scoreRounds, starsFor, type RoundPlay } from '../../../src/core/scoring';
import { QUOTES, spanOf, tinyLevel } from './tinyLevel';

const rounds = buildRun(tinyLevel(), 3);
const round = (id: string): PlayRound => {
  const r = rounds.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};
const q = (id: string, qid: string) => {
  const found = round(id).questions.find((x) => x.id === qid);
  if (!found) throw new Error(`${id}/${qid}`);
  return found;
};
const play = (choices: Record<string, string[]>, more: Partial<RoundPlay> = {}): RoundPlay => ({ ...emptyPlay(), choices, ...more });

describe('scoring a tick-several question (who printed it?)', () => {
  // who-voted: four outlets offered, two carry the sentence (river-post and its copy on valley-blog).
  const outlet = q('who-voted', 'outlet');

  it('is a tick-several question worth one point per outlet that printed it', () => {
    expect(outlet.multi).toBe(true);
    expect(questionResult(outlet, ['river-post', 'valley-blog'])).toMatchObject({ points: 2, max: 2, hits: 2, falseAlarms: 0 });
  });

  it('ticking every outlet scores 0: two hits minus two false alarms', () => {
    expect(questionResult(outlet, ['river-post', 'city-news', 'valley-blog', 'town-radio'])).toMatchObject({ points: 0, hits: 2, falseAlarms: 2 });
  });

  it('naming only the original, not the copy, earns half', () => {
    expect(questionResult(outlet, ['river-post']).points).toBe(1);
  });

  it('a false alarm takes a hit back, never below zero', () => {
    expect(questionResult(outlet, ['river-post', 'valley-blog', 'city-news']).points).toBe(1);
    expect(questionResult(outlet, ['city-news', 'town-radio'])).toMatchObject({ points: 0, hits: 0, falseAlarms: 2 });
  });

  it('counts an outlet ticked twice once, and ignores ids that are not options', () => {
    expect(questionResult(outlet, ['river-post', 'river-post', 'elsewhere'])).toMatchObject({ points: 1, hits: 1, falseAlarms: 0 });
  });

  it('nothing answered scores nothing', () => {
    expect(questionResult(outlet, undefined).points).toBe(0);
  });
});

describe('scoring a one-choice question', () => {
  const kind = q('waste-of-money', 'kind');
  it('one point for the key, none for another choice or for two choices', () => {
    expect(kind.multi).toBe(false);
    expect(questionResult(kind, ['opinion']).points).toBe(1);
    expect(questionResult(kind, ['reporting']).points).toBe(0);
    expect(questionResult(kind, ['opinion', 'reporting']).points).toBe(0);
  });
});

describe('evidence', () => {
  const r = round('who-voted');
  const voted = spanOf('valley-blog', QUOTES.VOTED);

  it('is right when a pointed span overlaps the key passage, even partly', () => {
    expect(evidenceResult(r, [voted])).toBe('right');
    expect(evidenceResult(r, [{ ...voted, start: voted.end - 3, end: voted.end + 10 }])).toBe('right');
    // One right passage among wrong ones is enough.
    expect(evidenceResult(r, [spanOf('city-news', QUOTES.NINE_TWO), voted])).toBe('right');
  });

  it('is wrong next to the passage, or at the same place in an article that has no key passage', () => {
    expect(evidenceResult(r, [{ ...voted, start: voted.end, end: voted.end + 20 }])).toBe('wrong');
    expect(evidenceResult(r, [{ ...voted, articleId: 'city-news' }])).toBe('wrong');
  });

  it('is none when nothing was pointed at', () => {
    expect(evidenceResult(r, [])).toBe('none');
  });

  it('adds one point to the round, and makes it perfect with right answers', () => {
    const answers = { outlet: ['river-post', 'valley-blog'] };
    const without = roundResult(r, play(answers));
    const withIt = roundResult(r, play(answers, { pointed: [voted] }));
    expect([without.points, without.max, without.perfect]).toEqual([2, 3, false]);
    expect([withIt.points, withIt.max, withIt.perfect, withIt.evidence]).toEqual([3, 3, true, 'right']);
  });
});

describe('hints', () => {
  it(`cost ${HINT_COST} point each, and a round never goes below zero`, () => {
    const r = round('waste-of-money');
    const right = { kind: ['opinion'], cue: ['loaded-words'] };
    expect(roundResult(r, play(right)).points).toBe(2);
    expect(roundResult(r, play(right, { hints: ['open-article'] }))).toMatchObject({ points: 2 - HINT_COST, hintsUsed: 1 });
    expect(roundResult(r, play({ kind: ['reporting'] }, { hints: ['open-article', 'search-phrase'] })).points).toBe(0);
  });
});

describe('decisions for discernment', () => {
  it('who-said-it: one decision per outlet offered, signal = it printed the sentence', () => {
    const d = decisions(round('who-voted'), play({ outlet: ['river-post', 'city-news'] }));
    const byOutlet = Object.fromEntries(q('who-voted', 'outlet').options.map((o, i) => [o.id, d[i]]));
    expect(byOutlet).toEqual({
      'river-post': { signal: true, response: true },
      'valley-blog': { signal: true, response: false },
      'city-news': { signal: false, response: true },
      'town-radio': { signal: false, response: false },
    });
  });

  it('opinion: calling a view a view is a hit; calling a report a view a false alarm', () => {
    expect(decisions(round('waste-of-money'), play({ kind: ['opinion'] }))).toEqual([{ signal: true, response: true }]);
    expect(decisions(round('waste-of-money'), play({ kind: ['attributed'] }))).toEqual([{ signal: true, response: false }]);
  });

  it('opinion pair: one decision per passage; "none" flags neither', () => {
    const none = decisions(round('pair-vote'), play({ view: ['none'] }));
    expect([...none].sort((a, b) => Number(a.signal) - Number(b.signal))).toEqual([
      { signal: false, response: false },
      { signal: true, response: false },
    ]);
    const wrong = decisions(round('pair-vote'), play({ view: ['river-post'] }));
    expect(wrong).toContainEqual({ signal: false, response: true });
    expect(wrong).toContainEqual({ signal: true, response: false });
  });

  it('figures: saying "yes, they contradict" to figures that agree is a false alarm', () => {
    expect(decisions(round('bridge-cost'), play({ conflict: ['yes'] }))).toEqual([{ signal: false, response: true }]);
  });

  it('a round not answered holds no decisions', () => {
    expect(decisions(round('who-voted'), undefined)).toEqual([]);
  });
});

describe('a score over rounds', () => {
  it('adds up points and maxima, per skill too', () => {
    const score = scoreRounds(rounds, {
      'who-voted': play({ outlet: ['river-post', 'valley-blog'] }, { pointed: [spanOf('river-post', QUOTES.VOTED)] }),
      'who-nine-two': play({ outlet: ['river-post'] }),
      'waste-of-money': play({ kind: ['opinion'], cue: ['first-person'] }),
      'bridge-cost': play({ conflict: ['no'], reason: ['vague-vs-precise'], support: ['river-post'] }),
    });
    expect(score.bySkill.attribution).toMatchObject({ points: 3, max: 5, rounds: 2 });
    expect(score.bySkill.opinion).toMatchObject({ points: 1, max: 5, rounds: 2 });
    expect(score.bySkill.figures).toMatchObject({ points: 3, max: 4, rounds: 1 });
    expect([score.points, score.max, score.rounds, score.perfectRounds]).toEqual([7, 14, 5, 1]);
    // Attribution: 7 outlets offered; hits 2 of 3 printers, false alarms 1 of 4 others.
    expect(score.bySkill.attribution.discernment).toMatchObject({ hits: 2, misses: 1, falseAlarms: 1, correctRejections: 3 });
  });

  it('gives stars by share of the maximum', () => {
    expect([0, 3, 4, 7, 9].map((points) => starsFor({ points, max: 10 }))).toEqual([0, 0, 1, 2, 3]);
    expect(starsFor({ points: 0, max: 0 })).toBe(0);
  });
});
