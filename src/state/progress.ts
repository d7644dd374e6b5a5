import type { Tally } from '../core/discernment';

/** Saved on the device under a versioned key; bump the version and add a migration together. */
export const PROGRESS_KEY = 'lateral.progress';
export const PROGRESS_VERSION = 1;

export interface LevelProgress {
  bestCorrect: number;
  bestTotal: number;
  plays: number;
  lastPlayed?: string | undefined;
}

export interface Progress {
  levels: Record<string, LevelProgress>;
  /** Every flag-or-pass decision so far, per skill: discernment across all plays (optional: older saves lack it). */
  skills?: { attribution?: Tally | undefined; opinion?: Tally | undefined; figures?: Tally | undefined } | undefined;
  language?: 'en' | 'es' | undefined;
  soundOn?: boolean | undefined;
}

/*
 * The save is read on the first load, before anything else is on screen, so it is checked by
 * hand here rather than with zod (whose core alone is ~15 KiB gzip): same rules, unknown keys
 * dropped as zod's object() does, and a message saying what is wrong and where.
 */
class ProgressError extends Error {}

const fail = (path: string, what: string): never => {
  throw new ProgressError(`${path || 'progress'}: ${what}`);
};
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (x: unknown, path: string): number => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : fail(path, 'expected a whole number ≥ 0'));

function levelProgress(x: unknown, path: string): LevelProgress {
  if (!isObject(x)) return fail(path, 'expected an object');
  const out: LevelProgress = {
    bestCorrect: count(x.bestCorrect, `${path}.bestCorrect`),
    bestTotal: count(x.bestTotal, `${path}.bestTotal`),
    plays: count(x.plays, `${path}.plays`),
  };
  if (x.lastPlayed !== undefined) out.lastPlayed = typeof x.lastPlayed === 'string' ? x.lastPlayed : fail(`${path}.lastPlayed`, 'expected text');
  return out;
}

function tally(x: unknown, path: string): Tally {
  if (!isObject(x)) return fail(path, 'expected an object');
  return {
    hits: count(x.hits, `${path}.hits`),
    misses: count(x.misses, `${path}.misses`),
    falseAlarms: count(x.falseAlarms, `${path}.falseAlarms`),
    correctRejections: count(x.correctRejections, `${path}.correctRejections`),
  };
}

function readProgress(x: unknown): Progress {
  if (!isObject(x)) return fail('', 'expected an object');
  if (!isObject(x.levels)) return fail('levels', 'expected an object');
  const out: Progress = { levels: Object.fromEntries(Object.entries(x.levels).map(([id, l]) => [id, levelProgress(l, `levels.${id}`)])) };
  if (x.skills !== undefined) {
    if (!isObject(x.skills)) return fail('skills', 'expected an object');
    const skills: NonNullable<Progress['skills']> = {};
    for (const k of ['attribution', 'opinion', 'figures'] as const) if (x.skills[k] !== undefined) skills[k] = tally(x.skills[k], `skills.${k}`);
    out.skills = skills;
  }
  if (x.language !== undefined) out.language = x.language === 'en' || x.language === 'es' ? x.language : fail('language', 'expected "en" or "es"');
  if (x.soundOn !== undefined) out.soundOn = typeof x.soundOn === 'boolean' ? x.soundOn : fail('soundOn', 'expected true or false');
  return out;
}

/** The shape of saved progress, with zod's safeParse/parse interface. */
export const progressSchema = {
  safeParse(x: unknown): { success: true; data: Progress } | { success: false; error: Error } {
    try {
      return { success: true, data: readProgress(x) };
    } catch (error) {
      if (error instanceof ProgressError) return { success: false, error };
      throw error;
    }
  },
  parse: (x: unknown): Progress => readProgress(x),
};

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
