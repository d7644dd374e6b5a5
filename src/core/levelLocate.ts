import { parse } from '@humanwhocodes/momoa';
import { toPointer, type Problem } from './levelValidate';

/** A problem with the place in the file a teacher can jump to. */
export interface LocatedProblem extends Problem {
  line: number;
  column: number;
  pointer: string;
}

export type ParsedText = { ok: true; data: unknown } | { ok: false; problem: LocatedProblem };

/**
 * Parse JSON with positions (momoa), so a syntax error says line and column instead of a
 * parser stack trace.
 */
/** A level nests about six deep; far deeper is a runaway list that would only slow every later step. */
export const MAX_NESTING = 64;

/** Where the text first opens a list or object deeper than `MAX_NESTING` (outside strings), in one pass. */
function tooDeep(body: string): number | null {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 34) {
      i = closingQuote(body, i);
      if (i < 0) return null; // an unclosed text: JSON.parse says so, with its place
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

/**
 * Where the text opened by the quote at `open` closes (-1: never). Jumps from quote to quote
 * with indexOf, as most of a level's characters are inside texts (articles); a quote after an
 * odd number of backslashes is escaped.
 */
function closingQuote(text: string, open: number): number {
  for (let q = text.indexOf('"', open + 1); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}

export function parseLevelText(text: string): ParsedText {
  // Some editors (Windows Notepad) save a byte order mark first: it is not part of the JSON.
  const body = stripBom(text);
  const deep = tooDeep(body);
  if (deep !== null) {
    return {
      ok: false,
      problem: {
        path: [],
        pointer: '',
        ...positionOf(body, deep),
        message: `lists or objects nested more than ${MAX_NESTING} deep`,
        hint: 'a level needs only a few levels of nesting: look for a list that repeats itself',
      },
    };
  }
  let jsonError: string;
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (e) {
    jsonError = (e as Error).message;
  }
  const hint = 'check for a missing comma, an extra comma before } or ], or an unclosed quote';
  try {
    parse(body, { mode: 'json' });
  } catch (e) {
    const err = e as { message?: string; line?: number; column?: number };
    const raw = (err.message ?? 'invalid JSON').replace(/\s*\(\d+:\d+\)\s*$/, '');
    const { message, hint: specific } = plainSyntaxMessage(raw);
    return {
      ok: false,
      problem: { path: [], pointer: '', line: err.line ?? 1, column: err.column ?? 1, message: `invalid JSON: ${message}`, hint: specific ?? hint },
    };
  }
  // momoa accepts a few things JSON.parse does not (a raw line break or tab inside quotes):
  // place the problem from JSON.parse's own position.
  const at = /at position (\d+)/.exec(jsonError);
  const lineCol = /line (\d+) column (\d+)/.exec(jsonError);
  const where = lineCol ? { line: Number(lineCol[1]), column: Number(lineCol[2]) } : at ? positionOf(body, Number(at[1])) : { line: 1, column: 1 };
  if (/control character/i.test(jsonError)) {
    return {
      ok: false,
      problem: {
        path: [],
        pointer: '',
        ...where,
        message: 'invalid JSON: a line break or tab inside text in quotes',
        hint: 'keep each text on one line; write a line break as \\n and a tab as \\t',
      },
    };
  }
  return { ok: false, problem: { path: [], pointer: '', ...where, message: `invalid JSON: ${jsonError.replace(/ in JSON at .*$/, '')}`, hint } };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

const TOKENS: Record<string, string> = {
  String: 'text in quotes',
  Number: 'a number',
  Boolean: 'true or false',
  Null: 'null',
  Colon: '":"',
  Comma: '","',
  LBrace: '"{"',
  RBrace: '"}"',
  LBracket: '"["',
  RBracket: '"]"',
};

/** momoa's parser words ("Unexpected token RBrace found.") in a teacher's words. */
function plainSyntaxMessage(raw: string): { message: string; hint?: string } {
  const token = /^Unexpected token (\w+) found\.?$/.exec(raw);
  if (token) {
    const name = token[1] as string;
    const closing = name === 'RBrace' || name === 'RBracket';
    return {
      message: `unexpected ${TOKENS[name] ?? name}`,
      hint: closing
        ? 'remove the comma just before it, or add the missing value'
        : name === 'String' || name === 'LBrace' || name === 'LBracket'
          ? 'a comma is probably missing at the end of the line before'
          : undefined,
    };
  }
  if (/^Unexpected end of input/.test(raw)) {
    return { message: 'the file ends too early', hint: 'a closing quote, } or ] is missing' };
  }
  const char = /^Unexpected character '(.+)' found\.?$/su.exec(raw);
  if (char) {
    const c = char[1] as string;
    if ('\u201c\u201d\u2018\u2019'.includes(c)) {
      return { message: `unexpected curly quote ${c}`, hint: 'use straight double quotes " (word processors change them into curly ones)' };
    }
    if (c === "'") return { message: "unexpected single quote '", hint: 'JSON writes text and names in double quotes "' };
    if (c === '/') return { message: 'unexpected "/"', hint: 'JSON files cannot contain comments' };
    return { message: `unexpected character ${c}` };
  }
  const ident = /^Unexpected identifier '(.+)' found\.?$/.exec(raw);
  if (ident) return { message: `unexpected word ${ident[1]}`, hint: 'put text in double quotes; only true, false and null go without quotes' };
  return { message: raw.replace(/\.$/, '') };
}

/**
 * Walk each problem's JSON path through the text to the deepest value that exists, and give its
 * line and column. One scan that builds nothing per value (a syntax tree of a multi-megabyte
 * level took most of the time of rejecting it); values off every problem's path are skipped
 * whole. As momoa would: the first of two members with one name, columns in UTF-16 units,
 * CR LF one line break.
 */
export function locateProblems(text: string, problems: readonly Problem[]): LocatedProblem[] {
  const body = stripBom(text);
  const root = newStep();
  for (const p of problems) {
    let step = root;
    for (const key of p.path) {
      const byName = step.byName.get(String(key)) ?? newStep();
      step.byName.set(String(key), byName);
      // A list is indexed only by a number in the path; an object by either (as String(key)).
      if (typeof key === 'number') step.byIndex.set(key, byName);
      step = byName;
    }
  }
  let offsets: Map<Step, number>;
  const lists = new Set<Step>();
  try {
    offsets = findOffsets(body, root, lists);
  } catch {
    offsets = new Map();
  }
  const positions = linesAndColumns(body, [...offsets.values()]);
  const located = problems.map((p) => {
    let step = root;
    let at = offsets.get(root);
    for (const key of p.path) {
      const next = step.byName.get(String(key));
      const offset = next && offsets.get(next);
      // Into a list only by a number: "0" is a name, not a place in a list.
      if (!next || offset === undefined || (lists.has(step) && typeof key !== 'number')) break;
      step = next;
      at = offset;
    }
    const start = (at !== undefined && positions.get(at)) || { line: 1, column: 1 };
    return { ...p, line: start.line, column: start.column, pointer: toPointer(p.path) };
  });
  // In file order, so a teacher can fix them from the top down (the sort is stable).
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** One key of the problems' paths, with the keys that follow it. */
interface Step {
  byName: Map<string, Step>;
  byIndex: Map<number, Step>;
}
const newStep = (): Step => ({ byName: new Map(), byIndex: new Map() });

const ALL_FOUND = Symbol('every place found');

/** Where each step of the paths starts in `text` (valid JSON), for the steps that exist; the steps that are lists go in `lists`. */
function findOffsets(text: string, root: Step, lists: Set<Step>): Map<Step, number> {
  const found = new Map<Step, number>();
  const count = (step: Step): number => 1 + [...step.byName.values()].reduce((n, s) => n + count(s), 0);
  const total = count(root);
  let i = 0;
  const space = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(++i));
  };
  /** From an opening quote to just after the closing one. */
  const skipString = () => {
    const end = closingQuote(text, i);
    if (end < 0) throw new Error('unclosed string');
    i = end + 1;
  };
  /** A value no path goes into: only its end matters. */
  const skipValue = () => {
    const c = text.charCodeAt(i);
    if (c === 34) return skipString();
    if (c !== 91 && c !== 123) {
      // A number, true, false or null: up to the comma, bracket or space after it.
      for (let d = c; i < text.length && d !== 44 && d !== 93 && d !== 125 && d !== 32 && d !== 10 && d !== 13 && d !== 9; d = text.charCodeAt(++i));
      return;
    }
    let depth = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 34) {
        skipString();
        continue;
      }
      if (d === 91 || d === 123) depth++;
      else if ((d === 93 || d === 125) && --depth === 0) {
        i++;
        return;
      }
      i++;
    }
    throw new Error('unclosed list or object');
  };
  const value = (step: Step) => {
    space();
    if (found.has(step)) {
      // A second member of the same name: momoa (and so the editor) points at the first.
      skipValue();
      return;
    }
    found.set(step, i);
    // Nothing after the last place asked for needs reading.
    if (found.size === total) throw ALL_FOUND;
    const c = text.charCodeAt(i);
    if (c === 123 && step.byName.size > 0) {
      i++;
      space();
      if (text.charCodeAt(i) === 125) {
        i++;
        return;
      }
      for (;;) {
        space();
        const keyStart = i;
        skipString();
        const next = step.byName.get(JSON.parse(text.slice(keyStart, i)) as string);
        space();
        i++; // the colon
        if (next) value(next);
        else {
          space();
          skipValue();
        }
        space();
        if (text.charCodeAt(i++) === 125) return;
      }
    } else if (c === 91 && step.byIndex.size > 0) {
      lists.add(step);
      i++;
      space();
      if (text.charCodeAt(i) === 93) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        const next = step.byIndex.get(index);
        if (next) value(next);
        else {
          space();
          skipValue();
        }
        space();
        if (text.charCodeAt(i++) === 93) return;
      }
    } else skipValue();
  };
  try {
    value(root);
  } catch (e) {
    if (e !== ALL_FOUND) throw e;
  }
  return found;
}

/** Line and column (1-based) of each offset, in one pass over the text. */
function linesAndColumns(text: string, offsets: number[]): Map<number, { line: number; column: number }> {
  const out = new Map<number, { line: number; column: number }>();
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of sorted) {
    for (; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}

export function formatProblem(file: string, p: LocatedProblem): string {
  const where = p.pointer ? ` (at ${p.pointer})` : '';
  const hint = p.hint ? ` — hint: ${p.hint}` : '';
  return `${file}:${p.line}:${p.column}: ${p.message}${where}${hint}`;
}
