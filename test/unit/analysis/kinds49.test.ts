import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-ninth session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: "reports" or "report" with a claim and no "that"', () => {
  it('credits a named body or a plural subject whose report is a clause', () => {
    expect(kindOf('The river authority reports the eastern levee has been breached in two places.')).toBe('attributed');
    expect(kindOf('Volunteers report many families have no drinking water left.')).toBe('attributed');
    expect(kindOf('NOAA reports ocean temperatures in the gulf were the highest on record.')).toBe('attributed');
  });

  it('still reads the noun "report" as a document', () => {
    expect(kindOf('This report is the third in a series on water quality.')).toBe('reporting');
    expect(kindOf('The next report will be issued on or around 6 August.')).toBe('reporting');
    expect(kindOf('Weekly reports received by Friday are included in the totals.')).toBe('reporting');
  });
});

describe('kinds: a participle that qualifies an object', () => {
  it('reads a source noun’s participle as a detail of the object, not a finding', () => {
    expect(kindOf('Inspectors are examining the survey forms found in the basement for signs of tampering.')).toBe('reporting');
  });

  it('lets a word of time or degree stand after the governing verb', () => {
    expect(kindOf('This is also the first case diagnosed and reported in the northern district.')).toBe('reporting');
  });

  it('lets a manner and its degree stand between the noun and the participle', () => {
    expect(kindOf('Brand X, a cheap generic cream, was the product most commonly reported.')).toBe('reporting');
  });

  it('still credits a subject who found or reported something', () => {
    expect(kindOf('Scientists in the lab found that the dose was safe.')).toBe('attributed');
    expect(kindOf('The survey forms found that most parents agreed.')).toBe('attributed');
    expect(kindOf('The agency formally reported on Monday that the plant would close.')).toBe('attributed');
  });
});

describe('kinds: figures of speech that weigh a thing', () => {
  it('reads an idiom of worth or meaning as the writer’s view', () => {
    expect(kindOf('The new park is here to stay.')).toBe('opinion');
    expect(kindOf('This budget is a wolf in sheep’s clothing.')).toBe('opinion');
    expect(kindOf('The new bridge will pay dividends.')).toBe('opinion');
    expect(kindOf('The region can finally breathe a sigh of relief as the river falls.')).toBe('opinion');
  });

  it('still reads the literal money as a report', () => {
    expect(kindOf('The fund used new deposits to pay dividends to earlier investors.')).toBe('reporting');
  });
});

describe('kinds: a participle of saying after the main clause', () => {
  it('credits the subject with what the participle says', () => {
    expect(kindOf('Engineers rejected the estimate, saying the new survey shows far more damage.')).toBe('attributed');
    expect(kindOf('The mayor delayed the vote, saying the council must first hear from residents.')).toBe('attributed');
  });

  it('still reads an act after the comma as the report of an act', () => {
    expect(kindOf('The storm struck the coast on Monday, adding to the damage from last week.')).toBe('reporting');
  });
});

describe('kinds: praise in a figure of speech', () => {
  it('reads "a shining example" and "in the hearts and minds" as the writer’s view', () => {
    expect(kindOf('The rowing team presented a shining example of teamwork to the whole town.')).toBe('opinion');
    expect(kindOf('The regatta is over, but its spirit lives on in the hearts and minds of the town.')).toBe('opinion');
  });
});

describe('kinds: a toll of people passed on with "reportedly"', () => {
  it('credits the unnamed reports with the killed and the wounded', () => {
    expect(kindOf('At least 14 people were reportedly killed when the bridge gave way.')).toBe('attributed');
    expect(kindOf('Dozens have also reportedly been wounded in the clashes.')).toBe('attributed');
  });

  it('still reads an assessment of damage as a report', () => {
    expect(kindOf('Many more homes are reportedly damaged beyond repair in the valley.')).toBe('reporting');
    expect(kindOf('Some 65 children have reportedly been orphaned by the flood.')).toBe('reporting');
  });
});

describe('kinds: a plural subject that blames', () => {
  it('credits "blame" after a subject with the claim it carries', () => {
    expect(kindOf('Some farmers blame the new dam for the falling river levels.')).toBe('attributed');
  });

  it('still reads "the blame" as a noun', () => {
    expect(kindOf('The blame for the delay lies with the contractor.')).toBe('reporting');
  });
});

