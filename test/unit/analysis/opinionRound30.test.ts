import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('a verdict adjective said of the main clause’s subject', () => {
  it('reads "Vaping in any form is unsafe." and "The mayor was wrong, as…" as the writer’s view', () => {
    expect(kind('Vaping in any form is unsafe.')).toBe('opinion');
    expect(kind('The mayor was wrong, as he has been about every budget since 2019.')).toBe('opinion');
  });

  it('does not judge with the word before a noun, inside a clause of what was done, or of a source found wrong', () => {
    expect(kind('Inspectors found unsafe levels of lead in 40 homes.')).toBe('reporting');
    expect(kind('The agency checked that the cots sold in March are unsafe.')).toBe('reporting');
    expect(kind('The first figures were wrong.')).toBe('reporting');
  });
});

describe('a risk level with no one credited', () => {
  it('reads "The risk to the public remains low" as the publisher’s assessment', () => {
    expect(kind('The risk to travellers in the region remains low.')).toBe('opinion');
  });

  it('leaves a credited assessment to its source', () => {
    expect(kind('The risk to travellers remains low, the ministry said.')).toBe('attributed');
  });
});

describe('"should" after a pronoun subject', () => {
  it('reads "They should check…" as advice and "This should speed…" as a guess', () => {
    expect(kind('They should check their wells for cracks before the winter.')).toBe('opinion');
    expect(kindInVoice('This should speed up repairs to the harbour wall.')).toBe('opinion');
  });

  it('does not take "It should be noted that…" for a guess', () => {
    expect(kind('It should be noted that the harbour wall was built in 1920.')).toBe('reporting');
  });
});

describe('a first-person need', () => {
  it('reads "We need to act before…" as a stance, though it names a detail', () => {
    expect(kind('We need to act before the deadline in 12 days.')).toBe('opinion');
  });
});

describe('judging openers and negated orders', () => {
  it('reads "Even worse, …", "Don’t be fooled." and "Don’t forget the…" as the writer’s voice', () => {
    expect(kind('Even worse, the plan leaves out the northern villages.')).toBe('opinion');
    expect(kind('Don’t be fooled by the new name.')).toBe('opinion');
    expect(kind('And don’t forget the volunteers who cleared the roads.')).toBe('opinion');
  });

  it('leaves a comparison of weather a report', () => {
    expect(kind('Worse weather is expected on Sunday.')).toBe('reporting');
  });
});

describe('a need pressed with "required"', () => {
  it('reads "Aid is urgently required" as a pressed need', () => {
    expect(kind('Aid is urgently required to reach the villages before the snow.')).toBe('opinion');
  });
});

describe('"so-called" before a quoted name', () => {
  it('labels the name it gives, judging nothing', () => {
    expect(kind('The council voted on the so-called “Clean Streets Act” on Monday.')).toBe('reporting');
  });

  it('still mocks a lower-case word', () => {
    expect(kind('The so-called experts got it badly wrong again.')).toBe('opinion');
  });
});

describe('"our" before the name of those on a body’s side', () => {
  it('reads "Crews from the agency and our partners were on site…" as a report', () => {
    expect(kind('Crews from the agency and our partners were on site from the first day.')).toBe('reporting');
  });

  it('still hears the writer in "our" elsewhere', () => {
    expect(kind('Our town deserves better than this.')).toBe('opinion');
  });
});

describe('one judging word in the object of an act, in a plain report', () => {
  it('reads a long account whose object carries "stunning" as a report', () => {
    expect(kind('From the launch to the splashdown on Tuesday, the crew and the cameras on board captured stunning images of the capsule and the coast.')).toBe('reporting');
  });

  it('still reads the word said of the subject, ranked or graded as a view', () => {
    expect(kind('The landing was a stunning success.')).toBe('opinion');
    expect(kind('The storm made an already dire shortage of water worse.')).toBe('opinion');
    expect(kind('The firm committed one of the most shameful frauds in banking.')).toBe('opinion');
  });
});

describe('a judgement of an anticipatory "it" in a contracted "it’s"', () => {
  it('reads "It’s important that…" and "it’s plausible to…" as the writer’s view', () => {
    expect(kind('It’s important that the dam is inspected before the rains.')).toBe('opinion');
    expect(kind('The trial shows it’s plausible to grow rice on the salt flats.')).toBe('opinion');
  });

  it('leaves a pointing formula alone', () => {
    expect(kind('It’s worth noting that the dam was inspected in March.')).toBe('reporting');
  });
});

describe('openers that reassure or insist', () => {
  it('reads "Rest assured, …" and "Let me be clear: …" as the speaker’s voice', () => {
    expect(kind('Rest assured, the valley will get the help it needs.')).toBe('opinion');
    expect(kind('Let me be clear: the levy will not pay for the road.')).toBe('opinion');
  });
});

describe('a word of talk opening the sentence', () => {
  it('reads "Well, the new bridge is…" as the writer talking to the reader', () => {
    expect(kind('Well, the new bridge is just the old plan with a new name.')).toBe('opinion');
  });

  it('does not take "Well over 100…" for talk', () => {
    expect(kind('Well over 100 people were hurt in the blast.')).toBe('reporting');
  });
});

describe('a body telling what it is doing', () => {
  it('reads "We are providing shelter to…" as its account, not a view', () => {
    expect(kind('We are providing shelter to the families of the valley.')).toBe('reporting');
  });
});

describe('a speaker telling what there is in their place', () => {
  it('reads "We have families who lost everything" as a report of fact', () => {
    expect(kind('We have families who lost everything in the flood.')).toBe('reporting');
    expect(kind('We have thousands of people who are still without power.')).toBe('reporting');
  });

  it('still hears a view in what the speaker holds', () => {
    expect(kind('We have a duty that we cannot ignore.')).toBe('opinion');
  });
});

describe('a second main clause with its own speaker', () => {
  it('credits "…, and the election board said his victory was certain"', () => {
    expect(kind('With 99% of votes counted, Silva had 51%, and the election board said his victory was certain.')).toBe('attributed');
  });

  it('does not take a participle before a noun for the speaker’s verb', () => {
    expect(kind('The warning was widened on Monday, and the first outlined zone was raised to level 4.')).toBe('reporting');
  });
});

describe('words of excitement or worry the writer feels about a thing', () => {
  it('reads "could be even more exciting" and "a worrisome rise" as the writer’s view', () => {
    expect(kind('Next year’s festival could be even more exciting.')).toBe('opinion');
    expect(kind('The figures show a worrisome rise in rents.')).toBe('opinion');
  });

  it('leaves a speaker’s excitement to the speaker', () => {
    expect(kind('“These are very exciting results,” the director said.')).toBe('attributed');
  });
});

describe('an exclamation that opens with a verb of advice', () => {
  it('reads "Use caution and check the forecast before you travel!" as advice', () => {
    expect(kind('Use caution and check the forecast before you travel!')).toBe('opinion');
  });

  it('does not take "Use of the roads…" for an order', () => {
    expect(kind('Use of the roads fell by half in 2020!')).toBe('reporting');
  });
});

describe('solidarity or resolve professed in the present', () => {
  it('reads "The agency stands with…" and "The town is standing strong." as a stance', () => {
    expect(kind('The agency stands with the people of the valley as they rebuild.')).toBe('opinion');
    expect(kind('The town is standing strong.')).toBe('opinion');
  });

  it('does not read a posture or a past act as one', () => {
    expect(kind('The old mill stands with its back to the river.')).toBe('reporting');
    expect(kind('The players stood together in their lawsuit.')).toBe('reporting');
  });
});
