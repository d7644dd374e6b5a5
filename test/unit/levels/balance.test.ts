import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { balanceItems, balanceProblems, locatedBalanceProblems, maxShare } from '../../../src/core/levelBalance';
import { formatProblem } from '../../../src/core/levelLocate';
import type { AuthoredRound, RoundEntry } from '../../../src/core/levelSchema';
import type { RoundGenerator } from '../../../src/core/levelValidate';
import { tinyLevelFile } from '../core/tinyLevel';
import { LEVELS_DIR, load, runCli, shippedLevelFiles } from './helpers';

const base = tinyLevelFile();
const authored = (id: string) => base.rounds.find((r) => r.id === id) as AuthoredRound;

/** Round makers over the tiny level's articles. */
const single = (id: string): AuthoredRound => ({ ...authored('who-nine-two'), id }) as AuthoredRound;
const copy = (id: string): AuthoredRound => ({ ...authored('who-voted'), id }) as AuthoredRound;
const figures = (id: string, conflict: boolean): AuthoredRound =>
  ({ ...authored('bridge-cost'), id, conflict, reason: conflict ? 'genuine-conflict' : 'vague-vs-precise' }) as AuthoredRound;
const kind = (id: string, answer: 'reporting' | 'attributed' | 'opinion'): AuthoredRound => ({ ...authored('waste-of-money'), id, answer }) as AuthoredRound;
const pair = (id: string, answer: 'valley-blog' | 'none'): AuthoredRound => ({ ...authored('pair-vote'), id, answer }) as AuthoredRound;

function levelText(rounds: readonly (AuthoredRound | RoundEntry)[]): string {
  return JSON.stringify({ ...base, rounds }, null, 2);
}

/** "file:line:col: message" lines the checker prints for the balance of this level text. */
function balanceLines(t: string, file = 'my.json', generate?: RoundGenerator): string[] {
  const r = load(t, file, generate);
  if (!r.ok) throw new Error(r.lines.join('\n'));
  return locatedBalanceProblems(t, r.level).map((p) => formatProblem(file, p));
}

/** Where the object of the round with this id starts: the "{" line above its "id", indented 4. */
function at(t: string, roundId: string): string {
  const lines = t.split('\n');
  const idLine = lines.findIndex((l) => l.trim() === `"id": "${roundId}",`);
  if (idLine < 1) throw new Error(`no round ${roundId}`);
  return `${idLine}:5`;
}

