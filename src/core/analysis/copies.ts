import type { LangPack } from './lang';
import type { PreparedArticle, PreparedSentence } from './prep';
import type { CopyCarrier, CopyPassage } from './types';
import { fnv1a, fnv1aStep, FNV_OFFSET } from '../hash';
import { normalizeText } from './text';
import { lemma } from './prep';
import { HAS_DIGIT } from './shapes';

/** Any double quotation mark. */
const DOUBLE_QUOTE_MARK = /["“”«»„]/;

/**
 * Passages shared across articles. Sentences are the unit: identical normalised sentences are
 * merged by a hash map, near-identical ones (a typo, a fixed word) by MinHash with LSH banding,
 * so the cost grows with the number of sentences, never with the number of article pairs.
 */
const MIN_SENTENCE_WORDS = 6;
const SHINGLE = 3;
const HASHES = 48;
const BANDS = 12;
const ROWS = HASHES / BANDS;
const NEAR = 0.6;
const MIN_PASSAGE_WORDS = 15;

// Fixed odd multipliers and offsets for the MinHash permutations: reproducible runs.
const PERM_A = new Uint32Array(HASHES);
const PERM_B = new Uint32Array(HASHES);
{
  let s = 0x9e3779b9;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  for (let i = 0; i < HASHES; i++) {
    PERM_A[i] = next() | 1;
    PERM_B[i] = next();
  }
}

/** FNV-1a over `w[i] + ' ' + w[i+1] + …`, without building the string: equal to hashString() of it. */
function hashWords(words: readonly string[], from: number, count: number): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < count; k++) {
    if (k > 0) h = fnv1aStep(h, 32);
    h = fnv1a(words[from + k] as string, h);
  }
  return h >>> 0;
}

function minhash(words: readonly string[], sig: Uint32Array, onShingle?: (h: number) => void): void {
  sig.fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = hashWords(words, i, SHINGLE);
    if (onShingle) onShingle(h);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h ^ (PERM_B[k] as number), PERM_A[k] as number) ^ (h >>> 15)) >>> 0;
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
}

/** Share of equal MinHash values of unique sentences a and b (signatures laid end to end). */
function similarity(sigs: Uint32Array, a: number, b: number): number {
  let same = 0;
  const oa = a * HASHES;
  const ob = b * HASHES;
  for (let k = 0; k < HASHES; k++) if (sigs[oa + k] === sigs[ob + k]) same++;
  return same / HASHES;
}

/** Whether unique sentences a and b have the same rows in a band. */
function sameBand(sigs: Uint32Array, a: number, b: number, band: number): boolean {
  const oa = a * HASHES + band * ROWS;
  const ob = b * HASHES + band * ROWS;
  for (let r = 0; r < ROWS; r++) if (sigs[oa + r] !== sigs[ob + r]) return false;
  return true;
}

class UnionFind {
  /**
   * One instance lives as long as the class, so V8 keeps its hidden class: with every instance gone, a full garbage
   * collection drops it and throws away the optimised code that uses it, and the next analysis runs that code slowly
   * until it is optimised again.
   */
  static readonly kept = new UnionFind(0);
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x] as number] as number;
      x = p[x] as number;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

export interface SentenceClusters {
  /** Cluster of each sentence by article index and sentence index; -1 for sentences too short to compare. */
  clusterOf: Int32Array[];
  /** Articles (by index, ascending, distinct) carrying each cluster. */
  carriers: Int32Array[];
  /** Distinct normalised texts in each cluster (1 = identical everywhere). */
  variants: Int32Array;
  /** Estimated similarity of the cluster's variants to its first one. */
  similarity: Float32Array;
  /**
   * By article index, then sentence index: other articles that print the words this sentence
   * quotes (the statement a story quotes, a story quoting more of the same words). Not
   * symmetric, so not part of the near-copy clusters.
   */
  alsoPrintedBy: Map<number, number[]>[];
}

