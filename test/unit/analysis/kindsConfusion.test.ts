import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { kindFigures, main, opinionCause, whyMissing } from '../../../src/cli/kindsConfusion';
import { article } from './seeds';

/** The kinds:confusion diagnostic: which cue made a sentence opinion, and the opinion figures of a confusion matrix. */
describe('kinds:confusion', { timeout: 30_000 }, () => {
  const sentence = (text: string) => {
    const s = analyze([article('a', text)]).sentences.find((x) => !x.furniture);
    if (!s) throw new Error('no sentence');
    return s;
  };

  it('names the word list a false opinion call came from', () => {
    expect(opinionCause(sentence('The plan is absurd and the council knows it.'))).toBe('loadedWords: absurd');
    expect(opinionCause(sentence('I think the council voted on the plan.'))).toMatch(/^firstPerson: I/);
  });

  it('counts opinion precision and recall from key rows and engine columns', () => {
    const f = kindFigures({
      reporting: { reporting: 8, attributed: 0, opinion: 2, missing: 0 },
      attributed: { reporting: 0, attributed: 5, opinion: 1, missing: 0 },
      opinion: { reporting: 1, attributed: 0, opinion: 3, missing: 0 },
    });
    expect([f.right, f.total, f.called, f.hit, f.real]).toEqual([16, 20, 6, 3, 4]);
    expect(f.opP).toBeCloseTo(0.5);
    expect(f.opR).toBeCloseTo(0.75);
  });

  it('lists, with --all, every dev sentence read as another kind, with its key and engine kinds', () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void lines.push(a.join(' '));
    try {
      expect(main(['--half', 'odd', '--all'])).toBe(0);
    } finally {
      console.log = log;
    }
    const text = lines.join('\n');
    expect(text).toMatch(/every sentence read as another kind \((\d+)\):/);
    expect(text).toMatch(/\[engine (reporting|attributed|opinion); cues [^\]]*\] key (reporting|attributed|opinion): "/);
    // (It reads half of the dev split, 120-odd clusters: 20-odd seconds alone, more on a busy machine.)
  }, 90_000);

  it('refuses to look at any split but dev, or a half other than even/odd', () => {
    expect(main(['--split', 'test'])).toBe(2);
    expect(main(['--split', 'holdout'])).toBe(2);
    expect(main(['--half', 'all'])).toBe(2);
  });

  it('says why a key sentence has no engine sentence: article absent, text differs, split or joined', () => {
    const a = article('a', 'The mayor opened the bridge on Monday. Traffic resumed at noon.');
    const found = analyze([a]).sentences;
    const bounds = a.sentences;
    expect(whyMissing(undefined, found, bounds, 'Anything.').why).toBe('article absent');
    expect(whyMissing(a, found, bounds, 'The council closed the bridge.').why).toBe('text differs');
    expect(whyMissing(a, found, bounds, 'on Monday. Traffic resumed').why).toBe('split');
    const joined = whyMissing(a, found, bounds, 'opened the  bridge');
    expect(joined.why).toBe('joined');
    expect(joined.parts).toEqual(['The mayor opened the bridge on Monday.']);
  });
});
