import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** What a number counts when the noun is named a different way, further on, or before it (issue 9, figure reading). */
function figuresOf(text: string) {
  return analyze([article('a', text)]).figures;
}

describe('reading what a number counts', () => {
  it('reads "at age 31" and "at the age of 31" as an age, like "a 31-year-old"', () => {
    const [a] = figuresOf('The chef opened her first restaurant at age 31 and sold it within a decade.');
    expect(a).toMatchObject({ kind: 'count', value: 31, unitClass: 'age' });
    const [b] = figuresOf('The chef opened her first restaurant at the age of 31 in a small market town.');
    expect(b).toMatchObject({ kind: 'count', value: 31, unitClass: 'age' });
    const [c] = figuresOf('The chef opened her first restaurant as a 31-year-old in a small market town.');
    expect(c?.unitClass).toBe('age');
  });

  it('counts "six losses" and "six defeats" in one class', () => {
    const [a] = figuresOf('The visitors have suffered six losses since August.');
    const [b] = figuresOf('The visitors have suffered six defeats since August.');
    expect([a?.unitClass, b?.unitClass]).toEqual(['defeats', 'defeats']);
  });

  it('looks past "other" and a name to the counted noun ("two other Football League clubs")', () => {
    const [f] = figuresOf('Only two other Football League clubs have ever been fined for a late kick-off.');
    expect(f).toMatchObject({ value: 2, unit: 'clubs' });
  });

  it('reads the people forced to flee as displaced, not as the dead named earlier in the sentence', () => {
    const f = figuresOf('The storm caused the deaths of at least 12 people and forced thousands to flee their homes.');
    expect(f.map((x) => x.unitClass)).toEqual(['people-killed', 'people-displaced']);
  });

  it('reads "a majority of 80" as the size of a majority, in any wording', () => {
    const [a] = figuresOf('The vote would give the ruling coalition a majority of around 80 in the chamber.');
    const [b] = figuresOf('Pollsters expect the ruling coalition to win with a projected majority of 80.');
    expect(a).toMatchObject({ unitClass: 'majority', bound: 'approx' });
    expect(b?.unitClass).toBe('majority');
    // A noun after the number is still what it counts.
    const [c] = figuresOf('A majority of 52 senators backed the bill.');
    expect(c?.unit).toBe('senators');
  });

  it('reads the dollar sign with its country after it ("$US40 million", "$A12m") as money, keeping a qualifier before it', () => {
    const f = figuresOf('The miner paid almost $US40 million for the site and $A12m for the port, after a US$3 billion bid.');
    expect(f.map((x) => [x.text, x.currency, x.bound])).toEqual([
      ['almost $US40 million', 'USD', 'upper'],
      ['$A12m', 'AUD', 'exact'],
      ['US$3 billion', 'USD', 'exact'],
    ]);
    const [g] = figuresOf('The miner paid nearly US$40 million for the site.');
    expect(g).toMatchObject({ text: 'nearly US$40 million', bound: 'upper' });
  });

  it('counts the injured sent home from hospital apart from the injured, also after "Of 640 injured,"', () => {
    const [a] = figuresOf('Doctors said 212 passengers have been discharged from the district hospital.');
    expect(a).toMatchObject({ value: 212, unitClass: 'people-discharged' });
    const f = figuresOf('Of the 640 injured, 212 have been discharged so far.');
    expect(f.map((x) => [x.value, x.unitClass])).toEqual([
      [640, 'people-injured'],
      [212, 'people-discharged'],
    ]);
    // Right before the number with nothing between, the state is still its own: "killed 5 people and injured 20 others".
    const g = figuresOf('The blast killed 5 people and injured 20 others.');
    expect(g.map((x) => x.unitClass)).toEqual(['people-killed', 'people-injured']);
  });

  it('reads "14 COVID-19 infections" as a count of infections, past the code with its hyphenated number', () => {
    const [f] = figuresOf('The clinic recorded 14 COVID-19 infections among its staff.');
    expect(f).toMatchObject({ value: 14, unitClass: 'cases' });
    // A name with a singular noun after it is still a name ("the 747 Jumbo-2 programme").
    expect(figuresOf('Engineers praised the 747 Jumbo-2 programme.')).toEqual([]);
  });

  it('does not give a count the state another count owns ("212 were discharged and 48 are still being treated")', () => {
    const f = figuresOf('Doctors said 212 patients have been discharged and 48 are still being treated.');
    expect(f.map((x) => [x.value, x.unitClass])).toEqual([
      [212, 'people-discharged'],
      [48, 'people'],
    ]);
    // A number that only adds a place keeps the state: "Five people died in the north and 20 in the south".
    const g = figuresOf('Five people died in the north and 20 in the south.');
    expect(g.map((x) => x.unitClass)).toEqual(['people-killed', 'people-killed']);
    // A date before the toll is not a count that owns it.
    const [, toll] = figuresOf('On 4 March, the death toll rose to 310.');
    expect(toll?.unitClass).toBe('people-killed');
  });
});

