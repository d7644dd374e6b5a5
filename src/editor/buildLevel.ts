import type { InlineArticle } from '../core/levelSchema';
import { LEVEL_FORMAT } from '../core/levelSchema';
import { loadLevelText } from '../core/levelLoad';
import { balanceWarnings } from '../core/levelBalance';
import type { LocatedProblem } from '../core/levelLocate';
import type { LocalText } from '../core/localText';
import { articleIds, hasText, levelId, mapRoundArticles, type AuthoredRound, type BiText, type Draft } from './draft';

const SHORT: Record<AuthoredRound['type'], string> = {
  'who-said-it': 'who',
  'opinion-or-reporting': 'opinion',
  'conflicting-figures': 'figures',
};

export interface BuiltLevel {
  id: string;
  fileName: string;
  json: string;
  /** Draft key of each round and article, in file order: a problem's JSON pointer leads back to it. */
  roundKeys: string[];
  articleKeys: string[];
}

/** Text in both languages, leaving out an empty one so the check says which translation is missing. */
function local(text: Readonly<Record<string, string>>): LocalText {
  const out: Record<string, string> = {};
  for (const lang of ['en', 'es']) {
    const v = text[lang]?.trim();
    if (v) out[lang] = v;
  }
  return out;
}

function bi(text: BiText): LocalText {
  return local({ en: text.en, es: text.es });
}

/** The level file for a draft: format 1, articles inline, the accepted rounds in order. */
export function buildLevel(draft: Draft): BuiltLevel {
  const ids = articleIds(draft);
  const withText = draft.articles.filter(hasText);
  const articles: InlineArticle[] = withText.map((a) => {
    const outlet = a.outlet.trim();
    const inline: InlineArticle = {
      id: ids.get(a.key) as string,
      outlet: outlet ? { en: outlet, es: outlet } : {},
      sourceKind: 'unknown',
      text: a.text,
    };
    if (a.byline?.trim()) inline.byline = a.byline.trim();
    if (a.date?.trim()) inline.date = a.date.trim();
    return inline;
  });
  const accepted = draft.rounds.filter((r) => r.status === 'accepted');
  const perType = new Map<string, number>();
  const rounds = accepted.map((r) => {
    const n = (perType.get(r.round.type) ?? 0) + 1;
    perType.set(r.round.type, n);
    const mapped = mapRoundArticles(r.round, (key) => ids.get(key) ?? key);
    const out: AuthoredRound = { ...mapped, id: `${SHORT[r.round.type]}-${n}`, explanation: local(mapped.explanation) };
    if (out.type === 'conflicting-figures') out.question = local(out.question);
    return out;
  });
  const id = levelId(draft);
  const level = {
    $schema: './level.schema.json',
    format: LEVEL_FORMAT,
    id,
    order: 100,
    title: bi(draft.title),
    description: bi(draft.description),
    languages: ['en', 'es'],
    seed: draft.seed,
    shuffleRounds: false,
    articles,
    rounds,
  };
  return {
    id,
    fileName: `${id}.json`,
    json: JSON.stringify(level, null, 2) + '\n',
    roundKeys: accepted.map((r) => r.key),
    articleKeys: withText.map((a) => a.key),
  };
}

export interface CheckedLevel {
  built: BuiltLevel;
  ok: boolean;
  /** Problem lines, worded exactly as `npm run -s levels:check` words them, by where they belong. */
  byRound: Map<string, string[]>;
  byArticle: Map<string, string[]>;
  general: string[];
  /** Balance lines (levels:check refuses them in shipped levels): the level still plays, but players could win by habit. */
  warnings: string[];
}

/** Check the level as the game and `levels:check` do; sort each problem to the round or article it is about. */
export function checkLevel(draft: Draft): CheckedLevel {
  const built = buildLevel(draft);
  // Every round is written out in full: no engine needed, and no bundled articles are referred to.
  const loaded = loadLevelText(built.fileName, built.json, new Map());
  const byRound = new Map<string, string[]>();
  const byArticle = new Map<string, string[]>();
  const general: string[] = [];
  if (!loaded.ok) {
    loaded.problems.forEach((p: LocatedProblem, i) => {
      const line = loaded.lines[i] as string;
      const [, what, index] = /^\/(rounds|articles)\/(\d+)/.exec(p.pointer) ?? [];
      const key = what === 'rounds' ? built.roundKeys[Number(index)] : what === 'articles' ? built.articleKeys[Number(index)] : undefined;
      const bucket = key === undefined ? null : what === 'rounds' ? byRound : byArticle;
      if (bucket && key !== undefined) bucket.set(key, [...(bucket.get(key) ?? []), line]);
      else general.push(line);
    });
  }
  const warnings = loaded.ok ? balanceWarnings(built.json, loaded.level).map((p) => `${built.fileName}:${p.line}:${p.column}: ${p.message}`) : [];
  return { built, ok: loaded.ok, byRound, byArticle, general, warnings };
}
