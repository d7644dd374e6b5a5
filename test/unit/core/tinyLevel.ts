import { findQuote, type Span } from '../../../src/core/article';
import type { PointedSpan } from '../../../src/core/scoring';
import { validateLevel, type ValidLevel } from '../../../src/core/levelValidate';

/**
 * A small level with inline articles and one round of every type, so the rules are tested on
 * a level that does not change when the shipped levels are rewritten.
 */
export const TINY_ARTICLES = {
  'river-post':
    'Council approves new footbridge\nThe town council voted on Monday to build a footbridge over the river.\n"This bridge will join the two halves of our town," said Mayor Ana Ruiz.\nThe bridge will cost 2.4 million euros, according to the council budget.',
  'city-news':
    'Footbridge plan gets the green light\nCouncillors backed a new footbridge on Monday, by nine votes to two.\nMayor Ana Ruiz said the bridge would join the two halves of the town.\nWork is due to start in June and will cost more than 2 million euros.',
  'valley-blog':
    'A bridge too far?\nThe town council voted on Monday to build a footbridge over the river.\nFrankly, this bridge is a waste of money.\nWho will pay for it in the end?',
  'town-radio': 'Bridge news\nA footbridge will be built, the council decided on Monday.\nThe vote was nine to two.',
} as const;
export type TinyArticle = keyof typeof TINY_ARTICLES;

const VOTED = 'The town council voted on Monday to build a footbridge over the river.';
const WASTE = 'Frankly, this bridge is a waste of money.';
const COST = 'The bridge will cost 2.4 million euros, according to the council budget.';
const MORE_THAN = 'Work is due to start in June and will cost more than 2 million euros.';
const NINE_TWO = 'Councillors backed a new footbridge on Monday, by nine votes to two.';

const text = (en: string) => ({ en, es: en });

export const tinyLevelFile = () => ({
  format: 1,
  id: 'tiny',
  title: text('Tiny'),
  description: text('A tiny level for tests'),
  languages: ['en', 'es'],
  seed: 7,
  articles: Object.entries(TINY_ARTICLES).map(([id, body]) => ({ id, outlet: text(id.toUpperCase()), sourceKind: 'news-report', text: body })),
  rounds: [
    {
      id: 'who-voted',
      type: 'who-said-it',
      quote: VOTED,
      options: ['river-post', 'city-news', 'valley-blog', 'town-radio'],
      answers: ['river-post', 'valley-blog'],
      explanation: text('Copied word for word.'),
      evidence: [
        { article: 'river-post', quote: VOTED },
        { article: 'valley-blog', quote: VOTED },
      ],
    },
    {
      id: 'who-nine-two',
      type: 'who-said-it',
      quote: NINE_TWO,
      options: ['river-post', 'city-news', 'valley-blog'],
      answers: ['city-news'],
      explanation: text('Only City News.'),
      evidence: [{ article: 'city-news', quote: NINE_TWO }],
    },
    {
      id: 'waste-of-money',
      type: 'opinion-or-reporting',
      article: 'valley-blog',
      passage: WASTE,
      answer: 'opinion',
      cue: 'loaded-words',
      cueOptions: ['loaded-words', 'checkable-detail', 'attribution-verb'],
      explanation: text('The writer judges.'),
      evidence: [{ article: 'valley-blog', quote: WASTE }],
    },
    {
      id: 'pair-vote',
      type: 'opinion-pair',
      passages: [
        { article: 'river-post', passage: VOTED },
        { article: 'valley-blog', passage: WASTE },
      ],
      answer: 'valley-blog',
      cue: 'loaded-words',
      explanation: text('The blog adds a judgement.'),
      evidence: [{ article: 'valley-blog', quote: WASTE }],
    },
    {
      id: 'bridge-cost',
      type: 'conflicting-figures',
      question: text('How much will the bridge cost?'),
      figures: [
        { article: 'river-post', quote: COST, figure: '2.4 million euros' },
        { article: 'city-news', quote: MORE_THAN, figure: 'more than 2 million euros' },
      ],
      conflict: false,
      reason: 'vague-vs-precise',
      reasonOptions: ['vague-vs-precise', 'genuine-conflict', 'different-date'],
      bestSupported: ['river-post'],
      explanation: text('2.4 million is more than 2 million.'),
      evidence: [
        { article: 'river-post', quote: COST },
        { article: 'city-news', quote: MORE_THAN },
      ],
    },
  ],
});

export function tinyLevel(file: object = tinyLevelFile()): ValidLevel {
  const r = validateLevel(file, new Map());
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.level;
}

/** Where a quote sits in one of the tiny level's articles. */
export function spanOf(article: TinyArticle, quote: string): PointedSpan {
  const s: Span | null = findQuote(TINY_ARTICLES[article], quote);
  if (!s) throw new Error(`"${quote}" is not in ${article}`);
  return { articleId: article, start: s.start, end: s.end };
}

export const QUOTES = { VOTED, WASTE, COST, MORE_THAN, NINE_TWO };
