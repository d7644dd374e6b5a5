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
export function parseLevelText(text: string): ParsedText {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    try {
      parse(text, { mode: 'json' });
    } catch (e) {
      const err = e as { message?: string; line?: number; column?: number };
      const message = (err.message ?? 'invalid JSON').replace(/\s*\(\d+:\d+\)\s*$/, '');
      return {
        ok: false,
        problem: {
          path: [],
          pointer: '',
          line: err.line ?? 1,
          column: err.column ?? 1,
          message: `invalid JSON: ${message}`,
          hint: 'check for a missing comma, an extra comma before } or ], or an unclosed quote',
        },
      };
    }
    return { ok: false, problem: { path: [], pointer: '', line: 1, column: 1, message: 'invalid JSON' } };
  }
}

/** Walk each problem's JSON path through the syntax tree to the deepest node that exists. */
export function locateProblems(text: string, problems: readonly Problem[]): LocatedProblem[] {
  let root: AnyNode | undefined;
  try {
    root = parse(text, { mode: 'json' }).body;
  } catch {
    root = undefined;
  }
  return problems.map((p) => {
    const node = root ? nodeAt(root, p.path) : undefined;
    const start = node?.loc?.start ?? { line: 1, column: 1 };
    return { ...p, line: start.line, column: start.column, pointer: toPointer(p.path) };
  });
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
