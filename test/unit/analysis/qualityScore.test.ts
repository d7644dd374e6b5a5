import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import type { Figure, FigureGroup, Findings, SentenceFinding } from '../../../src/core/analysis';
import {
  keyForPresentTexts,
  scoreAttributions,
  scoreFigureGroups,
  scoreFurniture,
  scoreNonFigures,
  scoreSentenceKinds,
  totalGroups,
  type ClusterKey,
  type KeyGroup,
} from '../../../src/cli/qualityScore';
import { article } from './seeds';
import { figureIn } from './figureFixture';

/**
 * The quality scorer on a three-article example whose numbers were worked out by hand
 * (see the comments): a pure group with the right verdict, an impure one, one with the wrong
 * verdict, and groups the measure must ignore (unsure, not confident).
 */

const a = article('a', 'Officials said 120 people died. Another 45 were hurt.');
const b = article('b', 'The quake killed 130 people and injured 45 others.');
const c = article('c', 'At least 120 people were killed, and 40 were injured in 3 days.');
const articles = new Map<string, Article>([a, b, c].map((x) => [x.id, x]));

const fig = (x: Article, text: string, kind: Figure['kind'] = 'count'): Figure => figureIn(x, text, kind);
function group(id: string, members: Figure[], verdict: FigureGroup['verdict'], reason: FigureGroup['reason'], confident = true): FigureGroup {
  return { id, subject: id, unitClass: '', members, articles: [...new Set(members.map((m) => m.article))], verdict, reason, why: '', confident, sourced: [] };
}

const key: KeyGroup[] = [
  {
    subject: 'killed',
    members: [
      { article: 'a', figure: '120' },
      { article: 'b', figure: '130' },
      { article: 'c', figure: 'At least 120' },
    ],
    conflict: false,
    reason: 'lower-bounds',
  },
  {
    subject: 'injured',
    members: [
      { article: 'a', figure: '45' },
      { article: 'b', figure: '45' },
      { article: 'c', figure: '40' },
    ],
    conflict: true,
    reason: 'genuine-conflict',
  },
];
const singletons = [{ article: 'c', figure: '3 days' }];

const pure = group('pure', [fig(a, '120'), fig(b, '130'), fig(c, '120')], 'compatible', 'lower-bounds');
const impure = group('impure', [fig(a, '45'), fig(c, '3 days', 'duration')], 'compatible', 'rounding');
const wrongVerdict = group('wrong-verdict', [fig(b, '45'), fig(c, '40')], 'compatible', 'rounding');
const unsure = group('unsure', [fig(a, '45'), fig(b, '45'), fig(c, '40')], 'unsure', null);
const notConfident = group('not-confident', [fig(a, '45'), fig(b, '45'), fig(c, '40')], 'conflicting', 'genuine-conflict', false);

describe('figure group score', () => {
  it('counts a key group as found only through a pure, confident group with the right verdict', () => {
    const s = scoreFigureGroups({ figureGroups: [pure, impure, wrongVerdict, unsure, notConfident] }, articles, { groups: key, singletons, complete: true });
    // Engine groups that count: pure, impure, wrong-verdict (3); only "pure" matches a key group.
    expect(s.engine).toBe(3);
    expect(s.right).toBe(1);
    expect(s.precision).toBeCloseTo(1 / 3);
    // Key groups: killed (found by "pure"), injured (only the wrong-verdict group is pure for it).
    expect(s.found).toBe(1);
    expect(s.recall).toBeCloseTo(1 / 2);
    // F1 = 2 · (1/3) · (1/2) / (1/3 + 1/2) = (1/3) / (5/6) = 0.4
    expect(s.f1).toBeCloseTo(0.4);
    expect(s.reasonRight).toBe(1);
    expect(s.missed).toEqual(['injured']);
    expect(s.wrong.map((w) => w.split(' ')[0])).toEqual(['impure', 'wrong-verdict']);
  });

  it('finds the injured group once an engine group gets its verdict right', () => {
    const right = group('right', [fig(b, '45'), fig(c, '40')], 'conflicting', 'rounding');
    const s = scoreFigureGroups({ figureGroups: [pure, right] }, articles, { groups: key, singletons, complete: true });
    expect([s.found, s.right, s.f1]).toEqual([2, 2, 1]);
    // Its reason differs from the key's (rounding vs genuine-conflict): reported, not counted against F1.
    expect(s.reasonRight).toBe(1);
  });

  it('treats a member the key does not know as impure only when the key is complete', () => {
    const extra = group('extra', [fig(a, '120'), fig(b, '130'), fig(a, 'Another')], 'compatible', 'lower-bounds');
    const complete = scoreFigureGroups({ figureGroups: [extra] }, articles, { groups: key, complete: true });
    const partial = scoreFigureGroups({ figureGroups: [extra] }, articles, { groups: key, complete: false });
    expect([complete.found, partial.found]).toEqual([0, 1]);
  });

  it('needs two articles: a group from one article finds nothing', () => {
    const oneArticle = group('one', [fig(c, 'At least 120'), fig(c, '120')], 'compatible', 'lower-bounds');
    expect(scoreFigureGroups({ figureGroups: [oneArticle] }, articles, { groups: key, complete: true }).found).toBe(0);
  });

  it('sums clusters before dividing (micro average)', () => {
    const one = scoreFigureGroups({ figureGroups: [pure, impure, wrongVerdict] }, articles, { groups: key, singletons, complete: true });
    const none = scoreFigureGroups({ figureGroups: [] }, articles, { groups: key, complete: true });
    const t = totalGroups([one, none]);
    // found 1 of 4 key groups; right 1 of 3 engine groups: F1 = 2·(1/3)·(1/4)/(1/3+1/4) = (1/6)/(7/12) = 2/7
    expect([t.found, t.key, t.right, t.engine]).toEqual([1, 4, 1, 3]);
    expect(t.f1).toBeCloseTo(2 / 7);
  });
});

