import { isNearCopy } from './analysis/nearCopy';
import { roundSentences } from './analysis/roundSentences';
import { engineSupportProblem } from './analysis/support';
import type { z } from 'zod';
import { findAllQuotes, findQuote, type Article } from './article';
import type { Library } from './library';
import { articleFromInline } from './library';
import { authoredRoundSchema, levelSchema, type AuthoredRound, type LevelFile, type RoundEntry } from './levelSchema';
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
  request: { type: AuthoredRound['type']; count: number; seed: number; index: number; avoid?: ReadonlySet<string> | undefined },
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
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues, data) };
  const level = parsed.data;
  const problems: Problem[] = [];
  const articles = new Map<string, Article>();

  level.articles.forEach((ref, i) => {
    if (typeof ref === 'string') {
      const found = library.get(ref);
      if (!found) {
        problems.push({
          path: ['articles', i],
          message: `article "${clip(ref)}" not found`,
          hint: `use one of: ${[...library.keys()].join(', ') || '(no bundled articles)'}, or put the article inline with its text`,
        });
      } else if (articles.has(ref)) {
        problems.push({ path: ['articles', i], message: `article "${clip(ref)}" is listed twice` });
      } else articles.set(ref, found);
    } else if (articles.has(ref.id)) {
      problems.push({ path: ['articles', i, 'id'], message: `article id "${clip(ref.id)}" is used twice`, hint: 'give each article its own id' });
    } else {
      articles.set(ref.id, articleFromInline(ref));
    }
  });

  checkLanguages(level, level.languages, [], problems);

  const rounds: AuthoredRound[] = [];
  const seenIds = new Map<string, number>();
  level.rounds.forEach((entry: RoundEntry, i) => {
    if ('generate' in entry) {
      if (!generate) {
        problems.push({ path: ['rounds', i], message: 'generated rounds are not available here' });
        return;
      }
      const unsupported = engineSupportProblem(level.languages, [...articles.values()]);
      if (unsupported) {
        problems.push({ path: ['rounds', i, 'generate'], ...unsupported });
        return;
      }
      // Sentences the level's other rounds use (authored ones and those generated so far): a generated round does not ask about one again.
      const avoid = new Set([...rounds, ...level.rounds.slice(i + 1).filter((e): e is AuthoredRound => !('generate' in e))].flatMap(roundSentences));
      const made = generate({ ...entry.generate, seed: level.seed, index: i, avoid }, [...articles.values()]);
      for (const r of made) {
        // A generated round is held to the authored rules here too; one that fails is left out, not shown.
        if (seenIds.has(r.id) || roundProblems(r, articles, level.languages).length > 0) continue;
        // Register generated ids too, so an authored round after this entry cannot reuse one.
        seenIds.set(r.id, i);
        rounds.push(r);
      }
      return;
    }
    const prior = seenIds.get(entry.id);
    if (prior !== undefined) {
      problems.push({
        path: ['rounds', i, 'id'],
        message: `round id "${clip(entry.id)}" is already used by round ${prior + 1}`,
        hint: 'give each round its own id',
      });
    }
    seenIds.set(entry.id, i);
    checkRound(entry, ['rounds', i], articles, problems);
    rounds.push(entry);
  });

  if (problems.length === 0 && rounds.length === 0) {
    problems.push({
      path: ['rounds'],
      message: 'this level has no rounds to play: the analysis engine made none from these articles',
      hint: 'write some rounds yourself, or give the engine more articles about the same event',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, level: { file: level, articles, rounds } };
}

/**
 * Problems with one round on its own: its shape, its meaning against the articles, and its
 * text in each language. What the level validator checks for a round, for code that makes rounds.
 */
export function roundProblems(round: unknown, articles: ReadonlyMap<string, Article>, languages: readonly string[]): Problem[] {
  const parsed = authoredRoundSchema.safeParse(round);
  if (!parsed.success) return schemaProblems(parsed.error.issues, round);
  const problems: Problem[] = [];
  checkLanguages(parsed.data, languages, [], problems);
  checkRound(parsed.data, [], articles, problems);
  return problems;
}

function checkLanguages(root: unknown, languages: readonly string[], base: (string | number)[], problems: Problem[]): void {
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') {
      if (isLocalTextPath(path)) {
        for (const lang of languages) {
          if (!(lang in (value as LocalText))) {
            problems.push({
              path,
              message: `missing the "${lang}" translation`,
              hint: `the level declares languages ${languages.join(', ')}: add "${lang}": "…"`,
            });
          }
        }
        return;
      }
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  visit(root, base);
}

const LOCAL_TEXT_KEYS = new Set(['title', 'description', 'explanation', 'question', 'outlet', 'provenance']);
function isLocalTextPath(path: (string | number)[]): boolean {
  const last = path[path.length - 1];
  return typeof last === 'string' && LOCAL_TEXT_KEYS.has(last);
}

function checkRound(round: AuthoredRound, at: (string | number)[], articles: ReadonlyMap<string, Article>, problems: Problem[]): void {
  const needArticle = (articleId: string, path: (string | number)[]): Article | undefined => {
    const a = articles.get(articleId);
    if (!a) {
      problems.push({
        path,
        message: `article "${clip(articleId)}" is not one of this level's articles`,
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
    if (dup !== undefined) problems.push({ path, message: `${what} "${clip(dup)}" is listed twice` });
  };

  round.evidence.forEach((ev, j) => {
    needQuote(needArticle(ev.article, [...at, 'evidence', j, 'article']), ev.quote, [...at, 'evidence', j, 'quote']);
  });

  switch (round.type) {
    case 'who-said-it': {
      unique(round.options, [...at, 'options'], 'option');
      round.options.forEach((o, j) => {
        const a = needArticle(o, [...at, 'options', j]);
        const isAnswer = round.answers.includes(o);
        // A near-copy counts (a word changed, brackets in a quote) when the round's evidence quotes it from that article.
        const carries = a
          ? findAllQuotes(a.text, round.quote).length > 0 ||
            (isAnswer && round.evidence.some((ev) => ev.article === o && findAllQuotes(a.text, ev.quote).length > 0 && isNearCopy(ev.quote, round.quote)))
          : false;
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
          problems.push({ path: [...at, 'answers', j], message: `answer "${clip(ans)}" is not one of the options`, hint: 'every answer must be listed in options' });
        }
      });
      break;
    }
    case 'opinion-or-reporting': {
      needQuote(needArticle(round.article, [...at, 'article']), round.passage, [...at, 'passage']);
      unique(round.cueOptions, [...at, 'cueOptions'], 'cue');
      if (!round.cueOptions.includes(round.cue)) {
        problems.push({ path: [...at, 'cue'], message: `cue "${clip(round.cue)}" is not one of the cueOptions`, hint: 'add it to cueOptions' });
      }
      break;
    }
    case 'opinion-pair': {
      round.passages.forEach((p, j) => {
        needQuote(needArticle(p.article, [...at, 'passages', j, 'article']), p.passage, [...at, 'passages', j, 'passage']);
      });
      const ids = round.passages.map((p) => p.article);
      unique(ids, [...at, 'passages'], 'article');
      if (round.answer !== 'none' && !ids.includes(round.answer)) {
        problems.push({
          path: [...at, 'answer'],
          message: `answer "${clip(round.answer)}" is not the article of either passage`,
          hint: `use ${ids.map((i) => `"${i}"`).join(' or ')}, or "none"`,
        });
      }
      break;
    }
    case 'conflicting-figures': {
      round.figures.forEach((f, j) => {
        const a = needArticle(f.article, [...at, 'figures', j, 'article']);
        needQuote(a, f.quote, [...at, 'figures', j, 'quote']);
        if (!findQuote(f.quote, f.figure)) {
          problems.push({
            path: [...at, 'figures', j, 'figure'],
            message: `figure "${clip(f.figure)}" is not part of its quote`,
            hint: 'copy the figure exactly as the quote writes it',
          });
        }
      });
      unique(round.reasonOptions, [...at, 'reasonOptions'], 'reason');
      if (!round.reasonOptions.includes(round.reason)) {
        problems.push({ path: [...at, 'reason'], message: `reason "${clip(round.reason)}" is not one of the reasonOptions`, hint: 'add it to reasonOptions' });
      }
      const figureArticles = round.figures.map((f) => f.article);
      round.bestSupported?.forEach((b, j) => {
        if (!figureArticles.includes(b)) {
          problems.push({ path: [...at, 'bestSupported', j], message: `"${clip(b)}" is not the article of one of the figures` });
        }
      });
      const outlets = [...new Set(figureArticles)];
      if (round.bestSupported && outlets.length > 0 && outlets.every((id) => round.bestSupported?.includes(id))) {
        problems.push({
          path: [...at, 'bestSupported'],
          message: 'every outlet here names its source, so the question "which outlet tells you where its figure comes from?" has no wrong answer',
          hint: 'remove bestSupported from this round, or keep it only where some figure names no source',
        });
      }
      break;
    }
  }
}

/** Values quoted in a problem line are shortened: a 300,000-character answer made a line no one can read. */
function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

type Issue = z.core.$ZodIssue;

/**
 * zod issues → problems a teacher can act on. A union (a round entry, an article entry) only
 * says "Invalid input" at the round: look inside it, at the branch the entry was meant to be,
 * so the problem names the field that is wrong. Messages say what was found and what fits.
 */
function schemaProblems(issues: readonly Issue[], data: unknown, base: JsonPath = []): Problem[] {
  const out: Problem[] = [];
  const pathOf = (issue: Issue): (string | number)[] => [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  // zod may also check the length of a value of the wrong type ("options": "a" is too long a list): say only the type.
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => toPointer(pathOf(i))));
  for (const issue of issues) {
    const path = pathOf(issue);
    if ((issue.code === 'too_small' || issue.code === 'too_big') && wrongType.has(toPointer(path))) continue;
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push(...schemaProblems(pickBranch(issue.errors, valueAt(data, path)), data, path));
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: [...path, key], message: `unknown field "${clip(key)}"`, hint: 'check the spelling, or remove it' });
      }
    } else {
      const described = describeIssue(issue, path, valueAt(data, path));
      out.push({ path, message: described.message, hint: described.hint ?? schemaHint(path) });
    }
  }
  return out;
}

