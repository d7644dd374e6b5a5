import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure groups round 33: the toll of a follow-on event. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const textsWith = (groups: Groups, text: string): string[] => (groups.find((g) => g.members.some((m) => m.text === text))?.members ?? []).map((m) => m.text).sort();

describe('figure groups round 33: an aftershock’s toll beside the main quake’s', () => {
  const MAIN = 'A strong earthquake shook the valley on Saturday, killing more than 900 people and injuring several thousand others.';

  it('does not group the injuries an aftershock caused with the main quake’s', () => {
    const { figureGroups } = analyze([
      article('a', MAIN),
      article(
        'b',
        'Reports from the ministry indicate that the June 9 aftershock hit 12 of the 30 districts and resulted in at least 40 deaths and more than 2,300 injuries.',
        '2022-02-10',
      ),
    ]);
    expect(textsWith(figureGroups, 'several thousand')).not.toContain('more than 2,300');
  });

  it('still groups a toll of the quake and its aftershocks together with the quake’s', () => {
    const { figureGroups } = analyze([
      article('a', MAIN),
      article('b', 'The earthquake and its aftershocks resulted in at least 40 deaths and more than 2,300 injuries, the ministry said.', '2022-01-23'),
    ]);
    expect(textsWith(figureGroups, 'several thousand')).toContain('more than 2,300');
  });

  it('still groups the main quake’s toll told after a phrase of time about the aftershock', () => {
    const { figureGroups } = analyze([
      article('a', MAIN),
      article('b', 'Following the aftershock, the earthquake toll reached at least 40 deaths and more than 2,300 injuries.', '2022-01-23'),
    ]);
    expect(textsWith(figureGroups, 'several thousand')).toContain('more than 2,300');
  });
});

describe('figure groups round 33: where a thing lies does not change with the date', () => {
  const judged = (a: string, b: string) => {
    const { figureGroups } = analyze([article('a', a, '2023-06-23'), article('b', b, '2024-09-10')]);
    return figureGroups.find((g) => g.members.some((m) => m.text.endsWith('300')));
  };

  it('does not explain two distances of a wreck given a year apart as counted at different times', () => {
    const g = judged(
      'The hull of the ferry was found on the sea floor, approximately 500 meters off the end of the pier.',
      'The hull of the ferry was later found on the sea floor, approximately 300 metres off the end of the pier.',
    );
    expect(g?.reason).not.toBe('different-date');
  });

  it('calls two precise distances of one wreck a conflict', () => {
    const g = judged(
      'The hull of the ferry was found on the sea floor, 500 meters off the end of the pier.',
      'The hull of the ferry was later found on the sea floor, 300 metres off the end of the pier.',
    );
    expect(g?.reason).toBe('genuine-conflict');
  });

  it('still explains a toll given a year apart by the dates', () => {
    const g = judged('The ferry disaster has killed 300 people, the coast guard said.', 'The ferry disaster has killed 500 people, the coast guard said.');
    expect(g?.reason).toBe('different-date');
  });
});
