import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuote, type Article } from '../../../src/core/article';
import { isNearCopy } from '../../../src/core/analysis/nearCopy';
import type { WhoSaidItRound } from '../../../src/core/levelSchema';
import type { ValidLevel } from '../../../src/core/levelValidate';
import { buildRun } from '../../../src/core/rounds';
import { LEVELS_DIR, load, shippedLevelFiles } from './helpers';

const files = shippedLevelFiles();

function loaded(file: string): ValidLevel {
  const r = load(readFileSync(join(LEVELS_DIR, file), 'utf8'), `levels/${file}`);
  if (!r.ok) throw new Error(r.lines.join('\n'));
  return r.level;
}

/** Every LocalText in a level file and in the articles it plays, with where it is. */
function localTexts(level: ValidLevel): { at: string; text: Record<string, string> }[] {
  const keys = new Set(['title', 'description', 'explanation', 'question', 'outlet', 'provenance']);
  const out: { at: string; text: Record<string, string> }[] = [];
  const visit = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}/${i}`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (keys.has(k) && x && typeof x === 'object') out.push({ at: `${at}/${k}`, text: x as Record<string, string> });
        else visit(x, `${at}/${k}`);
      }
    }
  };
  visit(level.file, '');
  visit(level.rounds, '(rounds as played)');
  for (const a of level.articles.values()) {
    out.push({ at: `article ${a.id} outlet`, text: a.outlet as Record<string, string> });
    if (a.provenance) out.push({ at: `article ${a.id} provenance`, text: a.provenance as Record<string, string> });
  }
  return out;
}

function article(level: ValidLevel, id: string): Article {
  const a = level.articles.get(id);
  if (!a) throw new Error(`article ${id} is not in the level`);
  return a;
}

/** The sentence an article prints for a who-said-it quote: the quote, or the near-copy its evidence quotes (issue 9). */
function printedBy(level: Parameters<typeof article>[0], id: string, r: WhoSaidItRound): string {
  const ev = r.answers.includes(id) ? r.evidence.find((e) => e.article === id && e.quote !== r.quote && isNearCopy(e.quote, r.quote)) : undefined;
  return ev && findQuote(article(level, id).text, ev.quote) ? ev.quote : r.quote;
}

describe('shipped levels', () => {
  it('there are shipped levels', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(files)('%s', (file) => {
    it('loads with no problems and has at least 8 rounds', () => {
      const level = loaded(file);
      expect(level.rounds.length).toBeGreaterThanOrEqual(8);
      expect(new Set(level.rounds.map((r) => r.id)).size).toBe(level.rounds.length);
    });

    it('points to its JSON schema', () => {
      expect(loaded(file).file.$schema).toBe('./level.schema.json');
    });

    it('every evidence quote and every quote, passage and figure is found in its article', () => {
      const level = loaded(file);
      const missing: string[] = [];
      const need = (articleId: string, quote: string, what: string): void => {
        if (!findQuote(article(level, articleId).text, quote)) missing.push(`${what}: "${quote}" not in ${articleId}`);
      };
      for (const r of level.rounds) {
        r.evidence.forEach((ev, i) => need(ev.article, ev.quote, `${r.id} evidence ${i}`));
        if (r.type === 'who-said-it') r.answers.forEach((a) => need(a, printedBy(level, a, r), `${r.id} quote`));
        if (r.type === 'opinion-or-reporting') need(r.article, r.passage, `${r.id} passage`);
        if (r.type === 'conflicting-figures') {
          r.figures.forEach((f, i) => {
            need(f.article, f.quote, `${r.id} figure ${i} quote`);
            if (!findQuote(f.quote, f.figure)) missing.push(`${r.id} figure ${i}: "${f.figure}" not in its quote`);
          });
        }
      }
      expect(missing).toEqual([]);
    });

    it('who-said-it answers are exactly the options whose article carries the quote', () => {
      const level = loaded(file);
      for (const r of level.rounds) {
        if (r.type !== 'who-said-it') continue;
        const carrying = r.options.filter((o) => findQuote(article(level, o).text, printedBy(level, o, r)) !== null);
        expect([...r.answers].sort(), r.id).toEqual(carrying.sort());
      }
    });

    it('builds the same run from the same seed, and another seed reorders options somewhere', () => {
      const level = loaded(file);
      const first = buildRun(level);
      expect(buildRun(level)).toEqual(first);
      expect(buildRun(level, level.file.seed)).toEqual(first);
      // Loading again (and generating again) gives the same run too.
      expect(buildRun(loaded(file))).toEqual(first);

      const optionOrder = (run: ReturnType<typeof buildRun>): string[] =>
        [...run]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((r) => `${r.id}:${r.questions.map((q) => q.options.map((o) => o.id).join(',')).join('|')}`);
      const other = buildRun(level, level.file.seed + 1);
      expect(optionOrder(other)).not.toEqual(optionOrder(first));
      // Same rounds, only shuffled differently.
      expect(other.map((r) => r.id).sort()).toEqual(first.map((r) => r.id).sort());
    });

    it('declares en and es, and every text has both', () => {
      const level = loaded(file);
      expect(level.file.languages).toEqual(expect.arrayContaining(['en', 'es']));
      const incomplete = localTexts(level)
        .filter(({ text }) => !(text.en?.trim() && text.es?.trim()))
        .map(({ at }) => at);
      expect(incomplete).toEqual([]);
      expect(localTexts(level).length).toBeGreaterThan(level.rounds.length);
    });
  });
});