function sentence(x: Article, text: string, kind: SentenceFinding['kind'], furniture = false): SentenceFinding {
  const s = x.sentences.find((y) => y.text.includes(text));
  if (!s) throw new Error(`no sentence with "${text}" in ${x.id}`);
  return { article: x.id, sentenceId: s.id, text: s.text, kind, cues: [], evidence: {}, confidence: 1, furniture };
}

describe('sentence, furniture, attribution and non-figure scores', () => {
  const h = article('h', 'Quake kills 120\nOfficials said 120 people died. Rescuers dug all night. What a disaster this is!');
  const hs = new Map([[h.id, h]]);
  const findings: Pick<Findings, 'sentences'> = {
    sentences: [sentence(h, 'Quake kills 120', 'reporting', false), sentence(h, 'Officials said', 'attributed'), sentence(h, 'Rescuers dug', 'opinion')],
  };
  const labelled = [
    { article: 'h', text: 'Officials said 120 people died.', kind: 'attributed' },
    { article: 'h', text: 'Rescuers dug all night.', kind: 'reporting' },
    { article: 'h', text: 'What a disaster this is!', kind: 'opinion' },
  ];

  it('scores kinds over the labelled sentences, a missing one counting as wrong', () => {
    const s = scoreSentenceKinds(findings, labelled);
    // right: the attributed one; wrong: reporting read as opinion; missing: the exclamation.
    expect(s.kinds).toEqual({ right: 1, total: 3 });
    expect(s.missing).toBe(1);
    expect(s.confusion.reporting?.opinion).toBe(1);
  });

  it('scores furniture: the headline must be marked, labelled sentences must not', () => {
    const s = scoreFurniture(findings, hs, [{ article: 'h', text: 'Quake kills 120', role: 'headline' }], labelled);
    // headline not marked (wrong); two labelled sentences found unmarked (right); one not found (wrong).
    expect({ right: s.right, total: s.total }).toEqual({ right: 2, total: 4 });
  });

  it('scores a caption that a body sentence repeats by its own line, not by the body sentence', () => {
    const p = article('p', 'Ada Lovelace\nAda Lovelace said the engine could compose music. She wrote notes in 1843.');
    const ps = new Map([[p.id, p]]);
    const found: Pick<Findings, 'sentences'> = { sentences: [sentence(p, 'Ada Lovelace', 'reporting', true), sentence(p, 'said the engine', 'attributed')] };
    const s = scoreFurniture(found, ps, [{ article: 'p', text: 'Ada Lovelace', role: 'caption' }], []);
    expect(s.right).toBe(1);
    // Where the words stand on no line of their own, every place they occur must be furniture.
    const q = article('q', 'Ada Lovelace said the engine could compose music. She wrote notes on Ada Lovelace in 1843.');
    const qs = new Map([[q.id, q]]);
    const inBody: Pick<Findings, 'sentences'> = { sentences: [sentence(q, 'said the engine', 'attributed'), sentence(q, 'She wrote', 'reporting', true)] };
    expect(scoreFurniture(inBody, qs, [{ article: 'q', text: 'Ada Lovelace', role: 'caption' }], []).right).toBe(0);
  });

  it('places a furniture item by its own capitals when the same words also stand in lower case inside a sentence', () => {
    const r = article('r', 'Notes were published. Cargo Survey Data Both tonnage and ships rose. Also, cargo survey data were revised.');
    const rs = new Map([[r.id, r]]);
    const found: Pick<Findings, 'sentences'> = {
      sentences: [sentence(r, 'Notes were', 'reporting'), sentence(r, 'Cargo Survey Data', 'reporting', true), sentence(r, 'Also, cargo', 'reporting')],
    };
    expect(scoreFurniture(found, rs, [{ article: 'r', text: 'Cargo Survey Data', role: 'crosshead' }], []).right).toBe(1);
  });

  it('finds a key sentence that the article wraps over two lines, whitespace aside', () => {
    const w = article('w', 'The board said the survey covers the\nwhole harbour. It was approved on Monday.');
    const found: Pick<Findings, 'sentences'> = { sentences: [{ ...sentence(w, 'The board said', 'reporting'), text: 'The board said the survey covers the\nwhole harbour.' }] };
    expect(scoreSentenceKinds(found, [{ article: 'w', text: 'The board said the survey covers the whole harbour.', kind: 'reporting' }]).kinds.right).toBe(1);
  });

  it('scores an attribution right only when the carrier sets are equal', () => {
    const lookup = (text: string): string[] => (text.startsWith('Officials') ? ['b', 'a'] : ['a', 'c']);
    const s = scoreAttributions(lookup, [
      { text: 'Officials said 120 people died.', articles: ['a', 'b'] },
      { text: 'Rescuers dug all night.', articles: ['a'] },
    ]);
    expect({ right: s.right, total: s.total }).toEqual({ right: 1, total: 2 });
  });

  it('scores a non-figure wrong when it is read as a count, right when read as an ungrouped date', () => {
    const n = article('n', 'The site 2M said sales fell in 2010.');
    const ns = new Map([[n.id, n]]);
    const asCount = fig(n, '2', 'count');
    const asYear = fig(n, '2010', 'year');
    const s = scoreNonFigures({ figures: [asCount, asYear], figureGroups: [] }, ns, [
      { article: 'n', text: '2M' },
      { article: 'n', text: '2010' },
    ]);
    expect({ right: s.right, total: s.total }).toEqual({ right: 1, total: 2 });
    const grouped = scoreNonFigures({ figures: [asYear], figureGroups: [group('years', [asYear], 'compatible', 'rounding')] }, ns, [{ article: 'n', text: '2010' }]);
    expect(grouped.right).toBe(0);
  });
});