/** The union branch that fits the value best: not one that fails at its very top (wrong kind of value, foreign fields). */
function pickBranch(branches: readonly (readonly Issue[])[], value: unknown): readonly Issue[] {
  const cost = (issues: readonly Issue[]): number =>
    issues.reduce((sum, i) => {
      if (i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'unrecognized_keys')) return sum + 100;
      const key = i.path[0];
      const absent = value !== null && typeof value === 'object' && typeof key === 'string' && !(key in value);
      if (i.code === 'invalid_union' && i.errors.length === 0 && absent) return sum + 10;
      return sum + 1;
    }, 0);
  let best = branches[0] ?? [];
  for (const b of branches) if (cost(b) < cost(best)) best = b;
  return best;
}

function valueAt(data: unknown, path: JsonPath): unknown {
  let v = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

const show = (v: unknown): string => {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : clip(s);
};

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list [ … ]';
  if (typeof v === 'object') return 'an object { … }';
  if (typeof v === 'string') return `the text ${show(v)}`;
  return `${typeof v === 'number' ? 'the number' : ''} ${show(v)}`.trim();
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes, e.g. "…"',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  record: 'text in each language, e.g. {"en": "…", "es": "…"}',
};

function describeIssue(issue: Issue, path: JsonPath, value: unknown): { message: string; hint?: string } {
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? `"${last}"` : 'a value';
  switch (issue.code) {
    case 'invalid_union':
      // A discriminated union whose "type" matches no option.
      if (issue.discriminator && issue.errors.length === 0) {
        const options = 'options' in issue && issue.options ? issue.options.join(', ') : '';
        return value === undefined
          ? { message: `missing "${issue.discriminator}"`, hint: options ? `add "${issue.discriminator}": one of ${options}` : undefined }
          : { message: `unknown ${issue.discriminator === 'type' ? 'round type' : issue.discriminator} ${show(value)}`, hint: options ? `use one of: ${options}` : undefined };
      }
      return { message: issue.message };
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (value === undefined) return { message: `missing ${field}`, hint: `add ${field === 'a value' ? 'it' : field}: ${expected}` };
      return { message: `expected ${expected}, found ${kindOf(value)}` };
    }
    case 'invalid_value':
      if (issue.values.length === 1) return { message: `expected ${show(issue.values[0])}, found ${show(value)}` };
      return { message: `${show(value)} is not one of the allowed values`, hint: `use one of: ${issue.values.join(', ')}` };
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return { message: n <= 1 ? `${field} must not be empty` : `${field} needs at least ${n} characters` };
      if (issue.origin === 'array') return { message: `${field} needs at least ${n} ${n === 1 ? 'item' : 'items'}` };
      return { message: `${field} must be at least ${n}, found ${show(value)}` };
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array') return { message: `${field} can have at most ${n} ${n === 1 ? 'item' : 'items'}` };
      if (issue.origin === 'string') return { message: `${field} can have at most ${n} characters` };
      return { message: `${field} must be at most ${n}, found ${show(value)}` };
    }
    case 'invalid_key':
      return { message: `${show(last)} is not ${issue.issues[0]?.message ?? 'a valid key'}` };
    case 'invalid_format':
      // The schema's own message says what fits (e.g. how an id is written).
      return { message: `${show(value)} is not a valid ${typeof last === 'string' ? last : 'value'}`, hint: issue.message };
    case 'custom':
      // The schema's own limits (levelSchema.ts) say what to do in params.hint.
      return { message: issue.message, hint: typeof issue.params?.hint === 'string' ? issue.params.hint : undefined };
    default:
      return { message: issue.message };
  }
}

function schemaHint(path: readonly PropertyKey[]): string | undefined {
  const last = path[path.length - 1];
  if (last === 'type') return 'round types: who-said-it, opinion-or-reporting, opinion-pair, conflicting-figures';
  if (last === 'format') return 'use "format": 1';
  return undefined;
}
