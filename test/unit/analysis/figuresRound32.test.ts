import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figures round 32: boxes of numbers whose labels credit a source on a line of their own. Invented text. */

const classOf = (text: string, body: string): string | undefined => analyze([article('a', body)]).figures.find((f) => f.text === text)?.unitClass;

describe('figures round 32: a box that credits each label to its source and date', () => {
  const BOX = [
    'Harbour Storm Fact Sheet #2',
    'KEY FIGURES',
    '61,300',
    'Estimated Number of People Affected by the Storm',
    'ReliefNet – March 2023',
    '3',
    'Number of Deaths due to the Storm',
    'ReliefNet – March 2023',
    'The storm struck the harbour towns on March 2, and crews continue to clear the roads.',
  ].join('\n');

  it('reads a number by the label under it, stepping over the source line', () => {
    expect(classOf('61,300', BOX)).toBe('people');
    expect(classOf('3', BOX)).toBe('people-killed');
  });

  it('still leaves a bare number alone when the lines under it are not labels', () => {
    const body = ['Harbour Storm Fact Sheet #2', '61,300', 'ReliefNet – March 2023', 'The storm struck the harbour towns on March 2.'].join('\n');
    expect(classOf('61,300', body)).toBe('');
  });
});
