import { z } from 'zod';
import {
  CUES,
  FIGURE_REASONS,
  ID_PATTERN,
  OPINION_KINDS,
  ROUND_TYPES as ALL_ROUND_TYPES,
  type AuthoredRound as AnyAuthoredRound,
  type Cue,
  type Evidence,
  type FigureReason,
  type FiguresRound,
  type OpinionRound,
  type WhoSaidItRound,
} from '../core/levelSchema';

/** The editor writes the three classic round types; opinion-pair rounds are written in the JSON for now. */
export type AuthoredRound = Exclude<AnyAuthoredRound, { type: 'opinion-pair' }>;
export type RoundType = AuthoredRound['type'];
const ROUND_TYPES: readonly RoundType[] = ALL_ROUND_TYPES.filter((t): t is RoundType => t !== 'opinion-pair');
export const isEditorRound = (r: AnyAuthoredRound): r is AuthoredRound => r.type !== 'opinion-pair';

/**
 * What a teacher is working on, saved on the device as they type. Rounds refer to articles by
 * their draft key (`a1`, `a2`…), not by the id the level file will use: renaming an outlet
 * then changes the file's ids without breaking a single round.
 */
export interface DraftArticle {
  key: string;
  outlet: string;
  text: string;
  byline?: string | undefined;
  date?: string | undefined;
  /** The file it was dropped from, if any. */
  source?: string | undefined;
}

export type RoundStatus = 'suggested' | 'accepted' | 'rejected';

export interface DraftRound {
  key: string;
  status: RoundStatus;
  round: AuthoredRound;
  /** The teacher opened it for editing: suggesting again keeps it. */
  edited?: boolean | undefined;
}

export interface BiText {
  en: string;
  es: string;
}

export interface Draft {
  version: 1;
  title: BiText;
  description: BiText;
  seed: number;
  articles: DraftArticle[];
  rounds: DraftRound[];
  /** Next number for a fresh article or round key. */
  nextKey: number;
}

export const DRAFT_VERSION = 1;

export function freshDraft(): Draft {
  return {
    version: DRAFT_VERSION,
    title: { en: '', es: '' },
    description: { en: '', es: '' },
    seed: 1,
    articles: [
      { key: 'a1', outlet: '', text: '' },
      { key: 'a2', outlet: '', text: '' },
    ],
    rounds: [],
    nextKey: 3,
  };
}

export function newKey(draft: Draft, prefix: 'a' | 'r'): string {
  const key = `${prefix}${draft.nextKey}`;
  draft.nextKey += 1;
  return key;
}

/** Lower-case letters, digits and dashes, as level and article ids must be. */
export function toId(raw: string, fallback: string): string {
  const id = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id.length > 0 && ID_PATTERN.test(id) ? id : fallback;
}

export function hasText(article: DraftArticle): boolean {
  return article.text.trim().length > 0;
}

