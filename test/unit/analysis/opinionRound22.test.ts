import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;
const kindIn = (outlet: string, text: string, sentence: string) =>
  analyze([createArticle({ id: 'p', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2024-03-04' }, text)]).sentences.find((s) => s.text.startsWith(sentence))
    ?.kind;

describe('a hedge that asserts no guess of the writer’s', () => {
  it('reads a hedge on a figure or on its trend as an estimate a report carries', () => {
    const text = 'Floods hit the valley towns overnight.\nThe counts of damaged homes are likely to rise further as crews reach the hills.';
    expect(kindOf(text, 'The counts of damaged homes')).toBe('reporting');
    expect(kindOf('Floods hit the valley towns overnight.\nDozens of homes were flooded, with perhaps even more damaged upstream.', 'Dozens of homes')).toBe('reporting');
  });

  it('reads a hedge inside a question the sentence mentions as no claim', () => {
    const text = 'The probe was launched in March.\nThe aim of the test was to learn how the coating might slow the heat.';
    expect(kindOf(text, 'The aim of the test')).toBe('reporting');
  });

  it('still reads a hedge on what will happen as the writer’s guess', () => {
    expect(kindOf('The probe was launched in March.\nThe coating is likely to fail in the heat.', 'The coating is likely')).toBe('opinion');
    expect(kindOf('The probe was launched in March.\nPerhaps the coating was never good enough.', 'Perhaps the coating')).toBe('opinion');
  });
});

describe('a word of sorrow judges', () => {
  it('reads "a sad day" in the writer’s own clause as a view', () => {
    expect(kindOf('The mill closed on Friday.\nIt is a sad day for the valley.', 'It is a sad day')).toBe('opinion');
  });
});

describe('a publisher credited with a verb of saying in its own release is a speaker', () => {
  const outlet = 'Harbour Safety Agency (via Coast News)';
  it('credits "the Agency cautions that…" and "…, the Agency stated." to it', () => {
    const text =
      'Spring tides arrive next week.\nThe Harbour Safety Agency cautions that now is the time to move boats to deep water.\nThe tides will reach the quay walls twice, the Harbour Safety Agency stated.';
    expect(kindIn(outlet, text, 'The Harbour Safety Agency cautions')).toBe('attributed');
    expect(kindIn(outlet, text, 'The tides will reach')).toBe('attributed');
  });

  it('still reads its acts and its own findings as its account', () => {
    const text = 'Spring tides arrive next week.\nThe Harbour Safety Agency announced that the ferry will resume on Monday.';
    expect(kindIn(outlet, text, 'The Harbour Safety Agency announced')).toBe('reporting');
  });
});

describe('a speaker’s past role, in the first person, is a fact', () => {
  it('reads "I was the officer on duty…" as a report', () => {
    expect(kindOf('The ferry ran aground at dawn.\nI was the officer on duty at the harbour that night.', 'I was the officer')).toBe('reporting');
  });

  it('still hears a view in "I was a fool…" or "I was wrong…"', () => {
    expect(kindOf('The ferry ran aground at dawn.\nI was a fool to trust the old charts.', 'I was a fool')).toBe('opinion');
  });
});

describe('"state" and "states" are verbs of saying only with a claim after them', () => {
  it('reads the nouns as nouns', () => {
    expect(kindOf('The outbreak grew.\nThe agency is working with state health partners to trace the outbreak.', 'The agency is working')).toBe('reporting');
    expect(kindOf('The outbreak grew.\nStates, cities and tribes will use the grants to build clinics.', 'States, cities')).toBe('reporting');
  });

  it('still credits "the rule states that…" to the rule', () => {
    expect(kindOf('The outbreak grew.\nThe rule states that clinics must report every case within a day.', 'The rule states')).toBe('attributed');
  });
});

describe('a verb of naming after a comma names a thing', () => {
  it('reads ", called the…" as a name given, not someone calling', () => {
    expect(kindOf('The shelf is melting.\nAround it glows the outer layer of the ice, called the rind.', 'Around it glows')).toBe('reporting');
  });

  it('still credits a speaker who calls a thing so', () => {
    expect(kindOf('The shelf is melting.\nThe minister called the melting a warning to every coastal town.', 'The minister called')).toBe('attributed');
  });
});

describe('a named party’s plan is an event, whatever the voice around it', () => {
  const text =
    'What a week it has been for our town!\nWe are so proud of every volunteer.\nI cannot thank them enough.\nEngineers will inspect the old bridge before the crowds arrive.\nWe love this place.\nIsn’t it wonderful?';

  it('reads "Engineers will inspect…" in a voiced passage as a report', () => {
    expect(kindOf(text, 'Engineers will inspect')).toBe('reporting');
  });

  it('still reads a plain sentence with no act in that passage in its voice', () => {
    expect(kindOf(text.replace('Engineers will inspect the old bridge before the crowds arrive.', 'The old bridge is the heart of it all.'), 'The old bridge is')).toBe('opinion');
  });
});

describe('rounds23: a view a named group holds, in the passive, is theirs', () => {
  it('reads "has been accepted by economists" and "is widely seen by analysts" as attributed', () => {
    expect(kindOf('Harbour trade fell again in June.\nTraditionally, two falls in a row have been accepted by economists to mark a slump.', 'Traditionally, two falls')).toBe(
      'attributed',
    );
    expect(kindOf('Harbour trade fell again in June.\nThe fee rise is widely seen by analysts as the cause.', 'The fee rise')).toBe('attributed');
  });

  it('still reads a thing done by a group as reported', () => {
    expect(kindOf('Harbour trade fell again in June.\nThe new quay was built by engineers from the valley in 1950.', 'The new quay')).toBe('reporting');
  });
});