describe('balance rules', () => {
  it('the tiny level, one skill of each kind in both answers, passes; a skill with one round is not judged', () => {
    const t = levelText(base.rounds as AuthoredRound[]);
    expect(balanceLines(t)).toEqual([]);
  });

  it('60%, except 2 of 3 (the best two kinds can do with three items)', () => {
    expect([2, 3, 4, 5, 6, 7, 10, 13].map(maxShare)).toEqual([1, 2, 2, 3, 3, 4, 6, 7]);
  });

  describe('who said it', () => {
    it('only single-outlet sentences: reported at the first who-said-it round', () => {
      const t = levelText([single('s1'), single('s2'), single('s3')]);
      expect(balanceLines(t)).toEqual([
        expect.stringMatching(new RegExp(`^my\\.json:${at(t, 's1')}: balance: the who said it rounds have no items of "printed by several outlets \\(copies\\)" \\(at /rounds/0\\)`)),
      ]);
    });

    it('only copies: reported too', () => {
      const t = levelText([copy('c1'), copy('c2')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'c1')}: balance: the who said it rounds have no items of "printed by one outlet"`)]);
    });

    it('4 of 6 printed by one outlet (67%) is over 60%, reported at the first of them', () => {
      const t = levelText([copy('c1'), single('s1'), copy('c2'), single('s2'), single('s3'), single('s4')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 's1')}: balance: 4 of the 6 who said it rounds (67%) are printed by one outlet; at most 3 may be`)]);
      // 3 of 6 is fine.
      expect(balanceLines(levelText([copy('c1'), single('s1'), copy('c2'), single('s2'), single('s3'), copy('c3')]))).toEqual([]);
    });
  });

  describe('conflicting figures', () => {
    it('only figures that look different: reported', () => {
      const t = levelText([figures('f1', false), figures('f2', false)]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'f1')}: balance: the conflicting figures rounds have no items of "figures that truly contradict"`)]);
    });

    it('only real contradictions: reported', () => {
      const t = levelText([figures('f1', true), figures('f2', true), figures('f3', true)]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'f1')}: balance: the conflicting figures rounds have no items of "figures that only look different"`)]);
    });

    it('3 of 4 contradicting is over 60%', () => {
      const t = levelText([figures('f1', false), figures('f2', true), figures('f3', true), figures('f4', true)]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'f2')}: balance: 3 of the 4 conflicting figures rounds (75%) are figures that truly contradict; at most 2 may be`)]);
    });
  });

  describe('opinion', () => {
    it('two opinion-or-reporting rounds of one kind: reported', () => {
      const t = levelText([kind('k1', 'opinion'), kind('k2', 'opinion')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'k1')}: balance: the opinion-or-reporting rounds need at least two of reporting, attributed and opinion; missing "reporting", "attributed"`)]);
    });

    it('three or more need all three kinds', () => {
      const t = levelText([kind('k1', 'reporting'), kind('k2', 'opinion'), kind('k3', 'opinion')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'k1')}: balance: the opinion-or-reporting rounds need all three of reporting, attributed and opinion; missing "attributed"`)]);
      expect(balanceLines(levelText([kind('k1', 'reporting'), kind('k2', 'opinion'), kind('k3', 'attributed')]))).toEqual([]);
    });

    it('one kind over 60% of the opinion items: reported', () => {
      const t = levelText([kind('k1', 'reporting'), kind('k2', 'opinion'), kind('k3', 'opinion'), kind('k4', 'attributed'), kind('k5', 'opinion'), kind('k6', 'opinion')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'k2')}: balance: 4 of the 6 opinion rounds (67%) are the author's own view; at most 3 may be`)]);
    });

    it('two opinion pairs both with a view: "neither" is missing', () => {
      const t = levelText([kind('k1', 'reporting'), pair('p1', 'valley-blog'), kind('k2', 'opinion'), pair('p2', 'valley-blog')]);
      expect(balanceLines(t)).toEqual([expect.stringContaining(`my.json:${at(t, 'p1')}: balance: the opinion rounds have no items of "pairs where neither passage adds a view"`)]);
    });

    it('a pair counts as its own item: one pair beside two kinds is balanced', () => {
      expect(balanceLines(levelText([kind('k1', 'reporting'), pair('p1', 'none'), kind('k2', 'opinion')]))).toEqual([]);
    });
  });

  describe('generated rounds', () => {
    const twoAgreeingFigures: RoundGenerator = (req) =>
      req.type === 'conflicting-figures' ? [figures(`gen-${req.index + 1}-figures-1`, false), figures(`gen-${req.index + 1}-figures-2`, false)] : [];

    it('count like authored ones, and a problem names the generate entry', () => {
      const t = levelText([copy('c1'), single('s1'), { generate: { type: 'conflicting-figures', count: 2 } }]);
      const r = load(t, 'my.json', twoAgreeingFigures);
      if (!r.ok) throw new Error(r.lines.join('\n'));
      expect(balanceItems(r.level).map((i) => [i.roundId, i.path.join('/'), i.generated])).toEqual([
        ['c1', 'rounds/0', false],
        ['s1', 'rounds/1', false],
        ['gen-3-figures-1', 'rounds/2', true],
        ['gen-3-figures-2', 'rounds/2', true],
      ]);
      const line = t.split('\n').findIndex((l) => l.includes('"generate"'));
      expect(balanceLines(t, 'my.json', twoAgreeingFigures)).toEqual([
        expect.stringContaining(`my.json:${line}:5: balance: the conflicting figures rounds have no items of "figures that truly contradict" (generated rounds included) (at /rounds/2)`),
      ]);
    });

    it('one generated round beside one authored round of its skill makes two items', () => {
      const oneContradiction: RoundGenerator = (req) => (req.type === 'conflicting-figures' ? [figures('gen-1-figures-1', true)] : []);
      const t = levelText([{ generate: { type: 'conflicting-figures', count: 1 } }, figures('f1', false)]);
      const r = load(t, 'my.json', oneContradiction);
      if (!r.ok) throw new Error(r.lines.join('\n'));
      expect(balanceProblems(r.level)).toEqual([]);
    });
  });

  describe('levels:check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lateral-balance-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints file:line:col for a level that breaks a rule, and exits 1', async () => {
      const t = levelText([single('s1'), single('s2'), copy('c1'), single('s3')]);
      const file = join(dir, 'lopsided.json');
      writeFileSync(file, t);
      const r = await runCli('levels-check', [file]);
      expect(r.code).toBe(1);
      expect(r.out).toContain(`lopsided.json:${at(t, 's1')}: balance: 3 of the 4 who said it rounds (75%) are printed by one outlet; at most 2 may be (at /rounds/0)`);
      expect(r.out).not.toContain('ok (');
    });

    it('says ok for a balanced level', async () => {
      const file = join(dir, 'balanced.json');
      writeFileSync(file, levelText([single('s1'), copy('c1'), kind('k1', 'attributed'), pair('p1', 'valley-blog')]));
      const r = await runCli('levels-check', [file]);
      expect([r.code, r.out.trim().endsWith('balanced.json: ok (4 rounds)')]).toEqual([0, true]);
    });
  });

  describe.each(shippedLevelFiles())('shipped %s', (file) => {
    it('passes the balance rules', () => {
      expect(balanceLines(readFileSync(join(LEVELS_DIR, file), 'utf8'), `levels/${file}`)).toEqual([]);
    });
  });
});
