import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-eighth session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: a body that "reports" a count with its bound', () => {
  it('credits the tally to the body when a bound stands before the count', () => {
    expect(kindOf('Westfield University reports nearly 4,000 measles cases in the region, including 12 deaths.')).toBe('attributed');
    expect(kindOf('The ministry reports at least 40 deaths in the northern province.')).toBe('attributed');
    expect(kindOf('The county reports more than 300 homes without power.')).toBe('attributed');
  });

  it('still reads "reports" as a noun before a verb', () => {
    expect(kindOf('Early reports from the valley were confused and contradictory about the 300 homes.')).toBe('reporting');
  });
});

describe('kinds: "all told" sums up', () => {
  it('reads a sentence opened by "All told," as the writer’s report', () => {
    expect(kindOf('All told, the county office has collected over $3.1 million in fines since 2019.')).toBe('reporting');
  });

  it('still credits the one who told', () => {
    expect(kindOf('The inspector told the board that the fines were overdue.')).toBe('attributed');
  });
});

describe('kinds: "lie" and "lies" as a place or a whereabouts', () => {
  it('reads the verb of place, not the falsehoods', () => {
    expect(kindOf('The island chain also lies along the edge of two tectonic plates.')).toBe('reporting');
    expect(kindOf('The valley lies close to the high-pressure zone that forms each summer.')).toBe('reporting');
    expect(kindOf('The agency is reviewing where responsibility for the spill may lie.')).toBe('reporting');
  });

  it('still hears lies as falsehoods', () => {
    expect(kindOf('The campaign kept spreading lies about the vote count.')).toBe('opinion');
    expect(kindOf('These claims are lies of the worst kind.')).toBe('opinion');
  });
});

describe('kinds: a wait or a toll judged too long or too heavy, and more words of judgement', () => {
  it('hears a view in "for too long" and "for too many"', () => {
    expect(kindOf('The dispute over the harbour has dragged on for too long.')).toBe('opinion');
    expect(kindOf('That means repairs have been delayed for too many.')).toBe('opinion');
  });

  it('hears a view in words such as "complacency", "enormity" and "obvious"', () => {
    expect(kindOf('Cases are falling, but this is no time for complacency.')).toBe('opinion');
    expect(kindOf('The enormity of the flood and its aftermath is hard to take in.')).toBe('opinion');
    expect(kindOf('It is obvious why the board resigned.')).toBe('opinion');
  });

  it('still reports a span of time that only says how long', () => {
    expect(kindOf('The dispute over the harbour lasted for two years.')).toBe('reporting');
  });
});

describe('kinds: a claim credited after a date, a year or an aside', () => {
  it('credits the speaker after "On June 22, 2018," or "Reflecting on 2024,"', () => {
    expect(kindOf('On June 22, 2018, the agency reported that the outbreak was over.')).toBe('attributed');
    expect(kindOf('Reflecting on 2024, she stated that the harbour had never been busier.')).toBe('attributed');
  });

  it('credits a source dated by its year and a speaker named before an office', () => {
    expect(kindOf('Other 2023 data revealed that 12,000 households were without water.')).toBe('attributed');
    expect(kindOf('Jane Holt, the union president, maintains that dockers work up to 90 hours a week.')).toBe('attributed');
  });

  it('still reads a participle after a counted noun as no speech', () => {
    expect(kindOf('By dawn, 648 out of 650 seats declared.')).toBe('reporting');
  });
});

describe('kinds: a tag or a verb after a number and a comma, or before a semicolon', () => {
  it('credits "…, noted that" after an aside that ends on a year', () => {
    expect(kindOf('Ms Holt, who chaired the board from 2014 to 2016, noted that the ruling may be appealed.')).toBe('attributed');
  });

  it('credits a medial tag closed by a semicolon', () => {
    expect(kindOf('More than 60 boats left the harbour yesterday alone, she added; yet, that is far fewer than in spring.')).toBe('attributed');
  });

  it('still reads a participle right after a count as part of it', () => {
    expect(kindOf('The county logged 5,000 reported cases in June.')).toBe('reporting');
  });
});

