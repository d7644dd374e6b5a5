import { findAllQuotes, type Article } from '../article';
import { clusterSentences, type SentenceClusters } from './copies';
import { langPack } from './lang';
import { prepare, type PreparedArticle, type SentenceCache } from './prep';

/**
 * "Which articles print this sentence?" as the engine sees it: every article where the words
 * occur verbatim (spacing aside), plus every article whose sentence the engine's near-copy
 * clustering puts with it (a changed word, brackets inside a quote). Who-said-it answers and
 * the quality measure both need this one notion, so it lives here, built once per article set.
 */
export type CarrierLookup = (sentence: string) => string[];

export function sentenceCarriers(articles: readonly Article[], options: { lang?: string } = {}): CarrierLookup {
  const lang = langPack(options.lang);
  const cache: SentenceCache = new Map();
  const prepared = articles.map((a) => prepare(a, lang, cache));
  const clusters = clusterSentences(prepared, lang);
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const numbered = numberedCarriers(prepared, clusters);

  return (text: string): string[] => {
    // Spacing aside: a sentence wrapped over lines in one article is the same sentence.
    const wanted = text.trim().replace(/\s+/g, ' ');
    const found = new Set<string>();
    // A sentence cut from a longer quote keeps the quote's opening (or closing) mark, which an
    // outlet printing only that sentence does not have: the words are what is printed.
    const bare = unmatchedQuoteMarksOff(wanted);
    for (const a of articles) if (findAllQuotes(a.text, wanted).length > 0 || (bare !== wanted && findAllQuotes(a.text, bare).length > 0)) found.add(a.id);
    const wantedWords = wanted.split(/\s+/).length;
    prepared.forEach((p, a) => {
      const ids = clusters.clusterOf[a] as Int32Array;
      p.sentences.forEach((s, i) => {
        const c = ids[i] as number;
        if (c < 0) return;
        const own = s.sentence.text.trim().replace(/\s+/g, ' ');
        // The engine's sentence may hold a dateline or lose a trailing quote: the same sentence
        // if one contains the other and the shorter is most of the longer.
        const same = own === wanted || (own.includes(wanted) && wantedWords >= 0.6 * s.words) || (wanted.includes(own) && s.words >= 0.6 * wantedWords);
        if (!same) return;
        for (const carrier of numbered(c, numbersIn(wanted))) found.add((prepared[carrier] as (typeof prepared)[number]).article.id);
        // The statement a story quotes prints the story's sentence too.
        for (const carrier of clusters.alsoPrintedBy[a]?.get(i) ?? []) found.add((prepared[carrier] as (typeof prepared)[number]).article.id);
      });
    });
    return [...found].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
  };
}

/** Quote marks with no partner in the sentence, taken off its ends: “I tried. → I tried. */
function unmatchedQuoteMarksOff(text: string): string {
  const count = (re: RegExp): number => (text.match(re) ?? []).length;
  let out = text;
  const straight = count(/"/g) % 2 === 1;
  const curlyOpen = count(/[“«]/g) > count(/[”»]/g);
  const curlyClose = count(/[”»]/g) > count(/[“«]/g);
  if ((straight && out.startsWith('"')) || (curlyOpen && /^[“«]/.test(out))) out = out.slice(1).trimStart();
  else if ((straight && /"$/.test(out)) || (curlyClose && /[”»]$/.test(out))) out = out.slice(0, -1).trimEnd();
  return out;
}

/** The numbers a sentence writes in digits, each run of digits once ("139 herds in 12 states": 12, 139; "33,568,184": one number). */
export function numbersIn(text: string): ReadonlySet<string> {
  return new Set(text.replace(/(\d),(?=\d{3})/g, '$1').match(/\d+/g) ?? []);
}

/** Whether two sentences give numbers that neither holds of the other's: another statement, not a copy. */
function otherNumbers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  return [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x));
}

/**
 * The articles carrying a near-copy cluster with no other numbers than `numbers`: "USDA is reporting that 172 dairy cow herds
 * in 13 states…" is another statement than "…139 dairy cow herds in 12 states…", though the figure finder reads both as one
 * sentence updated. ("Ninety of the cases" beside "90 of the cases", a number written out in one, is still a copy.) Built
 * once per article set; looked up by cluster.
 */
export function numberedCarriers(prepared: readonly PreparedArticle[], clusters: SentenceClusters): (cluster: number, numbers: ReadonlySet<string>) => number[] {
  const byCluster = new Map<number, { article: number; numbers: ReadonlySet<string> }[]>();
  prepared.forEach((p, a) => {
    const ids = clusters.clusterOf[a] as Int32Array;
    p.sentences.forEach((s, i) => {
      const c = ids[i] as number;
      if (c < 0 || (clusters.variants[c] as number) < 2) return;
      const list = byCluster.get(c) ?? [];
      list.push({ article: a, numbers: numbersIn(s.sentence.text) });
      byCluster.set(c, list);
    });
  });
  return (cluster, numbers) => {
    const list = byCluster.get(cluster);
    if (!list) return [...(clusters.carriers[cluster] as Int32Array)];
    return [...new Set(list.filter((x) => !otherNumbers(x.numbers, numbers)).map((x) => x.article))];
  };
}
