import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;

describe('a plain sentence in a passage that has a voice', () => {
  const speech = [
    'We are so proud of our volunteers.',
    'The hall opens at nine.',
    'The buses run every hour.',
    'The kitchen serves soup and bread.',
    'What a day it will be!',
    'The car park is on the east side.',
  ].join('\n');

  it('stays a report where fewer than half the sentences around it give a view', () => {
    expect(kindOf(speech, 'The buses run')).toBe('reporting');
    expect(kindOf(speech, 'The kitchen serves')).toBe('reporting');
  });

  it('still takes the voice of a passage that mostly judges', () => {
    const rant = 'What a shambles!\nThe new timetable is a disgrace.\nThe buses run every hour.\nThe whole scheme is an absurd waste.\nWe deserve better.';
    expect(kindOf(rant, 'The buses run')).toBe('opinion');
  });
});

describe('"yet another" counting a measured record', () => {
  it('reads "yet another new record high", "yet another peak" as a tally, not a judgement', () => {
    expect(kind('Sales at the bakery reached yet another new record high in March.')).toBe('reporting');
    expect(kind('The river hit yet another peak on Sunday.')).toBe('reporting');
  });

  it('still reads "yet another" before a thing that is no measure as exasperation', () => {
    expect(kind('The defeat was yet another setback for the coach.')).toBe('opinion');
    expect(kind('The ferry was late again, yet another delay for commuters.')).toBe('opinion');
  });
});

describe('a judgement granted in a concessive clause', () => {
  it('reads the main claim after "while … is welcome news," or "though … under immense pressure," as the report', () => {
    expect(kind('And while a pause in the storms is welcome news, the risk of more flooding remains.')).toBe('reporting');
    expect(kind('Though crews are under immense pressure to finish, the bridge will reopen in May.')).toBe('reporting');
  });

  it('still reads a judging main clause, or a strong word in the concession, as a view', () => {
    expect(kind('While the rain is welcome news, the response of the council has been a disgrace.')).toBe('opinion');
    expect(kind('Although the plan is a shameful waste, it passed on Tuesday.')).toBe('opinion');
  });
});

describe('a speaker’s first-person facts about themselves', () => {
  const speech = (line: string) => `The council met on Monday.\n${line}`;

  it('reads who the speaker is ("I am myself a proud native of…") and a past act told with its feeling as a report', () => {
    const bio = 'I am myself a proud native of the valley and was honored to serve my county as a nurse earlier in my career.';
    expect(kindOf(speech(bio), 'I am myself')).toBe('reporting');
    expect(kindOf(speech('I was proud to join her in writing the harbour bill last spring.'), 'I was proud')).toBe('reporting');
    expect(kindOf(speech('We were honored to host the families.'), 'We were honored')).toBe('reporting');
  });

  it('still reads a feeling about the present, a self-judgement or a judging word as a view', () => {
    expect(kindOf(speech('I am proud of this plan.'), 'I am proud')).toBe('opinion');
    expect(kindOf(speech('We are proud to support the new clinic.'), 'We are proud')).toBe('opinion');
    expect(kindOf(speech('I am a fool to have trusted them.'), 'I am a fool')).toBe('opinion');
    expect(kindOf(speech('I am proud to be a resident of this wonderful town.'), 'I am proud')).toBe('opinion');
  });
});

describe('a hedge on a figure crossing a level', () => {
  it('reads "is likely to pass 400", "likely to reach a record of…" as an estimate of a figure', () => {
    expect(kind('The yearly average is likely to pass 400 in 2026.')).toBe('reporting');
    expect(kind('This month the park is likely to reach a record of more than 3,000 visitors.')).toBe('reporting');
  });

  it('still reads a hedge on reaching a thing that is no level as a guess', () => {
    expect(kindInVoice('The two sides are likely to reach a deal by Friday.')).toBe('opinion');
    expect(kindInVoice('The club will likely top the league.')).toBe('opinion');
  });
});

describe('a word shouted in capitals', () => {
  it('reads "a tax on ALL drivers", "a LOT of letters" as the writer’s stress', () => {
    expect(kind('The parking levy is a tax on ALL drivers.')).toBe('opinion');
    expect(kind('The council got a LOT of letters about the levy.')).toBe('opinion');
  });

  it('does not read an acronym, a figure’s "OVER" or a plain "All" as stress', () => {
    expect(kind('The WHO met the council about the levy.')).toBe('reporting');
    expect(kind('The council raised the levy to OVER $300 a year.')).toBe('reporting');
    expect(kind('All drivers pay the levy from May.')).toBe('reporting');
  });
});

describe('a hedge in a question the sentence mentions', () => {
  it('reads "about how and where the levy might be spent" as no guess of the writer’s', () => {
    expect(kind('The vote called into question the old wisdom about how and where the levy might be spent.')).toBe('reporting');
    expect(kindInVoice('The levy might be spent on roads.')).toBe('opinion');
  });
});

describe('a speaker’s thanks', () => {
  it('reads "I thank …" as a courtesy, not the speaker’s view; a judging word in it still judges', () => {
    const talks = (line: string) => `The talks opened on Monday.\n${line}`;
    expect(kindOf(talks('I thank the mayor for hosting this meeting.'), 'I thank')).toBe('reporting');
    expect(kindOf(talks('We thank the volunteers for their shameful neglect.'), 'We thank')).toBe('opinion');
  });
});

describe('a question that calls up a past event', () => {
  it('reads "Remember last year when …?" as recalling an event, not a rhetorical question', () => {
    expect(kind('Remember last year when the council spent months trying to win support for the pool?')).toBe('reporting');
  });

  it('still reads a question that asks the reader, or a recalled event judged, as a view', () => {
    expect(kind('Who really believes the council will build it?')).toBe('opinion');
    expect(kind('Remember when the council promised a pool, and what a shameful mess it became?')).toBe('opinion');
  });
});
