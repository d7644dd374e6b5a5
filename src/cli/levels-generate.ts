import { writeFileSync } from 'node:fs';
import { generateFromArticles } from '../core/analysis/generators';
import { generatedLevelText } from '../core/analysis/explain';
import { LEVEL_FORMAT, type AuthoredRound, type InlineArticle } from '../core/levelSchema';
import { validateLevel } from '../core/levelValidate';
import { readArticleFiles, toId } from './readArticleFiles';
import { isMain, runMain } from './cliMain';

const USAGE = `usage: npm run -s levels:generate -- FILE... [--seed N] [--out FILE]
  Builds a complete level from the given articles alone: the articles inline, and rounds of all
  three types written out in full, ready to play and to edit by hand.`;

const COUNTS: Record<AuthoredRound['type'], number> = { 'who-said-it': 4, 'opinion-or-reporting': 4, 'conflicting-figures': 4, 'opinion-pair': 0 };

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
  const rounds: AuthoredRound[] = [];
  const made: Record<string, number> = {};
  (Object.keys(COUNTS) as AuthoredRound['type'][]).forEach((type, index) => {
    const r = generateFromArticles({ type, count: COUNTS[type], seed, index }, articles);
    made[type] = r.length;
    rounds.push(...r);
  });
  if (rounds.length === 0) {
    console.error('error: the engine found nothing it is sure enough of to make a round from (no shared figures, no clear opinion or attributed sentences, no sentence fit for "who said it?")');
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
  const { title, description } = generatedLevelText(files.length);
  const level = {
    $schema: './level.schema.json',
    format: LEVEL_FORMAT,
    id: toId(`generated-${articles[0]?.id ?? 'level'}`),
    order: 100,
    title,
    description,
    languages: ['en', 'es'],
    seed,
    shuffleRounds: false,
    articles: inline,
    rounds,
  };
  const check = validateLevel(level, new Map());
  if (!check.ok) {
    for (const p of check.problems) console.error(`internal error: generated level fails its own check at /${p.path.join('/')}: ${p.message}`);
    return 1;
  }
  const json = JSON.stringify(level, null, 2) + '\n';
  if (out) {
    try {
      writeFileSync(out, json);
    } catch (e) {
      console.error(`error: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return 1;
    }
    console.error(`wrote ${out}: ${rounds.length} rounds (${made['who-said-it']} who-said-it, ${made['opinion-or-reporting']} opinion-or-reporting, ${made['conflicting-figures']} conflicting-figures)`);
  } else process.stdout.write(json);
  if (!made['conflicting-figures']) {
    console.error('note: no conflicting-figures rounds: the articles share no figure the engine could compare with confidence (different quantities, or none at all). The level has the other round types; add figure rounds by hand if the articles have some.');
  }
  for (const f of files) if (!f.outletKnown) console.error(`note: ${f.file} names no outlet; players will see "${f.article.outlet.en}". Add "outlet:" front matter or edit the level.`);
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