describe('kinds: a second verb of saying, an addressee, and bodies that report', () => {
  it('credits "… and said …" with no comma before "and"', () => {
    expect(kindOf('Engineers restored contact with the probe after the manoeuvre and said the craft was safe.')).toBe('attributed');
  });

  it('still reads a bare stem after "and" as another clause’s verb', () => {
    expect(kindOf('The council will draw up a plan, which will rank the needs and describe how the rebuilding will proceed.')).toBe('reporting');
  });

  it('credits "explained to the officials that…" and "confirmed to VOA that…"', () => {
    expect(kindOf('The director explained to the officials that only half of the money had been raised.')).toBe('attributed');
    expect(kindOf('The minister confirmed to VOA that 40 people had died.')).toBe('attributed');
  });

  it('still reads "agreed to the terms that…" as an act', () => {
    expect(kindOf('The firm agreed to the terms that the court set.')).toBe('reporting');
  });

  it('credits counted countries that report, not a study’s counted volunteers', () => {
    expect(kindOf('39 countries have reported local spread of the virus since January.')).toBe('attributed');
    expect(kindOf('Two percent of volunteers reported a headache.')).toBe('reporting');
  });
});

describe('kinds: a participle that qualifies an object', () => {
  it('reads "recorders found in the wreckage" and "a storm forecast." as no speech', () => {
    expect(kindOf('Investigators are examining two recorders found in the wreckage for clues.')).toBe('reporting');
    expect(kindOf('The state declared an emergency in advance of a winter storm forecast.')).toBe('reporting');
    expect(kindOf('Of the total number of cases reported until 1 July, 45% were confirmed in a laboratory.')).toBe('reporting');
  });

  it('still credits a subject whose phrase holds a place, and a claim after the verb', () => {
    expect(kindOf('Scientists in the lab announced on Monday that the vaccine works.')).toBe('attributed');
    expect(kindOf('Crews working in the area reported on Monday that roads were closed.')).toBe('attributed');
    expect(kindOf('Officials in the city said in a statement that the water was safe.')).toBe('attributed');
  });
});

describe('kinds: forms of verbs of saying that do not speak', () => {
  it('reads a split infinitive, "as described in…" mid-sentence and "a loud and clear warning" as no speech', () => {
    expect(kindOf('The decision to publicly attribute the outage took the board a month.')).toBe('reporting');
    expect(kindOf('As noted above, the plant is expected to close in June.')).toBe('reporting');
    expect(kindOf('Owners can get a repair at no cost as described in the recall notice from March.')).toBe('reporting');
    expect(kindOf('With one voice, the agency sent a loud and clear warning to the sellers of the heaters.')).toBe('reporting');
  });

  it('still credits "went on to publicly say that…", "As described in the report, …" and "are warning that…"', () => {
    expect(kindOf('He went on to publicly say that the plan had failed.')).toBe('attributed');
    expect(kindOf('As described in the report, the harbour is one of many at risk.')).toBe('attributed');
    expect(kindOf('Officials are warning that the dam could fail.')).toBe('attributed');
  });
});

describe('kinds: a body that "now reports" a count', () => {
  it('credits the count when a word of time stands between the body and its verb', () => {
    expect(kindOf('The Harbour Health Office now reports 380 confirmed and probable cases of the illness.')).toBe('attributed');
  });

  it('still reads "reports" after a count and a name as a plural noun', () => {
    expect(kindOf('The five Gulf reports were filed late.')).toBe('reporting');
  });
});

describe('kinds: "clearly" telling how, and "grand" in a name of a thing', () => {
  it('reads "did not clearly explain", "very clearly" after a verb, "clearly-defined" and "a baby grand piano" as no judgement', () => {
    expect(kindOf('The notices did not clearly explain that two fees could follow one payment.')).toBe('reporting');
    expect(kindOf('The minister has set out that position very clearly in the chamber.')).toBe('reporting');
    expect(kindOf('The cases can no longer be traced to clearly-defined chains of transmission.')).toBe('reporting');
    expect(kindOf('The probe is about the size of a baby grand piano.')).toBe('reporting');
  });

  it('still hears the writer’s certainty in "clearly"', () => {
    expect(kindOf('This is clearly a failure of leadership.')).toBe('opinion');
  });
});
