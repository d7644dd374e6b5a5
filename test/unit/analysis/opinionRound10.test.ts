import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { tokenize } from '../../../src/core/analysis/text';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('legal words on the act a sanction is for', () => {
  it('reads "illegal" after a fine or a penalty as naming what was sanctioned, not judging it', () => {
    expect(kind('Last year the regulator fined the lender $3 million for illegal late fees on car loans.')).toBe('reporting');
    expect(kind('The agency said nothing when the firm was fined in 2019 for illegally closing customer accounts.')).not.toBe('opinion');
    expect(kind('In 2020 the county fined the landlord for fake repair invoices.')).toBe('reporting');
    expect(kind('The union won penalties against the contractor for its unlawful overtime rules.')).toBe('reporting');
  });

  it('still reads the writer calling something illegal, with no sanction reported, as a judgement', () => {
    expect(kind('The new parking levy is plainly illegal.')).toBe('opinion');
    expect(kind('The unlawful parking charges have cost drivers dearly.')).not.toBe('reporting');
  });
});

describe('words with a left quote mark inside them', () => {
  it('keeps "Hawai‘i" one word, so its last letter is not the writer saying "I"', () => {
    expect(tokenize('Fires burned across Hawai‘i on Tuesday.').map((t) => t.text)).toContain('Hawai‘i');
    expect(kind('Strong winds closed two roads on O‘ahu and Hawai‘i island on Monday.')).toBe('reporting');
  });
});

describe('likelihood set against another rate', () => {
  it('reads "twice as likely" as a measured comparison, not the writer guessing', () => {
    expect(kind('Girls in the survey were twice as likely as boys to skip breakfast before school.')).toBe('reporting');
    expect(kind('Night-shift nurses were more likely to report back pain than day staff.')).toBe('reporting');
  });

  it('still reads a plain "likely" in the writer\'s voice as a guess', () => {
    expect(analyze([article('a', 'The dockers will likely walk out again before the holidays.')]).sentences[0]?.cues).toContain('speculation');
  });
});

describe('tags with the verb first', () => {
  it('reads ", reports the Courier." and ", writes the columnist." as the source\'s account', () => {
    expect(kind('The ferry will stop running in October, reports the Harbour Courier.')).toBe('attributed');
    expect(analyze([article('a', 'The ferry will stop running in October, reports the Harbour Courier.')]).sentences[0]?.evidence['attribution-verb']).toBe('reports');
    expect(kind('The bakery sold out before noon, writes the food columnist.')).toBe('attributed');
  });

  it('does not read "reports" as a tag when it is a noun', () => {
    expect(kind('The council rejected the plan, citing two reports on traffic.')).toBe('reporting');
  });

  it('reads a tag after a month or a little word and a comma as speech ("…in May, said the clerk.")', () => {
    expect(kind('The library will reopen in May, said the clerk of the county.')).toBe('attributed');
    expect(kind('The bridge cost far more than anyone thought it would, said the engineer.')).toBe('attributed');
  });
});
