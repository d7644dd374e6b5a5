// zod's tree-shakable build: the save is read on the first load, where the full zod would weigh ~25 KiB.
import * as z from 'zod/mini';
import type { Tally } from '../core/discernment';

/** Saved on the device under a versioned key; bump the version and add a migration together. */
export const PROGRESS_KEY = 'lateral.progress';
export const PROGRESS_VERSION = 1;

const count = () => z.int().check(z.minimum(0));

const levelProgressSchema = z.object({
  bestCorrect: count(),
  bestTotal: count(),
  plays: count(),
  lastPlayed: z.optional(z.string()),
});

const tallySchema = z.object({
  hits: count(),
  misses: count(),
  falseAlarms: count(),
  correctRejections: count(),
});

export const progressSchema = z.object({
  levels: z.record(z.string(), levelProgressSchema),
  /** Every flag-or-pass decision so far, per skill: discernment across all plays (optional: older saves lack it). */
  skills: z.optional(z.object({ attribution: z.optional(tallySchema), opinion: z.optional(tallySchema), figures: z.optional(tallySchema) })),
  language: z.optional(z.enum(['en', 'es'])),
  soundOn: z.optional(z.boolean()),
});

export type LevelProgress = z.infer<typeof levelProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const emptyProgress = (): Progress => ({ levels: {} });

/**
 * Earlier formats, oldest first. Version 0 was a plain `{ [levelId]: bestCorrect }` map
 * (never shipped, kept as the pattern for the next bump).
 */
const migrations: Record<number, (old: unknown) => unknown> = {
  0: (old) => {
    const levels: Record<string, LevelProgress> = {};
    if (old && typeof old === 'object') {
      for (const [id, best] of Object.entries(old)) {
        if (typeof best === 'number') levels[id] = { bestCorrect: best, bestTotal: best, plays: 1 };
      }
    }
    return { levels };
  },
};

export function migrateProgress(data: unknown, fromVersion: number): unknown {
  let value = data;
  for (let v = fromVersion; v < PROGRESS_VERSION; v++) {
    const step = migrations[v];
    if (step) value = step(value);
  }
  return value;
}

export type SkillTallies = NonNullable<Progress['skills']>;

/** Record a finished play: keep the best score (points of the maximum) and add its decisions to the tallies. */
export function recordPlay(progress: Progress, levelId: string, correct: number, total: number, when: string, tallies: SkillTallies = {}): Progress {
  const prev = progress.levels[levelId];
  const skills: SkillTallies = { ...progress.skills };
  for (const [skill, t] of Object.entries(tallies) as [keyof SkillTallies, Tally | undefined][]) {
    if (!t) continue;
    const was = skills[skill] ?? { hits: 0, misses: 0, falseAlarms: 0, correctRejections: 0 };
    skills[skill] = {
      hits: was.hits + t.hits,
      misses: was.misses + t.misses,
      falseAlarms: was.falseAlarms + t.falseAlarms,
      correctRejections: was.correctRejections + t.correctRejections,
    };
  }
  const better = !prev || correct / Math.max(total, 1) > prev.bestCorrect / Math.max(prev.bestTotal, 1);
  return {
    ...progress,
    skills,
    levels: {
      ...progress.levels,
      [levelId]: {
        bestCorrect: better ? correct : prev.bestCorrect,
        bestTotal: better ? total : prev.bestTotal,
        plays: (prev?.plays ?? 0) + 1,
        lastPlayed: when,
      },
    },
  };
}
