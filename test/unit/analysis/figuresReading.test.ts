import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Readings added for issue 9: units, fractions, bounds and parts the engine used to miss. */
function figuresOf(text: string) {
  return analyze([article('a', text)]).figures;
}

describe('reading figures (issue 9)', () => {
  it('does not take the word after a comma as what a number counts', () => {
    const [f] = figuresOf('The striker netted 31, making him the top scorer of the league.');
    expect(f?.unit).toBe('');
  });

  it('looks past a participle to the counted noun ("12 confirmed cases")', () => {
    const [f] = figuresOf('Health officials found 12 confirmed cases in the village.');
    expect(f).toMatchObject({ unit: 'cases', unitClass: 'cases' });
  });

  it('gives a bare number the unit of the count it parallels', () => {
    const f = figuresOf('The clinic treated 310 patients in the north wing and 95 in the south wing.');
    expect(f.map((x) => [x.value, x.unitClass])).toEqual([
      [310, 'people'],
      [95, 'people'],
    ]);
  });

  it('keeps a bare number after a verb of its own unit-less', () => {
    const f = figuresOf('The team played 41 matches and won 29.');
    expect(f.find((x) => x.value === 29)?.unit).toBe('');
  });

  it('does not sum parts that each carry a phrase of their own', () => {
    const f = figuresOf('Inspectors found 14 faults in the old hall and 3 faults in the new hall.');
    expect(f.some((x) => x.parts)).toBe(false);
    expect(f.filter((x) => x.unitClass === 'fault').map((x) => x.value)).toEqual([14, 3]);
  });

  it('reads fractions joined by hyphens, alone and at the end of a range', () => {
    const [a] = figuresOf('She served a three-and-a-half-year term.');
    expect(a).toMatchObject({ kind: 'duration', value: 3.5 * 525600 });
    const [r] = figuresOf('His lawyers asked for two to four-and-a-half years in prison.');
    expect(r).toMatchObject({ kind: 'duration', bound: 'range', low: 2 * 525600, high: 4.5 * 525600 });
  });

  it('reads "the 10 to 12 years" asked for as a length, "in the 48 hours" as a span', () => {
    const [len] = figuresOf('The term was shorter than the 10 to 12 years the state had sought.');
    expect(len?.kind).toBe('duration');
    const [span] = figuresOf('Rain fell in the 48 hours that followed.');
    expect(span?.kind).toBe('offset');
  });

  it('reads "several seconds" as a vague length, but not "several" before an unknown noun', () => {
    const [s] = figuresOf('The ground shook for several seconds.');
    expect(s).toMatchObject({ kind: 'duration', bound: 'vague' });
    expect(figuresOf('Several towns lost power.')).toEqual([]);
  });

  it('makes "as little as" a lower bound', () => {
    const [f] = figuresOf('He could be free in as little as 9 years.');
    expect(f).toMatchObject({ bound: 'lower', low: 9 * 525600 });
  });

  it('reads the span after a record ("the biggest drop in nearly two decades") beside another figure', () => {
    const f = figuresOf('Wheat prices fell 12% on Friday, the biggest drop in nearly two decades.');
    expect(f.map((x) => [x.text, x.kind, x.bound])).toEqual([
      ['12%', 'percent', 'exact'],
      ['nearly two decades', 'duration', 'upper'],
    ]);
  });

  it('still leaves out the window a change is measured over ("rose 12% in two years")', () => {
    const f = figuresOf('Wheat prices rose 12% in two years, traders said.');
    expect(f.map((x) => x.kind)).toEqual(['percent']);
  });
});

describe('reading figures: a list of counts by place, its items parted by semicolons', () => {
  it('lets each bare number of the list count what the first one counts', () => {
    const classes = figuresOf(
      'The toll of 31 includes five people in Iowa, where a grain silo fell; three in Nebraska; two in Kansas, where a barn collapsed; and one in Missouri.',
    ).map((f) => [f.text, f.unitClass]);
    expect(classes).toContainEqual(['three', 'people-killed']);
    expect(classes.filter(([t, c]) => t === 'two' && c === 'people-killed')).toHaveLength(1);
  });

  it('does not carry the noun over a semicolon to a number that is no item of a list of places', () => {
    const classes = figuresOf('The forward has scored 12 goals in Spain; four in cup games.').map((f) => [f.text, f.unitClass]);
    expect(classes).toContainEqual(['four', '']);
  });
});

describe('reading figures: what befell a count of people', () => {
  it('takes the verb that counts them over a participle past a comma ("killed 12 people, injuring dozens")', () => {
    const classes = figuresOf('The blast at the depot killed 12 people, injuring dozens more.').map((f) => [f.text, f.unitClass]);
    expect(classes).toContainEqual(['12', 'people-killed']);
    expect(classes).toContainEqual(['dozens', 'people-injured']);
  });

  it('still reads the state written right after the people ("40 people injured")', () => {
    const [f] = figuresOf('Officials said 40 people injured in the crash were taken to hospital.');
    expect(f?.unitClass).toBe('people-injured');
  });
});

describe('reading figures: a share right after a name', () => {
  it('reads "Jones 44.2%" as the share Jones had, not as a model number', () => {
    const f = figuresOf('With most ballots counted, Smith had 55.8% and Jones 44.2%, officials said.');
    expect(f.map((x) => [x.text, x.kind])).toEqual([
      ['55.8%', 'percent'],
      ['44.2%', 'percent'],
    ]);
  });

  it('still reads the number of a model or version as a name ("Xbox 360")', () => {
    expect(figuresOf('He bought an Xbox 360 for his son.')).toEqual([]);
  });
});
