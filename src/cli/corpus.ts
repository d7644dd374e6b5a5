import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findAllQuotes, type Article } from '../core/article';
import { decodeEscapedLines, decodeEscapes } from '../core/analysis/structure';
import { normalizeText } from '../core/analysis/text';
import { ROOT } from './nodeLibrary';
import { readArticleFiles } from './readArticleFiles';
import { FIGURE_REASONS, FURNITURE_ROLES, SENTENCE_KINDS, spansOf, type ClusterKey } from './qualityScore';

/**
 * The development corpus: test/fixtures/corpus/<split>/<cluster>/{articles/*.txt, key.json, SOURCE.md}
 * (format: test/fixtures/corpus/README.md). Loading never throws: whatever is wrong with a
 * cluster is reported with its path, and the other clusters still load.
 */

export const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'corpus');
/**
 * `holdout`: clusters labelled blind and kept out of tuning for one round of engine work, so that
 * round can be checked, cluster by cluster, on texts it never saw (the test split only ever shows
 * its one-line total). After the check they move to dev.
 */
export const SPLITS = ['dev', 'test', 'holdout'] as const;
export type Split = (typeof SPLITS)[number];

export const MIN_ATTRIBUTIONS = 10;
export const MIN_SENTENCES = 15;

export interface Cluster {
  split: Split;
  id: string;
  dir: string;
  articles: Article[];
  key: ClusterKey | null;
  /** Article files its sources.json lists that are not on this machine (the key is then not checked). */
  missing: string[];
  /** The article ids of the missing files (from sources.json), for scoring on the texts present. */
  absentIds: string[];
  problems: string[];
}

export function loadSplit(root: string, split: Split): Cluster[] {
  const dir = join(root, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => loadCluster(join(dir, name), split, name));
}

export function loadCluster(dir: string, split: Split, id: string): Cluster {
  const problems: string[] = [];
  const articleDir = join(dir, 'articles');
  const files = existsSync(articleDir)
    ? readdirSync(articleDir)
        .filter((f) => /\.(txt|md)$/.test(f))
        .sort()
        .map((f) => join(articleDir, f))
    : [];
  const fetchable = existsSync(join(dir, 'sources.json'));
  if (files.length === 0) {
    problems.push(fetchable ? `${dir}: article texts not present (not in git, see SOURCE.md): run \`npm run corpus:fetch\`` : `${articleDir}: no article files (*.txt)`);
  }
  const read = readArticleFiles(files);
  problems.push(...read.problems);
  const articles = read.files.map((f) => f.article);
  for (const f of read.files) if (!f.outletKnown) problems.push(`${f.file}: no "outlet:" in the front matter`);

  let key: ClusterKey | null = null;
  const keyPath = join(dir, 'key.json');
  if (!existsSync(keyPath)) problems.push(`${keyPath}: missing`);
  else {
    try {
      key = JSON.parse(readFileSync(keyPath, 'utf8')) as ClusterKey;
    } catch (e) {
      problems.push(`${keyPath}: not valid JSON (${(e as Error).message})`);
    }
  }
  // Key strings are verbatim in the files; an article whose escaped line breaks createArticle decoded is
  // read (and scored) in its decoded text, so the key's strings from it are decoded the same way.
  const decoded = new Set(read.files.filter((f) => decodeEscapedLines(f.body) !== f.body).map((f) => f.article.id));
  if (key && decoded.size > 0) key = decodedKey(key, decoded);
  // Without all its texts a fetchable cluster's key cannot be checked against them: one problem says
  // so (the cluster is still scored, on the texts it has: see keyForPresentTexts).
  const absentEntries = fetchable && files.length > 0 ? missingArticleFiles(dir) : [];
  const missing = absentEntries.map((a) => a.file);
  if (missing.length > 0)
    problems.push(
      `${dir}: ${missing.length} article text(s) not present (${missing.join(', ')}): run \`npm run corpus:fetch\`; the key is not checked and the cluster is scored on the texts present only`,
    );
  if (key && missing.length === 0 && (files.length > 0 || !fetchable)) problems.push(...keyProblems(key, articles, { split, cluster: id }).map((p) => `${keyPath}: ${p}`));
  if (!existsSync(join(dir, 'SOURCE.md'))) problems.push(`${join(dir, 'SOURCE.md')}: missing (where each article comes from and its licence)`);
  return { split, id, dir, articles, key, missing, absentIds: absentEntries.map((a) => a.id), problems };
}

