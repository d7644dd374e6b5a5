import { createHash } from 'node:crypto';

/**
 * Where a corpus article's text comes from, for clusters whose publishers do not allow the text
 * to be redistributed: the repository keeps this manifest (sources.json beside key.json) and
 * `npm run corpus:fetch` rebuilds the article files from the pages themselves.
 */
export interface SourceEntry {
  id: string;
  /** Article file, relative to the cluster's articles/ folder. */
  file: string;
  outlet: string;
  date: string;
  url: string;
  /** Where the page reposts a report first published elsewhere. */
  original?: string;
  licence: string;
  /** The first and last words of the text used, to find it in the page. */
  first: string;
  last: string;
  /** sha256 of the text with every run of whitespace made one space (see bodyHash). */
  sha256: string;
}

/** A hash that survives the line-breaking differences between one scrape of a page and another. */
export function bodyHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  pound: '£',
  eacute: 'é',
  raquo: '»',
  laquo: '«',
};

/** Visible text of an HTML page, one block (paragraph, heading, list item) per line. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|h[1-6]|li|ul|ol|nav|main|aside|figure|figcaption|blockquote|section|article|header|footer|table|tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** The text from the first occurrence of `first` to the end of the next `last`, or null. */
export function extractBetween(text: string, first: string, last: string): string | null {
  const start = text.indexOf(first);
  if (start < 0) return null;
  const end = text.indexOf(last, start + first.length - Math.min(first.length, last.length));
  return end < 0 ? null : text.slice(start, end + last.length);
}

/** An article file as readArticleFiles reads it: front matter, then the text. */
export function articleFile(entry: Pick<SourceEntry, 'id' | 'outlet' | 'date'>, text: string): string {
  return `---\nid: ${entry.id}\noutlet: ${entry.outlet}\ndate: ${entry.date}\n---\n${text.replace(/\s+$/, '')}\n`;
}

/**
 * The article text of `entry` out of a copy of its page: HTML as fetched, or the page's text as a
 * browser or a stored copy gives it. The text must hash as labelled, or it is not the same text
 * (`force` takes it anyway).
 */
export function textFromPage(
  entry: Pick<SourceEntry, 'first' | 'last' | 'sha256'>,
  page: string,
  { html = /<(html|body|p|div|article)\b/i.test(page), force = false } = {},
): { text: string } | { problem: string } {
  const text = extractBetween(html ? htmlToText(page) : page.replace(/\r/g, ''), entry.first, entry.last);
  if (text === null) return { problem: `the page does not have the text from "${entry.first}" to "${entry.last}"` };
  if (bodyHash(text) !== entry.sha256 && !force) return { problem: 'the page text differs from the labelled one (hash mismatch)' };
  return { text };
}
