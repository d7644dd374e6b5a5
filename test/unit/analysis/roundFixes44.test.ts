import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import type { Article } from '../../../src/core/article';
import { article } from './seeds';

/** Invented texts (not from any corpus) for the round faults left by the round-41 and round-43 audits (2026-12-05). */
const sentence = (text: string, opening: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(opening));
const roundsOf = <T extends 'who-said-it' | 'opinion-or-reporting' | 'conflicting-figures'>(type: T, articles: Article[]) =>
  [1, 2, 3, 4, 5, 6].flatMap((seed) => generateFromArticles({ type, count: 4, seed, index: 0 }, articles));
const groupsWith = (articles: Article[], text: string) =>
  analyze(articles)
    .figureGroups.filter((g) => g.members.some((m) => m.text === text))
    .map((g) => g.members.map((m) => `${m.article}:${m.text}`).sort());

const LEAD = 'The river court gave its ruling on Monday.\nIt heard the case over two years.\n';

describe('a participle with its agent inside a noun phrase', () => {
  it('is not the sentence’s attribution: "the instances outlined by the prosecutor"', () => {
    const s = sentence(
      `${LEAD}While the evidence did not support a verdict in all the instances outlined by the prosecutor, each charge was at least in part proven “beyond any doubt”.`,
      'While the evidence',
    );
    expect(s?.evidence['attribution-verb']).toBeUndefined();
    expect(s?.cues).not.toContain('attribution-verb');
  });

  it('still credits a claim to a subject that speaks: "The prosecutor outlined how…"', () => {
    const s = sentence(`${LEAD}The prosecutor outlined how the harbour firm had hidden the spill from the board.`, 'The prosecutor');
    expect(s?.kind).toBe('attributed');
    expect(s?.cues).toContain('attribution-verb');
  });
});

describe('a post embedded in a page, with its hashtags', () => {
  it('makes no opinion or who-said-it round', () => {
    const post = 'Monday at 10:00: #RiverCourt judges to announce whether they find the #Harbour firm liable for the spill.';
    const articles = [
      article('a', `${LEAD}${post}\nThe court found the firm liable for the spill and fined it $2 million.\nThe firm said it would appeal the ruling.`),
      article('b', `The harbour firm was fined on Monday.\n${post}\nThe court found the firm liable for the spill and fined it $2 million.`),
      article('c', 'Fishers welcomed the river court’s ruling on Monday. They said the spill had cost them a season of work.'),
      article('d', 'The harbour firm will appeal, its lawyer said on Monday. The court had fined it $2 million for the spill.'),
    ];
    const said = (type: 'who-said-it' | 'opinion-or-reporting') =>
      roundsOf(type, articles).map((r) => (r.type === 'who-said-it' ? r.quote : r.type === 'opinion-or-reporting' ? r.passage : ''));
    expect(said('who-said-it').length).toBeGreaterThan(0);
    expect(said('who-said-it')).not.toContain(post);
    expect(said('opinion-or-reporting').length).toBeGreaterThan(0);
    expect(said('opinion-or-reporting')).not.toContain(post);
  });
});

describe('a figures round on passages that list several sums', () => {
  it('says that the figure compared is the one marked', () => {
    const articles = [
      article(
        'a',
        'The board announced the charges on Tuesday.\nThe charges target approximately $1.1 billion in ferry fraud, more than $29 million in pier fraud and more than $160 million in other harbour schemes.',
      ),
      article(
        'b',
        'Forty people were charged on Tuesday.\nProsecutors say the schemes involved approximately $1.1 billion in fraud using ferry tickets, $29 million in pier fraud and $160 million linked to other harbour schemes across the country.',
      ),
    ];
    const rounds = roundsOf('conflicting-figures', articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.question.en : '').toMatch(/the one compared is marked/);
  });

  it('asks plainly when each passage gives one sum', () => {
    const articles = [
      article('a', 'The board announced the charges on Tuesday.\nThe charges target more than $160 million in harbour fraud, the board said.'),
      article('b', 'Forty people were charged on Tuesday.\nThe charges target $160 million in harbour fraud, according to the board.'),
    ];
    const rounds = roundsOf('conflicting-figures', articles);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) expect(r.type === 'conflicting-figures' ? r.question.en : '').not.toMatch(/marked/);
  });
});

describe('a figure set as an aim or a ceiling', () => {
  it('is not grouped with a measured value: "the 1.5°C limit", "limit warming to 1.5°C"', () => {
    const articles = [
      article('a', 'The agency published its yearly report on Friday.\nFor most of the year, temperatures in the bay were more than 1.5°C above the old average.'),
      article('b', 'The council met on Friday.\nOne warm year pushing past the 1.5°C limit does not mean the goal is lost, the mayor said.'),
      article('c', 'The plan was adopted on Friday.\nThe towns must act this year to limit warming in the bay to 1.5°C, the plan says.'),
    ];
    expect(groupsWith(articles, 'more than 1.5')).toEqual([]);
  });

  it('still joins a time limit in a rule to the rule told in other words: "a 15-week limit", "after 15 weeks"', () => {
    const articles = [
      article('a', 'The state passed the law on Friday.\nThe law sets a 15-week limit on late ferry bookings, the governor said.'),
      article('b', 'Ferry firms reacted to the law on Friday.\nThe law bans ferry bookings after 15 weeks, the governor said.'),
    ];
    expect(groupsWith(articles, '15-week')).toEqual([['a:15-week', 'b:15 weeks']]);
  });
});
