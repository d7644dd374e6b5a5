import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { opinionRounds } from '../../../src/core/analysis/generators/opinionRound';
import { whoSaidItRounds } from '../../../src/core/analysis/generators/whoSaidIt';
import { createArticle, type Article } from '../../../src/core/article';
import { createRng } from '../../../src/core/rng';
import { article } from './seeds';

/**
 * Round explanations the round-32 audits found false (written after reading them: not blind to round 32's clusters).
 * Invented articles, not from any corpus.
 */
const outlet = (id: string, name: string, text: string): Article => createArticle({ id, outlet: { en: name, es: name }, sourceKind: 'unknown', date: '2023-05-02' }, text);
const idFor = (n: number) => `r${n}`;
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('an organisation quoting one of its own people', () => {
  const articles = [
    outlet(
      'own',
      'HARBORAID (via Friends of HARBORAID)',
      'HARBORAID has sent water tanks to the two ports hit by the storm.\n\n“The children of these ports have lost their schools and they need help now,” said Jane Roe, HARBORAID’s representative in the region.\n\nTrucks left the capital on Monday.',
    ),
    outlet('b', 'Coast Weekly', 'Water tanks reached the two ports on Tuesday, two days after the storm closed their schools.'),
  ];
  it('does not call the quoted words "their view, not the outlet\'s"', () => {
    const findings = analyze(articles);
    const rounds = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => opinionRounds(findings, articles, 6, createRng(seed), idFor)).filter((r) => r.answer === 'attributed');
    expect(rounds.length).toBeGreaterThan(0);
    for (const r of rounds) {
      expect(r.explanation.en).not.toContain("not the outlet's");
      expect(r.explanation.en).toContain('a claim credited to its speakers');
    }
  });
});

describe('a speaker’s courtesy', () => {
  it('reads "I want to welcome our witnesses…" and "I would like to thank…" as no view', () => {
    expect(kind('I want to welcome our witnesses and thank them for being here today.')).not.toBe('opinion');
    expect(kind('I would like to thank the engineers who built the harbour wall.')).not.toBe('opinion');
  });
});

describe('who said it, one carrier', () => {
  it('says only that the other outlets offered do not print it, not that they tell it in their own words', () => {
    const articles = [
      outlet('a', 'Rights Office', 'The use of emergency powers against reporters has risen sharply over the past year. Courts have closed two newspapers since March.'),
      outlet('b', 'World Desk', 'Courts have closed two newspapers since March.'),
      outlet('c', 'Island Courier', 'Local editors said they now send their reporters out in pairs, and one paper has stopped printing on Sundays.'),
      outlet('d', 'Coast Weekly', 'Readers in the capital queued for the last printed edition of the evening paper, which closed on Friday.'),
    ];
    const found: string[] = [];
    for (let seed = 1; seed <= 10; seed++)
      for (const r of whoSaidItRounds(analyze(articles), articles, 4, createRng(seed), idFor)) if (r.answers.length === 1) found.push(r.explanation.en ?? '');
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(e).toMatch(/none of the other outlets offered prints it/);
      expect(e).not.toMatch(/in their own words/);
    }
  });
});
