import type { OpinionKind, Cue, FigureReason } from '../levelSchema';

/** Where a finding sits: enough to show it highlighted and to quote it in a round. */
export interface Located {
  article: string;
  sentenceId: string;
  /** The whole sentence, exactly as in the article. */
  sentence: string;
  /** The matched text, exactly as in the article. */
  text: string;
  start: number;
  end: number;
}

export interface CopyCarrier {
  article: string;
  firstSentence: string;
  lastSentence: string;
  start: number;
  end: number;
  text: string;
  words: number;
  /** Share of the article's words that this passage makes up. */
  shareOfArticle: number;
}

export interface CopyPassage {
  id: string;
  carriers: CopyCarrier[];
  sentences: number;
  /** Sentences identical in every carrier, after normalising case, punctuation and spacing. */
  identicalSentences: number;
  /** Mean estimated similarity of the shared sentences (1 = verbatim). */
  similarity: number;
}

export type FigureKind = 'count' | 'duration' | 'offset' | 'year' | 'date' | 'time' | 'percent' | 'money' | 'rank';
export type Bound = 'exact' | 'approx' | 'lower' | 'upper' | 'range' | 'vague';

export interface Figure extends Located {
  id: string;
  kind: FigureKind;
  /** The value as read; for ranges the middle. */
  value: number;
  low: number;
  /** null: no upper bound ("more than 13,000"). */
  high: number | null;
  bound: Bound;
  /**
   * A bound that states a minimum or maximum ("at least 85", "as little as 12.5 years", "up to 40
   * years"), not a figure rounded off ("more than 90 percent", "nearly 20,000"): it may lie far from the value.
   */
  limit?: boolean;
  /** The counted thing as written ("troops", "minutes"); durations are normalised to minutes. */
  unit: string;
  /** What figures are compared in: "troops", "people-killed", "duration", "year"… */
  unitClass: string;
  /** The subject it counts, in the article's words. */
  subject: string;
  /** A plan, not what happened ("scheduled to last two hours"). */
  scheduled: boolean;
  /** The plan is a penalty the law sets for a charge ("carries a penalty of thirty years"). */
  statutory?: boolean;
  /**
   * The status a count is given with, if any: of cases ("confirmed", "suspected", "probable", "hospitalized"), or what
   * befell counted things ("destroyed", "damaged", "partly-damaged"; two joined by "or" as "damaged+destroyed").
   */
  status?: string;
  /** Relative to the article date ("eight years ago"). */
  relative: boolean;
  /** Names its source ("according to Kiev"). */
  sourced: boolean;
  /** A sum of parts written in one phrase ("two … and two …"). */
  parts?: number[] | undefined;
  /** This figure is one part of a sum listed separately. */
  partOf?: string | undefined;
  /** ISO code (or name) of the currency of a sum of money. */
  currency?: string | undefined;
  /** The same quantity in other units, in brackets after another figure ("1bn won (£560,518)"): that figure's id. */
  conversionOf?: string | undefined;
  /** A sum in "dollars" with no symbol or country named ("1.2 billion dollars"): read as US dollars, but may be another country's. */
  bareDollars?: boolean | undefined;
  /** A share printed in brackets after the fraction it gives ("16 of 18 (89%)"): the part and the whole. */
  fraction?: readonly [number, number] | undefined;
}

export type GroupVerdict = 'conflicting' | 'compatible' | 'unsure';

export interface FigureGroup {
  id: string;
  subject: string;
  unitClass: string;
  members: Figure[];
  articles: string[];
  verdict: GroupVerdict;
  reason: FigureReason | null;
  /** Why, in plain words (English; the round explanations are in explain.ts). */
  why: string;
  /** Confident enough to build a round from. */
  confident: boolean;
  /** How sure the engine is of the verdict and reason, 0–1 (absent: as sure as `confident` says). */
  confidence?: number;
  /** Articles whose figure names its source. */
  sourced: string[];
}

export interface SentenceFinding {
  article: string;
  sentenceId: string;
  text: string;
  kind: OpinionKind;
  cues: Cue[];
  /** Words that triggered each cue, for explanations. */
  evidence: Partial<Record<Cue, string>>;
  confidence: number;
  /** Headline, byline, caption or page debris: not a sentence of the article proper. */
  furniture: boolean;
}

export type QuoteMarks = 'straight' | 'curly' | 'guillemets' | 'single' | 'none';

export interface Quote extends Located {
  id: string;
  marks: QuoteMarks;
  balanced: boolean;
  speaker: string | null;
}

export interface QuoteDrift {
  quote: Quote;
  /** Every article carrying the quote in these words. */
  quoteArticles: string[];
  /** The same words as another article gives them, and every article carrying that version. */
  other: Located & { quoted: boolean };
  otherArticles: string[];
  speaker: string | null;
  similarity: number;
}

export interface Findings {
  articles: { id: string; outlet: string; sentences: number; words: number }[];
  copies: CopyPassage[];
  figures: Figure[];
  figureGroups: FigureGroup[];
  sentences: SentenceFinding[];
  quotes: Quote[];
  quoteDrift: QuoteDrift[];
}

export type { OpinionKind, Cue, FigureReason };
