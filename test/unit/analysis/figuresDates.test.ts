import { describe, expect, it } from 'vitest';
import { analyze, type FigureGroup } from '../../../src/core/analysis';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/** Invented articles (not from any corpus): one paragraph each, with the date its front matter would give. */
const dated = (...items: [string, string][]) => items.map(([date, text], i) => article(String.fromCharCode(97 + i), text, date));
const groupWith = (groups: readonly FigureGroup[], figure: string) => groups.find((g) => g.members.some((m) => m.text === figure));

describe('counts given on different days', () => {
  const injured = dated(
    ['2030-03-02', 'As of yesterday evening (1 March), the flood had killed 412 people and more than 3,100 were injured, the civil defence agency said.'],
    ['2030-03-05', 'The flood death toll has surged to 640 and more than 5,200 people were injured, the civil defence agency said.'],
  );

  it('calls two "more than" counts from reports days apart a change over time, not two floors of one number', () => {
    const g = groupWith(analyze(injured).figureGroups, 'more than 3,100');
    expect(g?.members.map((m) => m.text)).toEqual(['more than 3,100', 'more than 5,200']);
    expect(g).toMatchObject({ verdict: 'compatible', reason: 'different-date', confident: true });
  });

  it('offers "different date" in the round built from them', () => {
    const articles = injured;
    const rounds = figuresRounds(analyze(articles), articles, 5, createRng(7), (n) => `r${n}`);
    const round = rounds.find((r) => r.figures.some((f) => f.figure === 'more than 3,100'));
    expect(round?.reason).toBe('different-date');
    expect(round?.reasonOptions).toContain('different-date');
  });

  it('keeps two "more than" counts of one day as lower bounds', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2030-03-02', 'The flood killed 412 people and more than 3,100 were injured, the civil defence agency said.'],
          ['2030-03-02', 'More than 3,400 people were injured in the flood, hospital officials said.'],
        ),
      ).figureGroups,
      'more than 3,100',
    );
    expect(g?.reason).toBe('lower-bounds');
  });

  it('trusts the day a sentence gives over the day the article was posted', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2030-03-05', 'As of 4 March, more than 3,100 people had been injured in the flood, the civil defence agency said.'],
          ['2030-03-09', 'As of 4 March, more than 3,400 people had been injured in the flood, according to hospital officials.'],
        ),
      ).figureGroups,
      'more than 3,100',
    );
    expect(g?.reason).toBe('lower-bounds');
  });

  it('does not call two exact counts from reports days apart a contradiction', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2030-07-22', 'Twenty-eight people have been hospitalized and two deaths have been reported in the outbreak.'],
          ['2030-07-26', 'Thirty-three people have been hospitalized and two deaths have been reported in the outbreak.'],
        ),
      ).figureGroups,
      'Twenty-eight',
    );
    expect(g).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });

  it('reads "by Monday" and "by Thursday" as different days in articles posted the same day', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2030-07-26', 'Twenty-eight people have been hospitalized and two deaths have been reported in the outbreak by Monday.'],
          ['2030-07-26', 'Thirty-three people have been hospitalized and two deaths have been reported in the outbreak by Thursday.'],
        ),
      ).figureGroups,
      'Twenty-eight',
    );
    expect(g).toMatchObject({ verdict: 'compatible', reason: 'different-date' });
  });

  it('still calls two exact counts of one day that cannot both be right a contradiction or unsure, never a date', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2030-07-22', 'Twenty-eight people have been hospitalized and two deaths have been reported in the outbreak.'],
          ['2030-07-22', 'Thirty-three people have been hospitalized and two deaths have been reported in the outbreak.'],
        ),
      ).figureGroups,
      'Twenty-eight',
    );
    expect(g?.reason).not.toBe('different-date');
  });
});

describe('a count of one past year, given a year apart', () => {
  it('reads a floor and an exact count of one named year as lower bounds, not a rounding', () => {
    const g = groupWith(
      analyze(
        dated(
          ['2031-03-16', 'In 2029, 1,205 workers died of heat stroke in the region, compared with 861 in 2028.'],
          ['2032-03-05', 'Over 1,000 workers died of heat stroke in the region in 2029, a record.'],
        ),
      ).figureGroups,
      'Over 1,000',
    );
    expect(g?.members.map((m) => m.text).sort()).toEqual(['1,205', 'Over 1,000']);
    expect(g?.reason).toBe('lower-bounds');
  });
});

describe('the year that dates a figure in a figures round', () => {
  it('dates "In 2029, 1,205 … compared with 861 in 2028" to 2029, so it is asked beside another 2029 count', () => {
    const articles = dated(
      ['2031-03-16', 'In 2029, 1,205 workers died of heat stroke, compared with 861 in 2028.'],
      ['2032-03-05', 'Over 1,000 workers died of heat stroke in 2029, a record for the trade.'],
    );
    const rounds = figuresRounds(analyze(articles), articles, 5, createRng(7), (n) => `r${n}`);
    const shown = rounds.flatMap((r) => r.figures.map((f) => f.figure));
    expect(shown).toEqual(expect.arrayContaining(['1,205', 'Over 1,000']));
    expect(rounds.find((r) => r.figures.some((f) => f.figure === '1,205'))?.reason).toBe('lower-bounds');
  });
});

describe('the question of a figures round on speeds', () => {
  it('asks about "the speed" of "12,000 miles per hour" and "over 12,000 miles per hour", not "the number of miles"', () => {
    const articles = dated(
      ['2031-02-18', 'The probe plunged through the thin air at speeds of over 12,000 miles per hour before its parachute opened.'],
      ['2031-04-29', 'Millions watched as the probe plunged through the thin air at 12,000 miles per hour before landing in the crater.'],
    );
    const rounds = figuresRounds(analyze(articles), articles, 5, createRng(7), (n) => `r${n}`);
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.question.en).toContain('the speed');
      expect(r.question.es).toContain('la velocidad');
    }
  });
});
