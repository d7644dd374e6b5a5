import { writeFileSync } from 'node:fs';
import { generateFromArticles } from '../core/analysis/generators';
import { markUsed, usesAny } from '../core/analysis/roundSentences';
import { generatedLevelText } from '../core/analysis/explain';
import { LEVEL_FORMAT, type AuthoredRound, type InlineArticle } from '../core/levelSchema';
import { ANSWER_WORDS, balanceAnswer, balanceProblems, type BalanceAnswer } from '../core/levelBalance';
import { validateLevel } from '../core/levelValidate';
import { readArticleFiles, toId } from './readArticleFiles';
import { isMain, runMain } from './cliMain';
import { noFigureRoundsNote } from './generateNotes';

const USAGE = `usage: npm run -s levels:generate -- FILE... [--seed N] [--out FILE]
  Builds a complete level from the given articles alone: the articles inline, and rounds of all
  three types written out in full, ready to play and to edit by hand.`;

const COUNTS: Record<AuthoredRound['type'], number> = { 'who-said-it': 4, 'opinion-or-reporting': 4, 'conflicting-figures': 4, 'opinion-pair': 0 };
/**
 * The engine is asked for more rounds than the level keeps (its most per request), so that the
 * rounds kept can mix answers: its first few are often all of one kind (all single-outlet
 * sentences, say), which levels:check refuses as guessable by habit.
 */
const POOL = 20;

/**
 * Up to `n` rounds taken in turn from each kind of answer, each kind in the engine's order: the
 * most even mix the pool allows.
 */
