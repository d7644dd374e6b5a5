import { describe, expect, it } from 'vitest';
import { classAct, newSession, answeredCount, type ClassAction, type ClassSession } from '../../../src/core/class/session';
import { distribution, hardestItems, reportCsv, parseCsv, studentReports, csvCell } from '../../../src/core/class/report';
import { hostView, studentView } from '../../../src/core/class/views';
import { parsePlay } from '../../../src/core/class/answer';
import { cleanNickname, NICKNAME_MAX } from '../../../src/core/class/nickname';
import { roundResult } from '../../../src/core/scoring';
import { playFor, runOf, shippedLevel, library } from './levelFixture';

const level = shippedLevel('02-opinion-or-reporting.json');
const rounds = runOf(level, 42);

function apply(s: ClassSession, ...actions: ClassAction[]): ClassSession {
  for (const a of actions) {
    const r = classAct(s, rounds, a);
    if (!r.ok) throw new Error(`${a.type}: ${r.error}`);
    s = r.session;
  }
  return s;
}

const lobby = () =>
  apply(
    newSession('ABC234', level.file.id, 42, 0),
    { type: 'join', seatId: 's1', nickname: 'Ana', at: 1 },
    { type: 'join', seatId: 's2', nickname: 'Ben', at: 2 },
    { type: 'join', seatId: 's3', nickname: 'Cy', at: 3 },
  );

describe('class session rules', () => {
  it('goes lobby → round → reveal → next round … → ended, and a closed class refuses everything', () => {
    let s = apply(lobby(), { type: 'open', at: 10 });
    expect([s.phase, s.round]).toEqual(['round', 0]);
    for (let i = 0; i < rounds.length; i++) s = apply(s, { type: 'reveal' }, { type: 'next', at: 100 + i });
    expect(s.phase).toBe('ended');
    expect(classAct(s, rounds, { type: 'join', seatId: 's9', nickname: 'Late', at: 999 })).toEqual({ ok: false, error: 'closed' });
    expect(classAct(s, rounds, { type: 'answer', seatId: 's1', roundId: rounds[0]!.id, play: playFor(rounds[0]!, true), at: 999 })).toEqual({ ok: false, error: 'closed' });
  });

  it('takes answers only for the open round and only before Reveal; a later answer replaces an earlier one', () => {
    let s = apply(lobby(), { type: 'open', at: 10 });
    const [r0, r1] = [rounds[0]!, rounds[1]!];
    expect(classAct(s, rounds, { type: 'answer', seatId: 's1', roundId: r1.id, play: playFor(r1, true), at: 11 })).toEqual({ ok: false, error: 'wrong-round' });
    s = apply(
      s,
      { type: 'answer', seatId: 's1', roundId: r0.id, play: playFor(r0, false), at: 11 },
      { type: 'answer', seatId: 's1', roundId: r0.id, play: playFor(r0, true), at: 12 },
    );
    expect(roundResult(r0, s.plays.s1![r0.id]).perfect).toBe(true);
    s = apply(s, { type: 'reveal' });
    expect(classAct(s, rounds, { type: 'answer', seatId: 's2', roundId: r0.id, play: playFor(r0, true), at: 13 })).toEqual({ ok: false, error: 'wrong-phase' });
  });

  it('counts a student as answered only once every question has a choice, and not a removed one', () => {
    let s = apply(lobby(), { type: 'open', at: 10 });
    const r0 = rounds[0]!;
    const partial = { choices: { [r0.questions[0]!.id]: [r0.questions[0]!.options[0]!.id] }, pointed: [], hints: [] };
    s = apply(s, { type: 'answer', seatId: 's1', roundId: r0.id, play: partial, at: 11 }, { type: 'answer', seatId: 's2', roundId: r0.id, play: playFor(r0, true), at: 12 });
    expect(answeredCount(s, rounds)).toEqual({ answered: 1, seated: 3 });
    s = apply(s, { type: 'remove', seatId: 's2' });
    expect(answeredCount(s, rounds)).toEqual({ answered: 0, seated: 2 });
    expect(classAct(s, rounds, { type: 'answer', seatId: 's2', roundId: r0.id, play: playFor(r0, true), at: 13 })).toEqual({ ok: false, error: 'no-seat' });
  });

  it('refuses a taken nickname (any case) and a blocked one; the teacher can rename', () => {
    const s = lobby();
    expect(classAct(s, rounds, { type: 'join', seatId: 's4', nickname: 'ana', at: 4 })).toEqual({ ok: false, error: 'nickname-taken' });
    expect(classAct(s, rounds, { type: 'join', seatId: 's4', nickname: 'Sh1t head', at: 4 })).toEqual({ ok: false, error: 'nickname-blocked' });
    const renamed = apply(s, { type: 'rename', seatId: 's3', nickname: 'Cyrus' });
    expect(hostView(renamed, rounds).seats.map((x) => x.nickname)).toEqual(['Ana', 'Ben', 'Cyrus']);
  });
});

describe('nicknames', () => {
  it('removes control and invisible characters, folds spaces and caps the length', () => {
    expect(cleanNickname('  Ana\u0000\u202e\u200b  María\n ')).toEqual({ ok: true, nickname: 'Ana María' });
    const long = cleanNickname('x'.repeat(200));
    expect(long.ok && long.nickname.length).toBe(NICKNAME_MAX);
    expect(cleanNickname('\u200b\u0007')).toEqual({ ok: false, reason: 'empty' });
    expect(cleanNickname(42)).toEqual({ ok: false, reason: 'empty' });
  });
  it('keeps markup characters as they are (shown as text, never parsed)', () => {
    expect(cleanNickname('<b>Zoe</b>')).toEqual({ ok: true, nickname: '<b>Zoe</b>' });
  });
});

