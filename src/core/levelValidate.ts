import { findAllQuotes, findQuote, type Article } from './article';
import type { Library } from './library';
import { articleFromInline } from './library';
import { levelSchema, type AuthoredRound, type LevelFile, type RoundEntry } from './levelSchema';
import type { LocalText } from './localText';

export type JsonPath = readonly (string | number)[];

/** One thing wrong with a level: where (a JSON path), what, and how to fix it. */
export interface Problem {
  path: JsonPath;
  message: string;
  hint?: string | undefined;
}

export function toPointer(path: JsonPath): string {
  return '/' + path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

/** Rounds the engine made for a `{ "generate": … }` entry. Provided by the analysis engine. */
export type RoundGenerator = (
  request: { type: AuthoredRound['type']; count: number; seed: number; index: number },
  articles: readonly Article[],
) => AuthoredRound[];

export interface ValidLevel {
  file: LevelFile;
  articles: Map<string, Article>;
  /** Authored rounds and generated ones, in level order. */
  rounds: AuthoredRound[];
}

export type LevelResult = { ok: true; level: ValidLevel } | { ok: false; problems: Problem[] };

/** Schema first (shape), then meaning: quotes in their articles, answers among options, unique ids. */
export function validateLevel(data: unknown, library: Library, generate?: RoundGenerator): LevelResult {
  const parsed = levelSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: issue.message,
        hint: schemaHint(issue.path),
      })),
    };
  }
  const level = parsed.data;
  const problems: Problem[] = [];
  const articles = new Map<string, Article>();

  level.articles.forEach((ref, i) => {
    if (typeof ref === 'string') {
      const found = library.get(ref);
      if (!found) {
        problems.push({
          path: ['articles', i],
          message: `article "${ref}" not found`,
          hint: `use one of: ${[...library.keys()].join(', ') || '(no bundled articles)'}, or put the article inline with its text`,
        });
      } else if (articles.has(ref)) {
        problems.push({ path: ['articles', i], message: `article "${ref}" is listed twice` });
      } else articles.set(ref, found);
    } else if (articles.has(ref.id)) {
      problems.push({ path: ['articles', i, 'id'], message: `article id "${ref.id}" is used twice`, hint: 'give each article its own id' });
    } else {
      articles.set(ref.id, articleFromInline(ref));
    }
  });

  checkLanguages(level, problems);

  const rounds: AuthoredRound[] = [];
  const seenIds = new Map<string, number>();
  level.rounds.forEach((entry: RoundEntry, i) => {
    if ('generate' in entry) {
      if (!generate) {
        problems.push({ path: ['rounds', i], message: 'generated rounds are not available here' });
        return;
      }
      const made = generate({ ...entry.generate, seed: level.seed, index: i }, [...articles.values()]);
      rounds.push(...made.filter((r) => !seenIds.has(r.id)));
      return;
    }
    const prior = seenIds.get(entry.id);
    if (prior !== undefined) {
      problems.push({
        path: ['rounds', i, 'id'],
        message: `round id "${entry.id}" is already used by round ${prior + 1}`,
        hint: 'give each round its own id',
      });
    }
    seenIds.set(entry.id, i);
    checkRound(entry, ['rounds', i], articles, problems);
    rounds.push(entry);
  });

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, level: { file: level, articles, rounds } };
}

function checkLanguages(level: LevelFile, problems: Problem[]): void {
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') {
      if (isLocalTextPath(path)) {
        for (const lang of level.languages) {
          if (!(lang in (value as LocalText))) {
            problems.push({
              path,
              message: `missing "${lang}" text`,
              hint: `the level declares languages ${level.languages.join(', ')}: add "${lang}": "…"`,
            });
          }
        }
        return;
      }
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(level, []);
}

const LOCAL_TEXT_KEYS = new Set(['title', 'description', 'explanation', 'question', 'outlet', 'provenance']);
function isLocalTextPath(path: (string | number)[]): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && LOCAL_TEXT_KEYS.has(last);
}

