import type { Article, Sentence } from './articleModel';

/**
 * What each line of a page is, so the reader shows the article and not the page around it.
 * The text itself is never changed (offsets stay those of `article.text`): lines are only
 * shown, styled, or left out. The rules are about shapes of lines, not about any one site.
 */
/** A photo credit: two to five short capitalised parts between bars or slashes ("Jane Roe | Agency | Photos"). */
export const PHOTO_CREDIT = /^\p{Lu}[^|/.!?]{1,40}(?:\s[|/]\s\p{Lu}[^|/.!?]{1,40}){1,4}$/u;

/** Most words of a crosshead line: longer unpunctuated lines are read as text. The engine uses the same bound. */
export const CROSSHEAD_WORDS = 14;

export type BlockKind = 'headline' | 'crosshead' | 'paragraph' | 'caption' | 'meta' | 'debris';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** The text to show: for captions, without the markdown stars around them. */
  display: string;
  /** Offset of `display` in the article text. */
  displayStart: number;
  sentences: Sentence[];
}

const META = /^(by\s+\S|date\s+\d{4}-\d\d-\d\d|published:?|updated:?|posted\s+(on|by)|original url:?|filed under|last modified)/i;
const DEBRIS =
  /^(no comments:?|post a comment|newer post|older post|home|share( this)?|tweet|subscribe( now)?|support us( now)?|advertisement|related( articles| stories)?:?|read more:?|magazine support|follow us|sign up|click here|comments?)\s*$/i;
const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;
const SOURCE_CREDIT = /^(source|photo|image|credit|picture|foto|fuente)\s*:\s*\S.{0,60}$/i;
const STARRED = /^\*{1,2}([^*]+)\*{1,2}$/;
const TRAILING_CREDIT = /\s*\*{1,2}[^*]{1,80}\*{1,2}\s*$/;
const DATE_DASH = /^(?:\p{L}+day,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4})\s*[—–-]{1,2}$/u;
const QUESTION_HEAD = /^\p{Lu}[^?]*\?$/u;
/** The writer or the reader in a question: the writer's voice, not a crosshead. */
const WRITER = /\b(?:I|we|us|our|you|your|me|my)\b/i;
const ENDS_SENTENCE = /[.!?…"”»')]\s*$/;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function classifyLine(line: string, position: { first: boolean; seenBody: boolean; previousDisplays: ReadonlySet<string> }): BlockKind {
  const s = line.trim();
  if (URL_ONLY.test(s) || DEBRIS.test(s) || STARRED.test(s) || SOURCE_CREDIT.test(s) || PHOTO_CREDIT.test(s)) return 'debris';
  if (position.previousDisplays.has(s) && !ENDS_SENTENCE.test(s)) return 'debris';
  if (/(https?:\/\/|www\.)\S+/i.test(s) && words(s) <= 3) return 'debris';
  if (words(s) === 1 && !ENDS_SENTENCE.test(s)) return 'debris';
  if (META.test(s) && words(s) <= 14) return 'meta';
  if (/\b[\w-]+\.(com|org|net|gov|info|news|co\.[a-z]{2})\b/i.test(s) && words(s) <= 6) return 'meta';
  if (/^[-–—]\s*[A-Z][A-Z .'’-]+$/.test(s)) return 'meta';
  if (/^\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b/i.test(s) && words(s) <= 6) return 'meta';
  if (/^\W*\d{1,2}:\d\d\s*(am|pm)?\b/i.test(s) && words(s) <= 10) return 'meta';
  if (/^(january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2},?\s+\d{4}$/i.test(s)) return 'meta';
  if (DATE_DASH.test(s)) return 'meta';
  if (TRAILING_CREDIT.test(s) && words(s) <= 40) return 'caption';
  if (!ENDS_SENTENCE.test(s) && words(s) <= CROSSHEAD_WORDS) return position.seenBody ? 'crosshead' : 'headline';
  // Above the body a whole unpunctuated line is the headline, commas or not.
  if (!ENDS_SENTENCE.test(s) && !/[,:;]$/.test(s) && words(s) <= 25 && !position.seenBody) return 'headline';
  // "What happens now?": a short question on its own line heads the section after it.
  if (position.seenBody && QUESTION_HEAD.test(s) && words(s) >= 2 && words(s) <= 7 && !/["“”«»]/.test(s) && !WRITER.test(s)) return 'crosshead';
  return 'paragraph';
}

/** The article as blocks in reading order, each with the sentences it holds. */
export function articleBlocks(article: Article): Block[] {
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let seenBody = false;
  let offset = 0;
  let si = 0;
  const sentences = article.sentences;
  const given = article.lineKinds;
  for (const line of article.text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = lineStart + line.indexOf(trimmed);
    const end = start + trimmed.length;
    const kind = given?.[blocks.length] ?? classifyLine(trimmed, { first: blocks.length === 0, seenBody, previousDisplays: seen });
    seen.add(trimmed);
    if (kind === 'paragraph') seenBody = true;
    let display = trimmed;
    const displayStart = start;
    if (kind === 'caption') {
      const credit = TRAILING_CREDIT.exec(trimmed);
      if (credit) display = trimmed.slice(0, credit.index).trimEnd();
    }
    while (si < sentences.length && (sentences[si] as Sentence).end <= start) si++;
    const inside: Sentence[] = [];
    for (let k = si; k < sentences.length && (sentences[k] as Sentence).start < end; k++) inside.push(sentences[k] as Sentence);
    blocks.push({ kind, start, end, display, displayStart, sentences: inside });
  }
  // The line just above a photo credit is its caption (kinds given ahead already say so).
  for (let i = 1; !given && i < blocks.length; i++) {
    const credit = blocks[i] as Block;
    const above = blocks[i - 1] as Block;
    if (credit.kind === 'debris' && PHOTO_CREDIT.test(credit.display) && above.kind === 'paragraph') above.kind = 'caption';
  }
  return blocks;
}

/** Blocks a reader shows: the page furniture that is not the article is left out. */
export const shownBlocks = (blocks: readonly Block[]): Block[] => blocks.filter((b) => b.kind !== 'debris' && b.kind !== 'meta');
