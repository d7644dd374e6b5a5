import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;

describe('a claim credited in a "with … reporting that" clause after a figure', () => {
  it('reads the claim as the reporter’s, though the -ing form is not in the list of speech verbs', () => {
    const text = 'Rescue teams reached the valley on Monday.\nThe toll has risen to 412, with the coastguard reporting that hopes of finding more survivors are fading.';
    expect(kindOf(text, 'The toll has risen to 412')).toBe('attributed');
  });

  it('credits the subject of the clause with any speech verb the list has in the past ("noting")', () => {
    const text = 'Crews worked through the night.\nPower returned to 9,000 homes, with the utility noting that repairs in the hills will take longer.';
    expect(kindOf(text, 'Power returned to 9,000 homes')).toBe('attributed');
  });

  it('leaves a thing described after a comma alone ("met with a notice page, explaining that …")', () => {
    const text = 'The site was closed on Monday.\nVisitors to the old address are now met with a notice page, explaining that the shop has moved.';
    expect(kindOf(text, 'Visitors to the old address')).toBe('reporting');
  });
});

describe('an institution reporting its own acts since a time counted back from now', () => {
  it('reads "since last year, we have been pursuing …" as a report of an act', () => {
    const text = 'The regulator issued a notice on the case.\nSince last year, we have been pursuing an inquiry into the lender’s fees.';
    expect(kindOf(text, 'Since last year, we have been pursuing')).toBe('reporting');
  });

  it('reads "over the past few weeks we have been reviewing …" the same way', () => {
    const text = 'The board met on the case.\nOver the past few weeks we have been reviewing every maintenance record of the aircraft.';
    expect(kindOf(text, 'Over the past few weeks we have been reviewing')).toBe('reporting');
  });

  it(`reads the contracted "we’ve", "we've", "we’re" and "we'd" the same way (the auxiliary is in the subject)`, () => {
    for (const [subject, rest] of [
      ['we’ve', 'been pursuing an inquiry into the lender’s fees'],
      ["we've", 'been pursuing an inquiry into the lender’s fees'],
      ['we’re', 'reviewing every complaint about the lender’s fees'],
      ["we'd", 'been collecting records of the lender’s fees'],
    ]) {
      const text = `The regulator issued a notice on the case.\nSince last year, ${subject} ${rest}.`;
      expect(kindOf(text, `Since last year, ${subject}`), subject).toBe('reporting');
    }
  });

  it('keeps a contracted first person with a feeling an opinion ("since last year, we’ve been proud …")', () => {
    const text = 'The charity published its accounts.\nSince last year, we’ve been proud to stand beside these brave families.';
    expect(kindOf(text, 'Since last year, we’ve been proud')).toBe('opinion');
  });

  it('keeps a feeling or a view in the first person an opinion, whatever the time', () => {
    const text =
      'The charity published its accounts.\nSince last year, we have been proud to stand beside these brave families.\nSince last week, I wonder whether the plan can work.';
    expect(kindOf(text, 'Since last year, we have been proud')).toBe('opinion');
    expect(kindOf(text, 'Since last week, I wonder')).toBe('opinion');
  });
});

describe('a count of cases "reported since …" as the subject of the sentence', () => {
  it('reads the participle after a counted noun as describing the cases, not crediting a source', () => {
    const text = 'The ministry updated its figures.\nThe 40 confirmed cases reported since the start of the outbreak have been linked to two schools.';
    expect(kindOf(text, 'The 40 confirmed cases reported')).toBe('reporting');
    const all = 'The ministry updated its figures.\nAll new cases reported within the past week were linked to one clinic.';
    expect(kindOf(all, 'All new cases reported')).toBe('reporting');
  });

  it('still credits counted people who report something ("Three witnesses reported on Friday that …")', () => {
    const text = 'Police closed the road.\nThree witnesses reported on Friday that they had heard two loud bangs before the fire.';
    expect(kindOf(text, 'Three witnesses reported')).toBe('attributed');
  });
});

describe('a count of incidents "reportedly" or "reported to have" happened, no source named', () => {
  it('reads the tally of reports as reporting, as "have been reported" is', () => {
    const text =
      'The agency recalled the heaters.\nOver 20 injuries were reported to have occurred in the first month of sales.\nAbout 100 fires have reportedly started while the heaters were in use.';
    expect(kindOf(text, 'Over 20 injuries were reported')).toBe('reporting');
    expect(kindOf(text, 'About 100 fires have reportedly')).toBe('reporting');
  });

  it('reads "there have reportedly been only two deaths" as the same tally', () => {
    const text = 'The agency recalled the heaters.\nOf the 300 reported fires, there have reportedly been only two deaths.';
    expect(kindOf(text, 'Of the 300 reported fires')).toBe('reporting');
  });

  it('still credits a hedged report about a person to the unnamed reports', () => {
    const text = 'The cabinet met on Friday.\nThe minister was reported to have resigned before the vote.';
    expect(kindOf(text, 'The minister was reported')).toBe('attributed');
    expect(kindOf('The cabinet met on Friday.\nThere have reportedly been talks between the two parties.', 'There have reportedly')).toBe('attributed');
  });
});
