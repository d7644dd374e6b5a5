import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const sentences = (text: string) => article('a', text).sentences.map((s) => s.text);
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2031-05-02' }, text);

describe('sentence ends that are not', () => {
  it('keeps a quotation closed on its own "!" or "?" with the words that go on after it in lower case', () => {
    expect(sentences('It was not shouts of “shame!” that came from the gallery; it was relief. “Why now?” the mayor asked. “Are we done?” No one answered.')).toEqual([
      'It was not shouts of “shame!” that came from the gallery; it was relief.',
      '“Why now?” the mayor asked.',
      '“Are we done?”',
      'No one answered.',
    ]);
  });

  it('does not end a sentence at a plural title ("Reps.", "Sens.")', () => {
    expect(sentences('The letter was signed by Reps. Jane Roe and Jo Bloggs, the co-chairs. Sens. Ann Lee and Bo Park agreed.')).toEqual([
      'The letter was signed by Reps. Jane Roe and Jo Bloggs, the co-chairs.',
      'Sens. Ann Lee and Bo Park agreed.',
    ]);
  });
});

describe('who said it over three copies and page markup', () => {
  const shared = 'The harbour board approved a new ferry route to the islands on Tuesday after a long debate.';
  const articles = [
    outlet('a', 'Harbour Board', `${shared} The route opens in June.`),
    outlet('b', 'Coast News', `${shared} Fares stay the same.`),
    outlet('c', 'Island Times', `${shared} Islanders welcomed it.`),
    outlet('d', 'Bay Weekly', 'The <em>Bay Star</em> ferry will keep its old timetable until the new route opens in June.'),
    outlet('e', 'Port Daily', 'The port expects more visitors in the summer, when the new ferries arrive from the yard.'),
  ];
  const rounds = () => {
    const out = [];
    for (let seed = 1; seed <= 12; seed++) out.push(...whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), (n) => `r${n}`));
    return out;
  };

  it('says three outlets printing the same passage copied one another or a common source (not "one … the other")', () => {
    const three = rounds().filter((r) => r.quote === shared && r.answers.length === 3);
    expect(three.length).toBeGreaterThan(0);
    for (const r of three) {
      expect(r.explanation.en).toContain('all carry this sentence word for word: they print the same passage, so they copied one another or a common source.');
      expect(r.explanation.es).toContain('se copiaron entre sí o copiaron una fuente común');
    }
  });

  it('never shows a line with the page’s markup in it', () => {
    const quotes = rounds().map((r) => r.quote);
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => q.includes('<em>'))).toBe(false);
  });
});

describe('a pull quote under the headline', () => {
  const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture] as const);

  it('is the page’s standfirst, not the story, when the dateline follows it', () => {
    const found = furniture(
      'Harbour Board Raises Fees for the First Time\n\n“We failed the fishers,” said Roe. “We must act now.”\n\nHARBOUR CITY — The board raised mooring fees by 12 percent on Monday.\n\nThe fees take effect in June.',
    );
    expect(found).toContainEqual(['“We failed the fishers,” said Roe.', true]);
    expect(found).toContainEqual(['“We must act now.”', true]);
    expect(found).toContainEqual(['The board raised mooring fees by 12 percent on Monday.', false]);
  });

  it('leaves two sentences of prose under the headline as the story', () => {
    const found = furniture(
      'Harbour Board Raises Fees for the First Time\n\nThe board raised mooring fees by 12 percent on Monday. Fishers said the rise was too steep.\n\nHARBOUR CITY — The vote was 5 to 2.\n\nThe fees take effect in June.',
    );
    expect(found).toContainEqual(['The board raised mooring fees by 12 percent on Monday.', false]);
    expect(found).toContainEqual(['Fishers said the rise was too steep.', false]);
  });
});

describe('details that check nothing and lines that serve the reader', () => {
  it('never names a footnote’s number as the checkable detail', () => {
    const passage = 'Due in large part to the end of the ferry subsidy, the fare index,[1] which counts every crossing, rose from 7.8 to 12.4 percent.';
    const articles = [article('a', `${passage} The board met on Monday.`), article('b', 'The fare index rose sharply this year, and the board met on Monday to discuss it.')];
    const findings = analyze(articles);
    const rounds = [];
    for (let seed = 1; seed <= 12; seed++) rounds.push(...opinionRounds(findings, articles, 6, createRng(seed), (n) => `r${n}`));
    const asked = rounds.filter((r) => r.passage === passage);
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) expect(r.explanation.en).not.toContain('("1")');
  });

  it('does not ask who said "You can find more … in our blog"', () => {
    const line = 'You can find more in-depth analysis of the ferry fares in our recent blog.';
    const articles = [
      outlet('a', 'Harbour Board', `The ferry fare index rose 12 percent this year. ${line}`),
      outlet('b', 'Harbour Board (via Coast News)', `The ferry fare index rose 12 percent this year. ${line}`),
      outlet('c', 'Island Times', 'Islanders said the ferry fares were now too high for daily trips to the mainland.'),
      outlet('d', 'Bay Weekly', 'The bay ferry will keep its old timetable until the new route opens in June.'),
    ];
    const quotes = [];
    for (let seed = 1; seed <= 12; seed++) quotes.push(...whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), (n) => `r${n}`).map((r) => r.quote));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes).not.toContain(line);
  });
});