describe('scoring on the texts present when some are absent', () => {
  // Article c is absent: the killed group (120, 130, at least 120) loses its lower bound, which its
  // verdict rests on; an injured group keyed on a and b only is whole.
  const full: ClusterKey = {
    cluster: 'x',
    split: 'dev',
    topic: 't',
    copies: [
      {
        carriers: [
          { article: 'a', from: 'x', to: 'y' },
          { article: 'c', from: 'x', to: 'y' },
        ],
      },
    ],
    attributions: [
      { text: 'killed', articles: ['b', 'c'] },
      { text: 'were killed', articles: ['c'] },
    ],
    sentences: [
      { article: 'a', text: 'Officials said 120 people died.', kind: 'attributed' },
      { article: 'c', text: 'At least 120 people were killed.', kind: 'reporting' },
    ],
    furniture: [],
    figureGroups: [
      key[0] as KeyGroup,
      {
        ...(key[1] as KeyGroup),
        members: [
          { article: 'a', figure: '45' },
          { article: 'b', figure: '45' },
        ],
        conflict: false,
        reason: 'exact',
      },
    ],
    singletons: singletons.map((x) => ({ ...x, what: 'days' })),
    nonFigures: [],
  };
  const { key: here, excused } = keyForPresentTexts(full, new Set(['c']));

  it('keeps what the present texts hold and drops what only the absent one does', () => {
    expect(here.sentences.map((s) => s.article)).toEqual(['a']);
    expect(here.attributions).toEqual([{ text: 'killed', articles: ['b'] }]);
    expect(here.copies).toEqual([]);
    expect(here.singletons).toEqual([]);
    // Only the group whose members are all present stays; the cut ones' present figures are excused.
    expect(here.figureGroups).toHaveLength(1);
    expect(here.figureGroups[0]?.subject).toBe('injured');
    expect(excused.map((e) => `${e.article}:${e.figure}`)).toEqual(['a:120', 'b:130']);
  });

  it('neither rewards nor blames an engine group holding an excused figure', () => {
    const ab = new Map([a, b].map((x) => [x.id, x]));
    const killedHere = group('killed-here', [fig(a, '120'), fig(b, '130')], 'compatible', 'lower-bounds');
    const injuredHere = group('injured-here', [fig(a, '45'), fig(b, '45')], 'compatible', 'same-fact-different-form');
    const s = scoreFigureGroups({ figureGroups: [killedHere, injuredHere] }, ab, { groups: here.figureGroups, complete: true, excused });
    // killed-here is not counted at all (engine 1, not 2), injured-here finds the kept group.
    expect(s.engine).toBe(1);
    expect(s.found).toBe(1);
    expect(s.precision).toBe(1);
  });
});
