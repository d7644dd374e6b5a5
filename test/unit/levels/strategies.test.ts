import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { act, currentQuestion, runScore, startRun, type Action, type Run } from '../../../src/core/game';
import type { ValidLevel } from '../../../src/core/levelValidate';
import type { Question } from '../../../src/core/rounds';
import { LEVELS_DIR, load, shippedLevelFiles } from './helpers';

/**
 * Players who do not read: each strategy answers from the buttons alone, never points at
 * evidence and takes no hints. None may score more than 40% of a level's maximum, or the level
 * can be won by habit instead of by reading across the outlets (issue 8).
 */
const LIMIT = 0.4;
const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);

/** What a strategy does with one question: the option ids it ticks or chooses. */
type Strategy = (q: Question) => string[];

const first: Strategy = (q) => [q.options[0]?.id ?? ''];
const last: Strategy = (q) => [q.options[q.options.length - 1]?.id ?? ''];
const alwaysNo: Strategy = (q) => (q.id === 'conflict' ? ['no'] : first(q));
const tickAll: Strategy = (q) => (q.multi ? q.options.map((o) => o.id) : first(q));
/** Ticks (or picks) one favoured outlet wherever it is offered; the first option otherwise. */
const favour =
  (outlet: string): Strategy =>
  (q) =>
    q.options.some((o) => o.id === outlet) ? [outlet] : first(q);

function strategiesFor(level: ValidLevel): [string, Strategy][] {
  return [
    ['first option', first],
    ['last option', last],
    ['always "No"', alwaysNo],
    ['tick every outlet', tickAll],
    ...[...level.articles.keys()].map((id): [string, Strategy] => [`favour ${id}`, favour(id)]),
  ];
}

function answer(run: Run, q: Question, picks: string[]): Run {
  if (!q.multi) return act(run, { type: 'choose', option: picks[0] ?? '' });
  const ticked = picks.reduce((r, option) => act(r, { type: 'toggle', option } satisfies Action), run);
  return act(ticked, { type: 'confirm' });
}

/** One play of the level with a strategy; its points as a share of the maximum. */
function play(level: ValidLevel, strategy: Strategy, seed: number): number {
  let run = startRun(level, seed);
  while (!run.finished) {
    const q = currentQuestion(run);
    let next: Run;
    if (q) next = answer(run, q, strategy(q));
    else if (run.stage === 'evidence') next = act(run, { type: 'skipEvidence' });
    else next = act(run, { type: 'next' });
    // Every step must move the game on: a refused action would loop forever.
    if (next === run) throw new Error(`stuck at round ${run.index} stage ${run.stage}`);
    run = next;
  }
  const score = runScore(run);
  return score.points / score.max;
}

const files = shippedLevelFiles();
const table: string[][] = [];

describe('strategies that do not read score at most 40% in every shipped level', () => {
  describe.each(files)('%s', (file) => {
    const loaded = load(readFileSync(join(LEVELS_DIR, file), 'utf8'), `levels/${file}`);
    if (!loaded.ok) throw new Error(loaded.lines.join('\n'));
    const level = loaded.level;

    it.each(strategiesFor(level))('%s', (name, strategy) => {
      const shares = SEEDS.map((seed) => play(level, strategy, seed));
      const mean = shares.reduce((s, x) => s + x, 0) / shares.length;
      const worst = Math.max(...shares);
      table.push([file, name, `${(100 * mean).toFixed(1)}%`, `${(100 * worst).toFixed(1)}%`]);
      // The average over fresh seeds is what the strategy earns; a single lucky shuffle is not the level's fault.
      expect(mean, `${file}: ${name} averages ${(100 * mean).toFixed(1)}% of the maximum`).toBeLessThanOrEqual(LIMIT);
    });
  });

  afterAll(() => {
    const widths = [0, 1, 2, 3].map((c) => Math.max(...[['level', 'strategy', 'mean', 'best seed'], ...table].map((row) => row[c]?.length ?? 0)));
    const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
    console.log(['Points as a share of the maximum, over ' + SEEDS.length + ' seeds:', line(['level', 'strategy', 'mean', 'best seed']), ...table.map(line)].join('\n'));
  });
});
