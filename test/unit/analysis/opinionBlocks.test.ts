import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented texts (not from any corpus): words introduced by a line that ends in a colon. */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.replace(/\s+/g, ' ').includes(sentence))?.kind;

describe('a statement introduced by a colon line', () => {
  const text =
    'The governor spoke to reporters on Monday after the flood barrier failed in two places.\n\nLater that evening, she issued this statement:\n\nI am heartbroken for every family that lost a home tonight. Our crews will work through the night. The barrier should have held, and it did not.\n\nI will visit the valley tomorrow morning with the emergency team.\n\nThe river crested at 6.1 metres on Tuesday, the highest level since 1998.\n';

  it("reads the paragraph below as the speaker's words, first person and judgements included", () => {
    expect(kindOf(text, 'I am heartbroken')).toBe('attributed');
    expect(kindOf(text, 'Our crews will work')).toBe('attributed');
    expect(kindOf(text, 'The barrier should have held')).toBe('attributed');
  });

  it('follows the statement into a next paragraph that goes on in the first person', () => {
    expect(kindOf(text, 'I will visit the valley')).toBe('attributed');
  });

  it("returns to the writer's report once a paragraph no longer speaks as the speaker", () => {
    expect(kindOf(text, 'The river crested')).toBe('reporting');
  });

  it('leaves a colon that introduces no one’s words alone', () => {
    const plain = 'The storm closed three roads on Monday.\n\nHere is the list of closures:\n\nThe coast road was shut at noon after a landslide.\n';
    expect(kindOf(plain, 'The coast road was shut')).toBe('reporting');
  });
});

describe('expectations credited to those who held them', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads "had expected" and a named holder\'s "expected" as attribution', () => {
    expect(kind('Analysts surveyed by the bank had expected a trade deficit of 4.2 billion euros.')).toBe('attributed');
    expect(kind('The central bank expected its main rate to reach 2.5% by the end of next year.')).toBe('attributed');
    expect(kind('Traders had hoped, however, that the harvest would lift exports in June.')).toBe('attributed');
  });

  it('leaves a comparison with an expectation, or an aim, as reporting', () => {
    expect(kind('Exports rose 3.1% in June, more than analysts had expected.')).toBe('reporting');
    expect(kind('The port handled 12,000 containers in June, as expected.')).toBe('reporting');
    expect(kind('The two ministers met in Lisbon in June and hoped to sign the treaty in 2025.')).toBe('reporting');
  });
});

describe('"may" of a rule or a guidance', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('does not read a permission or a classification with "may" as the writer guessing', () => {
    expect(kind('Under the 2019 act, the minister may waive the fee for students who left school before 16.')).toBe('reporting');
    expect(kind('Some member states may also fall under the second category.')).toBe('reporting');
  });

  it('still reads a guess with another hedge as opinion', () => {
    expect(kindInVoice('The new rules are likely to push rents higher in the coming months.')).toBe('opinion');
  });
});

describe('legal words inside an indictment', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads a legal word after "the indictment of" as the charge, reported', () => {
    expect(kind('The county prosecutor announced the indictment of a former mayor, 61, for hiding unlawful payments from auditors in 2019.')).toBe('reporting');
  });
});

describe('speech-verb words that are not, and speech verbs after a verb of going on', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads "state and federal" as a pair of adjectives, not a verb of saying', () => {
    expect(kind('The firm moved 40 trucks across the border in 2020, in attempts to evade state and federal permits.')).toBe('reporting');
  });

  it('reads "proceeded to accuse" and "went on to say" as reported speech', () => {
    expect(kind('The coach proceeded to accuse the referee of bias in the 2-1 defeat.')).toBe('attributed');
    expect(kind('The minister went on to say the new bridge would open in 2026.')).toBe('attributed');
  });
});

describe('", a spokesman said."', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads a tag with "a"/"an" and a title before "said" as attribution', () => {
    expect(kind('The ferry will resume sailing on Monday, a spokesman said.')).toBe('attributed');
    expect(kind('The ferry captain heard of the storm from the coastguard, an official told reporters, and turned back.')).toBe('attributed');
  });
});

describe('more ways of crediting words', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads an impersonal passive of saying as a claim credited to no one in particular', () => {
    expect(kind('In addition, it was noted in the audit the council had not paid its suppliers on time.')).toBe('attributed');
  });

  it('reads a verb of criticism with a person as its object as reported words', () => {
    expect(kind('The senator also rebuked the governors over the delays.')).toBe('attributed');
  });
});

describe('a finding with "that" left out', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads "the inspectors found there were…" as the inspectors\' finding', () => {
    expect(kind('In all, the inspectors found there were 12 homes with faulty wiring.')).toBe('attributed');
  });
});

describe("a speaker's courtesies", () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('does not read "Thank you for joining us" as the writer speaking', () => {
    expect(kind('Thank you all for coming to the town hall this evening.')).toBe('reporting');
  });

  it('still reads a first person after another opening as a voice', () => {
    expect(kind('Frankly, I think you all deserve a better town hall.')).toBe('opinion');
  });
});

describe('a speech word ending a noun phrase', () => {
  const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

  it('reads "revised population estimates" at the end, or before "and", as a noun', () => {
    expect(kind('The March figures reflect revised harvest estimates.')).toBe('reporting');
    expect(kind('Each spring the office revises its March figures to reflect new harvest estimates and other changes.')).toBe('reporting');
  });

  it('still reads a tag at the end as attribution', () => {
    expect(kind('The harvest will shrink by 4% this year, the ministry estimates.')).toBe('attributed');
    expect(kind('The harvest will shrink by 4% this year, the ministry’s chief economist says.')).toBe('attributed');
  });
});
