import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-ninth session: where a resolution's sentences begin. Invented page texts. */

const texts = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text.trim());

describe('sentences: recitals joined by "; and" at a line break', () => {
  it('starts a new sentence at the next "Whereas" after the line break', () => {
    const got = texts('Whereas the rowing team won 3 gold medals at the regatta; and \nWhereas the team set a course record: Now, therefore, be it');
    expect(got).toContain('Whereas the rowing team won 3 gold medals at the regatta; and');
    expect(got).toContain('Whereas the team set a course record: Now, therefore, be it');
  });

  it('still joins a line that wraps mid-sentence after "and"', () => {
    const got = texts('The rowing team won 3 gold medals and \nthe course record at the regatta.');
    expect(got).toEqual(['The rowing team won 3 gold medals and \nthe course record at the regatta.']);
  });
});
