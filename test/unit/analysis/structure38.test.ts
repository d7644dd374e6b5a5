import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, thirty-eighth session: text structure. Invented text laid out as a printed resolution. */

const RESOLUTION = [
  '[Congressional Bills 120th Congress]',
  '[From the Publishing Office]',
  '',
  '120th CONGRESS',
  '  1st Session',
  'H. RES. 999',
  '',
  '    Congratulating the athletes of the Northfield Games on their ',
  '                               results.',
  '',
  '                    IN THE HOUSE OF REPRESENTATIVES',
  '',
  '                           May 4, 2030',
  '',
  'Whereas the athletes of the Northfield Games honored the Nation through ',
  '        their dedication;',
  'Whereas the rowing team won its third gold medal in a row at the Northfield ',
  '        Games;',
  'Whereas the sprinter Jane Roe won 3 silver medals and set a record as the oldest ',
  '        Olympian in the final at the age of 41;',
  'Whereas the swimmers broke four records in the relay events of the Northfield ',
  '        Games;',
  'Whereas the cycling team won the gold medal;',
  'Whereas the divers won two medals;',
  'Whereas the team at the Games was the largest that the country ever sent to the ',
  '        Games: Now, therefore, be it',
  '    Resolved, That the House of Representatives congratulates the athletes of the ',
  '        Northfield Games.',
].join('\n');

describe('structure: a resolution printed with its wrapped lines', () => {
  it('joins a clause wrapped onto a line that opens with a capital, and reads its figures', () => {
    const a = analyze([article('a', RESOLUTION)]);
    const clause = a.sentences.find((s) => s.text.includes('Jane Roe'));
    expect(clause?.text.replace(/\s+/g, ' ')).toBe('Whereas the sprinter Jane Roe won 3 silver medals and set a record as the oldest Olympian in the final at the age of 41;');
    expect(a.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['3', '41']));
  });

  it('still takes a short heading line over a paragraph as its own piece in a page of short unwrapped lines', () => {
    const page = ['Fire Update', 'The fire grew to 500 acres on Monday.', 'Crews Arrive', 'More than 300 firefighters arrived on Tuesday.'].join('\n');
    const texts = analyze([article('a', page)]).sentences.map((s) => s.text);
    expect(texts).toContain('The fire grew to 500 acres on Monday.');
  });
});
