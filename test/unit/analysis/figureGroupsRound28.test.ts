import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure groups round 28. Invented sentences, not from any corpus. */

const groupsOf = (...texts: string[]) => analyze(texts.map((t, i) => article(String.fromCharCode(97 + i), t))).figureGroups;
const withFigure = (texts: string[], figure: string) => groupsOf(...texts).find((g) => g.members.some((m) => m.text === figure));

describe('figure groups round 28', () => {
  it('does not call two counts different in scope because one sentence names one more place', () => {
    const g = withFigure(['The Northern Party won 221 seats in the Assembly of Eastland on Monday.', 'The Northern Party won 218 seats in the Assembly on Monday.'], '221');
    expect(g?.members.map((m) => m.text).sort()).toEqual(['218', '221']);
    expect(g?.reason).not.toBe('different-scope');
    expect(g).toMatchObject({ verdict: 'conflicting', reason: 'genuine-conflict' });
  });

  it('reads "over the last 12 months" as a length of time, like "over the past 12 months"', () => {
    const figures = analyze([article('a', 'Rents in the port rose 4 percent over the last 12 months, the housing office said.')]).figures;
    expect(figures.find((f) => f.text === '12 months')).toMatchObject({ kind: 'duration', value: 12 * 43800 });
    // A span before something stays a span.
    const before = analyze([article('a', 'In the last 48 hours before the vote, the party held nine rallies.')]).figures;
    expect(before.find((f) => f.text === '48 hours')?.kind).toBe('offset');
  });

  it('keeps an amount asked for apart from the outcome, and joins it to the same request told elsewhere', () => {
    const groups = groupsOf(
      'Prosecutors had sought 40 years in prison for the former banker, who was sentenced on Friday.',
      'The former banker was sentenced to 25 years in prison on Friday.',
      'The judge gave the former banker 25 years in prison on Friday; prosecutors had asked for 40 years.',
    ).map((g) => g.members.map((m) => `${m.article}:${m.text}`).join(' '));
    expect(groups).toContain('a:40 years c:40 years');
    expect(groups).toContain('b:25 years c:25 years');
  });

  it('joins a request told with its verb to the same amount told without it, and marks only the object', () => {
    const g = withFigure(
      ['The agency is seeking $46 billion to help 181 million people.', 'The agency issued an appeal for $46.4 billion to help 181 million people.'],
      '$46 billion',
    );
    expect(g?.members.map((m) => m.text).sort()).toEqual(['$46 billion', '$46.4 billion']);
    const people = withFigure(
      ['The agency is seeking $46 billion to help 181 million people.', 'The agency issued an appeal for $46.4 billion to help 181 million people.'],
      '181 million',
    );
    expect(people?.members).toHaveLength(2);
  });
});

describe('figures round 28: units', () => {
  it('reads the noun after an aside as the unit, not the describing word cut off from it', () => {
    const units = (t: string) => analyze([article('a', t)]).figures.map((f) => [f.text, f.unitClass]);
    expect(units('Aid efforts continue after the three powerful (6.3 magnitude) earthquakes that struck the province.')).toContainEqual(['three', 'earthquake']);
    expect(units('In just eight days, three destructive 6.3 magnitude earthquakes rocked the province.')).toContainEqual(['three', 'earthquake']);
    // (Words in the brackets are skipped too.)
    expect(units('The team won three straight (and very close) games.')).toContainEqual(['three', 'game']);
  });

  it('does not pass a state to a later bare count when the state has its own count of people', () => {
    const cls = (t: string, fig: string) => analyze([article('a', t)]).figures.find((f) => f.text === fig)?.unitClass;
    expect(cls('The storms hit the coast, killing 300 people and affecting 1.6 million, the agency said.', '1.6 million')).not.toBe('people-killed');
    expect(cls('The storms hit the coast, killing 300 people and affecting 1.6 million, the agency said.', '300')).toBe('people-killed');
    // A magnitude between the state and the toll is no count of people.
    expect(cls('The death toll from the 6.8-magnitude quake has increased to 632.', '632')).toBe('people-killed');
  });

  it('joins two exact tolls a little apart from two outlets, and keeps tolls far apart out', () => {
    const close = withFigure(['Fatalities: 16. Injuries: 165.', 'A large tornado struck the two towns, killing 17 people and injuring at least 165 others.'], '16');
    expect(close?.members.map((m) => m.text).sort()).toEqual(['16', '17']);
    const far = withFigure(['Fatalities: 16. Injuries: 165.', 'A large tornado struck the two towns, killing 25 people and injuring at least 165 others.'], '16');
    expect(far?.members.map((m) => m.text) ?? ['16']).toEqual(['16']);
  });

  it('takes a link between values that fit before a slightly stronger one between values that do not', () => {
    const groups = groupsOf(
      'Among pupils who used nicotine pouches, approximately four in 10 reported frequent use, and approximately one in four reported daily use.',
      'Among these pouch users, nearly 85% reported using flavoured pouches, and more than 1 in 4 (27.6%) reported daily use of a pouch.',
      'Among the 1.9 million pupils who currently used nicotine pouches, more than 4 in 10 reported pouch use on 20 or more of the past 30 days and more than one in four reported daily use.',
    ).map((g) => g.members.map((m) => m.text).join(' | '));
    expect(groups).toContain('approximately one in four | more than one in four');
    expect(groups).toContain('approximately four in 10 | more than 4 in 10');
  });

  it('keeps two shares many times apart out of one group, however alike their near words', () => {
    const groups = groupsOf(
      'The study shows that overall about 1 in 10 middle (3.3%) and high (14.1%) school pupils reported current use of nicotine pouches.',
      'Further, among middle and high school pupils who used nicotine pouches, approximately four in 10 reported frequent use.',
    );
    expect(groups.some((g) => g.members.some((m) => m.text === '3.3%') && g.members.some((m) => m.text.includes('four in 10')))).toBe(false);
  });
});
