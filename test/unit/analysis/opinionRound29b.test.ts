import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;
const kindIn = (outlet: string, text: string, sentence: string) =>
  analyze([createArticle({ id: 'p', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2024-03-04' }, text)]).sentences.find((s) => s.text.startsWith(sentence))
    ?.kind;

describe('an inverted tag whose speaker is described before the name', () => {
  it('credits "…, reports regional daily Kovalsk", "…, writes veteran columnist Jo Roe"', () => {
    expect(kind('The mill will close in May, reports regional daily Kovalsk.')).toBe('attributed');
    expect(kind('The shops stayed shut all week, writes veteran columnist Jo Roe.')).toBe('attributed');
  });

  it('does not take a noun "reports" with no named speaker after it for a tag', () => {
    expect(kind('The ferry sails twice a day, reports and timetables permitting.')).toBe('reporting');
    expect(kind('The ferry sails twice a day, writes off its debts and hires from Kovalsk.')).toBe('reporting');
  });
});

describe('hearsay with no one named', () => {
  it('credits "There are reports that…" to the reports', () => {
    expect(kind('There are reports that two bridges have been destroyed.')).toBe('attributed');
    expect(kind('There were reports that the dam had cracked.')).toBe('attributed');
  });

  it('does not credit reports that are only mentioned', () => {
    expect(kind('The reports that the dam had cracked were checked by engineers.')).toBe('reporting');
    expect(kind('Two reports on the dam were published in March.')).toBe('reporting');
  });
});

describe('a publisher that emphasizes a claim in its own release, near a place name', () => {
  const outlet = 'County Health Office, reprinting HSA';
  it('credits "HSA emphasizes…" to it, though "the United States" holds a word spelled as a verb of saying', () => {
    const text = 'Flu cases rose in March.\nWith the winter season approaching in the United States, HSA emphasizes the role that school nurses play in stopping flu.';
    expect(kindIn(outlet, text, 'With the winter season')).toBe('attributed');
  });

  it('still reads its own acts as its account', () => {
    const text = 'Flu cases rose in March.\nWith the winter season approaching in the United States, HSA announced that the clinics will open on Sundays.';
    expect(kindIn(outlet, text, 'With the winter season')).toBe('reporting');
  });
});

describe('a thing that threatens another thing', () => {
  it('reads "mud and rain threatened the rescue" as an event, not speech', () => {
    expect(kind('Crews moved families uphill on Sunday as loose mud and heavy rain threatened the rescue.')).toBe('reporting');
    expect(kind('Rising water threatens the old bridge at Harlow.')).toBe('reporting');
  });

  it('still credits a threat made with a claim', () => {
    expect(kind('The union threatened that it would strike in May.')).toBe('attributed');
    expect(kind('The mayor threatened he would close the market.')).toBe('attributed');
  });
});

describe('a verb of saying as a participle in the subject', () => {
  it('reads "the number of jobs added far exceeded…" as a figure reported, not speech', () => {
    expect(kind('The number of jobs added far exceeded what economists had expected.')).toBe('reporting');
    expect(kind('The share of aid pledged roughly doubled in May.')).toBe('reporting');
  });

  it('still credits a group or a head "of" something that speaks', () => {
    expect(kind('A group of doctors added that the new rule would close two clinics.')).toBe('attributed');
    expect(kind('Dozens of residents complained loudly about the noise.')).toBe('attributed');
  });
});
