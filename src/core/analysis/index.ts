import type { Article } from '../article';
import { pickText } from '../localText';
import { clusterSentences, findCopies } from './copies';
import { groupFigures } from './figureGroups';
import { findFigures, type FigureContext } from './figures';
import { langPack, type LangPack } from './lang';
import { classifySentences } from './opinion';
import { prepare } from './prep';
import { findQuoteDrift, findQuotes } from './quotes';
import type { Figure, Findings, Quote } from './types';

export type * from './types';

/** What a careful reader finds across a set of articles about one event. */
export function analyze(articles: readonly Article[], options: { lang?: string; trace?: Parameters<typeof groupFigures>[0]['trace'] } = {}): Findings {
  const lang: LangPack = langPack(options.lang);
  const prepared = articles.map((a) => prepare(a, lang));
  const clusters = clusterSentences(prepared);
  const copies = findCopies(prepared, clusters);

  const figures: Figure[] = [];
  const contexts = new Map<string, FigureContext>();
  const quotes: Quote[] = [];
  const sentenceCluster = new Map<string, number>();
  prepared.forEach((p, a) => {
    const found = findFigures(lang, p);
    figures.push(...found.figures);
    for (const [k, v] of found.contexts) contexts.set(k, v);
    quotes.push(...findQuotes(lang, p));
    const ids = clusters.clusterOf[a] as Int32Array;
    p.sentences.forEach((s, i) => {
      if ((ids[i] as number) >= 0) sentenceCluster.set(s.sentence.id, ids[i] as number);
    });
  });
  const figureGroups = groupFigures({ figures, contexts, clusterOfSentence: (id) => sentenceCluster.get(id) ?? -1, trace: options.trace });
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
  const sentences = prepared.flatMap((p) => classifySentences(lang, p, quotesOf.get(p.article.id) ?? [], figuresOf.get(p.article.id) ?? []));

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