/** The ids the level file gives each article with text: from its outlet name, unique. */
export function articleIds(draft: Draft): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  draft.articles.forEach((a, i) => {
    if (!hasText(a)) return;
    const base = toId(a.outlet, `article-${i + 1}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(a.key, id);
  });
  return ids;
}

export function levelId(draft: Draft): string {
  return toId(draft.title.en || draft.title.es, 'my-level');
}

/** Article keys a round refers to, rewritten (to file ids on export). */
export function mapRoundArticles(round: AuthoredRound, map: (key: string) => string): AuthoredRound {
  const evidence = round.evidence.map((e) => ({ article: map(e.article), quote: e.quote }));
  switch (round.type) {
    case 'who-said-it':
      return { ...round, options: round.options.map(map), answers: round.answers.map(map), evidence };
    case 'opinion-or-reporting':
      return { ...round, article: map(round.article), evidence };
    case 'conflicting-figures': {
      const out: FiguresRound = { ...round, figures: round.figures.map((f) => ({ ...f, article: map(f.article) })), evidence };
      if (round.bestSupported) out.bestSupported = round.bestSupported.map(map);
      return out;
    }
  }
}

/** A round the teacher writes from scratch: the fields start empty or at a sensible choice. */
export function blankRound(type: RoundType, id: string, articleKeys: readonly string[]): AuthoredRound {
  const first = articleKeys[0] ?? '';
  switch (type) {
    case 'who-said-it':
      return { id, type, quote: '', options: articleKeys.slice(0, 4), answers: [], explanation: {}, evidence: [] };
    case 'opinion-or-reporting':
      return {
        id,
        type,
        article: first,
        passage: '',
        answer: 'reporting',
        cue: 'checkable-detail',
        cueOptions: ['checkable-detail', 'attribution-verb', 'loaded-words'],
        explanation: {},
        evidence: [],
      };
    case 'conflicting-figures':
      return {
        id,
        type,
        question: {},
        figures: [
          { article: first, quote: '', figure: '' },
          { article: articleKeys[1] ?? first, quote: '', figure: '' },
        ],
        conflict: false,
        reason: 'rounding',
        reasonOptions: ['rounding', 'different-source', 'genuine-conflict'],
        explanation: {},
        evidence: [],
      };
  }
}

/** Keep the right answer among the offered ones: put it first, keep the list 3–4 long. */
export function withChoice<T extends string>(choice: T, offered: readonly T[], all: readonly T[]): T[] {
  const rest = offered.filter((o) => o !== choice);
  const list = [choice, ...rest].slice(0, Math.max(3, Math.min(4, offered.length)));
  for (const extra of all) {
    if (list.length >= 3) break;
    if (!list.includes(extra)) list.push(extra);
  }
  return list;
}

export function evidenceKey(e: Evidence): string {
  return `${e.article}\u0000${e.quote.replace(/\s+/g, ' ').trim()}`;
}

/** The text that tells two rounds apart, to avoid suggesting one already accepted. */
export function roundSignature(round: AuthoredRound): string {
  switch (round.type) {
    case 'who-said-it':
      return `w:${round.quote}`;
    case 'opinion-or-reporting':
      return `o:${round.passage}`;
    case 'conflicting-figures':
      return `f:${round.figures.map((f) => f.quote).join('|')}`;
  }
}

// ---- reading a saved draft back ----------------------------------------------------------

const str = z.string();
const biText = z.object({ en: str, es: str });
const localText = z.record(z.string(), z.string());
const evidence = z.object({ article: str, quote: str });
const strings = z.array(str);

const roundShape = z.discriminatedUnion('type', [
  z.object({ id: str, type: z.literal('who-said-it'), quote: str, options: strings, answers: strings, explanation: localText, evidence: z.array(evidence) }),
  z.object({
    id: str,
    type: z.literal('opinion-or-reporting'),
    article: str,
    passage: str,
    answer: z.enum(OPINION_KINDS),
    cue: z.enum(CUES),
    cueOptions: z.array(z.enum(CUES)),
    explanation: localText,
    evidence: z.array(evidence),
  }),
  z.object({
    id: str,
    type: z.literal('conflicting-figures'),
    question: localText,
    figures: z.array(z.object({ article: str, quote: str, figure: str })),
    conflict: z.boolean(),
    reason: z.enum(FIGURE_REASONS),
    reasonOptions: z.array(z.enum(FIGURE_REASONS)),
    bestSupported: strings.optional(),
    explanation: localText,
    evidence: z.array(evidence),
  }),
]);

const draftShape = z.object({
  version: z.literal(DRAFT_VERSION),
  title: biText,
  description: biText,
  seed: z.number().int().min(0),
  articles: z.array(z.object({ key: str, outlet: str, text: str, byline: str.optional(), date: str.optional(), source: str.optional() })),
  rounds: z.array(z.object({ key: str, status: z.enum(['suggested', 'accepted', 'rejected']), round: roundShape, edited: z.boolean().optional() })),
  nextKey: z.number().int().min(1),
});

/** A saved draft, or null when it is not one this editor wrote (corrupt, or from elsewhere). */
export function parseDraft(raw: string): Draft | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = draftShape.safeParse(data);
  if (!parsed.success) return null;
  const d = parsed.data;
  return {
    ...d,
    version: DRAFT_VERSION,
    rounds: d.rounds.map((r) => ({ ...r, round: r.round as AuthoredRound })),
  };
}

export type { Cue, FigureReason, OpinionRound, WhoSaidItRound, FiguresRound };
export { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES };
