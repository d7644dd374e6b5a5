import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type Findings } from '../../../src/core/analysis';
import type { Article } from '../../../src/core/article';
import { seedArticles } from './seeds';

/**
 * The engine against the hand-labelled key in test/fixtures/seed-key (labelled from the texts
 * and the reader's guide before the engine existed). Prints precision and recall, and fails
 * below the bars the issue sets.
 */

const KEY = join(__dirname, '..', '..', 'fixtures', 'seed-key');
const load = <T>(file: string): T => JSON.parse(readFileSync(join(KEY, file), 'utf8')) as T;

interface KeyPassage { carriers: { article: string; from: string; to: string }[] }
interface KeyGroup { subject: string; members: { article: string; figure: string }[]; conflict: boolean; reason: string }
interface KeySentence { article: string; text: string; kind: string }

const articles = seedArticles();
const byId = new Map(articles.map((a) => [a.id, a]));
const findings: Findings = analyze(articles);

function span(article: Article, from: string, to: string): { start: number; end: number } {
  const start = article.text.indexOf(from);
  const end = article.text.indexOf(to, start) + to.length;
  if (start < 0 || end < start) throw new Error(`key passage not found in ${article.id}: ${from}`);
  return { start, end };
}

function scoreCopies() {
  const key = load<{ passages: KeyPassage[] }>('copies.json').passages;
  const matches = (p: Findings['copies'][number], k: KeyPassage): boolean =>
    k.carriers.every((c) => {
      const found = p.carriers.find((x) => x.article === c.article);
      if (!found) return false;
      const want = span(byId.get(c.article) as Article, c.from, c.to);
      const overlap = Math.max(0, Math.min(found.end, want.end) - Math.max(found.start, want.start));
      return overlap / (want.end - want.start) >= 0.9;
    });
  const found = key.filter((k) => findings.copies.some((p) => matches(p, k))).length;
  const right = findings.copies.filter((p) => key.some((k) => matches(p, k))).length;
  return { recall: found / key.length, precision: findings.copies.length ? right / findings.copies.length : 1, key: key.length, engine: findings.copies.length };
}

function scoreGroups() {
  const key = load<{ groups: KeyGroup[] }>('figureGroups.json').groups;
  const confident = findings.figureGroups.filter((g) => g.confident && g.verdict !== 'unsure');
  const memberMatch = (m: Findings['figures'][number], k: { article: string; figure: string }): boolean => {
    const a = m.text.toLowerCase();
    const b = k.figure.toLowerCase();
    return m.article === k.article && (a === b || a.includes(b) || b.includes(a));
  };
  const matches = (g: (typeof confident)[number], k: KeyGroup): boolean => {
    const hit = k.members.filter((km) => g.members.some((m) => memberMatch(m, km)));
    const enough = hit.length >= Math.min(2, k.members.length) && new Set(hit.map((h) => h.article)).size >= 2;
    return enough && (g.verdict === 'conflicting') === k.conflict && g.reason === k.reason;
  };
  const found = key.filter((k) => confident.some((g) => matches(g, k)));
  const right = confident.filter((g) => key.some((k) => matches(g, k)));
  return {
    recall: found.length / key.length,
    precision: confident.length ? right.length / confident.length : 1,
    key: key.length,
    engine: confident.length,
    missed: key.filter((k) => !found.includes(k)).map((k) => k.subject),
    wrong: confident.filter((g) => !right.includes(g)).map((g) => `${g.subject} (${g.verdict}, ${g.reason})`),
  };
}

function scoreSentences() {
  const key = load<{ sentences: KeySentence[] }>('sentences.json').sentences;
  const kinds = ['reporting', 'attributed', 'opinion'] as const;
  const confusion = Object.fromEntries(kinds.map((k) => [k, Object.fromEntries(kinds.map((j) => [j, 0]))])) as Record<string, Record<string, number>>;
  let right = 0;
  let missing = 0;
  for (const k of key) {
    const s = findings.sentences.find((x) => x.article === k.article && x.text === k.text);
    if (!s) {
      missing++;
      continue;
    }
    const row = confusion[k.kind] as Record<string, number>;
    row[s.kind] = (row[s.kind] ?? 0) + 1;
    if (s.kind === k.kind) right++;
  }
  const perKind = Object.fromEntries(
    kinds.map((k) => {
      const tp = (confusion[k] as Record<string, number>)[k] as number;
      const predicted = kinds.reduce((sum, j) => sum + ((confusion[j] as Record<string, number>)[k] as number), 0);
      const actual = kinds.reduce((sum, j) => sum + ((confusion[k] as Record<string, number>)[j] as number), 0);
      return [k, { precision: predicted ? tp / predicted : 1, recall: actual ? tp / actual : 1 }];
    }),
  );
  return { accuracy: right / key.length, labelled: key.length, missing, confusion, perKind };
}

const pct = (x: number): string => x.toFixed(2);

describe('quality against the hand-labelled seed key', () => {
  const copies = scoreCopies();
  const groups = scoreGroups();
  const sentences = scoreSentences();
  const lines = [
    'Engine vs hand-labelled key (test/fixtures/seed-key)',
    `  copies:        recall ${pct(copies.recall)}  precision ${pct(copies.precision)}  (key ${copies.key}, engine ${copies.engine})`,
    `  figure groups: recall ${pct(groups.recall)}  precision ${pct(groups.precision)}  (key ${groups.key}, engine confident ${groups.engine})`,
    ...groups.missed.map((m) => `      missed: ${m}`),
    ...groups.wrong.map((w) => `      not in key or wrong verdict: ${w}`),
    `  sentence kind: accuracy ${pct(sentences.accuracy)}  (${sentences.labelled} labelled sentences${sentences.missing ? `, ${sentences.missing} not found` : ''})`,
    ...Object.entries(sentences.perKind).map(([k, v]) => `      ${k.padEnd(10)} precision ${pct(v.precision)}  recall ${pct(v.recall)}`),
    `      confusion (key → engine): ${JSON.stringify(sentences.confusion)}`,
  ];
  console.log(lines.join('\n'));

  it('finds every copied passage (recall 1.0)', () => {
    expect(copies.recall).toBe(1);
  });
  it('judges figure groups with precision ≥ 0.9 and recall ≥ 0.8', () => {
    expect(groups.precision).toBeGreaterThanOrEqual(0.9);
    expect(groups.recall).toBeGreaterThanOrEqual(0.8);
  });
  it('labels sentence kinds with accuracy ≥ 0.85', () => {
    expect(sentences.labelled).toBeGreaterThanOrEqual(60);
    expect(sentences.accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
