import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article';
import { analyze } from '../../../src/core/analysis';
import { generateFromArticles } from '../../../src/core/analysis/generators';
import type { AuthoredRound } from '../../../src/core/levelSchema';
import { article } from './seeds';

/**
 * Invented pages (hand audit round-audit-2026-12-03b, "Furniture used as material"): a table's
 * header, a photo caption and a headline left without a stop are page furniture, and no round
 * quotes them as what an outlet wrote.
 */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

function rounds(type: AuthoredRound['type'], articles: Article[]): AuthoredRound[] {
  const out: AuthoredRound[] = [];
  for (const seed of [1, 2, 3]) out.push(...generateFromArticles({ type, count: 4, seed, index: 0 }, articles));
  return out;
}

/** Every text a round shows as an outlet's words. */
function quotes(r: AuthoredRound): string[] {
  const shown = r.evidence.map((e) => e.quote);
  if (r.type === 'who-said-it') shown.push(r.quote);
  if (r.type === 'opinion-or-reporting') shown.push(r.passage);
  if (r.type === 'conflicting-figures') shown.push(...r.figures.map((f) => f.quote));
  return shown;
}

const TABLE_PAGE =
  'Harbour prices up 7.2 percent over the year ended March 2030\nApril 12, 2030\nThe harbour price index rose 7.2 percent in the 12 months ending March 2030, the largest rise since 1990. Food prices rose 9 percent, the board said.\n' +
  'Spending group 12-month percent change, Mar. 2029–Mar. 2030 Largest percent change before March 2030 Month of previous largest percent change\n' +
  'All items 7.2 7.9 Feb. 1990\nFood 9.0 9.5 Jan. 1981\nEnergy 30.1 31.2 Jun. 1980\n' +
  'Food prices rose 9 percent in the year to March, fuel 30 percent and rents 5 percent, the board said in its monthly report on Wednesday, and wages rose 3 percent\n' +
  'Prices for energy rose the most, the board said.';

describe('a table’s column headings run into one line are not a sentence', () => {
  it('marks every piece of the header line as furniture, even where "Mar." cut it, and keeps a line with a verb', () => {
    const found = furniture(TABLE_PAGE);
    const header = found.filter(([t]) => /Spending group|Largest percent change|^2029–Mar\./.test(t as string));
    expect(header.length).toBeGreaterThan(0);
    for (const [, f] of header) expect(f).toBe(true);
    // A body line that lost its stop still has its verbs: it is a sentence.
    expect(found).toContainEqual([expect.stringMatching(/^Food prices rose 9 percent in the year to March/), false]);
    expect(found).toContainEqual(['The harbour price index rose 7.2 percent in the 12 months ending March 2030, the largest rise since 1990.', false]);
  });

  it('is never the passage of an opinion-or-reporting round', () => {
    const articles = [article('a', TABLE_PAGE), article('b', 'Harbour prices rose 7.2 percent in the year to March, the agency said. Food led the rise, it said.')];
    for (const r of rounds('opinion-or-reporting', articles)) for (const q of quotes(r)) expect(q).not.toMatch(/percent change|^2029–Mar\./);
  });
});