/** The key with the text fields of items from the given articles decoded (an attribution: when any article it lists is one). */
function decodedKey(key: ClusterKey, decoded: ReadonlySet<string>): ClusterKey {
  const fields = ['text', 'from', 'to', 'figure'];
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (!isObject(x)) return x;
    const listed = [x.article, ...(Array.isArray(x.articles) ? x.articles : [])];
    const mine = listed.some((a) => typeof a === 'string' && decoded.has(a));
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, mine && fields.includes(k) && typeof v === 'string' ? decodeEscapes(v).replace(/\r\n?/g, '\n') : walk(v)]));
  };
  return walk(key) as ClusterKey;
}

/** The article files a cluster's sources.json lists that are not in its articles/ folder. */
function missingArticleFiles(dir: string): { file: string; id: string }[] {
  const { articles } = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { articles: { file: string; id: string }[] };
  return articles.filter((a) => !existsSync(join(dir, 'articles', a.file)));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** Everything that keeps a key from following the corpus format, each as a sentence saying where. */
export function keyProblems(key: unknown, articles: readonly Article[], expect: { split?: string; cluster?: string } = {}): string[] {
  const out: string[] = [];
  if (!isObject(key)) return ['the key is not a JSON object'];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const known = (where: string, article: unknown): article is string => {
    if (!isString(article)) {
      out.push(`${where}: "article" must be an article id`);
      return false;
    }
    if (!byId.has(article)) {
      out.push(`${where}: no article "${article}" in this cluster`);
      return false;
    }
    return true;
  };
  const verbatim = (where: string, article: string, text: unknown, wholeWords = false): void => {
    if (!isString(text)) return void out.push(`${where}: the text is missing`);
    const a = byId.get(article);
    const found = wholeWords ? spansOf(a, text).length > 0 : findAllQuotes(a?.text ?? '', text).length > 0;
    if (!found) out.push(`${where}: "${text.slice(0, 60)}" does not occur in ${article}${wholeWords ? ' as whole words' : ''}`);
  };
  const list = (field: string): unknown[] => {
    const v = key[field];
    if (!Array.isArray(v)) {
      out.push(`"${field}" must be a list`);
      return [];
    }
    return v;
  };

  if (expect.cluster !== undefined && key.cluster !== expect.cluster) out.push(`"cluster" is ${JSON.stringify(key.cluster)}, but the folder is ${expect.cluster}`);
  if (expect.split !== undefined && key.split !== expect.split) out.push(`"split" is ${JSON.stringify(key.split)}, but the cluster sits in ${expect.split}/`);
  if (!isString(key.topic)) out.push('"topic" is missing');

  list('copies').forEach((c, i) => {
    const carriers = isObject(c) && Array.isArray(c.carriers) ? c.carriers : null;
    if (!carriers || carriers.length < 2) return void out.push(`copies[${i}]: needs "carriers" with at least two articles`);
    carriers.forEach((x: unknown, j) => {
      const where = `copies[${i}].carriers[${j}]`;
      if (!isObject(x) || !known(where, x.article)) return;
      verbatim(where, x.article, x.from);
      verbatim(where, x.article, x.to);
    });
  });

  const attributions = list('attributions');
  // Counted by the articles that print them: a sentence three outlets carry is one entry listing all three, not three
  // entries (which would each score the engine wrong for finding the other two).
  const printings = attributions.reduce<number>((n, x) => n + (isObject(x) && Array.isArray(x.articles) ? x.articles.length : 0), 0);
  if (printings < MIN_ATTRIBUTIONS) out.push(`"attributions": ${printings} given (counting each article listed), at least ${MIN_ATTRIBUTIONS} wanted`);
  const firstOfText = new Map<string, number>();
  attributions.forEach((x, i) => {
    const where = `attributions[${i}]`;
    if (!isObject(x) || !isString(x.text) || !Array.isArray(x.articles) || x.articles.length === 0) return void out.push(`${where}: needs "text" and a non-empty "articles" list`);
    const text = x.text;
    const listed: unknown[] = x.articles;
    const normal = normalizeText(text);
    const twin = firstOfText.get(normal);
    const twinArticles = twin === undefined ? undefined : (attributions[twin] as { articles: unknown[] }).articles;
    if (twinArticles && (twinArticles.length !== listed.length || twinArticles.some((a) => !listed.includes(a))))
      out.push(`${where}: the same sentence as attributions[${twin}], under other articles: list all the articles that print it in one entry`);
    if (twin === undefined) firstOfText.set(normal, i);
    const ids = x.articles.filter((a: unknown, j) => known(`${where}.articles[${j}]`, a)) as string[];
    if (new Set(ids).size !== ids.length) out.push(`${where}: an article is listed twice`);
    if (!ids.some((a) => findAllQuotes(byId.get(a)?.text ?? '', text).length > 0)) out.push(`${where}: "${text.slice(0, 60)}" occurs verbatim in none of its articles`);
  });

  const sentences = list('sentences');
  if (sentences.length < MIN_SENTENCES) out.push(`"sentences": ${sentences.length} given, at least ${MIN_SENTENCES} wanted`);
  sentences.forEach((x, i) => {
    const where = `sentences[${i}]`;
    if (!isObject(x) || !known(where, x.article)) return;
    verbatim(where, x.article, x.text);
    if (!(SENTENCE_KINDS as readonly unknown[]).includes(x.kind)) out.push(`${where}: "kind" must be one of ${SENTENCE_KINDS.join(', ')}`);
  });

  list('furniture').forEach((x, i) => {
    const where = `furniture[${i}]`;
    if (!isObject(x) || !known(where, x.article)) return;
    verbatim(where, x.article, x.text);
    if (!(FURNITURE_ROLES as readonly unknown[]).includes(x.role)) out.push(`${where}: "role" must be one of ${FURNITURE_ROLES.join(', ')}`);
  });

  list('figureGroups').forEach((g, i) => {
    const where = `figureGroups[${i}]`;
    if (!isObject(g)) return void out.push(`${where}: must be an object`);
    if (!isString(g.subject)) out.push(`${where}: "subject" is missing`);
    if (typeof g.conflict !== 'boolean') out.push(`${where}: "conflict" must be true or false`);
    if (!(FIGURE_REASONS as readonly unknown[]).includes(g.reason)) out.push(`${where}: "reason" must be one of ${FIGURE_REASONS.join(', ')}`);
    if (g.conflict === true && g.reason !== 'genuine-conflict') out.push(`${where}: a conflicting group's reason is genuine-conflict`);
    if (g.conflict === false && g.reason === 'genuine-conflict') out.push(`${where}: genuine-conflict with "conflict": false`);
    const members = Array.isArray(g.members) ? g.members : [];
    members.forEach((m: unknown, j) => {
      const w = `${where}.members[${j}]`;
      if (!isObject(m) || !known(w, m.article)) return;
      verbatim(w, m.article, m.figure, true);
    });
    const arts = new Set(members.map((m: unknown) => (isObject(m) ? m.article : null)));
    if (arts.size < 2) out.push(`${where}: a group needs figures from at least two articles (one-article figures go under "singletons")`);
  });

  list('singletons').forEach((x, i) => {
    const where = `singletons[${i}]`;
    if (!isObject(x) || !known(where, x.article)) return;
    verbatim(where, x.article, x.figure, true);
    if (!isString(x.what)) out.push(`${where}: "what" is missing`);
  });

  list('nonFigures').forEach((x, i) => {
    const where = `nonFigures[${i}]`;
    if (!isObject(x) || !known(where, x.article)) return;
    verbatim(where, x.article, x.text, true);
  });
  return out;
}
