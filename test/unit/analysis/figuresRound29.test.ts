import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { groupsOf, textsOf } from './figureFixture';

/** Issue 9, figure reading round 29. Invented sentences, not from any corpus. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;

describe('figure reading round 29', () => {
  it('reads a span of time after a capitalised object as a length, not as part of a name', () => {
    const f = figuresOf('It took the Council 19 days to agree on a budget.').find((x) => x.text === '19 days');
    expect(f).toMatchObject({ kind: 'duration', value: 19 * 1440 });
    // A name's own number stays a name.
    expect(figuresOf('She boarded Flight 19 in the morning.').some((x) => x.text.startsWith('19'))).toBe(false);
  });

  it('reads "the last N days" after a verb as a window up to now, a length', () => {
    const f = figuresOf('The mayor spent the last 19 days touring flooded towns.').find((x) => x.text === '19 days');
    expect(f?.kind).toBe('duration');
    // A span that says what it runs up to is still a span before it.
    expect(figuresOf('In the last 36 hours before the count, turnout rose.').find((x) => x.text === '36 hours')?.kind).toBe('offset');
  });

  it('reads the first of two alternatives sharing a percent unit as a share', () => {
    expect(figuresOf('Officials expect turnout of 40 or 45 percent in the north.').find((x) => x.text === '40')).toMatchObject({ kind: 'percent', value: 40 });
    expect(figuresOf('She said she would accept 60, or at the most 65 percent, in the first round.').find((x) => x.text === '60')).toMatchObject({
      kind: 'percent',
      value: 60,
    });
    // An alternative in another unit leaves the count alone.
    expect(figuresOf('They bought 12 or 15 boats last year.').find((x) => x.text === '12')?.kind).not.toBe('percent');
  });

  it('does not read "plus" after a bracket or before another amount as a lower bound', () => {
    const fs = figuresOf('The fee is 80 million euros ($88 million, £69 million) plus 5 million euros in bonuses.');
    expect(fs.find((x) => x.text.startsWith('£69 million'))).toMatchObject({ text: '£69 million', bound: 'exact' });
    expect(figuresOf('The crowd at the final was 50,000 plus.').find((x) => x.text.startsWith('50,000'))?.bound).toBe('lower');
  });

  it('joins one sum given with the same bracketed conversions in two outlets, however differently worded', () => {
    const groups = groupsOf(
      'The agreed price is a league record 80 million euros ($88 million, £69 million) plus 5 million euros in bonuses.',
      'Reports suggested the buyers would hand over an initial 80 million euros ($88 million, £69 million) for the striker.',
    );
    expect(groups.map(textsOf)).toContainEqual(['a:80 million euros', 'b:80 million euros']);
  });

  it('calls a share printed beside a fraction that gives another share a conflict, and does not group the fraction terms', () => {
    const groups = groupsOf(
      'In interviews with customers, 14 of 20 (70%) said they had bought bread at the market.',
      'In interviews with customers, 19 of 25 (70%) said they had bought bread at the market.',
    );
    const share = groups.find((g) => g.members.some((m) => m.text === '70%'));
    expect(share).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict', confident: true });
    // The part and the whole are the share's terms, not counts that moved on between the two texts.
    expect(groups.some((g) => g.members.some((m) => m.text === '14' || m.text === '20'))).toBe(false);
    // A fraction that gives its share is no conflict.
    const agreeing = groupsOf(
      'In interviews with customers, 14 of 20 (70%) said they had bought bread at the market.',
      'In interviews with customers, 14 out of 20 (70%) said they had bought bread at the market.',
    ).find((g) => g.members.some((m) => m.text === '70%'));
    expect(agreeing?.verdict).toBe('compatible');
  });

  it('joins the same rare exact count in two outlets that name its owner differently, but keeps two owners apart within one text', () => {
    const groups = groupsOf(
      'The Treasury Department today announced that it has seized 41.7 bitcoins worth about $1.1 million.',
      'The Finance Bureau today declared that it has seized 41.7 bitcoins worth roughly $1.1 million.',
      'The Treasury said it seized 41.7 bitcoins, while the Finance Bureau said it seized 12.4 bitcoins.',
    );
    const coins = groups.find((g) => g.members.some((m) => m.text === '41.7'));
    expect(coins && textsOf(coins)).toEqual(['a:41.7', 'b:41.7', 'c:41.7']);
    expect(coins?.verdict).toBe('compatible');
  });

  it('reads what a bare count counts from "the number of" earlier in its clause', () => {
    expect(figuresOf('The number of bridges damaged by the storm had risen to more than 1,200, engineers said.').find((x) => x.text === 'more than 1,200')?.unitClass).toBe(
      'bridge',
    );
    // Not across a comma into another clause.
    expect(figuresOf('The number of bridges is unknown, but 1,200 were inspected.').find((x) => x.text === '1,200')?.unitClass).toBe('');
  });

  it('does not read "one day" meaning someday as a length of time', () => {
    expect(figuresOf('“I always knew one day I would lift this cup,” the captain said.').some((x) => x.text === 'one day')).toBe(false);
    expect(figuresOf('“I believed one day, somehow, we would win,” she said.').some((x) => x.text === 'one day')).toBe(false);
    expect(figuresOf('One day, we will build a bridge here.').some((x) => x.text === 'One day')).toBe(false);
    // A day that is a length stays one, also before an attribution.
    expect(figuresOf('The strike lasted one day, he said.').find((x) => x.text === 'one day')?.kind).toBe('duration');
  });

  it('compares a sum in bare "dollars" with another country\'s dollars it fits, unless a US sum fits it too', () => {
    const groups = groupsOf(
      'The fund heard pledges of 2.4 billion dollars from the northern donors and 1 billion dollars from the island states.',
      '• 2.43 billion Canadian dollars from the northern donors.',
      '• $1.04 billion from the island states.',
    );
    const northern = groups.find((g) => g.members.some((m) => m.text === '2.4 billion dollars'));
    expect(northern && textsOf(northern)).toEqual(['a:2.4 billion dollars', 'b:2.43 billion Canadian dollars']);
    expect(northern).toMatchObject({ verdict: 'compatible', reason: 'rounding' });
    const island = groups.find((g) => g.members.some((m) => m.text === '1 billion dollars'));
    expect(island && textsOf(island)).toEqual(['a:1 billion dollars', 'c:$1.04 billion']);
  });
});
