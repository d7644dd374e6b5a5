import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Numbers that are not quantities (issue 9): model names, phone numbers, the windows other figures are counted over. */
function figuresOf(text: string) {
  return analyze([article('a', text)]).figures;
}

describe('numbers that are not quantities', () => {
  it('reads a number before a capitalised model word as a name, in every mention in the article', () => {
    const f = figuresOf('Regulators cleared the 797 Zephyr for service after a long review. The carrier flies 797 Zephyr routes and will order 30 aircraft more.');
    expect(f.some((x) => x.value === 797)).toBe(false);
    expect(f.find((x) => x.value === 30)?.kind).toBe('count');
  });

  it('keeps a count whose capitalised modifier comes before a plural noun', () => {
    const f = figuresOf('Dealers in the region sold 214 Volvo trucks last month.');
    expect(f.find((x) => x.value === 214)).toMatchObject({ kind: 'count', unit: 'trucks' });
  });

  it('does not read a phone number as counts or a range', () => {
    const f = figuresOf('Reporters with questions can call the press office at (415) 555-0199 or 415-555-0142 on weekdays.');
    expect(f.filter((x) => x.kind !== 'time')).toEqual([]);
  });

  it('reads a year-shaped number after "around" or "up to" as a year, not a count', () => {
    const f = figuresOf('The panel expects the target to be missed around 2040, as in the decades up to 1950.');
    expect(f.filter((x) => x.kind === 'count')).toEqual([]);
    expect(f.filter((x) => x.kind === 'year').map((x) => x.value)).toEqual([2040, 1950]);
  });

  it('still reads a qualified count that names what it counts', () => {
    const f = figuresOf('Organisers said around 2000 volunteers took part.');
    expect(f[0]).toMatchObject({ kind: 'count', value: 2000, bound: 'approx' });
  });

  it('does not read the window another figure is counted over as a length', () => {
    const text = 'Regional hospitals treated 4,512 patients in a 12-month period ending March 2022. Admissions rose 8% in six months. The clinic then shut for 12 months.';
    const f = figuresOf(text);
    expect(f.filter((x) => x.kind === 'duration' || x.kind === 'offset').map((x) => x.text)).toEqual(['12 months']);
    expect(f.find((x) => x.value === 4512)?.kind).toBe('count');
  });

  it('reads a capitalised number word inside a sentence as part of a name', () => {
    expect(figuresOf('The striker has not played for the Three Rivers since the spring.')).toEqual([]);
    expect(figuresOf('Officials said three people were hurt in the crash.')[0]?.value).toBe(3);
  });

  it('reads a year cut to two digits after an apostrophe ("class of ’24") as no count', () => {
    expect(figuresOf('The essay was written by Dana Reyes ’24 for the school paper.')).toEqual([]);
  });
});

describe('labels in a transcript', () => {
  it("does not read a speaker label's number as a count", () => {
    const f = figuresOf('Speaker 2 (00:41):\nThe board will hire 40 more dock workers this year.');
    expect(f.filter((x) => x.kind === 'count').map((x) => x.value)).toEqual([40]);
  });
});

describe('legal and document references', () => {
  it('does not read a section of a code, a law report page or a case number as counts', () => {
    const f = figuresOf('The board may waive fees for 12 vessels, §412(a)(1), and for crews, §§410–12, 415b; see Doe v. Port Trust Co., 310 P. A. 88, 91, and case No. 23–117.');
    expect(f.filter((x) => x.kind === 'count').map((x) => x.value)).toEqual([12]);
  });
});