export function mixedPick(pool: readonly AuthoredRound[], n: number): AuthoredRound[] {
  const byAnswer = new Map<BalanceAnswer, AuthoredRound[]>();
  for (const r of pool) {
    const a = balanceAnswer(r);
    byAnswer.set(a, [...(byAnswer.get(a) ?? []), r]);
  }
  const queues = [...byAnswer.values()];
  const picked: AuthoredRound[] = [];
  for (let i = 0; picked.length < n && queues.some((q) => i < q.length); i++) {
    for (const q of queues) if (i < q.length && picked.length < n) picked.push(q[i] as AuthoredRound);
  }
  // Back in the engine's order, so the level reads as the engine ranked it.
  return pool.filter((r) => picked.includes(r));
}

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let seed = 1;
  let out: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--seed') {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) {
        console.error('error: --seed needs a whole number, e.g. --seed 42');
        return 2;
      }
      seed = Number(v);
    } else if (a === '--out') {
      out = argv[++i];
      if (!out) {
        console.error('error: --out needs a file name, e.g. --out levels/geneva.json');
        return 2;
      }
    } else if (a.startsWith('--')) {
      console.error(`error: unknown option ${a}\n${USAGE}`);
      return 2;
    } else paths.push(a);
  }
  if (paths.length === 0) {
    console.error(`error: no article files given\n${USAGE}`);
    return 2;
  }
  const { files, problems } = readArticleFiles(paths);
  for (const p of problems) console.error(`error: ${p}`);
  if (problems.length > 0) {
    console.error('error: fix or leave out the files above; a level is only built from articles that can all be read');
    return 1;
  }
  if (files.length < 2) {
    console.error(`error: a level needs at least two articles about the same event to read across (got ${files.length})`);
    return 1;
  }
  const articles = files.map((f) => f.article);
  const types = (Object.keys(COUNTS) as AuthoredRound['type'][]).filter((type) => COUNTS[type] > 0);
  const pools = new Map(types.map((type, index) => [type, generateFromArticles({ type, count: POOL, seed, index }, articles)]));
  const keep = new Map(types.map((type) => [type, Math.min(COUNTS[type], pools.get(type)?.length ?? 0)]));
  // No sentence is used by two rounds: a type picks only rounds on sentences the types before it left.
  // Opinion rounds pick first: any distinctive sentence makes a who-said-it round, while an opinion
  // round needs the few sentences of each kind the engine is sure of, and would lose its only
  // attributed one to a quote. (Figures still pick last.)
  const pickOrder = [...types.filter((t) => t === 'opinion-or-reporting'), ...types.filter((t) => t !== 'opinion-or-reporting')];
  const pick = (): AuthoredRound[] => {
    const used = new Set<string>();
    const chosen = new Map<AuthoredRound['type'], AuthoredRound[]>();
    for (const type of pickOrder) {
      const rounds = mixedPick(
        (pools.get(type) ?? []).filter((r) => !usesAny(r, used)),
        keep.get(type) ?? 0,
      );
      for (const r of rounds) markUsed(r, used);
      chosen.set(type, rounds);
    }
    return types.flatMap((type) => chosen.get(type) ?? []);
  };
  let rounds = pick();
  if (rounds.length === 0) {
    console.error(
      'error: the engine found nothing it is sure enough of to make a round from (no shared figures, no clear opinion or attributed sentences, no sentence fit for "who said it?")',
    );
    return 1;
  }
  const inline: InlineArticle[] = files.map((f) => ({
    id: f.article.id,
    outlet: { ...f.article.outlet },
    ...(f.article.byline ? { byline: f.article.byline } : {}),
    ...(f.article.date ? { date: f.article.date } : {}),
    sourceKind: f.article.sourceKind,
    text: f.body,
  }));
  const levelWith = (rounds: AuthoredRound[]) => ({
    $schema: './level.schema.json',
    format: LEVEL_FORMAT,
    id: toId(`generated-${articles[0]?.id ?? 'level'}`),
    order: 100,
    ...generatedLevelText(files.length, new Set(rounds.map((r) => r.type))),
    languages: ['en', 'es'],
    seed,
    shuffleRounds: false,
    articles: inline,
    rounds,
  });
  // levels:check refuses a skill whose answers can be guessed by habit: keep fewer rounds of that
  // type until its mix passes. One round always does (a skill needs two to be judged), so a type
  // the engine only found one kind of answer for keeps a single round, and the teacher is told.
  let check = validateLevel(levelWith(rounds), new Map());
  for (;;) {
    if (!check.ok) {
      for (const p of check.problems) console.error(`internal error: generated level fails its own check at /${p.path.join('/')}: ${p.message}`);
      return 1;
    }
    const unfair = balanceProblems(check.level);
    if (unfair.length === 0) break;
    // Every round here is written out, so a balance problem's path is the round itself.
    const unbalanced = new Set(unfair.map((p) => (typeof p.path[1] === 'number' ? rounds[p.path[1]]?.type : undefined)));
    const fewer = [...unbalanced].filter((type): type is AuthoredRound['type'] => type !== undefined && (keep.get(type) ?? 0) > 1);
    if (fewer.length === 0) {
      for (const p of unfair) console.error(`internal error: generated level fails its balance check at /${p.path.join('/')}: ${p.message}`);
      return 1;
    }
    for (const type of fewer) keep.set(type, (keep.get(type) ?? 2) - 1);
    rounds = pick();
    check = validateLevel(levelWith(rounds), new Map());
  }
  const level = levelWith(rounds);
  const made: Record<string, number> = Object.fromEntries(types.map((type) => [type, rounds.filter((r) => r.type === type).length]));
  const json = JSON.stringify(level, null, 2) + '\n';
  if (out) {
    try {
      writeFileSync(out, json);
    } catch (e) {
      console.error(`error: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return 1;
    }
    console.error(
      `wrote ${out}: ${rounds.length} rounds (${made['who-said-it']} who-said-it, ${made['opinion-or-reporting']} opinion-or-reporting, ${made['conflicting-figures']} conflicting-figures)`,
    );
  } else process.stdout.write(json);
  for (const type of types) {
    const found = pools.get(type) ?? [];
    if (made[type] === 0 || made[type] === Math.min(COUNTS[type], found.length)) continue;
    const kinds = [...new Set(found.map(balanceAnswer))];
    console.error(
      kinds.length < 2
        ? `note: kept 1 ${type} round: every one the engine made is ${ANSWER_WORDS[kinds[0] as BalanceAnswer]}, and more of one kind would let a player win by habit. Add rounds of another kind by hand (levels/README.md, "Balance").`
        : `note: kept ${made[type]} ${type} rounds, not ${Math.min(COUNTS[type], found.length)}: the engine's rounds did not mix answers enough for more (levels/README.md, "Balance").`,
    );
  }
  if (!made['conflicting-figures']) console.error(noFigureRoundsNote(pools.get('conflicting-figures')?.length ?? 0));
  for (const f of files)
    if (!f.outletKnown) console.error(`note: ${f.file} names no outlet; players will see "${f.article.outlet.en}". Add "outlet:" front matter or edit the level.`);
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