/** Word-set MinHash for near-copies with small edits: fewer hashes, shorter bands (a lower threshold). */
const WORD_HASHES = 24;
const WORD_ROWS = 3;
const WORD_BANDS = WORD_HASHES / WORD_ROWS;
/** Share of each sentence's words the other must hold to be the same sentence with small edits. */
const EDITED = 0.85;
const MIN_EDITED_WORDS = 8;

/**
 * The same sentence with a word or two changed ("agreed to pay" / "has accepted", "hit" / "also
 * … occurring"): nearly all the words of each are in the other, while three-word shingles,
 * broken at every edit, share too few in a short sentence. An edit that changes the facts is no
 * small edit: the numbers, what a count counts ("killed" / "injured"), a negation or another
 * event's marker must be the same in both.
 */
/** The words of a sentence by lemma ("hardships" / "hardship": the same word in another form), worked out once per sentence. */
function lemmasOf(words: readonly string[], lang: LangPack, memo?: Map<readonly string[], string[]>): string[] {
  let out = memo?.get(words);
  if (!out) {
    out = words.map((w) => lemma(lang, w));
    memo?.set(words, out);
  }
  return out;
}

/** The set of a sentence's lemmas, made once per sentence (a sentence meets many others in the bands). Read only. */
function lemmaSet(words: readonly string[], memo?: Map<readonly string[], Set<string>>): Set<string> {
  let out = memo?.get(words);
  if (!out) {
    out = new Set(words);
    memo?.set(words, out);
  }
  return out;
}

function editedCopy(rawA: readonly string[], rawB: readonly string[], lang: LangPack, memo?: Map<readonly string[], string[]>, sets?: Map<readonly string[], Set<string>>): number {
  if (rawA.length < MIN_EDITED_WORDS || rawB.length < MIN_EDITED_WORDS) return 0;
  let a = lemmasOf(rawA, lang, memo);
  let b = lemmasOf(rawB, lang, memo);
  let sa = lemmaSet(a, sets);
  let sb = lemmaSet(b, sets);
  let share = Math.min(heldShare(a, sb, 0, a.length), heldShare(b, sa, 0, b.length));
  if (share < EDITED && share >= NEAR) {
    // "lock downs" / "lockdowns": a compound written as two words in one copy (looked for only in near misses).
    [a, b] = joinSplitWords(a, b);
    sa = new Set(a);
    sb = new Set(b);
    share = Math.min(heldShare(a, sb, 0, a.length), heldShare(b, sa, 0, b.length));
  }
  if (share < EDITED && a.length >= FRAMED_WORDS && b.length >= FRAMED_WORDS) {
    // A long claim copied nearly word for word inside a different frame ("Agency is reporting
    // that …" / "…, the company said Wednesday"): the words neither holds at either end are
    // the frame, and the rest is compared; so is a sentence with a few words added at one end
    // ("…causing hardship" / "…causing hardship elevating prices"). Only claims of a dozen words
    // or more: short ones with other sources ("Police said 12 died" / "12 died, officials said")
    // are different sentences.
    const [a0, a1] = core(a, sb);
    const [b0, b1] = core(b, sa);
    if (a1 - a0 >= FRAMED_WORDS && b1 - b0 >= FRAMED_WORDS) share = Math.min(heldShare(a, sb, a0, a1), heldShare(b, sa, b0, b1));
  }
  if (share < EDITED) return 0;
  for (const w of sa) if (!sb.has(w) && HAS_DIGIT.test(w)) return 0;
  for (const w of sb) if (!sa.has(w) && HAS_DIGIT.test(w)) return 0;
  return changesFacts(sa, sb, lang) ? 0 : share;
}

/** Each list with a pair of its words joined where the other list has them as one word ("lock downs", "lockdowns"). */
function joinSplitWords(a: string[], b: string[]): [string[], string[]] {
  const join = (words: string[], other: ReadonlySet<string>): string[] => {
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1];
      if (next !== undefined && !other.has(w) && other.has(w + next)) {
        out.push(w + next);
        i++;
      } else out.push(w);
    }
    return out;
  };
  return [join(a, new Set(b)), join(b, new Set(a))];
}

