import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { analyze } from '../../../src/core/analysis';
import { opinionExplanation } from '../../../src/core/analysis/explain';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import type { AuthoredRound } from '../../../src/core/levelSchema';
import { article } from './seeds';

/**
 * Invented sentences (not from any corpus), one rule each: the three faults of the hand audit
 * AUDIT-navalny (round 20) in the words an explanation teaches and the text a round shows.
 */
const finding = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence));

function rounds(type: AuthoredRound['type'], articles: Article[]): AuthoredRound[] {
  const out: AuthoredRound[] = [];
  for (const seed of [1, 2, 3]) out.push(...generateFromArticles({ type, count: 4, seed, index: 0 }, articles));
  return out;
}

describe('the explanation names the verb that says who said it, not a noun before it', () => {
  it('names "reported", not "state", in "…, state media reported." and "…, state television reported."', () => {
    const text =
      'The mayor opened the new bridge on Monday.\nThe council voted to close the old road on Friday, regional state media reported.\nThe storm closed the port overnight, state television reported.';
    for (const sentence of ['The council voted to close the old road', 'The storm closed the port overnight']) {
      const s = finding(text, sentence);
      expect(s?.kind, sentence).toBe('attributed');
      expect(s?.evidence['attribution-verb'], sentence).toBe('reported');
    }
    const s = finding(text, 'The council voted to close the old road');
    expect(opinionExplanation('attributed', 'attribution-verb', s?.evidence['attribution-verb'], { en: 'Outlet a', es: 'Medio a' }).en).toContain('("reported")');
  });

  it('reads "say" and "state" after a determiner and a singular word as nouns ("the final say", "your home state")', () => {
    const text = 'The vote is on Sunday.\nVoters get the final say on the harbour plan.\nThe new rules reach every town in your home state.';
    expect(finding(text, 'Voters get the final say')?.cues).not.toContain('attribution-verb');
    expect(finding(text, 'The new rules reach every town')?.cues).not.toContain('attribution-verb');
  });

  it('still reads the verb where a plural or "the police" speaks ("the officials state", "the police say")', () => {
    const text = 'The road was closed.\nThe police say the driver fled the scene.\nIn a letter, the officials state that the bridge is safe.';
    expect(finding(text, 'The police say')?.evidence['attribution-verb']).toBe('say');
    expect(finding(text, 'In a letter, the officials state')?.evidence['attribution-verb']).toBe('state');
  });
});

describe('a word in quotation marks is someone else’s, not the writer’s loaded word', () => {
  it('names the writer’s own judging words ("vague and overly broad"), not the charge it quotes', () => {
    const s = finding('Officials met on Tuesday.\nThe ten-year ban rests on vague and overly broad charges of “sabotage”, and followed a secret hearing.', 'The ten-year ban');
    expect(s?.kind).toBe('opinion');
    expect(s?.evidence['loaded-words']).toBe('vague and overly broad');
  });

  it('does not read a charge’s name or a term in quotation marks, with no judging word of the writer, as an opinion', () => {
    const text = 'The port reopened on Monday.\nA court fined the editor for “treason” on Friday.\nThe probe flew past a small "moonlet" that circles the larger rock.';
    for (const sentence of ['A court fined the editor', 'The probe flew past']) {
      const s = finding(text, sentence);
      expect(s?.kind, sentence).not.toBe('opinion');
      expect(s?.cues, sentence).not.toContain('loaded-words');
    }
  });
});

describe('a photo caption with its credit run into it is not a round’s text', () => {
  const page = (caption: string) =>
    `Court jails activist for ten years\nA court in Port Ellis jailed the activist Jane Doe for ten years on Friday, after a closed trial. Her lawyers said they would appeal the ruling.\n${caption}\nThe ruling drew protests in three cities, the agency said. Police detained 40 people in Port Ellis.`;

  it('marks the caption as furniture, with the credit before it, after it on its line, or on the line under it', () => {
    for (const caption of [
      'Picsum/Jane Roedel A crowd gathers outside the court in Port Ellis in early 2027. Courts and Justice',
      'A crowd gathers outside the court in Port Ellis in early 2027. Picsum/Jane Roedel',
      'A crowd gathers outside the court in Port Ellis in early 2027.\nPicsum/Jane Roedel',
      'A crowd gathers outside the court in Port Ellis in early 2027. (© Jane Roedel/Picsum)',
    ]) {
      const found = analyze([article('a', page(caption))]).sentences;
      for (const s of found.filter((x) => /crowd gathers|Roedel|Courts and Justice/.test(x.text))) expect(s.furniture, `${s.text} in ${caption}`).toBe(true);
      expect(found.find((s) => s.text.startsWith('A court in Port Ellis jailed'))?.furniture).toBe(false);
      expect(found.find((s) => s.text.startsWith('The ruling drew protests'))?.furniture).toBe(false);
    }
  });

  it('is never the passage of an opinion-or-reporting round nor the quote of a who-said-it round', () => {
    const articles = [
      article('a', page('Picsum/Jane Roedel A crowd gathers outside the court in Port Ellis in early 2027. Courts and Justice')),
      article('b', 'A court in Port Ellis jailed the activist Jane Doe for ten years on Friday. The trial was closed to the press, her lawyers said.'),
    ];
    const shown: string[] = [];
    for (const r of rounds('opinion-or-reporting', articles)) if (r.type === 'opinion-or-reporting') shown.push(r.passage);
    for (const r of rounds('who-said-it', articles)) if (r.type === 'who-said-it') shown.push(r.quote);
    expect(shown.length).toBeGreaterThan(0);
    for (const q of shown) expect(q).not.toMatch(/Roedel|crowd gathers/);
  });
});