describe('answers from a device', () => {
  const r0 = rounds[0]!;
  const len = (id: string) => library.get(id)?.text.length;
  it('keeps a well-formed play and refuses options, questions or spans the round does not have', () => {
    expect(parsePlay(r0, playFor(r0, true), len)).toEqual(playFor(r0, true));
    expect(parsePlay(r0, { choices: { [r0.questions[0]!.id]: ['nope'] } }, len)).toBeNull();
    expect(parsePlay(r0, { choices: { bogus: ['a'] } }, len)).toBeNull();
    expect(parsePlay(r0, { choices: {}, pointed: [{ articleId: 'nope', start: 0, end: 5 }] }, len)).toBeNull();
    expect(parsePlay(r0, { choices: {}, hints: ['cheat'] }, len)).toBeNull();
    expect(parsePlay(r0, 'x', len)).toBeNull();
  });
});

describe('class report', () => {
  // Ana answers every round right, Ben every round wrong, Cy only the first round (then absent).
  let s = apply(lobby(), { type: 'open', at: 0 });
  rounds.forEach((r, i) => {
    s = apply(
      s,
      { type: 'answer', seatId: 's1', roundId: r.id, play: playFor(r, true), at: 1000 * i + 5 },
      { type: 'answer', seatId: 's2', roundId: r.id, play: playFor(r, false), at: 1000 * i + 6 },
    );
    if (i === 0) s = apply(s, { type: 'answer', seatId: 's3', roundId: r.id, play: playFor(r, true), at: 7 });
    s = apply(s, { type: 'reveal' }, { type: 'next', at: 1000 * (i + 1) });
  });

  it('scores each student per skill from what they played, with discernment', () => {
    const reports = studentReports(s, rounds);
    const ana = reports.find((r) => r.nickname === 'Ana')!;
    const ben = reports.find((r) => r.nickname === 'Ben')!;
    expect(ana.score.points).toBe(ana.score.max);
    expect(ben.score.points).toBeLessThan(ana.score.points);
    expect(ana.score.bySkill.opinion.discernment.falseAlarms).toBe(0);
    expect(ana.score.bySkill.opinion.discernment.misses).toBe(0);
    expect(ben.score.bySkill.opinion.discernment.hits).toBe(0);
    expect(ben.score.bySkill.opinion.discernment.misses).toBeGreaterThan(0);
    expect(ana.speedBonus).toBeNull();
  });

  it('shows the distribution of one question without saying who chose what', () => {
    const d = distribution(s, rounds[0]!);
    expect(d[0]!.answered).toBe(3);
    expect(d[0]!.options.reduce((n, o) => n + o.count, 0)).toBe(3);
    expect(d[0]!.options.filter((o) => o.correct).reduce((n, o) => n + o.count, 0)).toBe(2);
    expect(JSON.stringify(d)).not.toMatch(/s1|s2|s3|Ana|Ben/);
  });

  it('lists the items the class found hardest first', () => {
    const hard = hardestItems(s, rounds, 100);
    expect(hard.length).toBeGreaterThan(0);
    expect(hard[0]!.share).toBeLessThanOrEqual(hard[hard.length - 1]!.share);
    // Round 0 was right for two of three; later rounds for one of three.
    expect(hard.at(-1)!.roundIndex).toBe(0);
  });

  it('exports a CSV that agrees with the report and neutralises formulas', () => {
    const rows = parseCsv(reportCsv(s, rounds));
    const header = rows[0]!;
    const ana = rows.find((r) => r[0] === 'Ana')!;
    const reportAna = studentReports(s, rounds).find((r) => r.nickname === 'Ana')!;
    expect(Number(ana[header.indexOf('points')])).toBe(reportAna.score.points);
    expect(Number(ana[header.indexOf('opinion_hits')])).toBe(reportAna.score.bySkill.opinion.discernment.hits);
    expect(rows).toHaveLength(4);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(['+1', '-1', '@a', 'ok'].map(csvCell)).toEqual(["'+1", "'-1", "'@a", 'ok']);
  });

  it('gives a student only their own results, and the teacher counts until Reveal', () => {
    const v = studentView(s, rounds, 's2')!;
    expect(v.final?.points).toBe(studentReports(s, rounds).find((r) => r.seatId === 's2')!.score.points);
    expect(JSON.stringify(v)).not.toMatch(/Ana|"s1"/);
    const mid = apply(lobby(), { type: 'open', at: 0 });
    expect(hostView(mid, rounds).distribution).toBeNull();
  });

  it('adds a speed bonus only when the option is on', () => {
    let fast = apply({ ...lobby(), options: { speedScoring: true } }, { type: 'open', at: 0 });
    fast = apply(fast, { type: 'answer', seatId: 's1', roundId: rounds[0]!.id, play: playFor(rounds[0]!, true), at: 15_000 });
    const bonus = studentReports(fast, rounds).find((r) => r.seatId === 's1')!.speedBonus;
    expect(bonus).toBeCloseTo(0.8, 1);
    expect(studentReports(fast, rounds).find((r) => r.seatId === 's2')!.speedBonus).toBe(0);
  });
});
