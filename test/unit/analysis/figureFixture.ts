import type { Article } from '../../../src/core/article';
import { analyze, type Figure } from '../../../src/core/analysis';
import { article } from './seeds';

/** A figure as the engine would read `text` in a one-sentence article: only where and what it is. */
export function figureIn(x: Article, text: string, kind: Figure['kind'] = 'count', unitClass = ''): Figure {
  const start = x.text.indexOf(text);
  if (start < 0) throw new Error(`"${text}" not in ${x.id}`);
  return {
    id: `${x.id}:${start}`,
    article: x.id,
    sentenceId: `${x.id}.0`,
    sentence: x.text,
    text,
    start,
    end: start + text.length,
    kind,
    value: 0,
    low: 0,
    high: 0,
    bound: 'exact',
    unit: '',
    unitClass,
    subject: '',
    scheduled: false,
    relative: false,
    sourced: false,
  };
}

/** The figure groups the engine finds in one-paragraph articles a, b, c… made of `texts`. */
export const groupsOf = (...texts: string[]) => analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups;

/** A group's members as "article:figure", sorted: what a test compares. */
export const textsOf = (g: { members: { article: string; text: string }[] }) => g.members.map((m) => `${m.article}:${m.text}`).sort();