function checkRound(round: AuthoredRound, at: (string | number)[], articles: Map<string, Article>, problems: Problem[]): void {
  const needArticle = (articleId: string, path: (string | number)[]): Article | undefined => {
    const a = articles.get(articleId);
    if (!a) {
      problems.push({
        path,
        message: `article "${articleId}" is not one of this level's articles`,
        hint: `use one of: ${[...articles.keys()].join(', ')}`,
      });
    }
    return a;
  };
  const needQuote = (article: Article | undefined, quote: string, path: (string | number)[]): void => {
    if (article && !findQuote(article.text, quote)) {
      problems.push({
        path,
        message: `quote not found in article "${article.id}": "${clip(quote)}"`,
        hint: 'copy the passage exactly from the article; only spacing and line breaks may differ',
      });
    }
  };
  const unique = (items: readonly string[], path: (string | number)[], what: string): void => {
    const dup = items.find((x, i) => items.indexOf(x) !== i);
    if (dup !== undefined) problems.push({ path, message: `${what} "${dup}" is listed twice` });
  };

  round.evidence.forEach((ev, j) => {
    needQuote(needArticle(ev.article, [...at, 'evidence', j, 'article']), ev.quote, [...at, 'evidence', j, 'quote']);
  });

  switch (round.type) {
    case 'who-said-it': {
      unique(round.options, [...at, 'options'], 'option');
      round.options.forEach((o, j) => {
        const a = needArticle(o, [...at, 'options', j]);
        const carries = a ? findAllQuotes(a.text, round.quote).length > 0 : false;
        const isAnswer = round.answers.includes(o);
        if (a && isAnswer && !carries) {
          problems.push({
            path: [...at, 'quote'],
            message: `the quote is not in answer article "${o}"`,
            hint: 'copy the quote exactly from every article listed in answers',
          });
        }
        if (a && !isAnswer && carries) {
          problems.push({
            path: [...at, 'answers'],
            message: `article "${o}" also carries the quote but is not among the answers`,
            hint: `copies count: add "${o}" to answers`,
          });
        }
      });
      round.answers.forEach((ans, j) => {
        if (!round.options.includes(ans)) {
          problems.push({ path: [...at, 'answers', j], message: `answer "${ans}" is not one of the options`, hint: 'every answer must be listed in options' });
        }
      });
      break;
    }
    case 'opinion-or-reporting': {
      needQuote(needArticle(round.article, [...at, 'article']), round.passage, [...at, 'passage']);
      unique(round.cueOptions, [...at, 'cueOptions'], 'cue');
      if (!round.cueOptions.includes(round.cue)) {
        problems.push({ path: [...at, 'cue'], message: `cue "${round.cue}" is not one of the cueOptions`, hint: 'add it to cueOptions' });
      }
      break;
    }
    case 'conflicting-figures': {
      round.figures.forEach((f, j) => {
        const a = needArticle(f.article, [...at, 'figures', j, 'article']);
        needQuote(a, f.quote, [...at, 'figures', j, 'quote']);
        if (!findQuote(f.quote, f.figure)) {
          problems.push({ path: [...at, 'figures', j, 'figure'], message: `figure "${f.figure}" is not part of its quote`, hint: 'copy the figure exactly as the quote writes it' });
        }
      });
      unique(round.reasonOptions, [...at, 'reasonOptions'], 'reason');
      if (!round.reasonOptions.includes(round.reason)) {
        problems.push({ path: [...at, 'reason'], message: `reason "${round.reason}" is not one of the reasonOptions`, hint: 'add it to reasonOptions' });
      }
      const figureArticles = round.figures.map((f) => f.article);
      round.bestSupported?.forEach((b, j) => {
        if (!figureArticles.includes(b)) {
          problems.push({ path: [...at, 'bestSupported', j], message: `"${b}" is not the article of one of the figures` });
        }
      });
      break;
    }
  }
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function schemaHint(path: readonly PropertyKey[]): string | undefined {
  const last = path[path.length - 1];
  if (last === 'type') return 'round types: who-said-it, opinion-or-reporting, conflicting-figures';
  if (last === 'format') return 'use "format": 1';
  return undefined;
}
