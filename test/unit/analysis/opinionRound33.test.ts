import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createRng } from '../../../src/core/rng';
import { createArticle, type Article } from '../../../src/core/article';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a thing named with a number, pictures that show, a nickname in quotation marks', () => {
  it('reads "a star cluster called KRX 4410" as a name given, not someone calling it so', () => {
    expect(kind('The brightest object in the frame, a star cluster called KRX 4410, is far behind the nebula.')).toBe('reporting');
  });

  it('still reads "called" with a judgement after it as words reported', () => {
    expect(kind('The mayor called the plan a waste of money.')).toBe('attributed');
  });

  it('reads pictures that reveal or show something as a report, not a claim credited to them', () => {
    expect(kind('New photos taken on Monday reveal ice towers along the ridge of the moon.')).toBe('reporting');
    expect(kind('The new images show “ice towers,” tall spires of frozen gas on the moon.')).toBe('reporting');
  });

  it('still credits a speaker the pictures show, or a body that reveals', () => {
    expect(kind('A video posted online shows the mayor saying the plan is dead.')).toBe('attributed');
    expect(kind('The ministry revealed that the plan would cost $4 million.')).toBe('attributed');
  });

  it('still reads a judging phrase or a phrase with little words in quotation marks as someone’s words', () => {
    expect(kind('The budget was “deeply flawed” and late.')).toBe('attributed');
    expect(kind('They plan to file “within days.”')).toBe('attributed');
  });
});

describe('a speaker’s courtesy or transition after words that order the remarks', () => {
  it('reads "First – I would be remiss not to mention…" and "Finally, I want to thank…" as no view', () => {
    expect(kind('First – I would be remiss not to mention the safe landing of the new probe early this morning.')).toBe('reporting');
    expect(kind('Finally, I want to thank the crews who cleared the roads.')).toBe('reporting');
  });

  it('still reads a view after the same ordering words', () => {
    expect(kind('First, I think this plan is a disaster for the town.')).toBe('opinion');
  });

  it('asks no opinion-or-reporting question about a courtesy, even one with a figure in it', () => {
    const text = [
      'Good morning, and thank you for coming.',
      'Finally, I want to thank the 40 crews who worked through the night on May 3.',
      'I would be remiss not to mention the 12 volunteers from the harbour board.',
      'The storm cut power to 30,000 homes on May 3.',
      'Crews restored power to 25,000 homes by Friday.',
      'The council said the repairs would cost $4 million.',
      'This response was a disgrace, and I think the council should resign.',
    ].join('\n');
    const articles = [article('a', text), article('b', 'The storm cut power to 30,000 homes on May 3.\nThe council said repairs would cost $4 million.')];
    const findings = analyze(articles);
    const passages: string[] = [];
    for (let seed = 1; seed <= 12; seed++) passages.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`).map((r) => r.passage));
    expect(passages.some((p) => p.includes('30,000 homes'))).toBe(true);
    expect(passages.filter((p) => p.includes('40 crews') || p.includes('12 volunteers'))).toEqual([]);
  });
});

describe('an attributed passage that passes on a report of events', () => {
  it('says the outlet credits a report to its source, not that the passage is someone’s view', () => {
    const text = [
      'A court in the capital jailed the harbour board chief for 9 years on Friday, state media reported.',
      'The chief will serve the term in a prison near the coast.',
      'The board will name a new chief in 12 days, according to the regional news agency.',
      'The hearing took place behind closed doors on March 3.',
    ].join('\n');
    const articles = [article('a', text), article('b', 'The harbour board chief was jailed for 9 years on Friday.\nThe board will meet on March 15.')];
    const findings = analyze(articles);
    const rounds = [];
    for (let seed = 1; seed <= 12; seed++) rounds.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`).filter((r) => r.answer === 'attributed'));
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.explanation.en).toContain('passes on what another source reported');
      expect(r.explanation.en).not.toContain('view');
      expect(r.explanation.es).toContain('transmite lo que informó otra fuente');
      expect(r.explanation.es).not.toContain('opinión');
    }
  });
});

describe('a committee’s page quoting its own chair', () => {
  const page = (outlet: string): Article =>
    createArticle(
      { id: 'c', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2022-07-11' },
      'The harbour bill passed the committee on Tuesday by a vote of 21-9.\n“This bill will rebuild the harbour wall that the storms broke,” said Chairwoman Jane Roe.\nThe bill now goes to the full House in 12 days.',
    );
  const attributed = (outlet: string) => {
    const articles = [page(outlet), article('b', 'The committee passed the harbour bill on Tuesday by 21-9.\nThe bill funds a new harbour wall.')];
    const findings = analyze(articles);
    const out = [];
    for (let seed = 1; seed <= 12; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`).filter((r) => r.answer === 'attributed'));
    return out;
  };

  it('does not call the chair’s words “their view, not the outlet’s” on the committee’s own page', () => {
    const rounds = attributed('House Committee on Harbours');
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.explanation.en).not.toContain("not the outlet's");
      expect(r.explanation.en).toContain('a claim credited to its speakers');
    }
  });

  it('still says so where a newspaper quotes the chair', () => {
    const rounds = attributed('The Harbour Times');
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.explanation.en).toContain("not the outlet's");
  });
});
