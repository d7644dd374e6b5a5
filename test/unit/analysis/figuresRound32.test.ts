import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { en } from '../../../src/core/analysis/lang/en';
import { lemma } from '../../../src/core/analysis/prep';
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

describe('figures round 32: a unit of time made an adjective of length', () => {
  const read = (body: string, text: string) => analyze([article('a', body)]).figures.find((f) => f.text === text);

  it('reads "decade-long" as about a decade and "years-long" as a vague span of years', () => {
    expect(read('The firm ran a decade-long scheme to hide the losses, prosecutors said.', 'decade-long')).toMatchObject({ kind: 'duration', bound: 'approx' });
    expect(read('After a years-long inquiry into the losses, the firm settled.', 'years-long')).toMatchObject({ kind: 'duration', bound: 'vague' });
  });

  it('groups a decade-long scheme with a scheme of over a decade in another outlet', () => {
    const { figureGroups } = analyze([
      article('a', 'The firm ran a decade-long bribery scheme across the ports, prosecutors said.'),
      article('b', 'For over a decade, the firm ran a bribery scheme across the ports, prosecutors said.'),
    ]);
    expect(figureGroups.map((g) => g.members.map((m) => m.text).sort())).toContainEqual(['decade-long', 'over a decade']);
  });

  it('leaves a meeting planned to last an hour unread', () => {
    expect(read('The board held an hour-long hearing on the losses.', 'hour-long')).toBeUndefined();
  });
});

describe('figure groups round 32: a plea told with the verb in other tenses', () => {
  it('reads "pleaded", "pleads" and "pleading" as the word "plead", so outlets telling one plea share it', () => {
    expect(['pleaded', 'pleads', 'pleading'].map((w) => lemma(en, w))).toEqual(['plead', 'plead', 'plead']);
  });
});
