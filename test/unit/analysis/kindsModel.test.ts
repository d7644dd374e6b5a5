import { describe, expect, it } from 'vitest';
import { combine } from '../../../src/cli/kindsLoco';
import { hashFeatures, kindFeatureNames, predictSoftmax, quotedMask, trainSoftmax, type KindInput } from '../../../src/cli/kindsModel';
import { tokenize } from '../../../src/core/analysis/text';

const input = (text: string, rule?: KindInput['rule']): KindInput => ({ text, tokens: tokenize(text), index: 2, count: 10, rule });

describe('sentence-kind model features', () => {
  it('masks the words inside quotation marks, curly or straight, but not an apostrophe', () => {
    const text = '“Prices will fall,” the minister’s aide said, calling it "unlikely".';
    const mask = quotedMask(text);
    const inside = (word: string): boolean => mask[text.indexOf(word)] === 1;
    expect(inside('Prices')).toBe(true);
    expect(inside('unlikely')).toBe(true);
    expect(inside('minister')).toBe(false);
    expect(inside('aide')).toBe(false);
    expect(inside('said')).toBe(false);
  });

  it('reads the words outside quotes, so a speaker’s words do not count as the writer’s', () => {
    const names = kindFeatureNames(input('“This is a disgraceful ruling,” the senator said.'), 'lexical');
    expect(names).toContain('w:said');
    expect(names).toContain('last:said');
    expect(names).not.toContain('w:disgraceful');
    expect(names).toContain('opens-quote');
  });

  it('adds the rules’ reading only to the model that is meant to use it', () => {
    const rule = { kind: 'attributed' as const, cues: ['attribution-verb' as const], confidence: 0.9, furniture: false, articleOpinion: 0 };
    const lexical = kindFeatureNames(input('The agency said prices rose.', rule), 'lexical');
    const both = kindFeatureNames(input('The agency said prices rose.', rule), 'lexical+rules');
    expect(lexical.some((n) => n.startsWith('r:') || n.startsWith('c:'))).toBe(false);
    expect(both).toContain('r:attributed');
    expect(both).toContain('c:attribution-verb');
  });
});

describe('softmax regression', () => {
  // Three made-up classes, each marked by its own word; "the" says nothing.
  const sentences: [string, number][] = [
    ['the river rose overnight', 0],
    ['the bridge closed overnight', 0],
    ['officials said the river rose', 1],
    ['the mayor said roads closed', 1],
    ['what a shameful failure', 2],
    ['a shameful and costly failure', 2],
  ];
  const dims = 256;
  const samples = sentences.map(([t, y]) => ({ x: hashFeatures(kindFeatureNames(input(t), 'lexical'), dims), y }));
  const options = { dims, classes: 3, l2: 0.001, iterations: 100, rate: 0.5 };

  it('gives the same weights every time it is trained on the same sentences', () => {
    expect(Array.from(trainSoftmax(samples, options))).toEqual(Array.from(trainSoftmax(samples, options)));
  });

  it('learns which words mark which kind and reads a new sentence by them', () => {
    const w = trainSoftmax(samples, options);
    const read = (t: string): number => {
      const p = predictSoftmax(w, hashFeatures(kindFeatureNames(input(t), 'lexical'), dims), 3);
      return p.indexOf(Math.max(...p));
    };
    expect(read('police said the road closed')).toBe(1);
    expect(read('a shameful decision')).toBe(2);
  });
});

describe('rules first, model only when sure', () => {
  it('keeps the rules’ kind unless the model disagrees with at least the threshold', () => {
    expect(combine(0, [0.2, 0.7, 0.1], 0.8)).toBe(0);
    expect(combine(0, [0.1, 0.85, 0.05], 0.8)).toBe(1);
    expect(combine(2, [0.1, 0.2, 0.7], 0.5)).toBe(2);
    expect(combine(0, [0.01, 0.98, 0.01], Infinity)).toBe(0);
  });
});
