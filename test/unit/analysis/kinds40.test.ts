import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9, fortieth session: sentence kinds. Invented sentences. */

const kindsOf = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.kind);

describe('kinds: words of feeling and verdict in the writer’s voice are opinion', () => {
  it('reads a judging adjective said of the subject as opinion', () => {
    expect(kindsOf('This rise in prices is disappointing.')).toEqual(['opinion']);
    expect(kindsOf('The scenes from the flooded town were sickening and heart-wrenching.')).toEqual(['opinion']);
    expect(kindsOf('The new figures are encouraging for the region.')).toEqual(['opinion']);
  });

  it('reads a verdict phrase on a decision as opinion', () => {
    expect(kindsOf('The council’s plan to close the library makes no sense.')).toEqual(['opinion']);
    expect(kindsOf('The new rules are a step in the right direction.')).toEqual(['opinion']);
    expect(kindsOf('It is time for the ministry to publish the report.')).toEqual(['opinion']);
  });

  it('still reads the same words credited to a speaker as attributed, and a plain account as reporting', () => {
    expect(kindsOf('The minister said the rise in prices was disappointing.')).toEqual(['attributed']);
    expect(kindsOf('The council voted on Tuesday to close the library in March.')).toEqual(['reporting']);
  });
});

describe('kinds: a group that speaks, with its place, before a verb of saying', () => {
  it('reads "Economists at the bank expect…" and "Experts from the university warn that…" as attributed', () => {
    expect(kindsOf('Economists at the bank expect two more rate cuts this year.')).toEqual(['attributed']);
    expect(kindsOf('Experts from the university warn that the dam could fail.')).toEqual(['attributed']);
    expect(kindsOf('Doctors at the hospital agree the outbreak is not under control.')).toEqual(['attributed']);
  });

  it('still reads a bare stem after "the" and a singular as a noun: "The final say on the plan rests with the board."', () => {
    expect(kindsOf('The final say on the plan rests with the board.')).toEqual(['reporting']);
  });
});