/** Words a copied claim must have to be recognised inside a different attribution frame. */
const FRAMED_WORDS = 12;
/** At most this many words at each end are taken as the frame. */
const FRAME_EDGE = 5;

/** Share of words[from..to) that `other` holds. */
function heldShare(words: readonly string[], other: ReadonlySet<string>, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (other.has(words[i] as string)) n++;
  return to > from ? n / (to - from) : 0;
}

/** The span of `words` left when up to FRAME_EDGE words `other` lacks are taken off each end. */
function core(words: readonly string[], other: ReadonlySet<string>): [number, number] {
  let from = 0;
  while (from < FRAME_EDGE && from < words.length && !other.has(words[from] as string)) from++;
  let to = words.length;
  while (words.length - to < FRAME_EDGE && to > from && !other.has(words[to - 1] as string)) to--;
  return [from, to];
}

/**
 * Whether one sentence says something else than the other for all their shared words: what a
 * count counts ("killed" / "injured"), a negation, another event. (A changed number is left to
 * the caller: two versions of one sentence with an updated toll are still one sentence to the
 * figure finder.)
 */
function changesFacts(sa: ReadonlySet<string>, sb: ReadonlySet<string>, lang: LangPack): boolean {
  const telling = (w: string): boolean => lang.peopleStates.has(w) || lang.negations.has(w) || lang.otherEventWords.has(w);
  for (const w of sa) if (!sb.has(w) && telling(w)) return true;
  for (const w of sb) if (!sa.has(w) && telling(w)) return true;
  return false;
}

/** Unions unique sentences that are the same sentence with small edits (see editedCopy), found by word-set MinHash bands. */
function unionEditedCopies(wordsOf: readonly string[][], uf: UnionFind, sims: Float32Array, lang: LangPack): void {
  const n = wordsOf.length;
  const words: (string[] | null)[] = wordsOf.map((w) => (w.length >= MIN_EDITED_WORDS ? w : null));
  const sigs = new Uint32Array(n * WORD_HASHES).fill(0xffffffff);
  const lemmaMemo = new Map<readonly string[], string[]>();
  const lemmaSets = new Map<readonly string[], Set<string>>();
  for (let u = 0; u < n; u++) {
    const w = words[u];
    if (!w) continue;
    const o = u * WORD_HASHES;
    for (const word of w) {
      const h = fnv1a(word) >>> 0;
      for (let k = 0; k < WORD_HASHES; k++) {
        const v = (Math.imul(h ^ (PERM_B[k] as number), PERM_A[k] as number) ^ (h >>> 15)) >>> 0;
        if (v < (sigs[o + k] as number)) sigs[o + k] = v;
      }
    }
  }
  for (let band = 0; band < WORD_BANDS; band++) {
    const buckets = new Map<number, number[]>();
    for (let u = 0; u < n; u++) {
      if (!words[u]) continue;
      let h = FNV_OFFSET;
      for (let r = 0; r < WORD_ROWS; r++) h = fnv1aStep(h, sigs[u * WORD_HASHES + band * WORD_ROWS + r] as number);
      const list = buckets.get(h);
      if (!list) {
        buckets.set(h, [u]);
        continue;
      }
      for (const c of list) {
        if (uf.find(c) === uf.find(u)) continue;
        const share = editedCopy(words[c] as string[], words[u] as string[], lang, lemmaMemo, lemmaSets);
        if (share > 0) {
          uf.union(c, u);
          sims[u] = Math.min(sims[u] as number, share);
        }
      }
      // A bucket of many unrelated sentences (boilerplate) is not compared with everything.
      if (list.length < 16) list.push(u);
    }
  }
}

