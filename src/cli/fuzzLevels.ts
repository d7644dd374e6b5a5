import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { act, currentQuestion, currentRound, runScore, startRun, type Action, type Run } from '../core/game';
import { loadLevelText } from '../core/levelLoad';
import { generateRounds } from '../core/generate';
import { LEVELS_DIR, loadNodeLibrary } from './nodeLibrary';

/**
 * Fuzzing levels: valid levels (the README example with inline articles, a shipped level with
 * bundled ones) mutated the ways hostile or broken files are (deleted keys, wrong types, huge and
 * deeply nested values, `__proto__` keys, built-in names as ids, duplicate ids, long quotes,
 * generate entries, broken JSON), then sent through the loader, validator, round builder, play and scoring. Used by the
 * property suite (test/unit/fuzz) and by `npm run fuzz`.
 */
export const FUZZ_FILE = 'fuzz.json';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

const { library } = loadNodeLibrary();
const root = join(import.meta.dirname, '..', '..');
export const BASE_LEVELS: readonly Json[] = [
  JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'levels', 'example.json'), 'utf8')) as Json,
  JSON.parse(readFileSync(join(LEVELS_DIR, '01-who-said-it.json'), 'utf8')) as Json,
];

/** Every place in `value` (the first 2,001, depth first), with what is there. */
function places(value: Json, at: Path = [], out: [Path, Json][] = []): [Path, Json][] {
  out.push([at, value]);
  if (out.length > 2000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => places(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) places(v, [...at, k], out);
  return out;
}

function getAt(value: Json, path: Path): Json | undefined {
  let v: Json | undefined = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, Json>)[p] : undefined;
  return v;
}

/** A copy of `value` with the thing at `path` replaced (or deleted, when `next` is undefined). */
function setAt(value: Json, path: Path, next: Json | undefined): Json {
  if (path.length === 0) return next ?? null;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (typeof head !== 'number') return value;
    if (rest.length === 0 && next === undefined) copy.splice(head, 1);
    else copy[head] = setAt(copy[head] ?? null, rest, next);
    return copy;
  }
  if (value && typeof value === 'object') {
    const copy: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: v, enumerable: true, writable: true, configurable: true });
    if (rest.length === 0 && next === undefined) delete copy[head];
    else Object.defineProperty(copy, String(head), { value: setAt(copy[head as string] ?? null, rest, next), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}

const wrongValue: fc.Arbitrary<Json> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 4 }),
  fc.constantFrom('', ' ', 'x'.repeat(300), 'who-said-it', 'generate', '-1', 'NaN', '__proto__', 'constructor'),
) as fc.Arbitrary<Json>;

/** Whether `value` nests more than `limit` lists and objects (a bare value counts as one). */
function deeperThan(value: Json, limit: number): boolean {
  if (limit < 1) return true;
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => deeperThan(v, limit - 1));
  for (const k in value) if (deeperThan(value[k] as Json, limit - 1)) return true;
  return false;
}

