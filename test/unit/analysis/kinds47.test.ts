import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-seventh session: a speaker's introduction and a floor's business are no views. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: a speaker opening with who they are', () => {
  it('reports a name or an office after "I am" or "I\'m"', () => {
    expect(kindOf("I'm Jane Holloway.")).toBe('reporting');
    expect(kindOf('I am Pat Greene, Chair of the Regional Water Board.')).toBe('reporting');
    expect(kindOf('I’m Sam Ortiz of the county health office, with this week’s update.')).toBe('reporting');
    expect(kindOf("I'm the Deputy Director for Emergency Management at the agency.")).toBe('reporting');
  });

  it('still hears a view in "I am" with no name or office, a view after the name, or "we are"', () => {
    expect(kindOf('I am Canadian and proud of it.')).toBe('opinion');
    expect(kindOf("I'm Jane Holloway and I think this plan is terrible.")).toBe('opinion');
    expect(kindOf('We are the Champions of this cause.')).toBe('opinion');
    expect(kindOf('Frankly, I am Jane Holloway and this is absurd.')).toBe('opinion');
  });
});

describe('kinds: the business of a floor or a question time opening a sentence', () => {
  it('reports "My question is to…", "I ask unanimous consent…", "I yield back"', () => {
    expect(kindOf('My question is to the Minister for Health, Minister Reyes.')).toBe('reporting');
    expect(kindOf('I ask unanimous consent that the letter be printed in the record.')).toBe('reporting');
    expect(kindOf('I ask consent to put in the record an article about our county.')).toBe('reporting');
    expect(kindOf('I yield back the balance of my time.')).toBe('reporting');
  });

  it('still hears the view of a sentence that only ends with the business', () => {
    expect(kindOf('For these reasons, I urge my colleagues to vote no, and I yield back.')).toBe('opinion');
  });
});

describe('kinds: "our" opening a subject that acts, and "Our" inside a name', () => {
  it('reports what a subject opened by "our" did or is doing', () => {
    expect(kindOf('Our field partners searched three warehouses and made an arrest.')).toBe('reporting');
    expect(kindOf('Our teams are assisting with site planning at the camp.')).toBe('reporting');
  });

  it('still hears a view in "our" before a stance, a feeling or a judgement', () => {
    expect(kindOf('Our prayers are with the families tonight.')).toBe('opinion');
    expect(kindOf('Our bill offers real relief to families.')).toBe('opinion');
  });

  it('reads "Our" between capitalised words as part of a name, outside a title-case line', () => {
    expect(kindOf('The Protect Our Rivers Act is part of a larger package of water bills.')).toBe('reporting');
    expect(analyze([article('a', 'Protect Our Rivers Now')]).sentences[0]?.evidence['first-person']).toBe('Our');
  });
});

describe('kinds: a plural, its place and a bare verb of reporting before "that"', () => {
  it('credits "Aid workers on the ground report that…" to the aid workers', () => {
    expect(kindOf('Aid workers on the ground report that families are arriving exhausted.')).toBe('attributed');
  });

  it('still reads "the … report that" before a verb as the document', () => {
    expect(kindOf('Details of the agency report that emerged were thin.')).toBe('reporting');
    expect(kindOf('Copies of the final report that was leaked circulated widely.')).toBe('reporting');
  });
});

describe('kinds: an impersonal passive of saying credits its claim to no one in particular', () => {
  it('credits "it is widely reported that…", "it had been announced that…", "Today it was announced that…"', () => {
    expect(kindOf('It is widely reported that the mayor knew of the leak.')).toBe('attributed');
    expect(kindOf('This morning it had been announced that the region was in famine.')).toBe('attributed');
    expect(kindOf('Today it was announced that nearly all voters backed the plan.')).toBe('attributed');
    expect(kindOf("It's believed the bridge failed first.")).toBe('attributed');
  });

  it('still reads "it" as the thing itself before a place or a time', () => {
    expect(kindOf('The recall drew notice at the time it was announced in 2019, and sales fell.')).toBe('reporting');
  });
});

describe('kinds: "we welcome" a thing is a stance, not a greeting or an act', () => {
  it('hears a view in "We welcome Japan’s decision" and in a participle inside what is welcomed', () => {
    expect(kindOf('We welcome Norway’s decision to join the fund.')).toBe('opinion');
    expect(kindOf('We welcome Norway’s continued support for the appeal.')).toBe('opinion');
  });

  it('still reads a guest welcomed by name as a courtesy', () => {
    expect(kindOf('We welcome Chairman Ortiz to the hearing.')).toBe('reporting');
  });
});

describe('kinds: a source set between commas, and a source noun in the passive', () => {
  it('credits "…, forecasts show, …" and "projections show" to the source', () => {
    expect(kindOf('The party has won a majority, forecasts show, with most seats declared.')).toBe('attributed');
    expect(kindOf('The agency’s projections show a deficit of $2 trillion.')).toBe('attributed');
  });

  it('reads "can be found on the website" as where a thing is, not a finding', () => {
    expect(kindOf('Forecasts for the ash plume can be found on the agency’s dashboard.')).toBe('reporting');
  });
});