/** Near-duplicate sentence clusters over the whole corpus. Also used to deduplicate work elsewhere. */
export function clusterSentences(prepared: readonly PreparedArticle[], lang?: LangPack): SentenceClusters {
  const uniqueOf = new Map<string, number>();
  const uniqueNorms: string[] = [];
  const sentenceUnique: Int32Array[] = prepared.map((p) => {
    const ids = new Int32Array(p.sentences.length).fill(-1);
    p.sentences.forEach((s, i) => {
      if (s.debris || s.words < MIN_SENTENCE_WORDS) return;
      const norm = s.info.norm;
      let u = uniqueOf.get(norm);
      if (u === undefined) {
        u = uniqueNorms.length;
        uniqueOf.set(norm, u);
        uniqueNorms.push(norm);
      }
      ids[i] = u;
    });
    return ids;
  });

  const n = uniqueNorms.length;
  // Each unique sentence's words, split once for the shingles, the word sets and the edited copies.
  const uniqueWords = uniqueNorms.map((t) => t.split(' '));
  const wordSets: (Set<string> | undefined)[] = [];
  const wordSet = (u: number): Set<string> => (wordSets[u] ??= new Set(uniqueWords[u]));
  const sigs = new Uint32Array(n * HASHES);
  const quoted = lang ? quotedClaims(prepared, sentenceUnique, n) : null;
  // Which sentences hold each three-word shingle of a quoted claim, gathered while hashing.
  const postings = new Map<number, number[]>();
  for (let u = 0; u < n; u++) {
    const onShingle = quoted
      ? (h: number): void => {
          if (!quoted.shingles.has(h)) return;
          const list = postings.get(h);
          if (!list) postings.set(h, [u]);
          else if (list[list.length - 1] !== u) list.push(u);
        }
      : undefined;
    minhash(uniqueWords[u] as string[], sigs.subarray(u * HASHES, (u + 1) * HASHES), onShingle);
  }
  const uf = new UnionFind(n);
  const sims = new Float32Array(n).fill(1);
  for (let band = 0; band < BANDS; band++) {
    // The first sentence with each band value, found by a hash of the rows and checked row by row.
    const buckets = new Map<number, number | number[]>();
    for (let u = 0; u < n; u++) {
      let h = FNV_OFFSET;
      for (let r = 0; r < ROWS; r++) h = fnv1aStep(h, sigs[u * HASHES + band * ROWS + r] as number);
      let first = -1;
      const entry = buckets.get(h);
      if (entry === undefined) buckets.set(h, u);
      else if (typeof entry === 'number') {
        if (sameBand(sigs, entry, u, band)) first = entry;
        else buckets.set(h, [entry, u]);
      } else {
        for (const c of entry) {
          if (sameBand(sigs, c, u, band)) {
            first = c;
            break;
          }
        }
        if (first < 0) entry.push(u);
      }
      if (first >= 0 && uf.find(first) !== uf.find(u)) {
        const sim = similarity(sigs, first, u);
        if (sim >= NEAR && !(lang && changesFacts(wordSet(first), wordSet(u), lang))) {
          uf.union(first, u);
          sims[u] = Math.min(sims[u] as number, sim);
        }
      }
    }
  }

  if (lang) unionEditedCopies(uniqueWords, uf, sims, lang);
  const printers = lang && quoted ? claimPrinters(quoted, postings, uniqueWords, uf, sims, lang) : null;

  const clusterIndex = new Map<number, number>();
  const uniqueCluster = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const root = uf.find(u);
    let c = clusterIndex.get(root);
    if (c === undefined) {
      c = clusterIndex.size;
      clusterIndex.set(root, c);
    }
    uniqueCluster[u] = c;
  }
  const clusterCount = clusterIndex.size;
  const variants = new Int32Array(clusterCount);
  const similarityOut = new Float32Array(clusterCount).fill(1);
  for (let u = 0; u < n; u++) {
    const c = uniqueCluster[u] as number;
    variants[c] = (variants[c] as number) + 1;
    similarityOut[c] = Math.min(similarityOut[c] as number, sims[u] as number);
  }
  const carrierLists: number[][] = Array.from({ length: clusterCount }, () => []);
  const clusterOf = sentenceUnique.map((ids, a) => {
    const out = new Int32Array(ids.length).fill(-1);
    ids.forEach((u, i) => {
      if (u < 0) return;
      const c = uniqueCluster[u] as number;
      out[i] = c;
      const list = carrierLists[c] as number[];
      if (list[list.length - 1] !== a) list.push(a);
    });
    return out;
  });
  return { clusterOf, carriers: carrierLists.map((l) => Int32Array.from(l)), variants, similarity: similarityOut, alsoPrintedBy: alsoPrinted(sentenceUnique, printers, uf) };
}

