import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, figure reading round 30. Invented boxes and sentences, not from any corpus. */

const figuresOf = (text: string) => analyze([article('a', text)]).figures;
const unitsOf = (text: string) => figuresOf(text).map((f) => [f.text, f.unitClass]);

const STORY = 'Relief teams reached the coast on Tuesday after the storm had passed.';

describe('figure reading round 30: boxes of numbers', () => {
  it('reads a box whose numbers stand above their labels by the label under each number', () => {
    const box = ['Storm Report No. 4', '', 'Key Figures', '', '418', '', 'Confirmed Deaths in the Delta', '', '12,500', '', 'People in Relief Camps', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'people'],
    ]);
  });

  it('reads a box that starts with its first number and ends with prose', () => {
    const box = ['The figures below are from the ministry.', '', '2.3 million', '', 'Children Out of School', '', '640', '', 'Schools Damaged by the Storm', '', STORY].join('\n');
    const fs = figuresOf(box);
    expect(fs.find((f) => f.text === '2.3 million')?.unit).toBe('children');
    expect(fs.find((f) => f.text === '640')?.unit).not.toBe('children');
  });

  it('keeps reading the usual box, a label above each number, by the label before it', () => {
    const box = ['Key Figures', '', 'Deaths', '', '418', '', 'Cases', '', '12,500', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('reads a label-first box whose last label heads a table as label-first', () => {
    const box = ['Outbreak Summary', 'Deaths', '418', 'Cases', '12,500', 'Hospital Stays', 'Under 5: 28% (21 of 76)', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('reads a label-first box by the line breaks that tie each number to the label above it', () => {
    const box = ['Outbreak Summary', '', 'Deaths', '418', '', 'Cases', '12,500', '', 'Hospital Stays', '', STORY].join('\n');
    expect(unitsOf(box).slice(0, 2)).toEqual([
      ['418', 'people-killed'],
      ['12,500', 'cases'],
    ]);
  });

  it('leaves a single number between two labels to the label before it', () => {
    const box = ['Total Cases', '', '222', '', 'Age Groups', '', STORY].join('\n');
    expect(figuresOf(box).find((f) => f.text === '222')?.unitClass).toBe('cases');
  });
});
