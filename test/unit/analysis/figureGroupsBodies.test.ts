import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Counts of the dead at a stage of their handling are parts of a toll, not the toll (constructed sentences). */

const classOf = (text: string, figure: string): string | undefined => analyze([article('a', text)]).figures.find((f) => f.text.startsWith(figure))?.unitClass;

describe('figures: the dead counted at a stage of handling', () => {
  it('reads bodies identified, yet to be identified, handed over and buried as their own quantities', () => {
    expect(classOf('Officials said 88 bodies have been identified so far.', '88')).toBe('people-killed-identified');
    expect(classOf('Officials said 187 bodies were yet to be identified.', '187')).toBe('people-killed-unidentified');
    expect(classOf('Officials said 78 bodies were handed over to their families.', '78')).toBe('people-killed-handed-over');
    expect(classOf('A UN report said more than 1,000 people have so far been buried in mass graves.', 'more than 1,000')).toBe('people-killed-buried');
  });

  it('keeps the toll itself a toll, even beside a stage of its parts', () => {
    expect(classOf('Out of 275 bodies, 88 have been identified, officials said.', '275')).toBe('people-killed');
    expect(classOf('The floods killed 275 people in the region, officials said.', '275')).toBe('people-killed');
  });

  it('does not read people buried under rubble as buried dead', () => {
    expect(classOf('Rescuers said 40 people were buried under the rubble of the hotel.', '40')).not.toBe('people-killed-buried');
  });

  it('groups the identified across outlets apart from the toll', () => {
    const groups = analyze([
      article('a', 'The train crash killed 275 people, and 88 bodies have been identified so far, the chief secretary said.'),
      article('b', 'Officials said 88 bodies have been identified so far out of the 275 people killed in the crash.'),
    ]).figureGroups.map((g) => [g.unitClass, g.members.map((m) => m.text).join(' ')]);
    expect(groups).toContainEqual(['people-killed-identified', '88 88']);
    expect(groups).toContainEqual(['people-killed', '275 275']);
  });
});

describe('figures: bodies recovered', () => {
  it('reads bodies recovered, found or pulled out as a stage of the search, not the toll', () => {
    expect(classOf('Rescuers said six bodies have been recovered so far.', 'six')).toBe('people-killed-recovered');
    expect(classOf('Only 40 bodies had been pulled from the mud by Monday.', '40')).toBe('people-killed-recovered');
    expect(classOf('The landslide killed at least 670 people, officials said.', 'at least 670')).toBe('people-killed');
  });

  it('keeps "found dead" a toll, and people pulled out (perhaps alive) out of the dead', () => {
    expect(classOf('Twelve people were found dead in the village.', 'Twelve')).toBe('people-killed');
    expect(classOf('Rescuers said 30 people were pulled from the rubble.', '30')).not.toMatch(/^people-killed/);
  });

  it('does not group bodies recovered with the death toll', () => {
    const groups = analyze([
      article('a', 'The landslide killed at least 670 people, officials said, and six bodies have been recovered so far.'),
      article('b', 'Rescuers said five bodies were found on Sunday, while the toll was put at 670 people killed.'),
    ]).figureGroups.map((g) => g.members.map((m) => m.text).join(' '));
    expect(groups).toContain('at least 670 670');
    expect(groups.some((g) => g.includes('670') && (g.includes('six') || g.includes('five')))).toBe(false);
  });
});
