import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus). */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const membersOf = (...texts: string[]): string[][] =>
  analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups.map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

describe('figures read in round 22', () => {
  it('reads a multiplier and a unit hyphened to a numeral ("a 2.3-million-mile voyage") as a count of that unit', () => {
    const [f] = figuresOf('The probe returned after a 2.3-million-mile voyage around the comet.');
    expect(f).toMatchObject({ text: '2.3-million-mile', kind: 'count', unitClass: 'miles', value: 2_300_000 });
  });

  it('reads "younger than 12" and "older than 70" as ages bounded by the comparison', () => {
    expect(figuresOf('Three boys younger than 12 and a man older than 70 were treated for burns.').map((f) => [f.text, f.unitClass, f.bound])).toEqual([
      ['Three', 'boys', 'exact'],
      ['younger than 12', 'age', 'upper'],
      ['older than 70', 'age', 'lower'],
    ]);
  });

  it('reads the noun after a suspended hyphen ("90 low- and middle-income nations") as what the number counts', () => {
    expect(figuresOf('The scheme now reaches 90 low- and middle-income nations.').map((f) => [f.text, f.unit])).toEqual([['90', 'nations']]);
  });

  it('reads a footnote number on a full stop ("in rural clinics.2 Three decades of data") as no figure, and the span after it as written', () => {
    expect(figuresOf('Nurses were surveyed in rural clinics.2 Three decades of data show the change.').map((f) => [f.text, f.kind])).toEqual([['Three decades', 'duration']]);
  });

  it('keeps "a 10,000-strong crowd" and "$4-billion" as they were', () => {
    expect(figuresOf('A 10,000-strong crowd gathered in the square.').map((f) => [f.text, f.value])).toEqual([['10,000', 10_000]]);
    expect(figuresOf('The city spent $4-billion on its tunnels.').map((f) => [f.text, f.kind, f.value])).toEqual([['$4-billion', 'money', 4_000_000_000]]);
  });
});

describe('figure groups in round 22', () => {
  it('groups a rare number one outlet rounds to a bound ("more than 2.3 million miles") with the same number given plainly', () => {
    expect(
      membersOf(
        'The probe landed in the desert on Sunday after flying more than 2.3 million miles on a loop past the comet and back.',
        'Engineers cheered as the capsule, launched in spring, ended a 2.3-million-mile voyage that tested its heat shield.',
      ),
    ).toContainEqual(['a:more than 2.3 million', 'b:2.3-million-mile']);
  });

  it('leaves a round number and its bound apart ("more than 2 million miles", "2 million miles")', () => {
    expect(
      membersOf(
        'The probe landed in the desert on Sunday after flying more than 2 million miles on a loop past the comet and back.',
        'Engineers cheered as the capsule, launched in spring, ended a 2-million-mile voyage that tested its heat shield.',
      ).filter((g) => g.some((m) => m.startsWith('a:'))),
    ).toEqual([]);
  });

  it('groups a greatest value named "peak" in one outlet and "highest" in another', () => {
    expect(membersOf("The typhoon's peak winds reached 150 mph as it crossed the island.", 'Forecasters said the highest winds were 160 mph.')).toContainEqual([
      'a:150 mph',
      'b:160 mph',
    ]);
  });

  it('does not take the receiver of a sending verb ("has sent Malawi hundreds of pumps") as the owner of the figure', () => {
    expect(
      membersOf(
        'The Red Cross has sent Malawi hundreds of water pumps and some tents, a spokesman noted.',
        'The Red Cross contributed hundreds of water pumps and some tents, which arrived in Malawi this weekend.',
      ),
    ).toContainEqual(['a:hundreds', 'b:hundreds']);
  });

  it('groups a floor and a later, larger count that their sentences date apart ("over 600 … as of 3 March", "917 … as of 10 March")', () => {
    expect(
      membersOf(
        'Vaccination teams are busy, with over 600 households visited as of 3 March 2025.',
        'Vaccination teams are still busy, with 917 households visited as of 10 March 2025.',
      ),
    ).toContainEqual(['a:over 600', 'b:917']);
  });

  it('keeps them apart when only one sentence is dated: the article date alone does not say the count ran on', () => {
    expect(
      membersOf('Vaccination teams are busy, with over 600 households visited as of 3 March 2025.', 'Vaccination teams are still busy, with 917 households visited this week.'),
    ).toEqual([]);
  });

  it('does not take the date a span starts ("since … on 2 May") as the day a count was given', () => {
    const groups = analyze([
      article('a', 'Since the flood began on 2 May and as of 9 May, 127 families have returned home.'),
      article('b', 'Since the flood began on 2 May and as of 16 May, 143 families have returned home.'),
    ]).figureGroups;
    expect(groups.map((g) => [g.verdict, g.reason])).toEqual([['compatible', 'different-date']]);
  });

  it('groups one span of time to a number neither small nor round ("the 15-week limit", "after 15 weeks") with two words in common', () => {
    const limit =
      'The appeals court struck down the 15-week limit on abortion, ruling that the statute conflicted with earlier rulings about viability, privacy and the judgment of doctors in rural clinics.';
    expect(membersOf(limit, 'The court upheld a law that bans abortion after 15 weeks of pregnancy.')).toContainEqual(['a:15-week', 'b:15 weeks']);
    // (One word in common is not enough: the same span recurs for other things, "by 15 weeks a foetus can hear".)
    expect(membersOf(limit, 'By 15 weeks a foetus can hear sounds, doctors say.')).toEqual([]);
  });
});