describe('reading lengths of time written as a clock or in parts (unit26)', () => {
  it('reads hours, minutes and seconds ("2:07:41") as a length, not a clock time or nothing', () => {
    const [f] = figuresOf('The Ethiopian runner won the city marathon in 2:07:41 on a cold morning.');
    expect(f).toMatchObject({ kind: 'duration', unitClass: 'duration', text: '2:07:41' });
    expect(f?.value).toBeCloseTo(127 + 41 / 60);
    // With a word that says it is a clock time, it stays one.
    const [g] = figuresOf('The first alarm sounded at 10:42:05 a.m. in the east wing.');
    expect(g).toMatchObject({ kind: 'time', value: 10 * 60 + 42 });
    // A transcript's timecode or a timestamp (its hour padded with a zero) is no length.
    expect(figuresOf('[00:01:30] The minister thanked the rescue teams.').filter((x) => x.kind === 'duration')).toEqual([]);
    expect(figuresOf('Archived: 2031-05-02T03:20:04Z by the library.').filter((x) => x.kind === 'duration')).toEqual([]);
    expect(figuresOf('Listen: 0:00 0:03:12 0:00').filter((x) => x.kind === 'duration')).toEqual([]);
  });

  it('reads "two hours, 7 minutes and 41 seconds" as one length, the same as "2:07:41"', () => {
    const [f] = figuresOf('The Ethiopian runner won the city marathon in two hours, 7 minutes and 41 seconds.');
    expect(f).toMatchObject({ kind: 'duration', text: 'two hours, 7 minutes and 41 seconds' });
    expect(f?.value).toBeCloseTo(127 + 41 / 60);
    // Two lengths of two things stay two.
    expect(figuresOf('The hearing lasted two days and the appeal took three hours.').map((x) => x.text)).toEqual(['two days', 'three hours']);
  });

  it('reads a bounded "a year" ("more than a year", "nearly a decade") as a length of one unit, but not a bare "a year"', () => {
    const [a] = figuresOf('Talks on the new port took more than a year, and the council agreed in May.');
    expect(a).toMatchObject({ kind: 'duration', bound: 'lower', value: 525600 });
    const [b] = figuresOf('The lighthouse keeper stayed on the island for nearly a decade.');
    expect(b).toMatchObject({ kind: 'duration', bound: 'upper' });
    expect(figuresOf('The choir meets once a year in the old chapel.')).toEqual([]);
    expect(figuresOf('She wrote a memoir about a year spent at sea.')).toEqual([]);
  });
});

describe('one counted thing under two nouns (unit26)', () => {
  it('puts "scientists" and "researchers", "cars" and "vehicles", "gangs" and "syndicates" in one class each', () => {
    const cls = (t: string) => figuresOf(t)[0]?.unitClass;
    expect(cls('A team of more than 80 scientists wrote the survey.')).toBe(cls('A team of more than 80 researchers wrote the survey.'));
    expect(cls('Customs officers seized 37 stolen cars at the port.')).toBe(cls('Customs officers seized 37 stolen vehicles at the port.'));
    expect(cls('The network served more than 400 criminal gangs in Europe.')).toBe(cls('The network served more than 400 criminal syndicates in Europe.'));
    expect(cls('Flood victims sheltered in 320 camps across the region.')).toBe(cls('Flood victims sheltered in 320 sites across the region.'));
    expect(cls('The team sent 48 athletes to the games.')).toBe(cls('The team sent 48 competitors to the games.'));
    expect(cls('Police found 12 tonnes of cocaine in the hold.')).toBe(cls('Police found 12 tons of cocaine in the hold.'));
    // A singular before another noun is a modifier, and a larger unit is not the smaller one.
    expect(figuresOf('Police defused three car bombs in the square.')[0]?.unit).toBe('bombs');
    expect(cls('Emissions reached 36 gigatonnes of carbon dioxide.')).not.toBe(cls('Emissions reached 36 tonnes of carbon dioxide.'));
  });

  it('counts "attendees" and "spectators" as people', () => {
    expect(figuresOf('Nearly 90,000 attendees watched the final in the stadium.')[0]?.unitClass).toBe('people');
    expect(figuresOf('Nearly 90,000 spectators watched the final in the stadium.')[0]?.unitClass).toBe('people');
  });
});

describe('the currency of a sum named once in a sentence (unit26)', () => {
  it('gives a bare "1.1 billion" in a list the currency of the sum before it', () => {
    const f = figuresOf('The fund received 2.4 billion euros from Spain; 1.1 billion from Italy; and 3 billion dollars from Japan.');
    expect(f.map((x) => [x.text, x.kind, x.currency])).toEqual([
      ['2.4 billion euros', 'money', 'EUR'],
      ['1.1 billion', 'money', 'EUR'],
      ['3 billion dollars', 'money', 'USD'],
    ]);
    // Not a count with its own noun, nor one past a full stop.
    const g = figuresOf('The app earned $4 billion and reached 1.2 billion monthly active users.');
    expect(g.map((x) => x.kind)).toEqual(['money', 'count']);
    // Nor one before a noun it may count, known or not.
    const h = figuresOf('The lender will pay $3 billion to 14 million affected borrower accounts.');
    expect(h.map((x) => x.kind)).toEqual(['money', 'count']);
  });

  it('reads the currency after a speaker\u2019s dashed aside ("2.4 billion — if I have it right — euros")', () => {
    const [f] = figuresOf('We heard pledges of nearly 2.4 billion — if I have it right — euros from Spain.');
    expect(f).toMatchObject({ kind: 'money', currency: 'EUR', bound: 'upper' });
  });
});

describe('a currency named with its country or inside a compound (unit26)', () => {
  it('reads "British pounds", "US dollars", "Canadian dollars" after a sum as that currency', () => {
    const f = figuresOf('The club lost 86.2 million British pounds, the league said, against 70 million US dollars a year earlier.');
    expect(f.map((x) => [x.text, x.kind, x.currency])).toEqual([
      ['86.2 million British pounds', 'money', 'GBP'],
      ['70 million US dollars', 'money', 'USD'],
    ]);
    expect(figuresOf('Ottawa pledged 2.15 billion Canadian dollars to the fund.')[0]).toMatchObject({ kind: 'money', currency: 'CAD' });
  });

  it('reads "a 2.7-billion-euro fine" as money in euros', () => {
    expect(figuresOf('Regulators imposed a 2.7-billion-euro fine on the firm.')[0]).toMatchObject({ kind: 'money', currency: 'EUR', value: 2.7e9 });
  });
});
