import { describe, expect, it } from 'vitest';
import { kindOf } from './probes';

/** Invented texts (not from any corpus) for the faults found in the thirty-second session (2026-12-06). */

describe('"should" after a subject of its own, in a news piece', () => {
  it('is the writer telling a named party what to do: an opinion', () => {
    expect(kindOf('State health agencies should prepare to test farm workers quickly.')).toBe('opinion');
    expect(kindOf('The two agencies rarely work together on shelters and should do so before the next storm.')).toBe('opinion');
  });

  it('is no recommendation as a condition, a question inside the sentence, a pointer or a guess', () => {
    expect(kindOf('Should the court reject the deal, either party may withdraw from it.')).toBe('reporting');
    expect(kindOf('The panel met to decide whether the outbreak should be declared over.')).toBe('reporting');
    expect(kindOf('It should be noted that the figures cover only the first quarter.')).toBe('reporting');
  });

  it('is a rule reported where a deadline follows it', () => {
    expect(kindOf('Smaller clubs should register with the league by the end of the season.')).toBe('reporting');
    expect(kindOf('Exporters should file the new form by March.')).toBe('reporting');
  });
});

describe('a speaker saying who they are or what they are there for', () => {
  it('is a report of the speaker, not a view', () => {
    expect(kindOf('My name is Jane Roe.')).toBe('reporting');
    expect(kindOf('I am the deputy director in charge of the agency’s field office.')).toBe('reporting');
    expect(kindOf('We are here today to announce the results of a joint operation against drug traffickers.')).toBe('reporting');
    expect(kindOf('We’re here to announce charges against six people.')).toBe('reporting');
  });

  it('still gives a view where the speaker judges', () => {
    expect(kindOf('We are the best team in the world.')).toBe('opinion');
    expect(kindOf('We are here today to say that this is a shameful day.')).toBe('opinion');
  });
});

describe('a body telling its own routine work', () => {
  it('is a report of the work', () => {
    expect(kindOf('We investigate online drug sales.')).toBe('reporting');
    expect(kindOf('We search for who is selling pills online.')).toBe('reporting');
    expect(kindOf('We discuss the summary measures and the hazards of ranking countries.')).toBe('reporting');
  });

  it('is still a view where the work is a wish or a condition', () => {
    expect(kindOf('But if we work together, we can chart a safer course.')).toBe('opinion');
    expect(kindOf('We must focus on the families first.')).toBe('opinion');
  });
});

describe('a judging phrase set after a dash at the end of the sentence', () => {
  it('is the speaker’s verdict on all that went before, however long the account', () => {
    expect(
      kindOf('The agency filed charges against the shipping firm on Monday for dumping waste into the bay over three years - an egregious violation of the harbour laws.'),
    ).toBe('opinion');
  });

  it('is colour on a report inside an aside the sentence goes on after', () => {
    expect(kindOf('The agency filed charges against the shipping firm - an egregious polluter - on Monday for dumping waste into the bay over three years.')).toBe('reporting');
  });
});