function deep(depth: number, kind: 'array' | 'object'): Json {
  let v: Json = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

const articleWords = (level: Json): string[] => {
  const texts = places(level)
    .map(([, v]) => v)
    .filter((v): v is string => typeof v === 'string' && v.length > 200);
  const words = texts.join(' ').split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : ['word'];
};

type Mutation = (level: Json) => fc.Arbitrary<Json>;

/**
 * How big the huge values get. `npm run fuzz` goes to the size of a real level file (20 MB at
 * most); the unit suite keeps each case to a fraction of that so it runs in seconds.
 */
export interface FuzzSize {
  string: number;
  array: number;
  depth: number;
  quoteWords: number;
  caseChars: number;
}
export const FULL_SIZE: FuzzSize = { string: 300_000, array: 20_000, depth: 1_000, quoteWords: 8_000, caseChars: 8_000_000 };
export const SMALL_SIZE: FuzzSize = { string: 30_000, array: 300, depth: 200, quoteWords: 6_000, caseChars: 400_000 };

const pickPath = (level: Json, filter: (p: Path, v: Json | undefined) => boolean = () => true): fc.Arbitrary<Path> => {
  const all = places(level)
    .filter(([p, v]) => filter(p, v))
    .map(([p]) => p);
  return all.length > 0 ? fc.constantFrom(...all) : fc.constant([]);
};

export const mutations = (size: FuzzSize) =>
  ({
    deleteKey: (l) => pickPath(l, (p) => p.length > 0).map((p) => setAt(l, p, undefined)),
    wrongType: (l) => fc.tuple(pickPath(l), wrongValue).map(([p, v]) => setAt(l, p, v)),
    hugeString: (l) =>
      fc
        .tuple(
          pickPath(l, (_, v) => typeof v === 'string'),
          fc.integer({ min: 1_000, max: size.string }),
          fc.constantFrom('x', 'word ', 'Mr. A. ', '«»', '\n'),
        )
        .map(([p, n, unit]) => setAt(l, p, unit.repeat(Math.ceil(n / unit.length)))),
    hugeArray: (l) =>
      fc
        .tuple(
          pickPath(l, (_, v) => Array.isArray(v)),
          fc.integer({ min: 100, max: size.array }),
        )
        .map(([p, n]) => {
          // An earlier mutation may have left no list at all (the whole level replaced by null or a
          // number): pickPath then falls back to the root, and the root becomes a huge list.
          const found = getAt(l, p);
          const arr = Array.isArray(found) ? found : [];
          // Big, but within what a level file may be (20 MB): the test is of the game, not of JSON.stringify.
          const each = JSON.stringify(arr).length / Math.max(arr.length, 1);
          const length = Math.max(1, Math.min(n, Math.floor(size.caseChars / Math.max(each, 1))));
          return setAt(
            l,
            p,
            Array.from({ length }, (_, i) => arr[i % Math.max(arr.length, 1)] ?? i),
          );
        }),
    deepValue: (l) =>
      fc.tuple(pickPath(l), fc.integer({ min: 10, max: size.depth }), fc.constantFrom('array' as const, 'object' as const)).map(([p, d, k]) => setAt(l, p, deep(d, k))),
    protoKey: (l) =>
      fc
        .tuple(
          pickPath(l, (_, v) => !!v && typeof v === 'object' && !Array.isArray(v)),
          fc.constantFrom('__proto__', 'constructor', 'prototype'),
          wrongValue,
        )
        .map(([p, key, v]) => setAt(l, [...p, key], v)),
    // Names every JavaScript object has, where a level puts ids and names (a round "constructor" crashed play: seed 7, case 17153).
    builtInName: (l) =>
      fc
        .tuple(
          pickPath(l, (_, v) => typeof v === 'string' && v.length < 100),
          fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'length'),
        )
        .map(([p, name]) => setAt(l, p, name)),
    duplicateIds: (l) =>
      fc
        .tuple(
          pickPath(l, (p) => p[p.length - 1] === 'id'),
          pickPath(l, (p) => p[p.length - 1] === 'id'),
        )
        .map(([from, to]) => setAt(l, to, getAt(l, from) ?? null)),
    longQuote: (l) =>
      fc
        .tuple(
          pickPath(l, (p) => ['quote', 'passage', 'startsWith'].includes(String(p[p.length - 1]))),
          fc.integer({ min: 500, max: size.quoteWords }),
          fc.boolean(),
        )
        .map(([p, n, token]) => {
          if (token) return setAt(l, p, 'q'.repeat(n * 5));
          // n words of the articles, but no longer than a level file may be: after hugeString an
          // article "word" can be 300,000 characters, and 8,000 of them overflowed the longest
          // string JavaScript can make (seed 515151, case 15129).
          const words = articleWords(l);
          const parts: string[] = [];
          for (let i = 0, length = 0; i < n && length < size.caseChars; i++) {
            const word = words[i % words.length] as string;
            parts.push(word);
            length += word.length + 1;
          }
          return setAt(l, p, parts.join(' '));
        }),
    generateEntries: (l) =>
      fc
        .array(
          fc.record({
            generate: fc.record({
              type: fc.constantFrom('who-said-it', 'opinion-or-reporting', 'opinion-pair', 'conflicting-figures', 'nope'),
              count: fc.oneof(fc.integer({ min: -2, max: 25 }), fc.constant(1e9)),
            }),
          }),
          { minLength: 1, maxLength: 14 },
        )
        .map((entries) => {
          const rounds = getAt(l, ['rounds']);
          return setAt(l, ['rounds'], [...(Array.isArray(rounds) ? rounds : []), ...(entries as unknown as Json[])]);
        }),
  }) satisfies Record<string, Mutation>;

export interface FuzzCase {
  mutations: string[];
  text: string;
}