describe('a photo caption is not what the outlet reports', () => {
  const caption =
    'Harbour Police Deputy Chief Jane M. Roe speaks at a May 3, 2029 press conference regarding the seizure of $4.1 million in cryptocurrency paid to the extortionists.';

  it('takes a named speaker "speaking at" a dated press conference as a caption, even run into the story', () => {
    const found = furniture(
      `Harbour police seize $4.1 million from hackers\nGood afternoon. Today the police seized $4.1 million from a wallet the hackers used. We traced the payment over six months. ${caption} The money goes back to the victim.`,
    );
    expect(found).toContainEqual([caption, true]);
    expect(found).toContainEqual(['Today the police seized $4.1 million from a wallet the hackers used.', false]);
  });

  it('takes captions run together on one line as captions: posing for a photo, and people placed left and right', () => {
    const found = furniture(
      'Harbour sends 40 athletes to the games\nForty athletes will represent Harbour at the games in Port Ellis from April 16 to 22, 2029. They will compete in ten sports.\n' +
        'Athletes from Team Harbour pose for a group photo after competing in an archery event at Port Ellis, April 18, 2029.Retired Sgt. Jo Bloggs (left) and Master Sgt. Jane Roe (right), Team Harbour, play wheelchair basketball during a training camp at Fort Ellis, April 12, 2029.',
    );
    expect(found).toContainEqual(['Athletes from Team Harbour pose for a group photo after competing in an archery event at Port Ellis, April 18, 2029.', true]);
    expect(found).toContainEqual([
      'Retired Sgt. Jo Bloggs (left) and Master Sgt. Jane Roe (right), Team Harbour, play wheelchair basketball during a training camp at Fort Ellis, April 12, 2029.',
      true,
    ]);
    expect(found).toContainEqual(['Forty athletes will represent Harbour at the games in Port Ellis from April 16 to 22, 2029.', false]);
  });

  it('leaves prose alone: a dated event told in the past, a fixture, a speaker quoted', () => {
    const found = furniture(
      'Harbour police seize $4.1 million\nThe police seized $4.1 million on Monday. Deputy Chief Jane Roe spoke at a May 3, 2029 press conference about the seizure. Team Harbour plays Port Ellis on May 3, 2029. Jane Roe says she attends the May 3, 2029 hearing.',
    );
    expect(found).toContainEqual(['Deputy Chief Jane Roe spoke at a May 3, 2029 press conference about the seizure.', false]);
    expect(found).toContainEqual(['Team Harbour plays Port Ellis on May 3, 2029.', false]);
    expect(found).toContainEqual(['Jane Roe says she attends the May 3, 2029 hearing.', false]);
  });

  it('is never a figure round’s quote', () => {
    const articles = [
      article(
        'a',
        `Harbour police seize $4.1 million from hackers\nGood afternoon. Today we announce a seizure from the hackers' wallet. We traced the payment over six months. ${caption} The money goes back to the victim.`,
      ),
      article('b', 'Police in the harbour seized $4.1 million in cryptocurrency from hackers, the justice ministry said on Monday.'),
    ];
    for (const r of rounds('conflicting-figures', articles)) for (const q of quotes(r)) expect(q).not.toContain('speaks at');
  });
});

describe('a figure round quotes whole sentences, never a line left without a stop', () => {
  // (Outlet b writes the figure its own way: two outlets printing "4.2 percent" to the letter make no round.)
  it('quotes the body sentence with the figure, not the headline under the site’s banner', () => {
    const articles = [
      article(
        'a',
        'Harbour Board home page. Sign in to see your account.\n\nHarbour prices up 4.2 percent over the year ended June 2030, largest increase since records began\n\nJuly 13, 2030\n\nOver the 12 months ended June 2030, the harbour price index increased 4.2 percent. Rents rose most.',
      ),
      article('b', 'Harbour prices rise\nPrices in the harbour rose 4.2% in the twelve months to June, the agency said on Wednesday. Rents rose most.'),
    ];
    const made = rounds('conflicting-figures', articles);
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) for (const q of quotes(r)) expect(q).not.toMatch(/^Harbour prices up/);
    expect(made.some((r) => r.type === 'conflicting-figures' && r.figures.some((f) => f.quote.startsWith('Over the 12 months ended June 2030')))).toBe(true);
  });

  it('quotes the body sentence with the figure, not a paragraph cut off before its end', () => {
    const articles = [
      article(
        'a',
        'Harbour board report\nThe harbour board published its monthly price report on Wednesday. Rents rose most.\nPrices in the harbour rose 4.2 percent over the year to June, the largest rise in the board’s records, led by rents, fuel and food, with wages lagging behind for a third year running as the board warned of more to come\nThe price index rose 4.2 percent in the 12 months to June, the board said.',
      ),
      article('b', 'Harbour prices rise\nPrices in the harbour rose 4.2% in the twelve months to June, the agency said on Wednesday. Rents rose most.'),
    ];
    const made = rounds('conflicting-figures', articles);
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) for (const q of quotes(r)) expect(q).toMatch(/[.!?]$/);
  });
});
