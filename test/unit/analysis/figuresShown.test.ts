import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { figuresRounds } from '../../../src/core/analysis/generators/figuresRound';
import { createRng } from '../../../src/core/rng';

/** Invented sentences: a speed is shown with its unit, so that two outlets' speeds can be compared by a reader. */
const figuresOf = (text: string) =>
  analyze([createArticle({ id: 'a', outlet: { en: 'A', es: 'A' }, sourceKind: 'unknown', date: '2023-05-02' }, text)]).figures.map((f) => [f.text, f.unitClass]);

describe('speeds', () => {
  it('keep their unit in the figure shown, however it is written', () => {
    expect(figuresOf('Gusts of 178 km/h were recorded on the coast, and the ferry was held in port.')).toContainEqual(['178 km/h', 'km/h']);
    expect(figuresOf('Gusts of 111 mph were recorded on the coast, and the ferry was held in port.')).toContainEqual(['111 mph', 'mph']);
    expect(figuresOf('Gusts of 64 kph were recorded on the coast, and the ferry was held in port.')).toContainEqual(['64 kph', 'km/h']);
    expect(figuresOf('Gusts of 100 miles per hour were recorded on the coast, and the ferry was held in port.')).toContainEqual(['100 miles per hour', 'mph']);
  });

  it('leave a distance as it was', () => {
    expect(figuresOf('The ferry crossing is 40 km long and takes an hour in calm weather.')).toContainEqual(['40', 'km']);
  });
});

describe('a figure in a text wrapped at a fixed width', () => {
  it('is shown on one line when a line break falls inside it ("$46⏎billion")', () => {
    const mk = (id: string, name: string, text: string) => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
    const wrapped = [
      'The relief agencies of the region on Monday launched their',
      'yearly appeal, asking donors for about $46',
      'billion to help 180 million people who need food, water and',
      'shelter after a year of floods, droughts and fighting in many',
      'places, the coordinator told reporters at a briefing in the city.',
      'The appeal is smaller than last year because fewer donors are',
      'expected to give, and agencies have cut the number of people',
      'they aim to reach with aid in the coming twelve months, she said.',
    ].join('\n');
    const articles = [
      mk('a', 'Relief Office', wrapped),
      mk('b', 'Valley Daily', 'Relief agencies asked donors on Monday for $46.4 billion to help 181 million people next year, the coordinator said.'),
      mk('c', 'Hill Gazette', 'The yearly relief appeal seeks $46.4 billion, the coordinator said in the city on Monday.'),
    ];
    // (How the figure is shown is the point here, not how sure the engine is of the group: it is made sure enough for a round.)
    const findings = analyze(articles);
    const sure = { ...findings, figureGroups: findings.figureGroups.map((g) => ({ ...g, confidence: Math.max(g.confidence ?? 0, 0.9) })) };
    const rounds = figuresRounds(sure, articles, 3, createRng(1), (n) => `r${n}`);
    const shown = rounds.flatMap((r) => r.figures.map((f) => f.figure));
    expect(shown).toContain('about $46 billion');
    for (const f of shown) expect(f).not.toMatch(/\n/);
  });
});

describe('a count over its base ("280 goals in 435 games")', () => {
  const mk = (id: string, name: string, text: string) => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
  /** The rounds made when the group of a's and b's goals is judged a genuine contradiction, whatever the engine made of it. */
  function roundsWhenConflicting(a: string, b: string) {
    const articles = [mk('a', 'Valley Daily', a), mk('b', 'Hill Gazette', b)];
    const findings = analyze(articles);
    const fa = findings.figures.find((f) => f.article === 'a' && f.value === 280);
    const fb = findings.figures.find((f) => f.article === 'b' && f.value === 213);
    expect(fa && fb).toBeTruthy();
    const group = {
      id: 'g1',
      subject: fa!.subject,
      unitClass: fa!.unitClass,
      members: [fa!, fb!],
      articles: ['a', 'b'],
      verdict: 'conflicting' as const,
      reason: 'genuine-conflict' as const,
      why: '',
      confident: true,
      confidence: 0.95,
      sourced: [],
    };
    return figuresRounds({ ...findings, figureGroups: [group] }, articles, 3, createRng(1), (n) => `r${n}`);
  }

  it('is not set against another count over another base as a contradiction', () => {
    expect(roundsWhenConflicting('The striker has scored 280 goals in 435 games for the club.', 'The striker scored 213 goals in 320 games for the club.')).toEqual([]);
  });

  it('still is when neither names a base', () => {
    expect(roundsWhenConflicting('The striker has scored 280 goals for the club since 2012.', 'The striker scored 213 goals for the club since 2012.')).toHaveLength(1);
  });
});

describe('a figures passage', () => {
  const mk = (id: string, name: string, text: string) => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
  const rounds = (first: string) => {
    const articles = [mk('a', 'Valley Daily', first), mk('b', 'Hill Gazette', 'The town will pay about $2.5 million to repair the harbour wall, the council said on Monday.')];
    return figuresRounds(analyze(articles), articles, 3, createRng(1), (n) => `r${n}`);
  };

  it('shows a whole quotation', () => {
    const shown = rounds('The mayor spoke on Monday. “The town will pay $2.48 million to repair the harbour wall,” she said.').flatMap((r) => r.figures.map((f) => f.quote));
    expect(shown).toContain('“The town will pay $2.48 million to repair the harbour wall,” she said.');
  });

  it('never ends a quotation it does not open', () => {
    expect(rounds('“The wall is failing. The town will pay $2.48 million to repair the harbour wall.” The council meets in May.')).toEqual([]);
  });
});