/** A level text: one or more mutations of a base level, sometimes with its JSON text broken too. */
export function levelCases(size: FuzzSize = FULL_SIZE): fc.Arbitrary<FuzzCase> {
  const all = mutations(size);
  return fc
    .tuple(fc.constantFrom(...BASE_LEVELS.keys()), fc.array(fc.constantFrom(...Object.keys(all)), { minLength: 1, maxLength: 3 }), fc.nat(), fc.integer({ min: 0, max: 9 }))
    .chain(([base, names, seed, textDamage]) => {
      let arb: fc.Arbitrary<Json> = fc.constant(BASE_LEVELS[base] as Json);
      for (const name of names) arb = arb.chain((l) => ((all as Record<string, Mutation>)[name] as Mutation)(l));
      return arb.map((level) => {
        // Pretty-printed (one value a line, as teachers write them) unless deep: indenting thousands
        // of levels makes megabytes of spaces.
        let text = deeperThan(level, 63) ? JSON.stringify(level) : JSON.stringify(level, null, 2);
        // One case in ten: the JSON text itself broken (cut short, or a character changed).
        if (textDamage === 0) text = text.slice(0, seed % Math.max(text.length, 1));
        else if (textDamage === 1) {
          const at = seed % Math.max(text.length, 1);
          text = text.slice(0, at) + '",}]{\\\u0000'[seed % 7] + text.slice(at + 1);
        }
        return { mutations: names, text };
      });
    });
}

/** A generated case, or the error the generator itself threw making it (a bug in the fuzzer, not the game). */
export type Generated<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * `arbitrary`, with an error thrown while generating one value caught and returned as that
 * value, so one bad case is reported as one failure and the run goes on. fast-check gives each
 * value its own jump of the random stream, so the other values are the ones `arbitrary` gives.
 */
export function guarded<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<Generated<T>> {
  return new (class extends fc.Arbitrary<Generated<T>> {
    generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<Generated<T>> {
      try {
        return new fc.Value({ ok: true, value: arbitrary.generate(mrng, biasFactor).value }, undefined);
      } catch (error) {
        return new fc.Value({ ok: false, error }, undefined);
      }
    }
    canShrinkWithoutContext(_value: unknown): _value is Generated<T> {
      return false;
    }
    shrink(): fc.Stream<fc.Value<Generated<T>>> {
      return fc.Stream.nil();
    }
  })();
}

export type Outcome = { ok: true; rounds: number; points: number } | { ok: false; lines: string[] };

const LINE = new RegExp(`^${FUZZ_FILE.replace('.', '\\.')}(:\\d+:\\d+)?: \\S`);

/**
 * Load, validate, build and play a level text to the end with arbitrary answers and score it.
 * Throws (a crash) if anything throws, or if the outcome is neither a playable level nor
 * clear problem lines naming the file and a place.
 */
export function runCase(text: string, seed = 1): Outcome {
  const loaded = loadLevelText(FUZZ_FILE, text, library, generateRounds);
  if (!loaded.ok) {
    if (loaded.lines.length === 0) throw new Error('an invalid level with no problem listed');
    const unclear = loaded.lines.filter((l) => !LINE.test(l));
    if (unclear.length > 0) throw new Error(`problem lines without file and place: ${unclear.slice(0, 2).join(' | ')}`);
    return { ok: false, lines: loaded.lines };
  }
  const level = loaded.level;
  if (level.rounds.length === 0) throw new Error('a valid level with no rounds');
  let run: Run = startRun(level, seed);
  let r = seed;
  const rand = (n: number) => {
    r = (Math.imul(r ^ (r >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return r % Math.max(n, 1);
  };
  for (let step = 0; step < 5_000 && !run.finished; step++) {
    const round = currentRound(run);
    const question = currentQuestion(run);
    let action: Action;
    if (question) {
      const option = question.options[rand(question.options.length)]?.id ?? '';
      action = question.multi ? (rand(3) === 0 ? { type: 'confirm' } : { type: 'toggle', option }) : { type: 'choose', option };
    } else if (run.stage === 'evidence' && round) {
      const article = [...level.articles.values()][rand(level.articles.size)];
      const start = article ? rand(article.text.length) : 0;
      action =
        rand(3) === 0 ? { type: 'confirmEvidence' } : rand(2) ? { type: 'skipEvidence' } : { type: 'point', span: { articleId: article?.id ?? '', start, end: start + rand(200) } };
    } else action = { type: 'next' };
    if (rand(10) === 0) action = { type: 'hint', hint: rand(2) ? 'open-article' : 'search-phrase' };
    run = act(run, action);
  }
  if (!run.finished) throw new Error('a run that could not be finished in 5,000 actions');
  const score = runScore(run);
  if (!Number.isFinite(score.points)) throw new Error(`a score that is not a number: ${score.points}`);
  return { ok: true, rounds: level.rounds.length, points: score.points };
}
