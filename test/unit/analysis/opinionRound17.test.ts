import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionExplanation } from '../../../src/core/analysis/explain';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const first = (text: string) => analyze([article('a', text)]).sentences[0];
const kind = (text: string) => first(text)?.kind;

describe('a "you" is not the writer speaking in the first person', () => {
  it('gives no first-person cue to a sentence whose only voice is a generic "you"', () => {
    const s = first('It wears you down and it robs you of your sleep.');
    expect(s?.cues).not.toContain('first-person');
    expect(s?.evidence['first-person']).toBeUndefined();
  });

  it('still shows "I" or "we" as the first person, even after a "you"', () => {
    expect(first('We think the plan is a mistake.')?.evidence['first-person']).toBe('We');
    expect(first('It shocks you, and we think the plan is a mistake.')?.evidence['first-person']).toBe('we');
  });

  it('explains the cue as the first person and names only the word the passage has', () => {
    const text = opinionExplanation('opinion', 'first-person', 'We', { en: 'The Daily', es: 'The Daily' });
    expect(text.en).toContain('the writer speaking in the first person ("We")');
    expect(text.en).not.toContain('"you"');
    expect(text.es).not.toContain('al lector');
  });
});

describe('a body announcing what it does, and why', () => {
  it('reads "We are issuing this notice because…" with a factual reason as reporting', () => {
    expect(kind('We are issuing this notice because customers keep finding glass in the jars.')).toBe('reporting');
    expect(kind('We are publishing this correction because the earlier tables left out the northern regions.')).toBe('reporting');
  });

  it('still reads a view given as the reason as opinion', () => {
    expect(kind('We are releasing this notice because we believe the company is reckless.')).toBe('opinion');
  });
});

describe('one judging word in a sentence of figures and times', () => {
  it('reads a count told with a word in passing as reporting', () => {
    expect(kind('The levy was passing by a 58-42 margin at 10:30 p.m. after a long campaign full of bogus promises by its backers.')).toBe('reporting');
  });

  it('is not sure enough of such a report to build a round on it', () => {
    expect(first('The levy was passing by a 58-42 margin at 10:30 p.m. after a long campaign full of bogus promises by its backers.')?.confidence).toBeLessThan(0.85);
  });

  it('still reads the word as opinion when it judges the subject, or as a superlative', () => {
    expect(kind('The levy is a bogus promise that 3,000 voters will regret by May 2030.')).toBe('opinion');
    expect(kind('The dubious plan will cost taxpayers $40 million over 5 years.')).toBe('opinion');
    expect(kind('This was one of the most shameful votes in 40 years, with 120 members absent on Monday.')).toBe('opinion');
  });
});

describe('demanding, promising and responding as acts', () => {
  it('reads a demand, a promise or a response with no claim after it as an act reported', () => {
    expect(kind('The gang demanded a payment in exchange for the stolen files.')).toBe('reporting');
    expect(kind('The league promised to provide equal travel budgets for both squads.')).toBe('reporting');
    expect(kind('Crews who were closer to the river also responded.')).toBe('reporting');
  });

  it('still credits a claim carried after them', () => {
    expect(kind('The gang demanded that the firm pay within two days.')).toBe('attributed');
    expect(kind('The minister responded that the figures were wrong.')).toBe('attributed');
  });
});

describe('a word quoted after a promise', () => {
  it('is the word of those who promised, not the writer sneering', () => {
    expect(kind('The allies have repeatedly promised "severe" consequences if the border is crossed.')).not.toBe('opinion');
  });
});