describe('kinds: what a board of inquiry found, with no "that"', () => {
  it('credits the board with a name and its past verb, or a thing found "to be" so', () => {
    expect(kindOf('The board also found Harbourline failed to inspect the crane before the lift.')).toBe('attributed');
    expect(kindOf('The investigation found a shortage of inspectors to be the main cause of the delays.')).toBe('attributed');
  });

  it('still reads a verdict or a thing found as an act', () => {
    expect(kindOf('The jury found him guilty of fraud.')).toBe('reporting');
    expect(kindOf('The investigation found the missing crane logs in a locked office.')).toBe('reporting');
  });
});

describe('kinds: verbs that act on a thing rather than say something', () => {
  it('reads keeping, assessing and questioning a thing as acts', () => {
    expect(kindOf('The trader maintained close links with officials at the port.')).toBe('reporting');
    expect(kindOf('Engineers who are assessing the damage to the bridge arrived on Monday.')).toBe('reporting');
    expect(kindOf('The senator questioned the director on the agency’s hiring.')).toBe('reporting');
  });

  it('still credits a verdict given with "as" and a claim after "maintains that"', () => {
    expect(kindOf('The agency has assessed the risk of flooding as high along the coast.')).toBe('attributed');
    expect(kindOf('Jo Roe maintains that the dockers work long hours.')).toBe('attributed');
  });
});

describe('kinds: "noting", "arguing" and "stressing" after the main clause', () => {
  it('credits the subject with what the participle says', () => {
    expect(kindOf('The mayor delayed the vote, noting that the council had not seen the plans.')).toBe('attributed');
    expect(kindOf('The union rejected the offer, arguing that it did not cover inflation.')).toBe('attributed');
  });
});

describe('kinds: a thing said to need doing', () => {
  it('reads "needs to be done" and "needs to change" with no one credited as the writer’s call', () => {
    expect(kindOf('The relief effort is growing; its funding needs to be doubled.')).toBe('opinion');
    expect(kindOf('And that needs to change.')).toBe('opinion');
    expect(kindOf('When a landlord ignores repeated safety warnings, he must be held accountable.')).toBe('opinion');
  });

  it('still reads a plural noun before "to be" as a report', () => {
    expect(kindOf('The plan covers the immediate priority needs to be met by the appeal.')).toBe('reporting');
  });
});

describe('kinds: evaluative idioms', () => {
  it('reads turning a blind eye, a red herring and world-class as judgement', () => {
    expect(kindOf('The regulator turned a blind eye to the warnings for years.')).toBe('opinion');
    expect(kindOf('The row over the logo is a red herring.')).toBe('opinion');
    expect(kindOf('It will take steady funding to keep these world-class laboratories running.')).toBe('opinion');
  });

  it('reads a ship calling at a port as a report', () => {
    expect(kindOf('Larger container ships now calling at the eastern ports will need deeper berths.')).toBe('reporting');
  });
});

describe('kinds: a speaker saying what they will do next', () => {
  it('reads running the briefing as a report of acts, not a view', () => {
    expect(kindOf('I will moderate the questions, as we have done before.')).toBe('reporting');
    expect(kindOf('Today we will get an update from the fire service on the investigation.')).toBe('reporting');
    expect(kindOf('We will also highlight the work of the volunteer crews.')).toBe('reporting');
  });

  it('still hears a commitment or a feeling as the speaker’s view', () => {
    expect(kindOf('We will never forget the victims of this fire.')).toBe('opinion');
    expect(kindOf('We will continue to stand with the families.')).toBe('opinion');
  });
});

describe('kinds: a participle before its noun', () => {
  it('reads "forecast rains" and "informed choices" as adjectives, not speech', () => {
    expect(kindOf('However, forecast heavy rains will continue to hinder access to the valley.')).toBe('reporting');
    expect(kindOf('The leaflets help parents make informed choices about vaccines.')).toBe('reporting');
  });

  it('still credits a subject that forecasts', () => {
    expect(kindOf('However, officials forecast that the rain will continue.')).toBe('attributed');
  });
});
