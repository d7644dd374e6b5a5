import { findQuote, type Article, type Span } from './articleModel';
import type { AuthoredRound, Cue, FigureReason, OpinionKind, RoundType } from './levelSchema';
import { OPINION_KINDS } from './levelVocabulary';
import type { LocalText } from './localText';
import { createRng, deriveSeed, shuffled } from './rng';
import type { ValidLevel } from './levelValidate';

export type Skill = 'attribution' | 'opinion' | 'figures';
export const SKILLS: readonly Skill[] = ['attribution', 'opinion', 'figures'];

export const SKILL_OF: Record<RoundType, Skill> = {
  'who-said-it': 'attribution',
  'opinion-or-reporting': 'opinion',
  'opinion-pair': 'opinion',
  'conflicting-figures': 'figures',
};

/** The option id of "neither passage adds a view" in an opinion-pair round. */
export const NO_VIEW = 'none';

/** What a choice says: a translation key for fixed categories, or an article's outlet. */
export type OptionLabel = { kind: 'key'; key: string } | { kind: 'outlet'; articleId: string; outlet: LocalText };

export interface Option {
  id: string;
  label: OptionLabel;
}

export interface Question {
  id: 'outlet' | 'kind' | 'cue' | 'view' | 'conflict' | 'reason' | 'support';
  /** Translation key of the question text. */
  promptKey: string;
  options: Option[];
  correct: string[];
  /** Tick several, then confirm (who printed it?); otherwise one choice answers. */
  multi: boolean;
}

export interface ResolvedEvidence {
  articleId: string;
  quote: string;
  span: Span;
}

export interface FigureCard {
  articleId: string;
  outlet: LocalText;
  quote: string;
  figure: string;
}

export type Material =
  | { type: 'who-said-it'; quote: string }
  | { type: 'opinion-or-reporting'; articleId: string; passage: string }
  | { type: 'opinion-pair'; passages: { articleId: string; outlet: LocalText; passage: string }[]; cue: Cue }
  | { type: 'conflicting-figures'; question: LocalText; figures: FigureCard[] };

export interface PlayRound {
  id: string;
  type: RoundType;
  skill: Skill;
  material: Material;
  questions: Question[];
  explanation: LocalText;
  evidence: ResolvedEvidence[];
  /** Set when the answer text occurs in several outlets: the explanation mentions copying. */
  copiedIn?: string[] | undefined;
  /** The cue that gives the answer away, shown with the explanation. */
  cue?: Cue | undefined;
}

const keyOption = (prefix: string, id: string): Option => ({ id, label: { kind: 'key', key: `${prefix}.${id}` } });

function outletOption(articles: ReadonlyMap<string, Article>, articleId: string): Option {
  const a = articles.get(articleId);
  return { id: articleId, label: { kind: 'outlet', articleId, outlet: a?.outlet ?? { en: articleId } } };
}

function resolveEvidence(articles: ReadonlyMap<string, Article>, ev: { article: string; quote: string }): ResolvedEvidence[] {
  const a = articles.get(ev.article);
  const span = a ? findQuote(a.text, ev.quote) : null;
  return a && span ? [{ articleId: a.id, quote: a.text.slice(span.start, span.end), span }] : [];
}

/** Turn an authored (or generated) round into what the player sees, options shuffled by `seed`. */
export function buildRound(round: AuthoredRound, articles: ReadonlyMap<string, Article>, seed: number): PlayRound {
  const rng = createRng(deriveSeed(seed, round.id));
  const evidence = round.evidence.flatMap((ev) => resolveEvidence(articles, ev));
  const base = { id: round.id, type: round.type, skill: SKILL_OF[round.type], explanation: round.explanation, evidence };
  switch (round.type) {
    case 'who-said-it':
      return {
        ...base,
        material: { type: 'who-said-it', quote: round.quote },
        questions: [
          {
            id: 'outlet',
            promptKey: 'round.whoSaidIt.question',
            options: shuffled(round.options, rng).map((o) => outletOption(articles, o)),
            correct: [...round.answers],
            multi: true,
          },
        ],
        copiedIn: round.answers.length > 1 ? [...round.answers] : undefined,
      };
    case 'opinion-or-reporting':
      return {
        ...base,
        material: { type: 'opinion-or-reporting', articleId: round.article, passage: round.passage },
        cue: round.cue,
        questions: [
          {
            id: 'kind',
            promptKey: 'round.opinion.question',
            // Fixed order: the three kinds read as a scale, reshuffling them only confuses.
            options: OPINION_KINDS.map((k: OpinionKind) => keyOption('kind', k)),
            correct: [round.answer],
            multi: false,
          },
          {
            id: 'cue',
            promptKey: 'round.opinion.cueQuestion',
            options: shuffled(round.cueOptions, rng).map((c: Cue) => keyOption('cue', c)),
            correct: [round.cue],
            multi: false,
          },
        ],
      };
    case 'opinion-pair': {
      // Which passage is shown first is shuffled too: the view must not always sit on one side.
      const passages = shuffled(round.passages, rng);
      return {
        ...base,
        cue: round.cue,
        material: {
          type: 'opinion-pair',
          passages: passages.map((p) => ({ articleId: p.article, outlet: articles.get(p.article)?.outlet ?? { en: p.article }, passage: p.passage })),
          cue: round.cue,
        },
        questions: [
          {
            id: 'view',
            promptKey: 'round.pair.question',
            options: [
              ...passages.map((p, i) => ({ id: p.article, label: { kind: 'key', key: i === 0 ? 'round.pair.first' : 'round.pair.second' } }) satisfies Option),
              keyOption('round.pair', NO_VIEW),
            ],
            correct: [round.answer],
            multi: false,
          },
        ],
      };
    }
    case 'conflicting-figures': {
      const questions: Question[] = [
        {
          id: 'conflict',
          promptKey: 'round.figures.conflictQuestion',
          options: shuffled([keyOption('conflict', 'yes'), keyOption('conflict', 'no')], rng),
          correct: [round.conflict ? 'yes' : 'no'],
          multi: false,
        },
        {
          id: 'reason',
          promptKey: 'round.figures.reasonQuestion',
          options: shuffled(round.reasonOptions, rng).map((r: FigureReason) => keyOption('reason', r)),
          correct: [round.reason],
          multi: false,
        },
      ];
      if (round.bestSupported) {
        const ids = [...new Set(round.figures.map((f) => f.article))];
        questions.push({
          id: 'support',
          promptKey: 'round.figures.supportQuestion',
          options: shuffled(ids, rng).map((id) => outletOption(articles, id)),
          correct: [...round.bestSupported],
          multi: false,
        });
      }
      return {
        ...base,
        material: {
          type: 'conflicting-figures',
          question: round.question,
          figures: round.figures.map((f) => ({
            articleId: f.article,
            outlet: articles.get(f.article)?.outlet ?? { en: f.article },
            quote: f.quote,
            figure: f.figure,
          })),
        },
        questions,
      };
    }
  }
}

/**
 * The rounds of one play of a level: the same seed gives the same run. The game passes a fresh
 * seed on every play, so option positions are never learnt; tests pass a fixed one.
 */
export function buildRun(level: ValidLevel, seed = level.file.seed): PlayRound[] {
  const order = level.file.shuffleRounds ? shuffled(level.rounds, createRng(deriveSeed(seed, 'order'))) : level.rounds;
  return order.map((r) => buildRound(r, level.articles, seed));
}
