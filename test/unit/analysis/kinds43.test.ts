import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-third session: words of saying that are nouns or names given. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: a speech form that is mostly a plural noun', () => {
  it('reads "restoration projects as designated by the trustees" as a report, not a projection credited to someone', () => {
    expect(kindOf('The settlement money will fund restoration projects as designated by the state trustees.')).toBe('reporting');
  });

  it('reads "phone calls, emails and letters" as a report', () => {
    expect(kindOf('The hotline has received almost 5 million contacts through phone calls, emails and letters.')).toBe('reporting');
  });

  it('still credits "CBO projects a deficit" and "the agency projects that" to the body that projects', () => {
    expect(kindOf('CBO projects a federal budget deficit of $1.4 trillion for 2023.')).toBe('attributed');
    expect(kindOf('The agency projects that growth will slow to 2 percent next year.')).toBe('attributed');
  });
});

describe('kinds: a speech form that is mostly a singular noun', () => {
  it('reads "a tsunami warning", "that call", "a negotiation call" and "One state will gain" as nouns in reports', () => {
    expect(kindOf('The weather agency issued a tsunami warning shortly after the quake but cancelled the warning within 90 minutes.')).toBe('reporting');
    expect(kindOf('On October 2, the council answered that call by passing a resolution.')).toBe('reporting');
    expect(kindOf('A second negotiation call occurred lasting approximately 16 minutes.')).toBe('reporting');
    expect(kindOf('One state will gain two seats, and 5 states will gain one seat.')).toBe('reporting');
    expect(kindOf('The fastest-growing state since the 2010 census was Utah.')).toBe('reporting');
  });

  it('still credits "the agency estimates that", "the ministry estimates 3,000 deaths" and "senators call on the agency"', () => {
    expect(kindOf('The agency estimates that 3,000 people died in the floods.')).toBe('attributed');
    expect(kindOf('The ministry estimates 3,000 deaths from the floods.')).toBe('attributed');
    expect(kindOf('The senators call on the agency to act before winter.')).toBe('attributed');
  });
});

describe('kinds: "calling the shots" and a name given', () => {
  it('reads "the executives calling the shots" as a report', () => {
    expect(kindOf('The bureau will continue to focus on repeat offenders, including the executives calling the shots.')).toBe('reporting');
  });

  it('reads "a type of kidney failure called hemolytic uremic syndrome" as a name given', () => {
    expect(kindOf('Twenty-seven people developed a type of kidney failure called hemolytic uremic syndrome.')).toBe('reporting');
  });

  it('reads "(commonly called longshoremen)" as a name given', () => {
    expect(kindOf('The strike by port workers (commonly called longshoremen) at East Coast ports has halted cargo.')).toBe('reporting');
  });

  it('still credits the subject that "a" opens: "A spokesman called the decision a mistake"', () => {
    expect(kindOf('A spokesman called the decision a mistake.')).toBe('attributed');
    expect(kindOf('Residents said a senator called on the agency to act.')).toBe('attributed');
  });
});

describe('kinds: a participle of saying that qualifies a noun', () => {
  it('reads "the most confirmed cases", "a single confirmed case", "one confirmed death", "additional confirmed cases" and "the total reported cases" as reports', () => {
    expect(kindOf('But the United States has had by far the most confirmed cases.')).toBe('reporting');
    expect(kindOf('The country did not record a single confirmed case of cholera in three years.')).toBe('reporting');
    expect(kindOf('Several protesters have been injured, with one confirmed death on 29 July.')).toBe('reporting');
    expect(kindOf('There may be additional confirmed cases among the remaining passengers.')).toBe('reporting');
    expect(kindOf('Of the total reported cases, 55% are male.')).toBe('reporting');
  });

  it('reads "Previously reported gaps of 1,000 tents" as a report: an -ly adverb opening the sentence qualifies the participle', () => {
    expect(kindOf('Previously reported gaps of 1,000 tents in the province have been met.')).toBe('reporting');
    expect(kindOf('Separately, officials reported three deaths.')).toBe('attributed');
  });

  it('reads "the youngest reported victim" and "However, repeated evacuation orders" as reports', () => {
    expect(kindOf('The median age is 22, with the youngest reported victim being 15 years old.')).toBe('reporting');
    expect(kindOf('However, repeated evacuation orders continue to disrupt aid operations.')).toBe('reporting');
  });

  it('still credits a subject that reports: "Officials reported one case", "However, officials reported three deaths", "broadcasters all called the vote"', () => {
    expect(kindOf('Officials reported one case.')).toBe('attributed');
    expect(kindOf('However, officials reported three deaths.')).toBe('attributed');
    expect(kindOf('British broadcasters all called the vote for the leave camp, with nearly 52 percent voting to leave.')).toBe('attributed');
  });
});

describe('kinds: a body that projects, anticipates or recommends', () => {
  it('credits "scientists project the ozone layer could recover" and "relief actors anticipate increased needs"', () => {
    expect(kindOf('NOAA and NASA scientists project the ozone layer could fully recover by 2066.')).toBe('attributed');
    expect(kindOf('Relief actors anticipate increased emergency food assistance needs later this year.')).toBe('attributed');
  });

  it('credits "CDC and FDA recommend clinicians stop using…": a stem that is never a noun takes the plural as its object', () => {
    expect(kindOf('CDC and FDA recommend clinicians stop using the recalled eye drops.')).toBe('attributed');
  });

  it('reads "the hydroelectric project by the company" and "some relief anticipated around March" as reports', () => {
    expect(kindOf('Construction of the dam, part of a hydroelectric project by the power company, began in 2013.')).toBe('reporting');
    expect(kindOf('Food insecurity is expected to worsen, with some relief anticipated around March as the harvest begins.')).toBe('reporting');
  });
});

describe('kinds: a participle of telling that is a state', () => {
  it('reads "are already confirmed dead" and "keep the public informed throughout" as reports', () => {
    expect(kindOf('Hundreds are already confirmed dead after the quake.')).toBe('reporting');
    expect(kindOf('The task force will continue to keep the public informed throughout the removal process.')).toBe('reporting');
  });

  it('still credits "informed residents that…" and "were also confirmed by the agency"', () => {
    expect(kindOf('Officials informed residents that the water was unsafe.')).toBe('attributed');
    expect(kindOf('The previous three batches were also confirmed by the agency to meet the standard.')).toBe('attributed');
  });
});