/** Per article, its sentences whose quoted claim other articles print, and those articles. */
function alsoPrinted(sentenceUnique: readonly Int32Array[], printers: Map<number, Set<number>> | null, uf: UnionFind): Map<number, number[]>[] {
  if (!printers || printers.size === 0) return sentenceUnique.map(() => new Map());
  // The articles carrying each unique sentence's near-copy cluster.
  const articlesOf = new Map<number, Set<number>>();
  sentenceUnique.forEach((ids, a) => {
    for (const u of ids) {
      if (u < 0) continue;
      const root = uf.find(u);
      const set = articlesOf.get(root);
      if (set) set.add(a);
      else articlesOf.set(root, new Set([a]));
    }
  });
  return sentenceUnique.map((ids) => {
    const out = new Map<number, number[]>();
    ids.forEach((u, i) => {
      const vs = printers.get(u);
      if (!vs) return;
      const found = new Set<number>();
      for (const v of vs) for (const a of articlesOf.get(uf.find(v)) ?? []) found.add(a);
      if (found.size > 0)
        out.set(
          i,
          [...found].sort((x, y) => x - y),
        );
    });
    return out;
  });
}

/** Fewest words a quoted claim must have to be looked for inside other outlets' sentences. */
const MIN_CLAIM_WORDS = 6;
/** A shingle found in more sentences than this is boilerplate, not a sign of a copied claim. */
const MAX_POSTINGS = 64;
/** Fewest words a quoted claim needs to count as printed inside another outlet's longer quote. */
const CLAIM_IN_QUOTE_WORDS = 10;

/** Opening and closing double quote marks ("…", “…”, «…»). */
const OPENERS = new Set(['“', '«', '„']);
const CLOSERS = new Set(['”', '»']);

/**
 * The words inside quote marks in a sentence: "The agency “expects further increases,” its
 * chair said." A quote opened and not closed runs to the sentence's end, one closed and not
 * opened (the last sentence of a quote that spans several) from its start.
 */
export function quotedSpans(text: string): string[] {
  if (!DOUBLE_QUOTE_MARK.test(text)) return [];
  const out: string[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '"' && !OPENERS.has(ch) && !CLOSERS.has(ch)) continue;
    const opens = OPENERS.has(ch) || (ch === '"' && open < 0);
    if (opens && open < 0) open = i + 1;
    else if (!opens || ch === '"') {
      out.push(text.slice(open < 0 ? 0 : open, i));
      open = -1;
    }
  }
  if (open >= 0) out.push(text.slice(open));
  return out;
}

interface QuotedClaim {
  /** The unique sentence quoting it. */
  u: number;
  words: string[];
}

/** Every quoted claim of MIN_CLAIM_WORDS or more words in the articles, and their shingles. */
function quotedClaims(
  prepared: readonly PreparedArticle[],
  sentenceUnique: readonly Int32Array[],
  n: number,
): { claims: QuotedClaim[]; shingles: Set<number>; hasQuote: Uint8Array } | null {
  const claims: QuotedClaim[] = [];
  const done = new Uint8Array(n);
  const hasQuote = new Uint8Array(n);
  prepared.forEach((p, a) => {
    const ids = sentenceUnique[a] as Int32Array;
    p.sentences.forEach((s, i) => {
      const u = ids[i] as number;
      if (u < 0 || done[u]) return;
      done[u] = 1;
      const spans = quotedSpans(s.info.text);
      if (spans.length > 0) hasQuote[u] = 1;
      for (const q of spans) {
        const words = normalizeText(q).split(' ').filter(Boolean);
        if (words.length >= MIN_CLAIM_WORDS && words.length < s.info.words) claims.push({ u, words });
      }
    });
  });
  if (claims.length === 0) return null;
  const shingles = new Set<number>();
  for (const c of claims) for (let i = 0; i + SHINGLE <= c.words.length; i++) shingles.add(hashWords(c.words, i, SHINGLE));
  return { claims, shingles, hasQuote };
}

