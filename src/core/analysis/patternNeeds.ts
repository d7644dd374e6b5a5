/**
 * What a regular expression cannot match without, read from its source: lists of page-furniture
 * patterns are tried on every short sentence, and most of them need a mark that most sentences
 * lack (a colon, a slash, a dash, "@", "©"), so a look at the text's characters spares running them.
 *
 * The reading is conservative: whatever it does not understand counts as "anything", which never
 * rules a pattern out, so a pattern is skipped only where it could not have matched.
 */

/** A set of characters, or null for one that may be any character (or none told apart). */
type CharSet = Set<string> | null;

interface Atom {
  set: CharSet;
  /** For a group: the characters one of which every match of it contains, or null. */
  need: CharSet;
  /** The atom takes part in every match of its sequence (not under "?", "*", "{0,n}"; not an assertion). */
  required: boolean;
}

const DIGITS = '0123456789';

/** How often a character turns up in prose: letters and spaces always, so they never make a need. */
function cost(ch: string, ignoreCase: boolean): number {
  if (/[\p{L}\p{N}\s]/u.test(ch) && !/\d/.test(ch)) return Infinity;
  if (ignoreCase && ch.toLowerCase() !== ch.toUpperCase()) return Infinity;
  if (/\d/.test(ch)) return 10;
  if (ch === '.' || ch === ',') return 8;
  if (ch === '-' || ch === "'" || ch === '’' || ch === '"') return 4;
  return 1;
}

function setCost(set: CharSet, ignoreCase: boolean): number {
  if (set === null || set.size === 0) return Infinity;
  let sum = 0;
  for (const ch of set) sum += cost(ch, ignoreCase);
  return sum;
}

class Reader {
  at = 0;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}

  /** Alternatives up to a closing bracket or the end: the need of the whole, null if an alternative has none. */
  alternation(): CharSet {
    const needs: CharSet[] = [this.sequence()];
    while (this.src[this.at] === '|') {
      this.at++;
      needs.push(this.sequence());
    }
    if (needs.some((n) => n === null)) return null;
    return new Set(needs.flatMap((n) => [...(n as Set<string>)]));
  }

  /** One alternative: the cheapest need among the atoms every match goes through. */
  sequence(): CharSet {
    let best: CharSet = null;
    let bestCost = Infinity;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const atom = this.atom();
      this.quantifier(atom);
      if (!atom.required) continue;
      for (const cand of [atom.set, atom.need]) {
        const c = setCost(cand, this.ignoreCase);
        if (c < bestCost) {
          best = cand;
          bestCost = c;
        }
      }
    }
    return best;
  }

  quantifier(atom: Atom): void {
    const ch = this.src[this.at];
    if (ch === '*' || ch === '?') {
      atom.required = false;
      this.at++;
    } else if (ch === '+') this.at++;
    else if (ch === '{') {
      const m = /^\{(\d*)(?:,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return;
      if (Number(m[1] || '0') === 0) atom.required = false;
      this.at += m[0].length;
    } else return;
    if (this.src[this.at] === '?') this.at++;
  }

  atom(): Atom {
    const ch = this.src[this.at] as string;
    if (ch === '^' || ch === '$') {
      this.at++;
      return { set: null, need: null, required: false };
    }
    if (ch === '(') return this.group();
    if (ch === '[') return { set: this.charClass(), need: null, required: true };
    if (ch === '.') {
      this.at++;
      return { set: null, need: null, required: true };
    }
    if (ch === '\\') return this.escape();
    this.at++;
    return { set: new Set([ch]), need: null, required: true };
  }

  group(): Atom {
    this.at++;
    let assertion = false;
    if (this.src[this.at] === '?') {
      const head = this.src.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        assertion = true;
        this.at += 2;
      } else if (head === '?<=' || head === '?<!') {
        assertion = true;
        this.at += 3;
      } else if (head.startsWith('?<')) this.at = this.src.indexOf('>', this.at) + 1;
      else throw new Error('unknown group');
    }
    const need = this.alternation();
    if (this.src[this.at] !== ')') throw new Error('unclosed group');
    this.at++;
    return { set: null, need: assertion ? null : need, required: !assertion };
  }

  escape(): Atom {
    const next = this.src[this.at + 1] as string;
    this.at += 2;
    if (next === 'b' || next === 'B') return { set: null, need: null, required: false };
    if (next === 'd') return { set: new Set(DIGITS), need: null, required: true };
    if (next === 'p' || next === 'P') {
      this.at = this.src.indexOf('}', this.at) + 1;
      return { set: null, need: null, required: true };
    }
    if (next === 'u' || next === 'x' || next === 'c' || next === 'k' || /[1-9]/.test(next)) throw new Error('escape not read');
    if (/[wWsSD]/.test(next)) return { set: null, need: null, required: true };
    const literal: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    return { set: new Set([literal[next] ?? next]), need: null, required: true };
  }

  /** A bracketed class: its characters, or null if it is negated or names a category. */
  charClass(): CharSet {
    this.at++;
    let negated = false;
    if (this.src[this.at] === '^') {
      negated = true;
      this.at++;
    }
    const set = new Set<string>();
    let open = false;
    let prev: string | null = null;
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      let ch = this.src[this.at] as string;
      this.at++;
      if (ch === '\\') {
        const e = this.src[this.at] as string;
        this.at++;
        if (e === 'p' || e === 'P') {
          this.at = this.src.indexOf('}', this.at) + 1;
          open = true;
          prev = null;
          continue;
        }
        if (e === 'd') {
          for (const d of DIGITS) set.add(d);
          prev = null;
          continue;
        }
        if (/[wWsSDbBuxc]/.test(e)) {
          open = true;
          prev = null;
          continue;
        }
        const literal: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
        ch = literal[e] ?? e;
      } else if (ch === '-' && prev !== null && this.src[this.at] !== ']') {
        let to = this.src[this.at] as string;
        this.at++;
        if (to === '\\') {
          to = this.src[this.at] as string;
          this.at++;
          if (/[\p{L}\d]/u.test(to)) {
            open = true;
            prev = null;
            continue;
          }
        }
        const a = prev.codePointAt(0) as number;
        const b = to.codePointAt(0) as number;
        if (b - a > 256) open = true;
        else for (let c = a; c <= b; c++) set.add(String.fromCodePoint(c));
        prev = null;
        continue;
      }
      set.add(ch);
      prev = ch;
    }
    this.at++;
    return negated || open ? null : set;
  }
}

/**
 * Characters one of which every match of `re` contains (digits, marks, not letters or spaces), or
 * null when no such thing is told from its source.
 */
export function neededChars(re: RegExp): string | null {
  if (/[gym]/.test(re.flags)) return null;
  try {
    const reader = new Reader(re.source, re.flags.includes('i'));
    const need = reader.alternation();
    if (reader.at !== re.source.length || need === null || setCost(need, re.flags.includes('i')) === Infinity) return null;
    return [...need].sort().join('');
  } catch {
    return null;
  }
}

/** Every alternative at the top of `re` opens with "^" (and no "m" flag): it can match only at the start. */
export function anchoredAtStart(re: RegExp): boolean {
  if (re.flags.includes('m')) return false;
  const src = re.source;
  let depth = 0;
  let inClass = false;
  let expectStart = true;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (expectStart) {
      if (ch !== '^') return false;
      expectStart = false;
    }
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) expectStart = true;
  }
  return !expectStart;
}
