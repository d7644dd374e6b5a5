import './zodSetup';
import { z } from 'zod';
import { SOURCE_KINDS } from './article';

/**
 * The single definition of a level file. Every field carries a description: it is exported
 * to levels/level.schema.json, where editors show it as a hint while a teacher types.
 */
export const LEVEL_FORMAT = 1;

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Ids the id pattern allows but every JavaScript object already has ("constructor"): the game
 * keeps answers and progress in objects keyed by id, where such an id would find the built-in
 * value instead of nothing (a round "constructor" crashed the first answer to it).
 */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).filter((n) => ID_PATTERN.test(n)));

const id = z
  .string()
  .regex(ID_PATTERN, 'use lower-case letters, digits and dashes, e.g. "figures-1"')
  .refine((v) => !RESERVED_IDS.has(v), {
    error: (issue) => `the id ${JSON.stringify(issue.input)} is reserved by JavaScript`,
    params: { hint: 'choose another id, e.g. "constructor-1"' },
  })
  .describe('An id: lower-case letters, digits and dashes, unique within the level');

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const evidenceList = () => z.array(evidenceSchema).min(1).describe('Passages that prove the answer, shown highlighted in their articles');

export const localTextSchema = z
  .record(z.string().regex(LANGUAGE_CODE, 'a language code such as "en" or "es"'), z.string().min(1))
  .describe('Text in each of the level\'s languages, e.g. {"en": "Hello", "es": "Hola"}');

export const evidenceSchema = z
  .object({
    article: z.string().min(1).describe('Id of the article the quote is from'),
    quote: z.string().min(1).describe('A passage copied exactly from that article (line breaks and spacing may differ)'),
  })
  .strict()
  .describe('A passage shown highlighted in its article as evidence');

import { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES, type RoundType } from './levelVocabulary';
export { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES, type RoundType };

const explanation = localTextSchema.describe('Shown after the answer: why it is right, in the words of the articles');
const confidence = z.number().min(0).max(1).optional().describe('How sure the analysis engine was of the answer key (0–1); set on generated rounds, shown in the editor');

export const whoSaidItSchema = z
  .object({
    id,
    type: z.literal('who-said-it').describe('Round type'),
    quote: z.string().min(1).describe('The sentence or quote the player sees, copied exactly from the article(s)'),
    options: z.array(z.string().min(1)).min(3).max(6).describe('3–6 article ids; the player ticks every outlet that printed the quote'),
    answers: z.array(z.string().min(1)).min(1).describe('Every article id among the options that carries the quote (copies count)'),
    explanation,
    evidence: evidenceList(),
    confidence,
  })
  .strict()
  .describe('Who said it? Which outlet published this sentence?');

export const opinionOrReportingSchema = z
  .object({
    id,
    type: z.literal('opinion-or-reporting').describe('Round type'),
    article: z.string().min(1).describe('Id of the article the passage is from'),
    passage: z.string().min(1).describe('The passage the player judges, copied exactly from the article'),
    answer: z.enum(OPINION_KINDS).describe("reporting: a checkable fact; attributed: someone's view reported as theirs; opinion: the author's own view"),
    cue: z.enum(CUES).describe('The cue that gives the answer away'),
    cueOptions: z.array(z.enum(CUES)).min(3).max(4).describe('3–4 cues offered, including the right one'),
    explanation,
    evidence: evidenceList(),
    confidence,
  })
  .strict()
  .describe('Opinion or reporting? Judge a passage and name its cue');

export const figureSchema = z
  .object({
    article: z.string().min(1).describe('Id of the article the figure is from'),
    quote: z.string().min(1).describe('The sentence with the figure, copied exactly from the article'),
    figure: z.string().min(1).describe('The figure as written, a part of the quote, e.g. "more than 13,000"'),
  })
  .strict();

export const conflictingFiguresSchema = z
  .object({
    id,
    type: z.literal('conflicting-figures').describe('Round type'),
    question: localTextSchema.describe('What the figures count, as a question, e.g. "How many people has the conflict killed?"'),
    figures: z.array(figureSchema).min(2).max(4).describe('2–4 figures for the same thing, each from its article'),
    conflict: z.boolean().describe('true when the figures cannot both be right'),
    reason: z.enum(FIGURE_REASONS).describe('What best explains the difference'),
    reasonOptions: z.array(z.enum(FIGURE_REASONS)).min(3).max(4).describe('3–4 explanations offered, including the right one'),
    bestSupported: z.array(z.string().min(1)).min(1).optional().describe('Optional follow-up: the article id(s) whose figure names its source'),
    explanation,
    evidence: evidenceList(),
    confidence,
  })
  .strict()
  .describe('Conflicting figures: do they really contradict, and why do they differ?');

export const opinionPairSchema = z
  .object({
    id,
    type: z.literal('opinion-pair').describe('Round type'),
    passages: z
      .array(
        z
          .object({
            article: z.string().min(1).describe('Id of the article the passage is from'),
            passage: z.string().min(1).describe('The passage, copied exactly from that article'),
          })
          .strict(),
      )
      .length(2)
      .describe('Two passages about the same fact, from two different articles'),
    answer: z.string().min(1).describe('The article id of the passage that adds its author\'s own view, or "none" when both only report'),
    cue: z.enum(CUES).describe('The cue that gives the view away (or, for "none", what makes both reporting)'),
    explanation,
    evidence: evidenceList(),
    confidence,
  })
  .strict()
  .describe("Which one adds its own view? Two outlets' sentences about the same fact side by side");

export const authoredRoundSchema = z.discriminatedUnion('type', [whoSaidItSchema, opinionOrReportingSchema, opinionPairSchema, conflictingFiguresSchema]);

