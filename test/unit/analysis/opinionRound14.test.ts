import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe("advice to the reader in the writer's own voice", () => {
  it('reads an imperative or "people should…" as a prescription, an opinion', () => {
    expect(kind('Do not drink tap water from the affected wells.')).toBe('opinion');
    expect(kind('Wash your hands after handling raw poultry.')).toBe('opinion');
    expect(kind('Call your doctor if you develop a fever after the trip.')).toBe('opinion');
    expect(kind('Travelers should check their flights before leaving home.')).toBe('opinion');
  });

  it('does not read a noun phrase opening with such a word, or a hypothetical "should", as advice', () => {
    expect(kind('Clean energy investments rose sharply last year.')).toBe('reporting');
    expect(kind('Call centers in the region closed on Monday.')).toBe('reporting');
    expect(kind('The budget debate turned on whether the tax should be raised.')).toBe('reporting');
    expect(kind('The clubs should register with the league by May.')).toBe('reporting');
  });

  it('still credits advice someone gave to them', () => {
    expect(kind('Residents should boil their water, officials said.')).toBe('attributed');
  });
});

describe('recalls, partners and pointing formulas', () => {
  it('reads a product recall as an act and "recalled that…" as speech', () => {
    expect(kind('The plant is recalling 2 million pounds of sausage.')).toBe('reporting');
    expect(kind('She recalled that the dam had cracked once before.')).toBe('attributed');
  });

  it('reads "state partners" as a noun, not the verb "state"', () => {
    expect(kind('The agency is working with state partners on the cleanup.')).toBe('reporting');
  });

  it('credits "is concerned that…" and "recommends…" to the body that holds them', () => {
    expect(kind('The regulator is concerned that some cans may still be on shelves.')).toBe('attributed');
    expect(kind('The health service recommends that older people get a booster.')).toBe('attributed');
  });
});
