import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { analyze, type Figure, type FigureGroup } from '../../../src/core/analysis';
import { figureMisses, main } from '../../../src/cli/figureMisses';
import type { KeyGroup } from '../../../src/cli/qualityScore';
import { article } from './seeds';
import { figureIn } from './figureFixture';

/**
 * The figures:misses diagnostic on a constructed three-article example: one key group per stage
 * where a group can be lost, each built by hand so the stage is known.
 */

const a = article('a', 'The storm destroyed 340 homes and closed 12 schools. Repairs will cost $5 million, and 80 roads were shut.');
const b = article('b', 'Some 340 houses were destroyed and 14 schools were closed. Repairs will cost $5 million; 80 roads shut.');
const c = article('c', 'The storm left 9 people hurt, while 11 were hurt in a flood last year.');
const articles = new Map<string, Article>([a, b, c].map((x) => [x.id, x]));

const fig = (x: Article, text: string, unitClass: string, kind: Figure['kind'] = 'count'): Figure => figureIn(x, text, kind, unitClass);
function group(members: Figure[], verdict: FigureGroup['verdict'], confident = true): FigureGroup {
  return { id: 'g', subject: 'g', unitClass: '', members, articles: [...new Set(members.map((m) => m.article))], verdict, reason: null, why: '', confident, sourced: [] };
}
const kg = (subject: string, members: [string, string][], conflict = false): KeyGroup => ({
  subject,
  members: members.map(([article, figure]) => ({ article, figure })),
  conflict,
  reason: conflict ? 'genuine-conflict' : 'same-fact-different-form',
});

const key: KeyGroup[] = [
  kg('homes', [
    ['a', '340'],
    ['b', '340'],
  ]),
  kg(
    'schools',
    [
      ['a', '12'],
      ['b', '14'],
    ],
    true,
  ),
  kg('cost', [
    ['a', '$5 million'],
    ['b', '$5 million'],
  ]),
  kg('roads', [
    ['a', '80'],
    ['b', '80'],
  ]),
];
const singletons = [{ article: 'c', figure: '11', what: "last year's flood" }];

describe('figures:misses', () => {
  it('puts each missed key group in the stage where it was lost, and leaves found ones out', () => {
    const figures = [
      fig(a, '340', 'home'),
      fig(b, '340', 'house'),
      fig(a, '12', 'school'),
      fig(b, '14', 'school'),
      fig(a, '$5 million', 'money', 'money'),
      fig(b, '$5 million', 'money', 'money'),
      fig(a, '80', 'road'),
      fig(b, '80', 'road'),
      fig(c, '9', 'people-hurt'),
      fig(c, '11', 'people-hurt'),
    ];
    const [, , schoolA, schoolB, costA, costB, roadA, roadB, hurt9, hurt11] = figures as [Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure, Figure];
    const figureGroups = [
      group([schoolA, schoolB], 'compatible'), // pure, but the key says they conflict
      group([costA, costB], 'compatible', false), // pure and right, below the gate
      group([roadA, hurt11, roadB], 'compatible'), // holds both roads, and last year's flood
      group([hurt9, hurt11], 'compatible'),
    ];
    const misses = figureMisses({ figures, figureGroups }, articles, { groups: key, singletons, complete: true });
    const stageOf = Object.fromEntries(misses.map((m) => [m.group.subject, m.stage]));
    // homes: read as "home" and "house", two unit classes, so never compared (stage i).
    expect(stageOf).toEqual({ homes: 'i', schools: 'iv', cost: 'v', roads: 'iii' });
  });

  it('says a group read in two articles but never put together is split (stage ii)', () => {
    const figures = [fig(a, '80', 'road'), fig(b, '80', 'road')];
    const misses = figureMisses({ figures, figureGroups: [] }, articles, {
      groups: [
        kg('roads', [
          ['a', '80'],
          ['b', '80'],
        ]),
      ],
      complete: true,
    });
    expect(misses.map((m) => m.stage)).toEqual(['ii']);
  });

  it('says why the engine kept two figures apart: no link, or a rule that refused the join', () => {
    const why = (...texts: string[]): string[] => {
      const out: string[] = [];
      analyze(
        texts.map((t, i) => article(`x${i}`, t)),
        { explain: (a, b, reason) => out.push(`${a.map((f) => f.text).join()} ~ ${b.map((f) => f.text).join()}: ${reason}`) },
      );
      return out;
    };
    expect(
      why('The inquiry took evidence from 31 engineers over six weeks, a report said.', 'Panel members listened to 45 engineers from the harbour authority before writing.'),
    ).toEqual(['31 ~ 45: no link: too few words in common']);
    expect(
      why('An exit poll projected the Harbour Party would win 61 seats in the new assembly.', 'The Harbour Party won 50 seats in the new assembly, official results showed.'),
    ).toEqual(['61 ~ 50: no link: other event: forecast, target or request vs result']);
  });

  it('names the reason a stage-ii miss stayed apart, from the explanations it is given', () => {
    const roadA = fig(a, '80', 'road');
    const roadB = fig(b, '80', 'road');
    const key = [
      kg('roads', [
        ['a', '80'],
        ['b', '80'],
      ]),
    ];
    const misses = figureMisses({ figures: [roadA, roadB], figureGroups: [] }, articles, { groups: key, complete: true }, [
      { a: [roadA], b: [roadB], why: 'no link: too few words in common' },
      { a: [roadA], b: [roadB], why: 'far apart in one article' },
    ]);
    // A refused join says more than a missing link.
    expect(misses.map((m) => [m.stage, m.apart])).toEqual([['ii', 'far apart in one article']]);
  });

  it('marks a wrong verdict whose conflict lies with a member the group left out', () => {
    const [roadA, roadB] = [fig(a, '80', 'road'), fig(b, '80', 'road')];
    // The key: a and b agree on 80, c's 9 contradicts them; the engine grouped only the two that agree.
    const key = [
      kg(
        'roads',
        [
          ['a', '80'],
          ['b', '80'],
          ['c', '9'],
        ],
        true,
      ),
    ];
    const misses = figureMisses({ figures: [roadA, roadB], figureGroups: [group([roadA, roadB], 'compatible')] }, articles, { groups: key, complete: true });
    expect(misses.map((m) => [m.stage, m.partial])).toEqual([['iv', true]]);
  });

  it('refuses to look at any split but dev', () => {
    expect(main(['--split', 'test'])).toBe(2);
    expect(main(['--split', 'holdout'])).toBe(2);
  });
});