/**
 * A quoted claim printed by another outlet: a story quoting a statement ("Inflation remains
 * elevated," the committee said) and the statement itself, or two stories quoting the same
 * words in different frames. Another sentence prints the claim when a stretch of it as long as
 * the claim holds nearly all the claim's words (a word changed or dropped) and the same numbers,
 * with no fact changed (see changesFacts). That sentence then prints the quoting sentence, in
 * the sense who-said-it asks; the quoting sentence prints the other only when the claim is
 * nearly all of it (then the two are one sentence, joined in `uf`).
 * Where the other sentence quotes the words too, it is the same claim only when the claim is a
 * statement of its own (CLAIM_IN_QUOTE_WORDS): a few words picked out of a longer quote ("a
 * tragic milestone") are a phrase both quote, not a sentence one prints. A sentence with no quote
 * marks printing the words is their source (the statement, the release) at any length.
 */
function claimPrinters(
  quoted: { claims: readonly QuotedClaim[]; hasQuote: Uint8Array },
  postings: ReadonlyMap<number, number[]>,
  wordsOf: readonly (readonly string[])[],
  uf: UnionFind,
  sims: Float32Array,
  lang: LangPack,
): Map<number, Set<number>> {
  const printers = new Map<number, Set<number>>();
  for (const c of quoted.claims) {
    const hits = new Map<number, number>();
    const count = c.words.length - SHINGLE + 1;
    for (let i = 0; i < count; i++) {
      const list = postings.get(hashWords(c.words, i, SHINGLE));
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const v of list) if (v !== c.u) hits.set(v, (hits.get(v) ?? 0) + 1);
    }
    for (const [v, shared] of hits) {
      // A changed word breaks up to three shingles: half of them shared is enough to look closer.
      if (shared * 2 < count || uf.find(v) === uf.find(c.u)) continue;
      const words = wordsOf[v] as readonly string[];
      const whole = words.length <= c.words.length + 2;
      if (!whole && quoted.hasQuote[v] && c.words.length < CLAIM_IN_QUOTE_WORDS) continue;
      const share = heldInWindow(c.words, words, lang);
      if (share < EDITED) continue;
      // The same sentence, quoted whole: as sure as any near-copy (a short one must match word for word).
      if (whole && (words.join(' ') === c.words.join(' ') || editedCopy(words, c.words, lang) > 0)) {
        uf.union(c.u, v);
        sims[v] = Math.min(sims[v] as number, share);
        continue;
      }
      const set = printers.get(c.u);
      if (set) set.add(v);
      else printers.set(c.u, new Set([v]));
    }
  }
  return printers;
}

/** The best share of `claim`'s words held by a stretch of `words` as long as the claim and a word more, or 0 when a fact differs. */
function heldInWindow(claim: readonly string[], words: readonly string[], lang: LangPack): number {
  const want = new Set(claim);
  const width = Math.min(words.length, claim.length + 1);
  let best = 0;
  let bestAt = 0;
  for (let at = 0; at + width <= words.length; at++) {
    let n = 0;
    for (let k = at; k < at + width; k++) if (want.has(words[k] as string)) n++;
    if (n > best) {
      best = n;
      bestAt = at;
    }
  }
  const share = Math.min(best, claim.length) / claim.length;
  if (share < EDITED) return 0;
  const window = new Set(words.slice(bestAt, bestAt + width));
  for (const w of want) if (!window.has(w) && HAS_DIGIT.test(w)) return 0;
  return changesFacts(want, window, lang) ? 0 : share;
}

