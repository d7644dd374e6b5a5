import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const reading = (text: string) => analyze([article('a', text)]).sentences[0];

describe('talk that opens a speaker telling what they did', () => {
  it('reads "Well, friends, the governor and I have just met…" as a report of the meeting', () => {
    expect(reading('Well, friends, the governor and I have just met with the crews clearing the roads.')?.kind).toBe('reporting');
  });

  it('still reads "Well, the plan is…" as the writer talking to the reader', () => {
    expect(reading('Well, the new plan is a step backwards for the town.')?.kind).toBe('opinion');
  });
});

describe('an instruction is not words reported', () => {
  it('reads "if told to do so" and "were asked to leave" as no attribution', () => {
    expect(reading('Stay indoors and leave the area, if told to do so.')?.cues).not.toContain('attribution-verb');
    expect(reading('Residents of the valley were asked to leave their homes on Monday.')?.kind).toBe('reporting');
  });

  it('still credits "told reporters that…"', () => {
    expect(reading('The mayor told reporters that the bridge would reopen on Friday.')?.kind).toBe('attributed');
  });
});

describe('a word of sympathy beside a report', () => {
  it('reads "tragically, three people died…" with a checkable detail as reporting', () => {
    expect(reading('About 40 homes were damaged by the storm, and tragically, three people died.')?.kind).toBe('reporting');
  });

  it('still reads a judging word on the subject as opinion', () => {
    expect(reading('The council’s response to the storm was shameful.')?.kind).toBe('opinion');
  });
});
