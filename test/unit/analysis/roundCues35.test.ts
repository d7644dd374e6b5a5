import { describe, expect, it } from 'vitest';
import { article } from './seeds';
import { opinionRoundsOver, plainNews, roundsOn } from './probes';
import { createArticle } from '../../../src/core/article';

/**
 * Which passages an opinion round may teach as the writer's view (session 35). Invented sentences, not from any corpus.
 */
const roundsOver = opinionRoundsOver;

const other = plainNews;
const about = roundsOn;
const opening = 'The river bridge closed on Monday after inspectors found cracks in two piers.';

describe('thanks in the writer’s own voice', () => {
  const thanking = [
    'I want to end by thanking the harbour master for her extraordinary leadership.',
    'Our crews have been honored to get to know the brave families of the valley.',
  ];
  const judging = 'We urge the council to fund the repairs without any further delay.';

  it('is never taught as the writer’s view, wherever the thanks stands', () => {
    const rounds = roundsOver([article('a', `${opening}\n${thanking.join('\n')}\n${judging}`), other]);
    for (const passage of thanking)
      expect(
        about(rounds, passage).filter((r) => r.answer === 'opinion'),
        passage,
      ).toEqual([]);
    // (A view beside them still makes a round.)
    expect(about(rounds, judging).filter((r) => r.answer === 'opinion').length).toBeGreaterThan(0);
  });
});

describe('a body’s own report, its title in quotation marks', () => {
  const page = (outlet: string, text: string) => createArticle({ id: 'a', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2030-06-10' }, text);
  const finding = 'The Harbour Oversight Panel’s June report, “The Ferry Rescue and Its Costs,” found that the board failed to weigh other options.';
  const text = `The ferry company was rescued in March with public money.\n${finding}\nThe board has until July to reply.`;

  it('is not taught as “their view, not the outlet’s” on the body’s own page', () => {
    const own = about(roundsOver([page('Harbour Oversight Panel', text), other]), finding);
    expect(own.filter((r) => r.answer === 'attributed')).toEqual([]);
  });

  it('is still taught as the body’s finding on another outlet’s page', () => {
    const elsewhere = about(roundsOver([page('Valley Gazette', text), other]), finding);
    expect(elsewhere.filter((r) => r.answer === 'attributed').length).toBeGreaterThan(0);
  });
});

describe('a judging word beside a detail to check', () => {
  const flourish = 'It is shocking that 34 million air bags in the valley are still waiting for repairs.';
  const judged = 'The handling of the recall by the company has been a shameful disgrace for everyone involved.';

  it('is not taught as the writer’s view: as often a report with a flourish', () => {
    const rounds = roundsOver([article('a', `${opening}\n${flourish}\n${judged}`), other]);
    expect(about(rounds, flourish).filter((r) => r.answer === 'opinion')).toEqual([]);
    expect(about(rounds, judged).filter((r) => r.answer === 'opinion').length).toBeGreaterThan(0);
  });
});
