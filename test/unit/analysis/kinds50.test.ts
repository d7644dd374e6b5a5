import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, fiftieth session. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: praise and feeling the page professes', () => {
  it('reads praise of people as the writer’s judgement', () => {
    expect(kindOf('The volunteers showed remarkable dedication and patriotism throughout the season.')).toBe('opinion');
    expect(kindOf('These firefighters are heroes who kept the valley safe.')).toBe('opinion');
    expect(kindOf('The county will remain a steadfast partner to the farmers of the region.')).toBe('opinion');
    expect(kindOf('The town owes the crews a debt of gratitude.')).toBe('opinion');
  });

  it('reads a feeling the page professes as its own', () => {
    expect(kindOf('The nation is grateful to the crews who fought the fire.')).toBe('opinion');
    expect(kindOf('The town watched the parade with pride.')).toBe('opinion');
  });

  it('still reports a decision, a pledge or a plain count', () => {
    expect(kindOf('The board made its determination of eligibility on Tuesday.')).toBe('reporting');
    expect(kindOf('The two sides signed a commitment to resolve the dispute by June.')).toBe('reporting');
    expect(kindOf('The crews worked for 40 hours without a break.')).toBe('reporting');
  });

  it('still credits a speaker who voices the praise', () => {
    expect(kindOf('The mayor said the crews were heroes.')).toBe('attributed');
  });
});

describe('kinds: what an event is said to mean, and praise of a team', () => {
  it('reads "serves as a reminder" and a weighed reminder as the writer’s reading', () => {
    expect(kindOf('The collapse serves as a reminder of how old the bridges in the county are.')).toBe('opinion');
    expect(kindOf('The flood is a painful reminder of the need for new levees.')).toBe('opinion');
    expect(kindOf('The ruling is a poignant moment for the families of the miners.')).toBe('opinion');
  });

  it('reads praise of a team’s spirit and puffery about jobs as judgement', () => {
    expect(kindOf('The players showed great sportsmanship and camaraderie all season.')).toBe('opinion');
    expect(kindOf('The plant will create good-paying jobs in the valley.')).toBe('opinion');
  });

  it('still reports a reminder that is only a notice', () => {
    expect(kindOf('The agency sent a reminder to households that forms are due on 1 May.')).toBe('reporting');
    expect(kindOf('The plant will create 400 jobs in the valley.')).toBe('reporting');
  });
});

describe('kinds: a claim opened by its owner’s view or reckoning', () => {
  it('credits the owner named before "view", "projections" or "estimates"', () => {
    expect(kindOf('In the agency’s projections, deficits generally increase over the coming years.')).toBe('attributed');
    expect(kindOf('In the council’s view, the new road is the best way to ease traffic.')).toBe('attributed');
    expect(kindOf('In Smith’s estimates, the repairs will cost twice as much.')).toBe('attributed');
  });

  it('leaves the writer’s own view, a court’s act in its opinion and a document alone', () => {
    expect(kindOf('In my view, the answer is simple.')).not.toBe('attributed');
    expect(kindOf('In its opinion, the court struck down the rule.')).toBe('reporting');
    expect(kindOf('In this report, deficits increase over the coming years.')).toBe('reporting');
  });
});

describe('kinds: a body that continues to report', () => {
  it('credits a subject that "continues to report" a finding or a clause', () => {
    expect(kindOf('The health ministry continues to report rising infection rates in the north.')).toBe('attributed');
    expect(kindOf('Local media continue to report that the toll may rise in the coming days.')).toBe('attributed');
  });

  it('leaves reporting for work and a request alone', () => {
    expect(kindOf('Staff continued to report to work despite the flood.')).toBe('reporting');
    expect(kindOf('Please continue to report any symptoms to your doctor.')).not.toBe('attributed');
  });
});

describe('kinds: a count in an opening clause is not the subject of the verb after it', () => {
  it('credits the body that reports, after "With just 12 days remaining, …" or "On 7 June, …"', () => {
    expect(kindOf('With just 12 days remaining in the year, the agency reports 4,901 migrants dead or missing at sea.')).toBe('attributed');
    expect(kindOf('On 7 June, authorities reported new landslides near the crater.')).toBe('attributed');
  });

  it('still reads a counted group reporting a thing as a finding', () => {
    expect(kindOf('Two percent of the volunteers reported a mild headache.')).toBe('reporting');
    expect(kindOf('In the trial, 12 patients reported a mild headache.')).toBe('reporting');
  });
});

describe('kinds: a coordinate clause with its own speaker', () => {
  it('credits the speaker of the clause after ", but" or ", and"', () => {
    expect(kindOf('The search took three days, but rescuers say they have found all of the missing hikers.')).toBe('attributed');
  });

  it('leaves a participle before its noun alone', () => {
    expect(kindOf('The warning was widened the next day, and the original outlined area was raised to a higher risk level.')).toBe('reporting');
  });
});
