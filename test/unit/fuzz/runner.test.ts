import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatReport, fuzz, fuzzCase } from '../../../src/cli/fuzz';
import { FULL_SIZE, mutations, SMALL_SIZE, type FuzzCase } from '../../../src/cli/fuzzLevels';

/** Cases whose generation throws the way the hugeArray mutation did on a level replaced by null (seed 900001). */
const sometimesThrowing: fc.Arbitrary<FuzzCase> = fc.nat({ max: 9 }).map((n) => {
  if (n < 3) {
    const missing = null as unknown as string[];
    return { mutations: ['hugeArray'], text: String(missing.length) };
  }
  return { mutations: ['wrongType'], text: `{"n": ${n}}` };
});

describe('the fuzz runner', () => {
  it('reports a case whose generation throws as one failure with its number, and runs every other case', () => {
    const ran: string[] = [];
    const report = fuzz({
      cases: 1_200,
      seed: 900_001,
      arbitrary: sometimesThrowing,
      run: (text) => {
        ran.push(text);
        return { ok: false, lines: ['fuzz.json:1:1: problem'] };
      },
    });
    const generatorCrashes = report.crashes.filter((c) => c.stage === 'generate');
    expect(generatorCrashes.length).toBeGreaterThan(100);
    expect(generatorCrashes.every((c) => c.error.includes("Cannot read properties of null (reading 'length')"))).toBe(true);
    // Every case is accounted for: run, or reported as a generator failure; none is lost with its thousand.
    expect(ran.length + generatorCrashes.length).toBe(1_200);
    expect(new Set(report.crashes.map((c) => c.index)).size).toBe(generatorCrashes.length);
    expect(report.rejected).toBe(ran.length);
    const lines = formatReport(report);
    expect(lines[0]).toContain(`${generatorCrashes.length} crashes (${generatorCrashes.length} in the generator)`);
    expect(lines).toContain(`  #${generatorCrashes[0]?.index} generator: ${generatorCrashes[0]?.error}`);
  });

  it('reports a case the game throws on with its number, and goes on', () => {
    const report = fuzz({
      cases: 50,
      seed: 7,
      arbitrary: fc.nat({ max: 9 }).map((n) => ({ mutations: ['deleteKey'], text: String(n) })),
      run: (text) => {
        if (text === '3') throw new Error('boom');
        return { ok: true, rounds: 1, points: 0 };
      },
    });
    const crashed = report.crashes.map((c) => c.index);
    expect(crashed.length).toBeGreaterThan(0);
    expect(report.valid + crashed.length).toBe(50);
    expect(report.crashes.every((c) => c.stage === 'run' && c.error.startsWith('Error: boom'))).toBe(true);
  });

  it('replays one case of a run exactly as the run made it', () => {
    const arbitrary = fc.string({ minLength: 1 }).map((s) => ({ mutations: ['hugeString'], text: s }));
    const seen: string[] = [];
    fuzz({ cases: 1_100, seed: 42, arbitrary, run: (text) => (seen.push(text), { ok: true, rounds: 1, points: 0 }) });
    for (const index of [0, 999, 1_000, 1_099]) {
      const one = fuzzCase(42, index, arbitrary);
      expect(one.ok ? one.value.text : 'generator failed').toBe(seen[index]);
    }
  });
});

describe('sharing and limiting a run', () => {
  const arbitrary = fc.string({ minLength: 1 }).map((s) => ({ mutations: ['hugeString'], text: s }));
  const texts = (options: { cases: number; from?: number; stopAt?: number }, slowFirst = false) => {
    const seen: string[] = [];
    const report = fuzz({
      seed: 3,
      arbitrary,
      ...options,
      run: (text) => {
        if (slowFirst && seen.length === 0) for (const t = performance.now(); performance.now() - t < 60;);
        seen.push(text);
        return { ok: true, rounds: 1, points: 0 };
      },
    });
    return { seen, report };
  };

  it('--from 1000 runs the same cases as the second thousand of a whole run', () => {
    const whole = texts({ cases: 2_000 }).seen;
    const second = texts({ cases: 1_000, from: 1_000 });
    expect(second.seen).toEqual(whole.slice(1_000));
    expect(formatReport(second.report)[0]).toMatch(/^fuzz: 1000 cases #1000–#1999 \(seed 3\)/);
  });

  it('--minutes stops after the thousand under way and says how many cases were done', () => {
    const { seen, report } = texts({ cases: 3_000, stopAt: performance.now() + 30 }, true);
    expect(seen).toHaveLength(1_000);
    expect(report.done).toBe(1_000);
    expect(formatReport(report)[0]).toMatch(/^fuzz: 1000 of 3000 \(time up\) cases \(seed 3\)/);
  });
});

describe('the level mutations', () => {
  it('longQuote from an article made of one 300,000-character word stays within the size of a level file instead of throwing', () => {
    // Seed 515151, case 15129: 8,000 such words joined overflowed the longest string JavaScript can make.
    const level = { articles: [{ id: 'a', text: 'x'.repeat(300_000) }], rounds: [{ quote: 'short' }] };
    const made = fc.sample(mutations(FULL_SIZE).longQuote(level), { numRuns: 10, seed: 515_151 });
    const quotes = made.map((m) => (m as typeof level).rounds[0]?.quote ?? '');
    expect(quotes.every((q) => q.length > 0 && q.length <= FULL_SIZE.caseChars + 300_001)).toBe(true);
  });

  it('hugeArray on a level with no list left (replaced by null or a number) makes a huge list instead of throwing', () => {
    for (const level of [null, 3, 'text']) {
      const made = fc.sample(mutations(SMALL_SIZE).hugeArray(level), { numRuns: 20, seed: 900_001 });
      expect(made.every((m) => Array.isArray(m) && m.length >= 100)).toBe(true);
    }
  });
});
