import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a share of a surveyed group answering', () => {
  it('reads "N percent of X said/reported…" as the survey’s finding, reported', () => {
    expect(kind('Last spring, 38 percent of apprentices reported feeling so tired that they skipped meals.')).toBe('reporting');
    expect(kind('Nearly 2 in 3 nurses (64%) said they felt “burned out and unheard” at the end of a shift.')).toBe('reporting');
    expect(kind('About 12% of the farmers said they have sold land over the past five years.')).toBe('reporting');
  });

  it('still credits a counted speaker, or a body whose clause names a share', () => {
    expect(kind('Three of the farmers said the river had flooded twice.')).toBe('attributed');
    expect(kind('The cooperative, which owns 40% of the mills, said it would raise prices.')).toBe('attributed');
  });
});

describe('a present form of a listed verb of saying, with a claim after it', () => {
  it('credits a name, a pronoun or a plural that "maintains that", "emphasize that"', () => {
    expect(kind('Northgate maintains that it followed every rule of the league.')).toBe('attributed');
    expect(kind('Geologists emphasize that the slope could give way after heavy rain.')).toBe('attributed');
    expect(kind('It concedes that the budget was spent too early.')).toBe('attributed');
  });

  it('does not take the same word as a plural noun for a verb', () => {
    expect(kind('The key questions that remain are about the budget.')).toBe('reporting');
    expect(kind('Their demands that the fee be cut were ignored.')).toBe('reporting');
  });
});

describe('an impersonal passive of saying in the past', () => {
  it('credits "It was said that…", "It was added that…", "is stated to be" to someone unnamed', () => {
    expect(kind('It was said that the bridge could close for a month if the cracks spread.')).toBe('attributed');
    expect(kind('It was added that riders may face delays on the northern line.')).toBe('attributed');
    expect(kind('Of the two climbers, one is stated to be in a serious condition.')).toBe('attributed');
  });

  it('still reads a factive "It was revealed that…" as the writer’s report', () => {
    expect(kind('It was revealed that the council had sold the land in March.')).toBe('reporting');
  });
});

describe('a judging word on what data or a study shows', () => {
  it('reads "The figures tell a distressing story", "Results … show a disturbing trend" as the writer’s framing', () => {
    expect(kind('The figures tell a distressing story about the town’s schools.')).toBe('opinion');
    expect(kind('Results from the county’s latest survey show a disturbing pattern.')).toBe('opinion');
  });

  // A judgement inside the clause a survey shows ("shows that … is disturbing") is the survey's claim: the dev hand keys
  // credit such sentences to the source ("the study shows that pupils face … distress") far more often than they
  // call them opinion; only a judging word on the thing shown, right after the verb, is the writer's framing (above).
  it('still credits a source that shows a claim, or a speaker who judges', () => {
    expect(kind('The survey shows that the pattern is disturbing.')).toBe('attributed');
    expect(kind('The mayor warned of a disturbing pattern.')).toBe('attributed');
    expect(kind('The study shows the gaps in rural schools.')).toBe('attributed');
  });
});

describe('a claim in an infinitive, and a name spelled as a possessive', () => {
  it('reads "claimed to be…", "claims to have…" as a claim, not an act like "claimed the title"', () => {
    expect(kind('Brightwell claimed to be able to cure the blight in a week.')).toBe('attributed');
    expect(kind('The startup claims to have built a battery that never wears out.')).toBe('attributed');
    expect(kind('The club claimed the title on the last day of the season.')).toBe('reporting');
  });

  it('reads "Name\'s says" as the name speaking, not a possessive before a noun', () => {
    expect(kind('Harrow’s says it has recalled the toasters in three states.')).toBe('attributed');
    expect(kind('Harrow’s claim was rejected by the court.')).toBe('reporting');
  });
});