interface Run {
  article: number;
  first: number;
  last: number;
  clusters: number[];
}

export function findCopies(prepared: readonly PreparedArticle[], clusters: SentenceClusters): CopyPassage[] {
  const runs: Run[] = [];
  prepared.forEach((p, a) => {
    const ids = clusters.clusterOf[a] as Int32Array;
    let run: Run | null = null;
    p.sentences.forEach((_s: PreparedSentence, i) => {
      const c = ids[i] as number;
      const shared = c >= 0 && (clusters.carriers[c] as Int32Array).length >= 2;
      if (shared) {
        if (!run) run = { article: a, first: i, last: i, clusters: [] };
        run.last = i;
        run.clusters.push(c);
      } else if (c >= 0 && run) {
        // A full sentence found in no other article ends the shared passage; short lines and debris do not.
        runs.push(run);
        run = null;
      }
    });
    if (run) runs.push(run);
  });

  // Runs that share a sentence cluster are one passage, however many outlets carry it.
  const uf = new UnionFind(runs.length);
  const firstRunOfCluster = new Map<number, number>();
  runs.forEach((r, i) => {
    for (const c of r.clusters) {
      const j = firstRunOfCluster.get(c);
      if (j === undefined) firstRunOfCluster.set(c, i);
      else uf.union(i, j);
    }
  });
  const byPassage = new Map<number, Run[]>();
  runs.forEach((r, i) => {
    const root = uf.find(i);
    const list = byPassage.get(root);
    if (list) list.push(r);
    else byPassage.set(root, [r]);
  });

  const passages: CopyPassage[] = [];
  const inPassage = new Int32Array(clusters.variants.length).fill(-1);
  let passageMark = 0;
  for (const group of byPassage.values()) {
    const byArticle = new Map<number, Run[]>();
    for (const r of group) {
      const list = byArticle.get(r.article);
      if (list) list.push(r);
      else byArticle.set(r.article, [r]);
    }
    if (byArticle.size < 2) continue;
    // The group's clusters, each once, in the order first met.
    const clusterSet: number[] = [];
    for (const r of group) {
      for (const c of r.clusters) {
        if (inPassage[c] === passageMark) continue;
        inPassage[c] = passageMark;
        clusterSet.push(c);
      }
    }
    passageMark++;
    const carriers: CopyCarrier[] = [];
    for (const [a, list] of [...byArticle.entries()].sort((x, y) => x[0] - y[0])) {
      const p = prepared[a] as PreparedArticle;
      const first = Math.min(...list.map((r) => r.first));
      const last = Math.max(...list.map((r) => r.last));
      const s0 = (p.sentences[first] as PreparedSentence).sentence;
      const s1 = (p.sentences[last] as PreparedSentence).sentence;
      let words = 0;
      for (let i = first; i <= last; i++) words += (p.sentences[i] as PreparedSentence).words;
      carriers.push({
        article: p.article.id,
        firstSentence: s0.id,
        lastSentence: s1.id,
        start: s0.start,
        end: s1.end,
        text: p.article.text.slice(s0.start, s1.end),
        words,
        shareOfArticle: p.words > 0 ? Math.round((words / p.words) * 100) / 100 : 0,
      });
    }
    if (Math.max(...carriers.map((c) => c.words)) < MIN_PASSAGE_WORDS) continue;
    let identical = 0;
    let simSum = 0;
    for (const c of clusterSet) {
      if (clusters.variants[c] === 1) identical++;
      simSum += clusters.similarity[c] as number;
    }
    passages.push({
      id: '',
      carriers,
      sentences: clusterSet.length,
      identicalSentences: identical,
      similarity: Math.round((simSum / clusterSet.length) * 100) / 100,
    });
  }
  passages.sort((x, y) => y.sentences - x.sentences || x.carriers[0]!.article.localeCompare(y.carriers[0]!.article));
  passages.forEach((p, i) => (p.id = `copy-${i + 1}`));
  return passages;
}
