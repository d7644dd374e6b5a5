import { parse, type AnyNode } from '@humanwhocodes/momoa';
import { toPointer, type JsonPath, type Problem } from './levelValidate';

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
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
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
  const where = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : at
      ? positionOf(body, Number(at[1]))
      : { line: 1, column: 1 };
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

/** Walk each problem's JSON path through the syntax tree to the deepest node that exists. */
export function locateProblems(text: string, problems: readonly Problem[]): LocatedProblem[] {
  let root: AnyNode | undefined;
  try {
    root = parse(stripBom(text), { mode: 'json' }).body;
  } catch {
    root = undefined;
  }
  const located = problems.map((p) => {
    const node = root ? nodeAt(root, p.path) : undefined;
    const start = node?.loc?.start ?? { line: 1, column: 1 };
    return { ...p, line: start.line, column: start.column, pointer: toPointer(p.path) };
  });
  // In file order, so a teacher can fix them from the top down (the sort is stable).
  return located.sort((a, b) => a.line - b.line || a.column - b.column);
}

function nodeAt(root: AnyNode, path: JsonPath): AnyNode {
  let node: AnyNode = root;
  for (const key of path) {
    if (node.type === 'Object') {
      const member = node.members.find((m) => m.name.type === 'String' && m.name.value === String(key));
      if (!member) return node;
      node = member.value;
    } else if (node.type === 'Array' && typeof key === 'number' && node.elements[key]) {
      node = node.elements[key].value;
    } else return node;
  }
  return node;
}

export function formatProblem(file: string, p: LocatedProblem): string {
  const where = p.pointer ? ` (at ${p.pointer})` : '';
  const hint = p.hint ? ` — hint: ${p.hint}` : '';
  return `${file}:${p.line}:${p.column}: ${p.message}${where}${hint}`;
}
