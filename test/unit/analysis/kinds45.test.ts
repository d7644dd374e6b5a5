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

describe('kinds: a word of emphasis between a speaker and "note that"', () => {
  it('credits "Health partners also report that…" and "The agency also notes that…"', () => {
    expect(kindOf('Health partners also report that the field hospital has opened a dialysis unit.')).toBe('attributed');
    expect(kindOf('The agency also notes that the hospital is full.')).toBe('attributed');
  });

  it('still reads "a note that" after an article as a noun', () => {
    expect(kindOf('She left a note that the office was closed.')).toBe('reporting');
  });
});

describe('kinds: a view its owner holds, "…\'s assessment is that…"', () => {
  it('credits "CDC\'s assessment is that…" and "USSPACECOM\'s initial assessment is that…" to their owners', () => {
    expect(kindOf('CDC’s assessment is that the quarantine may not have been sufficient.')).toBe('attributed');
    expect(kindOf("USSPACECOM's initial assessment is that the debris will remain in orbit for years.")).toBe('attributed');
  });

  it('names no owner in "The assessment is that…" nor a view in "The view from the bridge is that of a city."', () => {
    expect(kindOf('The assessment is that the risk is low.')).toBe('reporting');
    expect(kindOf('The view from the bridge is that of a city.')).toBe('reporting');
  });
});
