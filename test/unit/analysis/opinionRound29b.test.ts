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
