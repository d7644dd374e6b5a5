import type { Article } from '../article';
import { pickText } from '../localText';
import { clusterSentences, findCopies } from './copies';
import { groupFigures } from './figureGroups';
import { findFigures, type FigureContext, type FoundFigures } from './figures';
import { langPack, type LangPack } from './lang';
import { classifySentences } from './opinion';
import { prepare, type PreparedArticle, type SentenceCache } from './prep';
import { findQuoteDrift, findQuotes, lineCache, type LineCache } from './quotes';
import type { Findings, Quote, SentenceFinding } from './types';

export type * from './types';

/**
 * How many sentences of an article name a word (by its singular: "earthquakes" and "earthquake" are one), for the figure
 * grouper's counts of a noun an article keeps coming back to. Each article's words are tallied once, when first asked about.
 */
function sentencesNaming(prepared: readonly PreparedArticle[], lang: LangPack): (article: string, word: string) => number {
  const byId = new Map(prepared.map((p) => [p.article.id, p]));
  const tallies = new Map<string, Map<string, number>>();
  return (article, word) => {
    let tally = tallies.get(article);
    if (!tally) {
      tally = new Map();
      for (const ps of byId.get(article)?.sentences ?? []) {
        if (ps.debris) continue;
        for (const w of new Set(ps.info.tokens.map((t) => lang.singularOf(t.norm)))) tally.set(w, (tally.get(w) ?? 0) + 1);
      }
      tallies.set(article, tally);
    }
    return tally.get(lang.singularOf(word)) ?? 0;
  };
}

/**
 * What a careful reader finds across a set of articles about one event.
 *
 * Copies and reposts repeat the same sentences and lines many times over, so the work that
 * depends only on a sentence's text (tokens, figures, opinion cues) or a line's (quote marks,
 * speakers) is done once per distinct text in each call and shared.
 */
export function analyze(
  articles: readonly Article[],
  options: { lang?: string; trace?: Parameters<typeof groupFigures>[0]['trace']; explain?: Parameters<typeof groupFigures>[0]['explain'] } = {},
): Findings {
  const lang: LangPack = langPack(options.lang);
  const sentenceCache: SentenceCache = new Map();
  const prepared = articles.map((a) => prepare(a, lang, sentenceCache));
  const clusters = clusterSentences(prepared, lang);
  const copies = findCopies(prepared, clusters);

  const found: FoundFigures = { figures: [], contexts: [], sentences: [] };
  const figureCluster: number[] = [];
  const lines: LineCache = lineCache();
  const quotes: Quote[] = [];
  prepared.forEach((p, a) => {
    const from = found.figures.length;
    findFigures(lang, p, found);
    const ids = clusters.clusterOf[a] as Int32Array;
    for (let k = from; k < found.figures.length; k++) figureCluster.push(ids[found.sentences[k] as number] as number);
    for (const q of findQuotes(lang, p, lines)) quotes.push(q);
  });
  const figures = found.figures;
  let contexts: readonly (FigureContext | undefined)[] = found.contexts;
  let figureClusters: ArrayLike<number> = figureCluster;
  if (new Set(articles.map((a) => a.id)).size < articles.length) {
    // Articles sharing an id share figure and sentence ids: the last one read wins, as it always has.
    const byId = new Map<string, FigureContext>();
    figures.forEach((f, i) => byId.set(f.id, found.contexts[i] as FigureContext));
    contexts = figures.map((f) => byId.get(f.id));
    const sentenceCluster = new Map<string, number>();
    prepared.forEach((p, a) => {
      const ids = clusters.clusterOf[a] as Int32Array;
      p.sentences.forEach((s, i) => {
        if ((ids[i] as number) >= 0) sentenceCluster.set(s.sentence.id, ids[i] as number);
      });
    });
    figureClusters = figures.map((f) => sentenceCluster.get(f.sentenceId) ?? -1);
  }
  const figureGroups = groupFigures({
    figures,
    contexts,
    clusters: figureClusters,
    dates: new Map(articles.flatMap((a) => (a.date ? [[a.id, a.date] as const] : []))),
    stem: lang.wordStem,
    singular: lang.singularOf,
    totality: lang.totalityWords,
    mentions: sentencesNaming(prepared, lang),
    trace: options.trace,
    explain: options.explain,
  });
  const quoteDrift = findQuoteDrift(lang, prepared, quotes);
  const byArticle = <T extends { article: string }>(items: readonly T[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const x of items) {
      const list = m.get(x.article);
      if (list) list.push(x);
      else m.set(x.article, [x]);
    }
    return m;
  };
  const quotesOf = byArticle(quotes);
  const figuresOf = byArticle(figures);
  const sentences: SentenceFinding[] = [];
  for (const p of prepared) classifySentences(lang, p, quotesOf.get(p.article.id) ?? [], figuresOf.get(p.article.id) ?? [], sentences);

  return {
    articles: prepared.map((p) => ({ id: p.article.id, outlet: pickText(p.article.outlet, 'en'), sentences: p.sentences.length, words: p.words })),
    copies,
    figures,
    figureGroups,
    sentences,
    quotes,
    quoteDrift,
  };
}
