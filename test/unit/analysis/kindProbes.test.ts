import { describe, expect, it } from 'vitest';
import { loadProbes, PROBE_SETS } from '../../../src/cli/figureProbes';
import { loadKindProbes, scoreKinds } from '../../../src/cli/kindProbes';
import { SENTENCE_KINDS } from '../../../src/cli/qualityScore';
import { runCliInProcess as run } from '../cliInProcess';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('sentence-kind probes', () => {
  it('label sentences printed, word for word, in the article they name, one label file per story', () => {
    for (const set of PROBE_SETS) {
      const stories = new Map(loadProbes(set).map((p) => [p.id, p]));
      const labels = loadKindProbes(set);
      expect(labels.map((l) => l.story).sort()).toEqual([...stories.keys()].sort());
      for (const l of labels) {
        const text = new Map((stories.get(l.story)?.articles ?? []).map((a) => [a.id, flat(a.text)]));
        const absent = l.sentences.filter((s) => !(text.get(s.article) ?? '').includes(flat(s.text)));
        expect(absent, `${set}/${l.story}`).toEqual([]);
        expect(l.sentences.every((s) => (SENTENCE_KINDS as readonly string[]).includes(s.kind))).toBe(true);
      }
    }
  });

  it('score a story sentence by sentence against its labels', () => {
    const probe = loadProbes('tuned').find((p) => p.id === 'e4-whitcomb-sentencing');
    const labels = loadKindProbes('tuned').find((l) => l.story === 'e4-whitcomb-sentencing');
    expect(probe && labels).toBeTruthy();
    const score = scoreKinds(probe!, labels!);
    expect(score.total).toBe(labels!.sentences.length);
    expect(score.right + score.wrong.length).toBe(score.total);
    // A wire story's sentence in its own voice, with no tag or quotation, is read as reporting.
    const plain = labels!.sentences.find((s) => s.text.startsWith('He had originally been indicted on 12 counts'));
    expect(plain?.kind).toBe('reporting');
    expect(score.wrong.some((w) => w.includes('He had originally been indicted'))).toBe(false);
  });

  it('print one total per set, and no story of the untuned set by name', async () => {
    const r = await run('kindProbes.ts', []);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/TOTAL tuned .*sentence kinds 0\.\d{3} \(\d+\/\d+\)/);
    expect(r.out).toMatch(/TOTAL untuned .*sentence kinds 0\.\d{3} \(\d+\/\d+\)/);
    for (const probe of loadProbes('untuned')) expect(r.out).not.toContain(probe.id);
  });
});
