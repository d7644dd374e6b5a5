import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import type { Article } from '../../../src/core/article';
import type { OpinionRound } from '../../../src/core/levelSchema';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Small probes of what the engine makes of an invented text, shared by the round-fix suites. */

/** The figure groups that hold a figure printed as `text`. */
export const groupsWith = (articles: Parameters<typeof analyze>[0], text: string) => analyze(articles).figureGroups.filter((g) => g.members.some((m) => m.text === text));

/** The sentences the engine finds in a text, as they read. */
export const sentences = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text);

/** The kind of the last sentence of a text opened by a plain line of news. */
export const kindOf = (text: string) => {
  const found = analyze([article('a', `The agency gave its update on Monday.\n${text}`)]).sentences;
  return found[found.length - 1]?.kind;
};

/** The unit class the engine gives the figure printed as `figure`. */
export const classOf = (text: string, figure: string) => analyze([article('a', text)]).figures.find((f) => f.text === figure)?.unitClass;

/** The kind of the last sentence of a text opened by a line in the writer's own voice (a passage with a view). */
export const kindInVoice = (text: string) => {
  const found = analyze([article('a', `Lakeside Voices\nWe think the new plan is a disgrace.\n${text}`)]).sentences;
  return found[found.length - 1]?.kind;
};

/** The opinion rounds made from some articles over seeds 1 to `seeds`, six a level. */
export function opinionRoundsOver(articles: Article[], seeds = 12): OpinionRound[] {
  const findings = analyze(articles);
  const out: OpinionRound[] = [];
  for (let seed = 1; seed <= seeds; seed++) out.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`));
  return out;
}

/** A second article of plain news, so that a level has more than one outlet. */
export const plainNews = article('b', 'The river bridge closed on Monday, and ferries will carry commuters until repairs end in June.\nThe council met on Tuesday.');

/** The rounds that show a passage. */
export const roundsOn = (rounds: readonly OpinionRound[], passage: string): OpinionRound[] => rounds.filter((r) => r.passage === passage);
