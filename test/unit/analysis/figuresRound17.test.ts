import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { groupsOf, textsOf } from './figureFixture';

/** Invented sentences (not from any corpus), one reading each. */
const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const unitsOf = (text: string) => figuresOf(text).map((f) => [f.text, f.unit]);

describe('figures read in round 17', () => {
  it('reads what a number counts past a participle before an unfamiliar plural ("21 named storms")', () => {
    expect(unitsOf('The season produced 21 named storms before it closed.')).toEqual([['21', 'storms']]);
    expect(unitsOf('The state has 2.1 million registered voters.')).toEqual([['2.1 million', 'voters']]);
  });

  it('still reads a participle of harm before people as a toll', () => {
    expect(figuresOf('Officials said 500 injured tourists were treated overnight.')[0]?.unitClass).toBe('people-injured');
  });

  it('reads what a number counts past "more" ("nine more illnesses")', () => {
    expect(unitsOf('Since the last update, nine more illnesses have been reported.')).toEqual([['nine', 'illnesses']]);
    expect(unitsOf('About 20 more than expected came.')).toEqual([['About 20', '']]);
  });

  it('reads a fall "by more than half" as a share, even before "in"', () => {
    const [f] = figuresOf('Malaria deaths have been cut by more than half in the districts the charity serves.');
    expect(f).toMatchObject({ text: 'more than half', kind: 'percent', bound: 'lower', value: 50 });
    expect(figuresOf('One in five adults smoke.').map((x) => x.text)).toEqual(['One in five']);
  });

  it('groups the same count of named storms in two outlets', () => {
    const groups = groupsOf('The hurricane season ended with 23 named storms, forecasters said.', 'This year a total of 23 named storms formed in the basin.');
    expect(groups.map(textsOf)).toContainEqual(['a:23', 'b:23']);
  });
});
