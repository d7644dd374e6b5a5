import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { en } from '../../../src/core/analysis/lang/en';
import { article } from './seeds';

/** Issue 9: the words two figures' sentences share, counted by their stems. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const textsWith = (groups: Groups, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: words in common by their stems', () => {
  it('folds inflections and British and American spellings to one stem', () => {
    expect(['ranged', 'ranging'].map(en.wordStem)).toEqual(['rang', 'rang']);
    expect(['centre', 'center'].map(en.wordStem)).toEqual(['center', 'center']);
    expect(['monitoring', 'monitor'].map(en.wordStem)).toEqual(['monitor', 'monitor']);
    expect(['eruption', 'erupted'].map(en.wordStem)).toEqual(['erupt', 'erupt']);
    // Not a plural or "-ion": "billion" is no "bill".
    expect(['billion', 'bill'].map(en.wordStem)).toEqual(['billion', 'bill']);
  });

  it('links one sum in two sentences whose shared words differ only in their endings', () => {
    const { figureGroups } = analyze([
      article('a', 'Inspectors said the port failed to screen billions of dollars in cargo shipments each year, including those it flagged as risky.'),
      article('b', 'This screening gap amounted to approximately $4.5 billion in shipment value, the inspectors found.'),
    ]);
    expect(textsWith(figureGroups, 'approximately $4.5 billion')).toEqual(['a:billions of dollars', 'b:approximately $4.5 billion']);
  });
});
