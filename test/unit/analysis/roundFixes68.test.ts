import { describe, expect, it } from 'vitest';
import { classOf, groupsWith } from './probes';
import { createArticle } from '../../../src/core/article';

/** Invented texts (not from any corpus) for the faults found in the thirty-first session (2026-12-05). */

/** An invented article of an outlet on a day. */
const dated = (id: string, name: string, date: string, text: string) => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date }, text);

describe('a bounded count printed without its noun', () => {
  const articles = [
    dated('wire', 'Wire', '2026-07-02', 'The heat wave killed at least 63 people across the state, officials said on Friday.'),
    dated('wiki', 'Encyclopedia', '2026-07-02', 'Losses in the region include at least 63 in the state and at least 20 across the border.'),
  ];

  it('takes the noun of the same bound and value in another outlet', () => {
    const [group, ...others] = groupsWith(articles, 'at least 63');
    expect(others).toEqual([]);
    expect(group?.members.map((m) => m.article).sort()).toEqual(['wiki', 'wire']);
  });

  it('does not take a noun for a ceiling, which is as often an age', () => {
    const ages = [
      dated('agency', 'Agency', '2026-07-02', 'The regulator should have told the firm to delete the data of children under 13 because it should never have kept it.'),
      dated('senator', 'Senator', '2026-07-02', 'The company must now protect children who are under 13 on its platform.'),
    ];
    expect(groupsWith(ages, 'under 13')).toEqual([]);
  });
});

describe('a conjunction after a number', () => {
  it('is not what the number counts', () => {
    expect(classOf('The firm must delete the data of children under 13 because it never should have kept it.', 'under 13')).toBe('');
    expect(classOf('Tolls rose to 40 although the rain had stopped.', '40')).toBe('');
  });
});
