import { findQuote, type Article, type Span } from './article';
import type { AuthoredRound, Cue, FigureReason, OpinionKind, RoundType } from './levelSchema';
import { OPINION_KINDS } from './levelSchema';
import type { LocalText } from './localText';
import { createRng, deriveSeed, shuffled } from './rng';
import type { ValidLevel } from './levelValidate';

export type Skill = 'attribution' | 'opinion' | 'figures';
export const SKILLS: readonly Skill[] = ['attribution', 'opinion', 'figures'];

export const SKILL_OF: Record<RoundType, Skill> = {
  'who-said-it': 'attribution',
  'opinion-or-reporting': 'opinion',
  'conflicting-figures': 'figures',
};

/** What a choice says: a translation key for fixed categories, or an article's outlet. */
export type OptionLabel =
  | { kind: 'key'; key: string }
  | { kind: 'outlet'; articleId: string; outlet: LocalText };

export interface Option {
  id: string;
  label: OptionLabel;
}

export interface Question {
  id: 'outlet' | 'kind' | 'cue' | 'conflict' | 'reason' | 'support';
  /** Translation key of the question text. */
  promptKey: string;
  options: Option[];
  correct: string[];
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
          },
        ],
        copiedIn: round.answers.length > 1 ? [...round.answers] : undefined,
      };
    case 'opinion-or-reporting':
      return {
        ...base,
        material: { type: 'opinion-or-reporting', articleId: round.article, passage: round.passage },
        questions: [
          {
            id: 'kind',
            promptKey: 'round.opinion.question',
            // Fixed order: the three kinds read as a scale, reshuffling them only confuses.
            options: OPINION_KINDS.map((k: OpinionKind) => keyOption('kind', k)),
            correct: [round.answer],
          },
          {
            id: 'cue',
            promptKey: 'round.opinion.cueQuestion',
            options: shuffled(round.cueOptions, rng).map((c: Cue) => keyOption('cue', c)),
            correct: [round.cue],
          },
        ],
      };
    case 'conflicting-figures': {
      const questions: Question[] = [
        {
          id: 'conflict',
          promptKey: 'round.figures.conflictQuestion',
          options: [keyOption('conflict', 'yes'), keyOption('conflict', 'no')],
          correct: [round.conflict ? 'yes' : 'no'],
        },
        {
          id: 'reason',
          promptKey: 'round.figures.reasonQuestion',
          options: shuffled(round.reasonOptions, rng).map((r: FigureReason) => keyOption('reason', r)),
          correct: [round.reason],
        },
      ];
      if (round.bestSupported) {
        const ids = [...new Set(round.figures.map((f) => f.article))];
        questions.push({
          id: 'support',
          promptKey: 'round.figures.supportQuestion',
          options: ids.map((id) => outletOption(articles, id)),
          correct: [...round.bestSupported],
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

/** The rounds of one play of a level: the same seed gives the same run. */
export function buildRun(level: ValidLevel, seed = level.file.seed): PlayRound[] {
  const order = level.file.shuffleRounds ? shuffled(level.rounds, createRng(deriveSeed(seed, 'order'))) : level.rounds;
  return order.map((r) => buildRound(r, level.articles, seed));
}
