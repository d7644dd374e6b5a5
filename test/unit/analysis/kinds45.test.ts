import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-fifth session: words of saying read by their grammar. Invented sentences. */

const kindOf = (sentence: string) => analyze([article('a', sentence)]).sentences[0]?.kind;

describe('kinds: "say" before a plural takes it as the start of the claim', () => {
  it('credits "Officials say rescuers found…" and "Experts say gas dissipates…" to their speakers', () => {
    expect(kindOf('Officials say rescuers found more bodies on Saturday.')).toBe('attributed');
    expect(kindOf('Experts say gas dissipates quickly and does not harm marine life.')).toBe('attributed');
  });

  it('still reads a noun before a plural as a qualifier: "working with state partners" is a report', () => {
    expect(kindOf('The agency is working with state partners on the recall.')).toBe('reporting');
  });
});
