import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/article';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, forty-fifth session: a resolution's number stays with its name. Invented sentences. */

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
const classesOf = (text: string) => analyze([article('a', text, '2024-05-16')]).figures.map((f) => [f.text, f.unitClass]);

describe('sentences: "Res." and "Con." in a resolution\'s name end no sentence', () => {
  it('keeps "The House passed H. Con. Res. 119 today." and "S. RES. 647 was agreed to." whole', () => {
    expect(sentencesOf('The House passed H. Con. Res. 119 today.')).toEqual(['The House passed H. Con. Res. 119 today.']);
    expect(sentencesOf('S. RES. 647 was agreed to.')).toEqual(['S. RES. 647 was agreed to.']);
  });

  it("reads no count in a resolution's number", () => {
    expect(classesOf('The House passed H. Con. Res. 119 today.')).toEqual([]);
    expect(classesOf('S. RES. 647 was agreed to without amendment.')).toEqual([]);
  });
});
