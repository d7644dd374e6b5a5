import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

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