export const generateRoundsSchema = z
  .object({
    generate: z
      .object({
        type: z.enum(ROUND_TYPES).describe('Which kind of rounds to make'),
        count: z.number().int().min(1).max(20).describe('At most this many (fewer when the engine is unsure)'),
      })
      .strict()
      .describe('Ask the analysis engine for rounds'),
  })
  .strict()
  .describe("Rounds the analysis engine builds from the level's articles, reproducible from the level seed");

export const roundEntrySchema = z.union([authoredRoundSchema, generateRoundsSchema]);

export const inlineArticleSchema = z
  .object({
    id,
    outlet: localTextSchema.describe('The outlet name players see'),
    byline: z.string().optional().describe('Who wrote it, if the text says'),
    date: z.string().optional().describe('Publication date, e.g. 2022-01-21'),
    sourceKind: z.enum(SOURCE_KINDS).default('unknown').describe('What kind of source this is'),
    provenance: localTextSchema.optional().describe('What is known about where this text comes from'),
    text: z.string().min(1).describe('The article text, unchanged'),
  })
  .strict()
  .describe('An article carried inside the level file');

export const articleRefSchema = z.union([z.string().min(1).describe('Id of an article in assets/articles/catalog.json'), inlineArticleSchema]);

/**
 * Limits that keep a level quick to load and to play through: 5,000 generate entries froze a
 * tab for 42 s and made 76,676 rounds. Counted before the engine runs, from what each entry may make.
 */
export const MAX_GENERATE_ENTRIES = 10;
export const MAX_LANGUAGES = 20;
export const MAX_ROUNDS = 200;

function roundLimits(entries: readonly z.infer<typeof roundEntrySchema>[], ctx: z.RefinementCtx): void {
  const generateAt = entries.flatMap((e, i) => ('generate' in e ? [i] : []));
  const firstExtra = generateAt[MAX_GENERATE_ENTRIES];
  if (firstExtra !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: [firstExtra],
      input: entries[firstExtra],
      message: `too many "generate" entries: at most ${MAX_GENERATE_ENTRIES} in a level, found ${generateAt.length}`,
      params: { hint: 'ask for more rounds with "count" in fewer entries' },
    });
  }
  let rounds = 0;
  for (const [i, entry] of entries.entries()) {
    rounds += 'generate' in entry ? entry.generate.count : 1;
    if (rounds > MAX_ROUNDS) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        input: entry,
        message: `this level would have more than ${MAX_ROUNDS} rounds (each written round plus the "count" of each "generate" entry)`,
        params: { hint: 'split it into several levels' },
      });
      return;
    }
  }
}

export const levelSchema = z
  .object({
    $schema: z.string().optional().describe('Path to level.schema.json, so editors can check this file as you type'),
    format: z.literal(LEVEL_FORMAT).describe('Level file format version'),
    id,
    order: z.number().int().min(0).default(100).describe('Position on the level select screen'),
    title: localTextSchema,
    description: localTextSchema,
    languages: z
      .array(z.string().regex(LANGUAGE_CODE, 'a language code such as "en" or "es"'))
      .min(1)
      // Every text is checked once per language: a list of thousands made one level take minutes to check.
      .max(MAX_LANGUAGES, `at most ${MAX_LANGUAGES} languages`)
      .refine((list) => new Set(list).size === list.length, 'each language once: a language is listed twice')
      .describe('Languages every text in this level is written in, e.g. ["en", "es"]'),
    seed: z.number().int().min(0).describe('Seed for shuffling: the same seed plays the same'),
    shuffleRounds: z.boolean().default(false).describe('Play rounds in a seeded random order'),
    articles: z.array(articleRefSchema).min(1).describe('The articles this level is built from: bundled ids or whole articles'),
    rounds: z.array(roundEntrySchema).min(1).superRefine(roundLimits).describe('The rounds, in order (or shuffled with shuffleRounds)'),
  })
  .strict();

export type LevelFile = z.infer<typeof levelSchema>;
export type LevelFileInput = z.input<typeof levelSchema>;
export type AuthoredRound = z.infer<typeof authoredRoundSchema>;
export type WhoSaidItRound = z.infer<typeof whoSaidItSchema>;
export type OpinionRound = z.infer<typeof opinionOrReportingSchema>;
export type OpinionPairRound = z.infer<typeof opinionPairSchema>;
export type FiguresRound = z.infer<typeof conflictingFiguresSchema>;
export type RoundEntry = z.infer<typeof roundEntrySchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type InlineArticle = z.infer<typeof inlineArticleSchema>;
export type OpinionKind = (typeof OPINION_KINDS)[number];
export type Cue = (typeof CUES)[number];
export type FigureReason = (typeof FIGURE_REASONS)[number];

export const catalogSchema = z.object({
  articles: z.array(
    z
      .object({
        id,
        file: z.string().min(1),
        outlet: localTextSchema,
        byline: z.string().optional(),
        date: z.string().optional(),
        sourceKind: z.enum(SOURCE_KINDS),
        provenance: localTextSchema.optional(),
        url: z.string().min(1).optional().describe('Where the text was published (the address of the page it was taken from)'),
        licence: z.string().min(1).optional().describe('The terms the text is under, e.g. "public domain (US government work)"'),
        language: z.string().regex(LANGUAGE_CODE, 'a language code such as "en" or "es"').optional().describe('Language of the article text, e.g. "en"'),
        sections: z
          .array(
            z.object({
              id,
              startsWith: z.string().min(1),
              label: localTextSchema,
              sourceKind: z.enum(SOURCE_KINDS),
            }),
          )
          .optional(),
      })
      .strict(),
  ),
});
export type Catalog = z.infer<typeof catalogSchema>;
