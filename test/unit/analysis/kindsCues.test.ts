import { describe, expect, it } from 'vitest';
import { cueTable, formatCueTable, main, NO_CUE, type CuePair } from '../../../src/cli/kindsCues';

/** The kinds:cues diagnostic: how often the engine's kind is the key's, per cue, alone or with other cues. */
describe('kinds:cues', () => {
  const pair = (key: CuePair['key'], kind: CuePair['key'], ...cues: CuePair['reading']['cues']): CuePair => ({ key, reading: { kind, cues } });

  const readings: CuePair[] = [
    pair('opinion', 'opinion', 'speculation'),
    pair('reporting', 'opinion', 'speculation'),
    pair('reporting', 'opinion', 'speculation'),
    pair('opinion', 'opinion', 'speculation', 'loaded-words'),
    pair('attributed', 'attributed', 'attribution-verb', 'quotation-marks'),
    pair('attributed', 'attributed', 'quotation-marks'),
    pair('reporting', 'reporting'),
    pair('opinion', 'reporting'),
  ];

  it('counts each cue right and total, split by whether it was the only cue', () => {
    const rows = cueTable(readings);
    const speculation = rows.find((r) => r.cue === 'speculation');
    expect(speculation?.all).toEqual({ right: 2, total: 4 });
    expect(speculation?.alone).toEqual({ right: 1, total: 3 });
    expect(speculation?.withOthers).toEqual({ right: 1, total: 1 });
    expect([...(speculation?.misses ?? [])]).toEqual([['opinion→reporting', 2]]);
    expect(rows.find((r) => r.cue === 'loaded-words')?.alone).toEqual({ right: 0, total: 0 });
  });

  it('sorts cues by how often they were read, and counts sentences with no cue in a row of their own', () => {
    const rows = cueTable(readings);
    expect(rows.map((r) => r.cue)).toEqual(['speculation', NO_CUE, 'quotation-marks', 'attribution-verb', 'loaded-words']);
    expect(rows.find((r) => r.cue === NO_CUE)?.all).toEqual({ right: 1, total: 2 });
  });

  it('with byKind, splits a cue by the kind the engine gave, so its opinion calls are counted apart', () => {
    const rows = cueTable(readings, true);
    expect(rows.find((r) => r.cue === 'speculation→opinion')?.all).toEqual({ right: 2, total: 4 });
    expect(rows.find((r) => r.cue === `${NO_CUE}→reporting`)?.all).toEqual({ right: 1, total: 2 });
    expect(rows.some((r) => r.cue === 'speculation')).toBe(false);
  });

  it('takes cue names from the readings, not from a fixed list', () => {
    const rows = cueTable([{ key: 'reporting', reading: { kind: 'reporting', cues: ['a-new-cue' as CuePair['reading']['cues'][number]] } }]);
    expect(rows.map((r) => r.cue)).toEqual(['a-new-cue']);
  });

  it('prints precision per column and the commonest miss first', () => {
    const lines = formatCueTable(cueTable(readings));
    const speculation = lines.find((l) => l.startsWith('speculation')) ?? '';
    expect(speculation).toMatch(/2\/4 0\.50\s+1\/3 0\.33\s+1\/1 1\.00\s+opinion→reporting 2$/);
    expect(lines.find((l) => l.startsWith('loaded-words'))).toMatch(/1\/1 1\.00\s+-\s+1\/1 1\.00/);
  });

  it('refuses to look at any split but dev, or a half other than even/odd', () => {
    expect(main(['--split', 'test'])).toBe(2);
    expect(main(['--test'])).toBe(2);
    expect(main(['--holdout'])).toBe(2);
    expect(main(['--half', 'all'])).toBe(2);
  });
});
