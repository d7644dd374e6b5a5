import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { kindInVoice, kindOf } from './probes';
import { article } from './seeds';

/** Invented sentences (not from any corpus). */
const lastCues = (text: string) => {
  const found = analyze([article('a', `The agency gave its update on Monday.\n${text}`)]).sentences;
  return found[found.length - 1]?.cues;
};

describe('a hedge in a report', () => {
  it('reads an estimate hedged in a passage without the writer’s voice as the report, and still shows the hedge', () => {
    expect(kindOf('The repairs to the bridge are likely to take several weeks.')).toBe('reporting');
    expect(kindOf('The outbreak in the valley appears to be over.')).toBe('reporting');
    expect(kindOf('These numbers may be higher today.')).toBe('reporting');
    expect(lastCues('The repairs to the bridge are likely to take several weeks.')).toContain('speculation');
  });

  it('still reads the same hedge as the writer’s guess in a passage in the writer’s voice', () => {
    expect(kindInVoice('The repairs to the bridge are likely to take several weeks.')).toBe('opinion');
    expect(kindInVoice('These numbers may be higher today.')).toBe('opinion');
  });

  it('still reads a hedge with a judging word as a view', () => {
    expect(kindOf('The shameful repairs are likely to take several weeks.')).toBe('opinion');
  });
});

describe('a verb of saying in the progressive, with a word between', () => {
  it('credits "is now reporting that…" and "are still claiming…" to their speaker', () => {
    expect(kindOf('USDA is now reporting that eight states have outbreaks in dairy cattle.')).toBe('attributed');
    expect(kindOf('The owners are still claiming that the dam is safe.')).toBe('attributed');
  });

  it('does not take "now reporting" without a form of "be" before it for speech', () => {
    expect(kindOf('Crews now reporting for duty at the dam will work in shifts of 12 hours.')).toBe('reporting');
  });
});

describe('an -s form that is a plural noun', () => {
  it('reads "estimates" before a preposition, an auxiliary or a participle of publishing as the noun', () => {
    expect(kindOf('These first results include rounded population estimates for every council area.')).toBe('reporting');
    expect(kindOf('These estimates will be followed by revised figures in the spring.')).toBe('reporting');
    expect(kindOf('The excess death estimates across the six regions vary widely.')).toBe('reporting');
    expect(kindOf('The provisional estimates released today run to 2022.')).toBe('reporting');
  });

  it('still reads "estimates" before what is estimated as a verb of saying', () => {
    expect(kindOf('The ministry estimates that 40,000 homes were damaged.')).toBe('attributed');
    expect(kindOf('The ministry estimates 40,000 homes were damaged.')).toBe('attributed');
  });
});

describe('a line that only hands over to a speaker’s words', () => {
  const kinds = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.kind]);

  it('reads "… said:" and "… said of the report:" as reporting who speaks next, and the words below as theirs', () => {
    const found = kinds('The port figures came out on Monday.\n\nHarbour master Ann Lee said of the report:\n\n“The quay is safer than it has ever been.”');
    expect(found).toContainEqual(['Harbour master Ann Lee said of the report:', 'reporting']);
    expect(found).toContainEqual(['“The quay is safer than it has ever been.”', 'attributed']);
  });

  it('still credits a line that says something before its colon', () => {
    expect(kindOf('Harbour master Ann Lee said the new quay wall is safe for ferries:')).toBe('attributed');
  });
});

describe('a line that hands over while it judges', () => {
  it('still credits "… applauds the ruling:" to its speaker', () => {
    expect(kindOf('Harbour master Ann Lee applauds the ruling:')).toBe('attributed');
  });
});

describe('a passive participle with its agent after a plural noun', () => {
  it('reads "crime types reported by victims were…" as the report, not someone speaking', () => {
    expect(kindOf('The top three crime types reported by victims were phishing, data breaches and fraud.')).toBe('reporting');
  });

  it('still credits a plural subject that speaks: "Officials reported by phone that…"', () => {
    expect(kindOf('Officials reported by phone that the road was closed.')).toBe('attributed');
  });
});

describe('a statement given out whole that names its own authors as they speak', () => {
  const kindIn = (text: string, start: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(start))?.kind;
  const page = (third: string) =>
    `The following Harbour Board press statement was issued today by Board Chair Ann Lee:\nThe members of the Harbour Board condemned the attack on the ferry.\n${third} Targeting ferries is especially abhorrent and must be condemned.`;

  it('keeps a judgement in a paragraph that opens "The members of the Harbour Board reaffirmed…" as the Board’s', () => {
    expect(kindIn(page('The members of the Harbour Board reaffirmed that the port is open.'), 'Targeting ferries')).toBe('attributed');
  });

  it('ends the statement at a paragraph that credits someone else', () => {
    expect(kindIn(page('The coast guard said that the port is open.'), 'Targeting ferries')).not.toBe('attributed');
  });
});

describe('what someone deserves', () => {
  it('reads "Texans deserve better" and "Families deserve to…" as the writer’s judgement, and a speaker’s as theirs', () => {
    expect(kindOf('Families in the valley deserve better.')).toBe('opinion');
    expect(kindOf('Families in the valley deserve to have their wells tested.')).toBe('opinion');
    expect(kindOf('The mayor said families in the valley deserve better.')).toBe('attributed');
  });
});
