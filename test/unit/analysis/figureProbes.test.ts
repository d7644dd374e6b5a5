import { describe, expect, it } from 'vitest';
import { loadProbes, PROBE_SETS, scoreProbe } from '../../../src/cli/figureProbes';
import { runCliInProcess as run } from '../cliInProcess';

describe('figure probes', () => {
  it('hold stories whose every key figure is printed, word for word, in the article it names', () => {
    for (const set of PROBE_SETS) {
      const probes = loadProbes(set);
      expect(probes.length).toBe(set === 'tuned' ? 8 : 12);
      for (const probe of probes) {
        const text = new Map(probe.articles.map((a) => [a.id, a.text]));
        const figures = [...probe.groups.flatMap((g) => g.members), ...(probe.singletons ?? [])];
        const missing = figures.filter((f) => !(text.get(f.article) ?? '').includes(f.figure));
        expect(missing, `${set}/${probe.id}`).toEqual([]);
      }
    }
  });

  it('scores a story as the quality command scores figure groups', () => {
    const probe = loadProbes('tuned').find((p) => p.id === 'e4-whitcomb-sentencing');
    expect(probe).toBeDefined();
    const score = scoreProbe(probe!);
    expect(score.key).toBe(15);
    expect(score.found).toBeGreaterThan(0);
    expect(score.right).toBeLessThanOrEqual(score.engine);
  });

  it('prints one total per set, and no story of the untuned set by name', async () => {
    const r = await run('figureProbes.ts', []);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/TOTAL tuned .*F1 0\.\d{3}/);
    expect(r.out).toMatch(/TOTAL untuned .*F1 0\.\d{3}/);
    for (const probe of loadProbes('untuned')) expect(r.out).not.toContain(probe.id);
  });
});
