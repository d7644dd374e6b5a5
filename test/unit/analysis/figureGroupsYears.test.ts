import { describe, expect, it } from 'vitest';
import { groupsOf, textsOf } from './figureFixture';

/** A year written out dates something; a year counted back by a rounded span is time since it (issue 9). */

describe('figure groups: years written out and years counted back', () => {
  it('keeps a written year apart from a rounded span counted back to it ("nearly four years ago")', () => {
    const groups = groupsOf(
      'The museum first closed its east wing in 2018 after a leak in the roof.',
      'Nearly four years ago, the museum closed its east wing after a leak in the roof.',
      'The museum closed its east wing in 2018, when a leak was found in the roof.',
    );
    expect(groups.map(textsOf)).toEqual([]);
  });

  it('keeps a written year apart from a span counted back to another year', () => {
    const groups = groupsOf('The museum first closed its east wing in 2017 after a leak in the roof.', 'Four years ago, the museum closed its east wing after a leak in the roof.');
    expect(groups.map(textsOf)).toEqual([]);
  });

  it('still joins a written year to a span counted back to it exactly, and two rounded spans alike', () => {
    expect(
      groupsOf('The museum first closed its east wing in 2018 after a leak in the roof.', 'Four years ago, the museum closed its east wing after a leak in the roof.').map(textsOf),
    ).toEqual([['a:2018', 'b:Four years ago']]);
    expect(
      groupsOf(
        'Nearly four years ago, the museum closed its east wing after a leak in the roof.',
        'The museum closed its east wing nearly four years ago after a leak in the roof.',
      ).map(textsOf),
    ).toEqual([['a:Nearly four years ago', 'b:nearly four years ago']]);
  });
});
