/**
 * The fixed words of a level file (round types, kinds, cues, reasons), without the schema: the
 * game needs these on its first load, the zod schema (src/core/levelSchema.ts) only to check a file.
 */
export const OPINION_KINDS = ['reporting', 'attributed', 'opinion'] as const;
export const CUES = ['checkable-detail', 'attribution-verb', 'quotation-marks', 'first-person', 'loaded-words', 'rhetorical-question', 'speculation', 'advice'] as const;
export const FIGURE_REASONS = [
  'lower-bounds',
  'rounding',
  'different-source',
  'different-date',
  'vague-vs-precise',
  'sum-of-parts',
  'schedule-vs-outcome',
  'same-fact-different-form',
  'genuine-conflict',
  'different-scope',
] as const;
export const ROUND_TYPES = ['who-said-it', 'opinion-or-reporting', 'opinion-pair', 'conflicting-figures'] as const;
export type RoundType = (typeof ROUND_TYPES)[number];
