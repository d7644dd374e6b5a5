import { LAST_YEAR, type FigureContext } from './figures';
import type { Bound, Figure, FigureGroup, FigureReason, GroupVerdict } from './types';

/** A vague amount ("thousands") or a range: either can hold a precise figure, so it is read as the vague side of a pair. */
export function isVagueOrRange(m: Pick<Figure, 'bound'>): boolean {
  return m.bound === 'vague' || m.bound === 'range';
}

/**
 * Figures from different articles about the same subject. Figures are first pooled into
 * "slots" (the same figure in the same near-identical sentence, however many outlets copy it),
 * so comparing subjects costs slots², not figures², and slots grow with distinct sentences only.
 */

const GROUPED_KINDS = new Set(['count', 'duration', 'offset', 'year', 'percent', 'money', 'rank']);
/** Share of the smaller context (idf-weighted) two figures must have in common. */
const LINK = 0.3;
const NEAR_LINK = 0.4;
const MIN_SHARED = 2;
const STRONG = 0.5;
/** Share of the smaller sentence's words (idf-weighted) that makes two sentences one report restated (see refusal). */
const RESTATED = 0.7;
/** The two sides of a vote's tally ("61-36": 61 votes for, 36 against; see figures.ts). */
const TALLY_SIDES = new Set(['votes-for', 'votes-against']);
/** Two percentage changes that differ by more than this factor are two changes (see refusal). */
const PERCENT_APART = 1.5;
/** Two exact tolls within this ratio (16 and 17; not 44 and 85) may be two reports of one toll. */
const TOLL_APART = 1.25;
/** Two groups are joined only if every pair of their slots may be; past this many pairs they are kept apart unchecked. */
const MAX_REFUSAL_CHECKS = 2000;
/** How much more a link between values that fit together weighs, in the order links are taken, than its words alone. */
const FIT_FIRST = 0.2;

interface Slot {
  key: string;
  /** Of a sentence that outlets copy (one slot for every copy), not of one article's own sentence. */
  copied: boolean;
  /** The values its figures allow together (plans left out), worked out once. */
  low: number;
  high: number;
  /** "article|sentence" of each member: two figures of one sentence are two quantities. */
  sentences: Set<string>;
  unitClass: string;
  words: string[];
  near: string[];
  /** Names in capitals and the initials of names written out (see namesAsInitials in figures.ts). */
  acronyms: readonly string[];
  initials: readonly string[];
  markers: readonly string[];
  places: readonly string[];
  update: boolean;
  owner: readonly string[];
  ownerNear: boolean;
  stance: string;
  /** The period a percentage's change is measured over, and whether only a weaker cue (a reference month or quarter) gives it (see figures.ts). */
  period: string | null;
  periodWeak: boolean;
  /** Who the sentence says gave the figure ("interior ministry"), or null. */
  source: string | null;
  /** What a span before or after something counts from ("three weeks after the cyclone": cyclone), or null. */
  anchor: string | null;
  /** A count of a set the story has named ("the three countries"). */
  definite: boolean;
  /** The number as written is rare enough ("19,866", "412", "91.6") that two outlets printing it likely mean one thing. */
  distinctive: boolean;
  kind: Figure['kind'];
  /** Articles of its members, and whether they are all bounds or all exact (worked out once, checked per pair). */
  articles: Set<string>;
  allBound: boolean;
  allExact: boolean;
  /** Every member has its first member's bound ("more than" in every copy). */
  oneBound: boolean;
  /** Every member gives the same value (worked out once: slots of copied sentences can be large). */
  uniform: boolean;
  /** The value a change starts from, in a sentence that also gives where it went ("fell from 1.93 billion to 1.929 billion"). */
  changeFrom: boolean;
  /** The value its sentence's change starts from (its own, if it is that value), or null in a sentence without a change. */
  changeStart: number | null;
  members: Figure[];
}

export interface GroupInput {
  figures: readonly Figure[];
  /** The context of each figure, in the same order. */
  contexts: readonly (FigureContext | undefined)[];
  /** The sentence cluster of each figure's sentence (-1 for none), in the same order. */
  clusters: ArrayLike<number>;
  /**
   * Called, for diagnosis, with the figures of two slots that were not joined and why: no link between them
   * ("no link: …"), or a join refused by a rule (figures:misses sorts stage-ii misses by it).
   */
  explain?: ((a: readonly Figure[], b: readonly Figure[], why: string) => void) | undefined;
  /** Each article's date as its front matter gives it ("2021-08-16"), by article id: when its figures were given. */
  dates?: ReadonlyMap<string, string> | undefined;
  /** The language's light stem of a word (see LangPack.wordStem); words are compared as written without it. */
  stem?: ((lemma: string) => string) | undefined;
  /** The language's singular of a word (LangPack.singularOf), for comparing two counts' noun phrases; as written without it. */
  singular?: ((word: string) => string) | undefined;
  /** How many sentences of an article name a word (LangPack.singularOf compared), for a count of a noun the article keeps naming; none without it. */
  mentions?: ((article: string, word: string) => number) | undefined;
  /** Scope words that only say a count is whole ("total"): on one side alone they set no other area (LangPack.totalityWords). */
  totality?: ReadonlySet<string> | undefined;
  /** Called with each compared pair, for tuning by hand. */
  trace?: ((a: Figure, b: Figure, shared: string[], sim: number, nearShared: string[], nearSim: number) => void) | undefined;
}

/**
 * Units that convert, and the class and factor they are compared in: "39 mph" in one outlet and "64 km/h" in another are
 * one speed, as "64 kilograms" and "141 pounds" are one weight. (Whether a figure is round is read from what was written.)
 */
const CONVERT: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['mph', ['km/h', 1.609344]],
  ['feet', ['metres', 0.3048]],
  // ("850 kilograms" and "1,875 pounds" of one seizure; "2 tonnes" and "2,000 kg".)
  ['lb', ['kilogram', 0.45359237]],
  ['tonnes', ['kilogram', 1000]],
]);
/**
 * Classes of lengths and distances (feet are compared as metres, see CONVERT): figures of these that differ on different
 * days are not told apart by the dates alone, as a toll, a count or a sum so far is.
 */
const FIXED_MEASURES: ReadonlySet<string> = new Set(['metres', 'km', 'miles', 'cm', 'mm']);
/** How far apart figures in two units may be and still be one figure, its conversion rounded ("39 mph", "64 km/h": 2%). */
const CONVERSION_SLACK = 0.05;
/** A figure converted for comparing, and the figure as written: whether a number is small or round is read from what was written. */
const AS_WRITTEN = new WeakMap<Figure, Figure>();
const writtenValue = (f: Figure): number => (AS_WRITTEN.get(f) ?? f).value;

/** Currencies also called "dollars" (ISO codes): a sum in bare "dollars" may be in one of them. */
const OTHER_DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'HKD', 'SGD']);

/**
 * The class a sum in bare "dollars" is compared in: another country's dollars when another article gives a sum in exactly
 * one such currency that the value fits ("1.2 billion dollars" from Canada, "1.21 billion Canadian dollars") and none in
 * US dollars, else its own.
 */
function dollarClasses(figures: readonly Figure[]): Map<Figure, string> {
  const out = new Map<Figure, string>();
  for (const f of figures) {
    if (!f.bareDollars || f.kind !== 'money') continue;
    const own = intervalOf(f);
    const fits = (g: Figure): boolean => {
      const iv = intervalOf(g);
      return g.kind === 'money' && g.article !== f.article && !g.conversionOf && Math.max(iv.low, own.low) <= Math.min(iv.high, own.high);
    };
    // (Not where another article gives a US sum it fits: "1 billion dollars" beside "$1.08 billion" is that sum rounded.)
    if (figures.some((g) => g.unitClass === f.unitClass && fits(g))) continue;
    const fitting = new Set(figures.filter((g) => OTHER_DOLLARS.has(g.currency ?? '') && fits(g)).map((g) => g.unitClass));
    if (fitting.size === 1) out.set(f, [...fitting][0] as string);
  }
  return out;
}

export function groupFigures(given: GroupInput): FigureGroup[] {
  // Figures in a unit that converts are compared as their value in the other unit; groups and diagnostics give them back as written.
  // (And a sum in bare "dollars" in the class of the other country's dollars it fits, see dollarClasses.)
  const original = new Map<Figure, Figure>();
  const dollars = dollarClasses(given.figures);
  const converted = given.figures.map((f) => {
    const d = dollars.get(f);
    if (d) {
      const g: Figure = { ...f, unitClass: d };
      original.set(g, f);
      return g;
    }
    const c = CONVERT.get(f.unitClass);
    if (!c) return f;
    const [cls, k] = c;
    const g: Figure = { ...f, unitClass: cls, value: f.value * k, low: f.low * k, high: f.high === null ? null : f.high * k };
    original.set(g, f);
    AS_WRITTEN.set(g, f);
    return g;
  });
  const back = (fs: readonly Figure[]): Figure[] => fs.map((f) => original.get(f) ?? f);
  const { explain, trace } = given;
  const input: GroupInput = {
    ...given,
    figures: converted,
    explain: explain && original.size > 0 ? (a, b, why) => explain(back(a), back(b), why) : explain,
    trace: trace && original.size > 0 ? (a, b, ...rest) => trace(original.get(a) ?? a, original.get(b) ?? b, ...rest) : trace,
  };
  const slots = new Map<string, Slot>();
  const contextOf = new Map<Figure, FigureContext>();
  input.figures.forEach((f, i) => {
    const c = input.contexts[i];
    if (c) contextOf.set(f, c);
  });
  const whenOf = daysOf(contextOf, input.dates);
  const ordinal = new Map<string, number>();
  const singular = input.singular ?? ((w: string): string => w);
  const classOf = sharedValueClasses(input.figures, bareClasses(input.figures), singular);
  // A part of a sum written out ("250 passengers and eight crew members") is a quantity of its own, compared as the sum is;
  // a part of a share ("14 of 20 (70%)") is not: the share says it.
  // (Not a sum that counts "another" beside its numbers, "two statements … and another": its parts name no quantity of their own.)
  const partsIn = new Map<string, number>();
  for (const f of input.figures) if (f.partOf) partsIn.set(f.partOf, (partsIn.get(f.partOf) ?? 0) + 1);
  const sums = new Set(input.figures.filter((f) => f.parts && f.parts.length === partsIn.get(f.id)).map((f) => f.id));
  // Each figure's slot: the sentence it is in (or the copied sentence), its class and its place among that sentence's
  // figures of the class; null for a figure that is not grouped.
  const slotKeys: (SlotKey | null)[] = input.figures.map((f, i) => {
    const cluster = input.clusters[i] as number;
    // A count printed without its noun in one sentence that several outlets copy ("removed over 472,000 people"
    // aside, "over 472,000" in a copied line; "the village's population was about 300", "dozens are still awaiting
    // trial"): the copy itself says it is one quantity. Its class is the copied sentence's own, so it joins nothing else.
    // (Not a range, whose ends are read apart, nor a count under ten: "one", "two" in a copied line mostly count
    // nothing the story compares.)
    const unitClass = classOf(f) || (f.kind === 'count' && f.bound !== 'range' && f.value >= BARE_COPY_FLOOR && cluster >= 0 ? `bare-copy-${cluster}` : '');
    // A conversion in brackets ("103m euros (£88.5m)") is the figure before it again, in other units: that one is grouped.
    if (!GROUPED_KINDS.has(f.kind) || (f.partOf && !sums.has(f.partOf)) || f.conversionOf || !unitClass || input.contexts[i]?.bar || input.contexts[i]?.window) return null;
    const sentenceKey = cluster >= 0 ? `c${cluster}` : `s${f.sentence.toLowerCase()}`;
    const ordKey = `${f.article}|${f.sentenceId}|${unitClass}`;
    const nth = ordinal.get(ordKey) ?? 0;
    ordinal.set(ordKey, nth + 1);
    return { sentence: `${sentenceKey}|${unitClass}|${f.parts ? 'sum' : ''}`, nth, unitClass };
  });
  realignCopies(input.figures, slotKeys);
  // A figure's signature is its value with the class it is grouped in: a count printed bare in one outlet ("dropping to
  // 70 from 3,600") that takes its class from another's noun ("decreased from 3,600 consultations to 70") signs as that one.
  const classAs = new Map<Figure, string>();
  input.figures.forEach((f, i) => {
    const sk = slotKeys[i];
    if (sk) classAs.set(f, sk.unitClass);
  });
  const signature = (f: Figure): string => `${classAs.get(f) ?? f.unitClass}|${valueSignature(f)}`;
  for (let i = 0; i < input.figures.length; i++) {
    const f = input.figures[i] as Figure;
    const sk = slotKeys[i];
    if (!sk) continue;
    const { unitClass } = sk;
    const key = `${sk.sentence}|${sk.nth}`;
    const slot = slots.get(key);
    if (slot) slot.members.push(f);
    else {
      const c = input.contexts[i];
      slots.set(key, {
        key,
        copied: (input.clusters[i] as number) >= 0,
        low: -Infinity,
        high: Infinity,
        sentences: new Set(),
        unitClass,
        words: c?.words ?? [],
        acronyms: c?.acronyms ?? [],
        initials: c?.initials ?? [],
        near: c?.near ?? [],
        markers: c?.markers ?? [],
        places: c?.places ?? [],
        update: c?.update ?? false,
        owner: c?.owner ?? [],
        ownerNear: c?.ownerNear ?? false,
        stance: c?.stance ?? 'result',
        period: c?.period ?? null,
        periodWeak: c?.periodWeak ?? false,
        source: c?.source ?? null,
        anchor: c?.anchor ?? null,
        definite: c?.definite ?? false,
        distinctive: distinctive(f),
        kind: f.kind,
        articles: new Set(),
        allBound: false,
        allExact: false,
        oneBound: false,
        uniform: false,
        changeFrom: false,
        changeStart: null,
        members: [f],
      });
    }
  }

  const all = [...slots.values()];
  // How many figures of each class each sentence gives: a value a change starts from, beside the value it went to.
  const classCount = new Map<string, number>();
  // And what they add up to: one item of a list of sums ("$60 billion for A, $26 billion for B and $8 billion for C").
  const classSum = new Map<string, number>();
  const classMax = new Map<string, number>();
  for (const f of input.figures) {
    const k = `${f.article}|${f.sentenceId}|${classOf(f)}`;
    classCount.set(k, (classCount.get(k) ?? 0) + 1);
    if (!f.partOf && !f.conversionOf) {
      classSum.set(k, (classSum.get(k) ?? 0) + Math.abs(f.value));
      classMax.set(k, Math.max(classMax.get(k) ?? 0, Math.abs(f.value)));
    }
  }
  // The value each sentence's change of a class starts from ("rose from 8.4% to 9.1%": 8.4), by sentence and class.
  const startOf = new Map<string, number>();
  for (const f of input.figures) {
    const k = `${f.article}|${f.sentenceId}|${classOf(f)}`;
    if ((classCount.get(k) ?? 0) >= 2 && contextOf.get(f)?.markers?.includes('before') && !startOf.has(k)) startOf.set(k, f.value);
  }
  const listOf = (sl: Slot): ListedSums => {
    const lead = sl.members[0] as Figure;
    const k = `${lead.article}|${lead.sentenceId}|${sl.unitClass}`;
    return { items: classCount.get(k) ?? 1, sum: classSum.get(k) ?? Math.abs(lead.value), max: classMax.get(k) ?? Math.abs(lead.value) };
  };
  // What else each sentence states: two sentences that give the same two figures are about the same thing
  // ("individuals making less than $125,000 or couples making less than $250,000").
  // A conversion in brackets counts too ("100 million euros ($110 million, £86 million)" in two outlets worded apart): outlets
  // converting one sum at one rate write the same converted values. (The other figures by value and bound only: "4,000
  // patients" in one outlet is "4,000" in another that leaves the noun to its reader.)
  const sentenceFigures = new Map<string, Set<string>>();
  for (const f of input.figures) {
    if (!GROUPED_KINDS.has(f.kind) || f.partOf) continue;
    const k = `${f.article}|${f.sentenceId}`;
    const set = sentenceFigures.get(k) ?? new Set<string>();
    set.add(f.conversionOf ? `conversion|${valueSignature(f)}` : valueSignature(f));
    sentenceFigures.set(k, set);
  }
  const coFigures = (sl: Slot): Set<string> => {
    const m = sl.members[0] as Figure;
    const out = new Set(sentenceFigures.get(`${m.article}|${m.sentenceId}`) ?? []);
    out.delete(valueSignature(m));
    return out;
  };
  // An article that gives one count of a kind as a partial result ("with 545 results declared") gives
  // its other counts of that kind as of the same moment ("the Conservatives have 90 seats").
  const running = new Set<string>();
  for (const sl of all) if (sl.update) for (const m of sl.members) running.add(`${m.article}|${sl.unitClass}`);
  for (const sl of all) {
    if (!sl.update && !/^people-/.test(sl.unitClass) && sl.members.some((m) => running.has(`${m.article}|${sl.unitClass}`))) sl.update = true;
  }
  for (const sl of all) {
    const iv = intersect(
      sl.members.filter((m) => !m.scheduled),
      reachOf,
    );
    sl.low = iv.low;
    sl.high = iv.high;
    for (const m of sl.members) {
      sl.sentences.add(`${m.article}|${m.sentenceId}`);
      sl.articles.add(m.article);
    }
    const lead = sl.members[0] as Figure;
    sl.changeFrom = sl.markers.includes('before') && (classCount.get(`${lead.article}|${lead.sentenceId}|${sl.unitClass}`) ?? 0) >= 2;
    sl.changeStart = startOf.get(`${lead.article}|${lead.sentenceId}|${sl.unitClass}`) ?? null;
    sl.allBound = sl.members.every((m) => m.bound === 'lower' || m.bound === 'upper');
    sl.allExact = sl.members.every((m) => m.bound === 'exact');
    sl.oneBound = sl.members.every((m) => m.bound === lead.bound);
    sl.uniform = sl.members.every((m) => m.value === lead.value);
  }
  const df = new Map<string, number>();
  // Words are weighed by their stems: "ranged" in one sentence and "ranging" in another are one word in common.
  const stem = input.stem ?? ((w: string): string => w);
  const stems = (ws: readonly string[]): string[] => [...new Set(ws.map(stem))];
  // A name written out in one sentence ("the Federal Aviation Administration") is the same word as its capitals in
  // another ("the FAA"): its initials count as a word where some sentence writes them in capitals.
  const capitals = new Set(all.flatMap((s) => stems(s.acronyms)));
  const named = (s: Slot): string[] => stems(s.initials).filter((x) => capitals.has(x));
  const stemsOf = new Map<Slot, { words: string[]; near: string[] }>(all.map((s) => [s, { words: [...new Set([...stems(s.words), ...named(s)])], near: stems(s.near) }]));
  for (const s of all) for (const w of (stemsOf.get(s) as { words: string[] }).words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string): number => Math.log(1 + all.length / (df.get(w) ?? 1));

  // Whether the articles of a slot keep naming its noun (see keptNamed), asked once a slot by both rules below.
  const mentions = input.mentions ?? ((): number => 0);
  const toldMemo = new Map<Slot, boolean>();
  const told = (sl: Slot): boolean => {
    let known = toldMemo.get(sl);
    if (known === undefined) {
      known = keptNamed(sl, mentions);
      toldMemo.set(sl, known);
    }
    return known;
  };
  const soleValue = soleValuesOf(all, told);
  const onlyCount = onlyCountsOf(all, told);
  const soleSum = soleSumsOf(all);

  const byClass = new Map<string, Slot[]>();
  for (const s of all) {
    const list = byClass.get(s.unitClass);
    if (list) list.push(s);
    else byClass.set(s.unitClass, [s]);
  }

  const daysMemo = new Map<Slot, string[] | null>();
  const slotDays = (sl: Slot): string[] | null => {
    if (!daysMemo.has(sl)) daysMemo.set(sl, datedDays(sl, whenOf, contextOf));
    return daysMemo.get(sl) as string[] | null;
  };
  // The days a slot's figures were given on, the article's own date where the sentence names none (see onlyCountsOf).
  const givenMemo = new Map<Slot, string[] | null>();
  const givenDays = (sl: Slot): string[] | null => {
    if (!givenMemo.has(sl)) {
      const days = sl.members.map((m) => (m.scheduled ? null : whenOf(m)));
      givenMemo.set(sl, days.some((d) => !d) ? null : days.flatMap((d) => d as string[]));
    }
    return givenMemo.get(sl) as string[] | null;
  };
  const groups: FigureGroup[] = [];
  for (const [unitClass, list] of byClass) {
    // (A whole, "of the 650 seats", is also one per story.)
    const tallyClass = /^people-/.test(unitClass) || unitClass === 'magnitude' || unitClass.endsWith('-whole');
    // A kind of thing the story gives one value of, however many outlets print it ("45 witnesses", "testimony from 45
    // witnesses"): every figure of the class fits one number, so the class names the quantity as a toll's does.
    // (Vague amounts, "millions", fit anything and say nothing of the kind; small counts, "four warships" and "four
    // boats", and round ones, "200 teachers" in two surveys, recur in a story for different things.)
    const oneValue =
      list.length >= 2 &&
      list.every((sl) => sl.members.every((m) => !isVagueOrRange(m) && telling(writtenValue(m)))) &&
      Math.max(...list.map((sl) => sl.low)) <= Math.min(...list.map((sl) => sl.high));
    // Small and round counts too, when every figure of the class is one exact value of a set the story has named ("the
    // three countries", "across the three countries"): the article says the set is one already known.
    const oneNamedSet = list.length >= 2 && list.every((sl) => sl.kind === 'count' && sl.definite && sl.allExact && sl.uniform && sameValueAs(sl, list[0] as Slot));
    const stemmed = list.map((s) => stemsOf.get(s) as { words: string[]; near: string[] });
    const weight = stemmed.map((s) => s.words.reduce((sum, w) => sum + idf(w), 0));
    const nearWeight = stemmed.map((s) => s.near.reduce((sum, w) => sum + idf(w), 0));
    const sets = stemmed.map((s) => new Set(s.words));
    const nearSets = stemmed.map((s) => new Set(s.near));
    const parent = list.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
      return x;
    };
    const overlap = (a: Set<string>, b: Set<string>, wa: number, wb: number): { shared: string[]; sim: number } => {
      const shared: string[] = [];
      let w = 0;
      for (const word of a) {
        if (b.has(word)) {
          shared.push(word);
          w += idf(word);
        }
      }
      return { shared, sim: w / Math.max(1e-9, Math.min(wa, wb)) };
    };
    const sigs = list.map((sl) => signature(sl.members[0] as Figure));
    const cos = list.map(coFigures);
    const vague = list.map((sl) => sl.members.some((m) => m.bound === 'vague'));
    const best = new Float64Array(list.length);
    const edges: { i: number; j: number; sim: number; near: number }[] = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const whole = overlap(sets[i] as Set<string>, sets[j] as Set<string>, weight[i] as number, weight[j] as number);
        const near = overlap(nearSets[i] as Set<string>, nearSets[j] as Set<string>, nearWeight[i] as number, nearWeight[j] as number);
        const sim = Math.max(whole.sim, near.sim >= NEAR_LINK && near.shared.length >= MIN_SHARED ? near.sim : 0);
        // (The class alone links no toll across articles given half a year apart or more: "48 people died" in a flash of
        // January 2020 tells another event than "at least 37 people" dead the day after the 2019 collapse; a toll that late
        // shares the story's words.)
        const tallyApart = tallyClass && farApart(list[i] as Slot, list[j] as Slot, input.dates);
        if (input.trace) input.trace((list[i] as Slot).members[0] as Figure, (list[j] as Slot).members[0] as Figure, whole.shared, whole.sim, near.shared, near.sim);
        // Short sentences have few words to share: one rare word in common can be enough.
        const fewWords = Math.min((sets[i] as Set<string>).size, (sets[j] as Set<string>).size) <= 3;
        const enough = whole.shared.length >= MIN_SHARED || (fewWords && whole.shared.length === 1 && whole.sim >= NEAR_LINK);
        // Many words in common outweigh a long sentence diluting them.
        const manyShared = whole.shared.length >= 4 && whole.sim >= LINK * 0.66;
        // A death toll or a quake's magnitude: one story has one of each, so the class itself says most of what
        // the words would (this quake's 6.8 and the 1960 one are kept apart by otherEvent, values that cannot both
        // be right by refusal below).
        // The same rare number in two outlets, with a word in common: one quantity, even in sentences worded apart.
        // Or the same owner named by both ("Reform won four seats", "Reform has four MPs"): the owner is the word in common.
        const bothRare = (list[i] as Slot).distinctive && (list[j] as Slot).distinctive;
        // (Not a vague amount, "tens of millions of Americans": it names no value that the owner could have twice.)
        const vagueSide = (vague[i] as boolean) || (vague[j] as boolean);
        const sameRareValue =
          !vagueSide && fitTogether(list[i] as Slot, list[j] as Slot) && whole.shared.length >= 1 && sameOwner(list[i] as Slot, list[j] as Slot, !bothRare) === true;
        const rareLink =
          (list[i] as Slot).distinctive && (list[j] as Slot).distinctive && fitTogether(list[i] as Slot, list[j] as Slot) && whole.shared.length >= 1 && whole.sim >= RARE_LINK;
        // Running counts of one owner ("the Lib Dems had 50 seats, with 545 declared"; "Lib Dems 72" in a table of declared seats).
        const sameRunning = (list[i] as Slot).update && (list[j] as Slot).update && sameOwner(list[i] as Slot, list[j] as Slot, true) === true;
        // The same bounded figure of the same thing ("more than nine minutes", "more than 9 minutes") with a word
        // in common: a bound and its value together are rarely printed by chance.
        // Or the same range to the letter ("6 to 8 metres", "between 6 to 8 meters"), however worded: an outlet restating a
        // range copies both its ends, and two ranges of one unit seldom meet at both ends by chance.
        const sameBounded = (sameBound(list[i] as Slot, list[j] as Slot) && whole.shared.length >= 1) || sameRange(list[i] as Slot, list[j] as Slot);
        // The same exact value of one noun, or the same span of time, in sentences with words in common, however few
        // of their words those are ("a 15-week limit", "after 15 weeks"; "a 6-3 decision", "the court's 6-3 ruling").
        // Or a stated limit and the exact value it states ("capped at no more than $35 a month", "a cap of $35 a month").
        const sameWorded = enough && (sameValueOfNoun(list[i] as Slot, list[j] as Slot) || limitOf(list[i] as Slot, list[j] as Slot) || limitOf(list[j] as Slot, list[i] as Slot));
        // An outlet's bound or estimate that rounds another's exact figure of the same thing ("more than 360,000 people",
        // "the 362,000 people"; "about $430 billion", "$430 billion"), with a word in common.
        const roundedTo = whole.shared.length >= 1 && (roundsExact(list[i] as Slot, list[j] as Slot) || roundsExact(list[j] as Slot, list[i] as Slot));
        // The same figure beside the same other figure, however worded.
        const sameSet = sigs[i] === sigs[j] && [...(cos[i] as Set<string>)].some((x) => (cos[j] as Set<string>).has(x));
        // Or one exact count, however small, whose noun phrases name one thing ("six PFAS", "six PFAS chemicals"; "2,500 sample
        // collection kits", "2,500 sample collection media"), with a word in common: the phrase, not the number, names it.
        const sameCount = sameNamedCount(list[i] as Slot, list[j] as Slot) || (whole.shared.length >= 1 && samePhrasedCount(list[i] as Slot, list[j] as Slot, singular));
        // The same rare value to the letter in two outlets ("3.7%" / "3.7 per cent", "$1.2 trillion" / "$1,200 billion"),
        // however differently worded: two different quantities seldom share a rare exact number. Only figures of the
        // story's own time (no other year, "another", or a change's starting value near either), each in a sentence of its
        // own (a bare table cell, "6.8%", says nothing of what it counts or when): the value alone links them.
        const sameRare =
          (list[i] as Slot).markers.length === 0 &&
          (list[j] as Slot).markers.length === 0 &&
          (list[i] as Slot).words.length > 0 &&
          (list[j] as Slot).words.length > 0 &&
          !shareArticle(list[i] as Slot, list[j] as Slot) &&
          sameRareExact(list[i] as Slot, list[j] as Slot);
        // Two spans of one length counted from the same thing ("nearly three weeks since the cyclone struck", "three weeks
        // after the cyclone"): what they count from names the quantity, however the sentences around them differ.
        // (Or the same rank by the same measure, "second-costliest" in two outlets: see sameRank.)
        const sameAnchor = sameOffset(list[i] as Slot, list[j] as Slot) || sameRank(list[i] as Slot, list[j] as Slot);
        // Or one exact count, however small or round, of a noun that each of the two articles counts at no larger value
        // ("three earthquakes" in two reports, neither counting more earthquakes anywhere) and one of them keeps naming: the
        // noun and its count name the quantity in both, however differently the sentences around it are worded (see soleValuesOf).
        // (Or one sum of money that each of the two articles prints once: see soleSumsOf.)
        const soleCount = soleValue(list[i] as Slot, list[j] as Slot) || soleSum(list[i] as Slot, list[j] as Slot) || onlyCount.link(list[i] as Slot, list[j] as Slot, givenDays);
        if (
          !sameAnchor &&
          !soleCount &&
          !(tallyClass && !tallyApart) &&
          !(oneValue && !tallyApart) &&
          !oneNamedSet &&
          !sameCount &&
          !sameWorded &&
          !roundedTo &&
          !sameRare &&
          !sameRareValue &&
          !rareLink &&
          !sameRunning &&
          !sameBounded &&
          !sameSet &&
          (!enough || (sim < LINK && !manyShared))
        ) {
          if (input.explain) input.explain((list[i] as Slot).members, (list[j] as Slot).members, 'no link: too few words in common');
          continue;
        }
        // ("Hundreds of scientists" beside "1,700 scientists": a vague amount that cannot hold the other's value is of
        // another quantity, or the same told too loosely to compare; no tally grows from hundreds to "1,700" in two days.)
        const vagueApart = (vagueOnly(list[i] as Slot) || vagueOnly(list[j] as Slot)) && !fitTogether(list[i] as Slot, list[j] as Slot);
        const event = vagueApart ? 'a vague amount that cannot hold the other value' : otherEventWhy(list[i] as Slot, list[j] as Slot);
        if (event) {
          if (input.explain) input.explain((list[i] as Slot).members, (list[j] as Slot).members, `no link: ${event}`);
          continue;
        }
        // The same rare number in two outlets ("$33,671" million in a results table, "$33.67 billion") outranks a loose
        // link of one common word: it is taken before a link that would join either figure to another quantity.
        const floor = rareLink || sameRareValue ? STRONG : oneValue || oneNamedSet || sameAnchor || sameCount || sameRare ? Math.max(LINK, sim) : LINK;
        edges.push({ i, j, sim: Math.max(sim, floor), near: near.shared.length >= MIN_SHARED ? near.sim : 0 });
      }
    }
    // Strongest links first; a link that would put figures that cannot both be right into one
    // group is kept only if those figures' own words say they are the same quantity (the near
    // context), or they are successive counts of a changing tally. Chains of loose links through
    // "Binance … pay" no longer pool every sum of money in a story.
    // A link between values that fit together counts for a little more than its words (FIT_FIRST), then near words
    // break ties: two outlets' sentences that each give "3.3%" and "14.1%" link every pair as strongly by their words,
    // and the pair taken first should be 3.3% with 3.3%; "approximately four in 10" should meet "more than 4 in 10"
    // before a "27.6%" whose near words happen to match better.
    const misfit = edges.map((e) => (fitTogether(list[e.i] as Slot, list[e.j] as Slot) ? 0 : 1));
    const order = edges.map((e, k) => ({ e, key: e.sim - FIT_FIRST * (misfit[k] as number), misfit: misfit[k] as number }));
    order.sort((a, b) => b.key - a.key || a.misfit - b.misfit || b.e.near - a.e.near || a.e.i - b.e.i || a.e.j - b.e.j);
    for (let k = 0; k < order.length; k++) edges[k] = (order[k] as (typeof order)[number]).e;
    const members = list.map((_, i) => [i]);
    const nearSim = (a: number, b: number): number => {
      const o = overlap(nearSets[a] as Set<string>, nearSets[b] as Set<string>, nearWeight[a] as number, nearWeight[b] as number);
      return o.shared.length >= MIN_SHARED ? o.sim : 0;
    };
    const wholeSim = (a: number, b: number): number => overlap(sets[a] as Set<string>, sets[b] as Set<string>, weight[a] as number, weight[b] as number).sim;
    const tally = unitClass.startsWith('people-');
    // Why two slots may not share a group (null: they may).
    const refusal = (a: number, b: number): string | null => {
      const sa = list[a] as Slot;
      const sb = list[b] as Slot;
      // Every pair in a group must pass the other-event test, not just the pair that linked.
      const event = otherEventWhy(sa, sb);
      if (event) return event;
      // "152 suspected cases" and "189 cases have been hospitalized": counts of cases by another status.
      if (statusesApart(sa, sb)) return 'counts of another status';
      // A year written out dates an event: it is the same fact as a year counted back to the letter ("in 2014", "eight
      // years ago"), not as a span rounded ("nearly four years ago" is time since, not a second form of "2019") or another year.
      if (unitClass === 'year' && writtenYearApart(sa, sb)) return 'a written year beside a rounded span or another year';
      // Two figures of one sentence are two quantities ("$3.4 billion to FinCEN and about $1 billion to OFAC").
      const [small, large] = sa.sentences.size <= sb.sentences.size ? [sa.sentences, sb.sentences] : [sb.sentences, sa.sentences];
      for (const k of small) if (large.has(k)) return 'one sentence';
      // Two sentences that outlets copy, each printed by two articles or more, with one article printing both: the
      // article gives the value twice, in two sentences the copies keep apart ("the SPM poverty rate was 12.4 percent", "the
      // official rate … 12.4%").
      if (sa.copied && sb.copied && sa.articles.size >= 2 && sb.articles.size >= 2 && shareArticle(sa, sb)) return 'two copied sentences of one article';
      // One article giving two values far apart ("a maximum of 10 years" … "around 18 months") gives two
      // quantities, unless it is updating a running count.
      // A toll is the exception only when it is given as a changing count.
      // (Not two sums of money, "a General Fund of $412.6 million, an increase of 4.8 percent" and "reduced … by $5.4
      // million": a word of change in each sentence makes neither a running count.)
      const mayChange = tally ? sa.update || sb.update : sa.update && sb.update && sa.kind !== 'money';
      // (A plan and what came of it may differ in one article; not two sums of money in two of its sentences, "lead exports
      // expected to generate about $113 million", "the iron ore ban will deprive it of an estimated $251 million": two things.)
      const planned = sa.kind !== 'money' && (sa.members.some((m) => m.scheduled) || sb.members.some((m) => m.scheduled));
      if (!mayChange && !planned && farApartInOneArticle(sa, sb)) return 'far apart in one article';
      // Even beside words of change: an article gives a toll's earlier value in the sentence that updates it ("rose
      // from 296 to 632"); two exact values in two of its sentences count two things ("opioid deaths rose to 75,673",
      // "deaths rose to 100,306"; all 189 dead, all 157 dead).
      if (tally && sa.allExact && sb.allExact && !fitTogether(sa, sb) && shareArticle(sa, sb)) return 'two exact tolls in one article';
      // Any other quantity too: an article does not restate its own exact figure as another exact value ("DAP rose
      // 8%", "MAP rose 9%"), unless both are one running count.
      // A percentage beside a word of change ("an increase of 8%") is the size of a change, not a running count.
      if (!tally && (!mayChange || sa.kind === 'percent') && sa.allExact && sb.allExact && shareArticle(sa, sb) && exactApart(sa, sb)) return 'two exact values in one article';
      // One article giving an estimate ("about $70 billion in deposits") and, elsewhere, an exact value beyond its
      // rounding ("$86 billion in deposits", another bank's) counts two things: it would round its own figure to the
      // digits it writes, not shift it by a tenth. (Not a toll or a running count, which change as the story goes.)
      if (!tally && !mayChange && approxApartInOneArticle(sa, sb)) return 'an estimate and another exact value in one article';
      // A count given on two days known apart ("over 800 contacts as of 14 October", "1146 contacts as of 20 October"):
      // a later count that has grown past the earlier bound is the same count moved on, not another quantity.
      // (Worked out only where a bound would refuse the pair, each slot's days once.)
      const movedOn = (): boolean => grownSince(sa, sb, slotDays);
      // "up to 6 years" and "up to 14 months": two ceilings far apart are two limits, not one rounded.
      if (boundsApart(sa, sb, tally) && !movedOn()) return 'bounds apart';
      if (rangesApart(sa, sb)) return 'ranges apart';
      if (fitTogether(sa, sb)) return null;
      // One item of a list of sums against a larger figure that the list's items add up to ("includes $60 billion for A,
      // $26 billion for B and $8 billion for C" and "the $94 billion package"): a part and its whole, not two reports of one.
      if (partOfListed(sa, sb, listOf) || partOfListed(sb, sa, listOf)) return 'one item of a list against their total';
      // Figures of two changes that start from values that differ ("fell from 7.7% to 5.9%", "fell from 12.6% to
      // 10.1%"): each outlet copies the start of a change from its source, so two changes that start apart measure two
      // things, and their starts and ends are not one value at two moments.
      if (sa.changeStart !== null && sb.changeStart !== null && !closeNumbers(sa.changeStart, sb.changeStart)) return 'figures of two changes from other starting values';
      // A toll given days later at a fraction of an earlier one ("500 injured" on one day, "over 100 injured" days
      // after): tolls rise or are revised by a little, so the later is another event's toll.
      if (GROWING_TOLLS.has(unitClass) && laterFarBelow(sa, sb, whenOf)) return 'a later toll far below an earlier one';
      // A vague toll above all a floor can reach ("thousands" killed, "over 200" bodies counted on one beach): the floor
      // counts something narrower, not the same dead rounded. (Other classes are held to their reach below.)
      if (tally && (vagueBeyondReach(sa, sb) || vagueBeyondReach(sb, sa))) return 'a vague toll beyond a floor';
      // Values that cannot both be right, each the count of a different named owner ("New York State saw 3,084 deaths",
      // "the US saw 100,306"): two owners' counts, not one count reported two ways.
      if (!tally && sameOwner(sa, sb) === false) return 'another owner, values differ';
      // A bound that does not reach the other figure ("more than nine minutes" and "up to 40 years"; "under
      // $125,000" and "$10,000") bounds another quantity, whatever words they share: an outlet bounding a
      // figure it disputes writes near it. (Tolls of people are tallied by many sources: "at least 85", "44".)
      if (!tally && (sa.allBound || sb.allBound) && !movedOn()) return 'a bound that does not reach';
      // Small counts ("eight", "nine") recur in a story for many things: two that differ are two quantities,
      // outside a toll of people (see judge).
      if (!tally && !(sa.update && sb.update) && smallCount(sa) && smallCount(sb)) return 'small counts that differ';
      // Spans before or after something ("48 hours before", "11 days after") are one quantity only if they agree.
      // So are votes and scores ("314-117", "63-36"): two tallies are two votes.
      if (sa.members[0]?.kind === 'offset' || unitClass === 'score' || TALLY_SIDES.has(unitClass)) return 'offsets or scores that differ';
      if (tally && (updating.has(find(a)) || updating.has(find(b)))) return null;
      // One toll of one event, given by two named sources that share no word ("44 dead, the disaster agency
      // said"; "at least 85, hospital officials said"): the sources explain the difference.
      if (tally && sa.source !== null && sb.source !== null && !sharesWord(sa.source, sb.source)) return null;
      // Other running counts ("with 545 results declared, Labour won 372 seats"): only when both say they are one.
      if (sa.update && sb.update && sameOwner(sa, sb) === true) return null;
      // Two percentages far apart, one given as the size of a change ("sales rose 37 per cent" for the year, "revenue rose
      // 20%" in the quarter), are two changes, however alike their near words: outlets copy a change from its source, so
      // reports of one differ by a point or two, not by half again.
      if (sa.kind === 'percent' && (sa.update || sb.update) && valueRatio(sa, sb) > PERCENT_APART) return 'percentages far apart';
      // One toll of one event, exact in two outlets and a little apart ("Fatalities: 16", "killing 17 people"): a story
      // has one toll, so the two are its reports, which judge then weighs (a later count, or a contradiction).
      if (tally && sa.allExact && sb.allExact && !shareArticle(sa, sb) && valueRatio(sa, sb) <= TOLL_APART) return null;
      // Nor two shares many times apart however alike their near words ("3.3% of middle school students" and "four in
      // 10 … high school students"): reports of one share that disagree differ by points, not by a multiple.
      if (sa.kind === 'percent' && valueRatio(sa, sb) > 2) return 'percentages far apart';
      // Or two counts in sentences that say nearly all the same words besides: one report restated with its count changed
      // (a situation report's next edition: "brought landslides to 15 districts", "… in the 14 affected districts"), even
      // where the words next to the numbers differ. (Counts only: a statistics release words every series' percentage alike.)
      if (sa.kind === 'count' && wholeSim(a, b) >= RESTATED) return null;
      // Or each story's one count of a thing, grown between the days they give it (see onlyCountsOf).
      if (onlyCount.grown(sa, sb, givenDays)) return null;
      return nearSim(a, b) >= STRONG ? null : 'values differ, near words too few';
    };
    // Components holding a figure given as an update of a changing count ("has risen to").
    const updating = new Set<number>(list.flatMap((sl, i) => (sl.update ? [i] : [])));
    // refusal() of each pair, worked out once: links are taken one by one, and each link between two groups asks again of
    // pairs an earlier link asked of. A toll's answer may rest on neither group holding a changing count yet; such a
    // refusal is asked again once one does (a group, once changing, stays so).
    const refusals = new Map<number, string | null>();
    const provisional = new Set<number>();
    const refusalOf = (a: number, b: number): string | null => {
      const key = a * list.length + b;
      const changing = tally && (updating.has(find(a)) || updating.has(find(b)));
      const known = refusals.get(key);
      if (known !== undefined && !(changing && provisional.has(key))) return known;
      const why = refusal(a, b);
      refusals.set(key, why);
      if (tally && why !== null && !changing) provisional.add(key);
      else provisional.delete(key);
      return why;
    };
    for (const e of edges) {
      const ri = find(e.i);
      const rj = find(e.j);
      if (ri === rj) {
        best[e.i] = Math.max(best[e.i] as number, e.sim);
        best[e.j] = Math.max(best[e.j] as number, e.sim);
        continue;
      }
      const ma = members[ri] as number[];
      const mb = members[rj] as number[];
      // Two components with more pairs than are checked are refused whatever the pairs say (see the count below): only a
      // caller asking why is given the pairs' own reasons, at their cost.
      if (ma.length * mb.length > MAX_REFUSAL_CHECKS && !input.explain) continue;
      let ok = true;
      let checks = 0;
      for (const a of ma) {
        for (const b of mb) {
          const refused = ++checks > MAX_REFUSAL_CHECKS ? 'too many to check' : refusalOf(a, b);
          if (refused) {
            ok = false;
            if (input.explain) input.explain((list[a] as Slot).members, (list[b] as Slot).members, refused);
            break;
          }
        }
        if (!ok) break;
      }
      if (!ok) continue;
      best[e.i] = Math.max(best[e.i] as number, e.sim);
      best[e.j] = Math.max(best[e.j] as number, e.sim);
      const root = Math.min(ri, rj);
      const other = Math.max(ri, rj);
      parent[other] = root;
      members[root] = [...ma, ...mb];
      if (updating.has(other)) updating.add(root);
    }
    const clusters = new Map<number, number[]>();
    list.forEach((_, i) => {
      const r = find(i);
      const c = clusters.get(r);
      if (c) c.push(i);
      else clusters.set(r, [i]);
    });
    dropAmbiguousVague(clusters, list);
    for (const idxs of clusters.values()) {
      const members = idxs.flatMap((i) => (list[i] as Slot).members);
      const articles = [...new Set(members.map((m) => m.article))].sort();
      if (articles.length < 2) continue;
      // Figures that agree to the letter are a group too (the same fact in several outlets); rounds
      // need two forms and pick their groups themselves.
      // Years are anchors, not quantities: different years are different events, unless one is counted back ("eight years ago").
      if (unitClass === 'year' && !members.some((m) => m.relative)) continue;
      // One slot is one near-identical sentence in several articles: the same subject for sure.
      const strength = idxs.length === 1 ? 1 : Math.min(...idxs.map((i) => best[i] as number));
      const judged = judge(
        members,
        strength,
        contextOf,
        idxs.some((i) => (list[i] as Slot).update),
        whenOf,
        members.some((m) => AS_WRITTEN.has(m)) && members.some((m) => !AS_WRITTEN.has(m)),
        given.totality,
      );
      groups.push({
        id: '',
        subject: subjectOf(members),
        unitClass,
        members: back(members).sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start),
        articles,
        ...judged,
        sourced: [...new Set(members.filter((m) => m.sourced).map((m) => m.article))].sort(),
      });
    }
  }
  groups.sort((a, b) => b.articles.length - a.articles.length || a.subject.localeCompare(b.subject));
  groups.forEach((g, i) => (g.id = `group-${i + 1}`));
  return groups;
}

/** A class of counted things of its own: not a toll, a magnitude, a score, a vote's side, a whole or a bare copied count. */
function ownCountClass(unitClass: string): boolean {
  return (
    !!unitClass &&
    !/^people-/.test(unitClass) &&
    unitClass !== 'magnitude' &&
    unitClass !== 'score' &&
    !TALLY_SIDES.has(unitClass) &&
    !unitClass.endsWith('-whole') &&
    !unitClass.startsWith('bare-copy-')
  );
}

/** How many sentences of an article must name a noun for it to be a thing the article tells of, not one named in passing. */
const TOPIC_SENTENCES = 2;

/** Whether the articles of a slot keep naming its noun: they tell of those things, not of something met in passing. */
function keptNamed(sl: Slot, mentions: (article: string, word: string) => number): boolean {
  return sl.members.every((m) => mentions(m.article, m.unit) >= TOPIC_SENTENCES);
}

/**
 * Whether two slots in two articles give one exact count of a noun, in each article that count is the most of that noun it
 * gives, and at least one of the two keeps naming the noun (see soleCount in groupFigures). A smaller count of the noun
 * beside it is most often a part of it ("three hurricanes, two of which were major"; "the first two earthquakes"); a larger
 * one, a whole it may be a part of, so it is not the noun's count there. Two outlets that each name the noun once may name
 * two sets of it ("four boats" towed back, "four boats" in a parade); a story that keeps naming it tells of one.
 * The largest value of each noun in each article is gathered once, and each slot's answers are remembered, so a pair costs
 * a few look-ups, not a pass over the story's figures.
 */
function soleValuesOf(all: readonly Slot[], toldOf: (sl: Slot) => boolean): (a: Slot, b: Slot) => boolean {
  const largest = new Map<string, number>();
  for (const sl of all) {
    if (sl.kind !== 'count') continue;
    // (A whole, "9 out of 10 people", is a value of its noun too: the part beside it is a share, not the noun's count.)
    const noun = sl.unitClass.replace(/-whole$/, '');
    // (Not a vague amount, "hundreds of jobs": it may well be the count itself, told loosely.)
    for (const m of sl.members) {
      if (m.bound === 'vague') continue;
      const k = `${m.article}|${noun}`;
      largest.set(k, Math.max(largest.get(k) ?? -Infinity, m.high ?? m.value));
    }
  }
  const memo = new Map<Slot, boolean>();
  // (A slot with no words, a table's row label, "Two doses: 2%", says nothing of what its count is in the story.)
  const mostOfNoun = (sl: Slot): boolean => {
    let known = memo.get(sl);
    if (known === undefined) {
      const v = (sl.members[0] as Figure).value;
      known = sl.words.length > 0 && sl.members.every((m) => m.unit !== '') && [...sl.articles].every((article) => largest.get(`${article}|${sl.unitClass}`) === v);
      memo.set(sl, known);
    }
    return known;
  };
  return (a, b) =>
    a.kind === 'count' &&
    ownCountClass(a.unitClass) &&
    a.markers.length === 0 &&
    b.markers.length === 0 &&
    sameExactValue(a, b) &&
    !shareArticle(a, b) &&
    mostOfNoun(a) &&
    mostOfNoun(b) &&
    (toldOf(a) || toldOf(b));
}

/**
 * Whether two slots in two articles are each the one count of their noun (and status) that its article gives, and their
 * values can be one number ("More than 80 firefighters" in one story, "85 firefighters" in another) or one count grown
 * between the days they were given (`link`; `grown` for the second alone): a story that counts a thing once counts one set
 * of it, however differently the two sentences are worded. (Not people, tolls, votes or wholes, which a story counts in many
 * ways; not a vague amount.)
 */
function onlyCountsOf(all: readonly Slot[], told: (sl: Slot) => boolean): OnlyCounts {
  // (Counted by status too: "1,779 houses are destroyed and 514 damaged" gives one count of houses destroyed.)
  const keyOf = (article: string, sl: Slot): string => `${article}|${sl.unitClass}|${statusesOf(sl)?.join(' ') ?? ''}`;
  const slots = new Map<string, number>();
  for (const sl of all) if (sl.kind === 'count') for (const article of sl.articles) slots.set(keyOf(article, sl), (slots.get(keyOf(article, sl)) ?? 0) + 1);
  const only = (sl: Slot): boolean => [...sl.articles].every((article) => slots.get(keyOf(article, sl)) === 1);
  const bothOnly = (a: Slot, b: Slot): boolean =>
    a.kind === 'count' &&
    b.kind === 'count' &&
    ownCountClass(a.unitClass) &&
    a.markers.length === 0 &&
    b.markers.length === 0 &&
    a.words.length > 0 &&
    b.words.length > 0 &&
    !vagueOnly(a) &&
    !vagueOnly(b) &&
    !shareArticle(a, b) &&
    a.members.every((m) => m.unit !== '') &&
    b.members.every((m) => m.unit !== '') &&
    !smallCount(a) &&
    !smallCount(b) &&
    only(a) &&
    only(b);
  // (And one of the two stories keeps naming the thing, as soleValuesOf asks, or one of the values is not round: two surveys
  // of "200 teachers" are two, and "more than 2 million miles" is no second form of a "2-million-mile voyage".)
  const same = (a: Slot, b: Slot): boolean =>
    fitTogether(a, b) &&
    // (An estimate rounds to within a twentieth, "around 200,000" is no 183,000; a floor may sit a tenth below, "More than 80".)
    valueRatio(a, b) <= ([...a.members, ...b.members].some((m) => m.bound === 'approx') ? 1 + CLOSE_ROUNDING : FLOOR_CLOSE) &&
    (told(a) || told(b) || [...a.members, ...b.members].some((m) => precise(m) || telling(writtenValue(m))));
  // Or each story's one count of the thing given on days apart, the later one larger and at most twice the earlier ("1,658
  // houses destroyed" in a bulletin of 26 July, "1,779 houses are destroyed" in one of 6 August): one count that grew, as
  // situation reports give it edition by edition. One of the stories keeps naming the thing.
  const grown = (a: Slot, b: Slot, days: (s: Slot) => string[] | null): boolean => (told(a) || told(b)) && grownSince(a, b, days);
  return {
    link: (a, b, days) => bothOnly(a, b) && (same(a, b) || grown(a, b, days)),
    grown: (a, b, days) => bothOnly(a, b) && grown(a, b, days),
  };
}

/** Each story's one count of a thing: one value in two stories, or one grown between their days (see onlyCountsOf). */
interface OnlyCounts {
  link: (a: Slot, b: Slot, days: (s: Slot) => string[] | null) => boolean;
  grown: (a: Slot, b: Slot, days: (s: Slot) => string[] | null) => boolean;
}

/**
 * Whether two slots in two articles give one sum of money, to the letter and with one bound each, and neither article
 * prints that sum of that currency anywhere else ("$40 million" once in each of two stories of one jackpot, "over $600
 * billion" and "$600 billion" of one bill's tax provisions): a story's sums are few and seldom repeat by chance, so the
 * value names the quantity however differently the sentences around it are worded. (Percentages and spans of time recur
 * in a story for different things, "60 percent" of a turnout and of a vote; they were tried this way and lost.)
 */
function soleSumsOf(all: readonly Slot[]): (a: Slot, b: Slot) => boolean {
  const printed = new Map<string, number>();
  const keyOf = (m: Figure, unitClass: string): string => `${m.article}|${unitClass}|${m.value}`;
  for (const sl of all) for (const m of sl.members) printed.set(keyOf(m, sl.unitClass), (printed.get(keyOf(m, sl.unitClass)) ?? 0) + 1);
  return (a, b) =>
    a.kind === 'money' &&
    b.kind === 'money' &&
    a.markers.length === 0 &&
    b.markers.length === 0 &&
    a.uniform &&
    b.uniform &&
    a.oneBound &&
    b.oneBound &&
    (a.members[0] as Figure).bound !== 'vague' &&
    sameValueAs(a, b) &&
    !shareArticle(a, b) &&
    [...a.members, ...b.members].every((m) => printed.get(keyOf(m, a.unitClass)) === 1);
}

/** Where a figure goes among the slots: its sentence (a copied sentence is one for every copy) and class, and its place there. */
interface SlotKey {
  sentence: string;
  nth: number;
  unitClass: string;
}

/**
 * Copies of one sentence pool their figures by place ("the 19-year sentence … amounting to 11 and a half years": the
 * first duration of every copy is one slot). A copy that does not read one of its figures shifts the places of the rest:
 * its "11 and a half years" would sit with the other copies' "19-year". A figure whose value no other copy at its place
 * gives goes to the place where another copy gives that very value (and no figure of its own article sits yet). An
 * edited copy ("nearly 20 nations" in one, "15 nations" in another) keeps its place: no other place holds its value.
 */
function realignCopies(figures: readonly Figure[], keys: (SlotKey | null)[]): void {
  const bySentence = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k) return;
    const list = bySentence.get(k.sentence);
    if (list) list.push(i);
    else bySentence.set(k.sentence, [i]);
  });
  for (const idxs of bySentence.values()) {
    // Each place's values and the articles that give each, and its articles, gathered once: copies of a sentence may be
    // many, and every figure asks about every place.
    const valuesAt = new Map<number, Map<number, Set<string>>>();
    const articlesAt = new Map<number, Set<string>>();
    for (const i of idxs) {
      const f = figures[i] as Figure;
      const nth = (keys[i] as SlotKey).nth;
      let values = valuesAt.get(nth);
      if (!values) valuesAt.set(nth, (values = new Map()));
      let givers = values.get(f.value);
      if (!givers) values.set(f.value, (givers = new Set()));
      givers.add(f.article);
      let articles = articlesAt.get(nth);
      if (!articles) articlesAt.set(nth, (articles = new Set()));
      articles.add(f.article);
    }
    if (valuesAt.size < 2) continue;
    // Whether an article other than this one is among them.
    const another = (articles: ReadonlySet<string> | undefined, article: string): boolean => articles !== undefined && (articles.size > 1 || !articles.has(article));
    const moves: [number, number][] = [];
    for (const i of idxs) {
      const f = figures[i] as Figure;
      const own = (keys[i] as SlotKey).nth;
      const values = valuesAt.get(own) as Map<number, Set<string>>;
      // (A place where copies give two values, "$2.93 billion" in three copies and "$23.1 billion" in three that open
      // with the other figure, is no place of agreement: the copies that give this value elsewhere too say where it goes.)
      const mixed = [...values].some(([v, articles]) => v !== f.value && another(articles, f.article));
      if (!mixed && another(values.get(f.value), f.article)) continue;
      const home = [...valuesAt.keys()].find(
        (nth) => nth !== own && (valuesAt.get(nth) as Map<number, Set<string>>).has(f.value) && !(articlesAt.get(nth) as Set<string>).has(f.article),
      );
      if (home !== undefined) moves.push([i, home]);
    }
    for (const [i, nth] of moves) (keys[i] as SlotKey).nth = nth;
  }
}

/**
 * A vague amount ("thousands") grouped with precise figures, when the precise figures of another group of two or more
 * articles fit it as well ("2,975" dead in one study, "4,645" in another): it cannot say which of them it means, so it
 * leaves its group and stands alone.
 */
function dropAmbiguousVague(clusters: Map<number, number[]>, list: readonly Slot[]): void {
  const vague = (i: number): boolean => (list[i] as Slot).members.every((m) => m.bound === 'vague');
  const spans = [...clusters.values()].map((idxs) => ({
    idxs,
    precise: idxs.filter((i) => !vague(i)),
    articles: new Set(idxs.flatMap((i) => (list[i] as Slot).members.map((m) => m.article))).size,
  }));
  for (const own of spans) {
    if (own.precise.length === 0) continue;
    for (const v of own.idxs.filter(vague)) {
      const sv = list[v] as Slot;
      const fits = (i: number): boolean => (list[i] as Slot).low >= sv.low && (list[i] as Slot).high <= sv.high;
      if (!spans.some((other) => other !== own && other.articles >= 2 && other.precise.length > 0 && other.precise.every(fits))) continue;
      const root = own.idxs[0] as number;
      const at = (clusters.get(root) ?? []).indexOf(v);
      if (at >= 0) (clusters.get(root) as number[]).splice(at, 1);
      clusters.set(-1 - v, [v]);
    }
  }
}

// ("Under 13" is an age as often as a count: a ceiling without its noun is not matched.)
const BARE_BOUNDS: ReadonlySet<Bound> = new Set(['exact', 'lower', 'approx']);
/** The least value of a bare count compared with the same bare value elsewhere (see bareClasses): smaller ones recur by chance. */
const BARE_TWIN_FLOOR = 1000;
/** The least count printed without its noun in a copied sentence that is compared across the copies (see slotKeys). */
const BARE_COPY_FLOOR = 10;

/**
 * A rare count printed without its noun ("leisure and hospitality (128,000)") is still a quantity: it takes the
 * class of the same number where other articles name what it counts, all alike ("128,000 jobs"). Common numbers
 * ("45", "200") are left out: alone they say too little to be matched. (Bare counts with no named twin are not pooled:
 * lists of them, "(82,000), (74,000)", pooled wrongly. Only a precise one printed in two articles is compared, and with its
 * own value alone, whatever bound each article gives it: "around 10.4 billion" and "10.4 billion".)
 */
function bareClasses(figures: readonly Figure[]): (f: Figure) => string {
  // By value, and by value with its bound: "at least 63" takes the noun of "at least 63 people" even where a "63 cases"
  // elsewhere makes the value alone ambiguous.
  const named = new Map<string, Set<string>>();
  const note = (k: string, cls: string): void => {
    const set = named.get(k) ?? new Set<string>();
    set.add(cls);
    named.set(k, set);
  };
  for (const f of figures) {
    if (f.kind !== 'count' || !f.unitClass) continue;
    note(`${f.value}`, f.unitClass);
    note(`${f.bound}|${f.value}`, f.unitClass);
  }
  const only = (k: string): string => {
    const classes = named.get(k);
    return classes && classes.size === 1 ? ([...classes][0] as string) : '';
  };
  // And a precise count of a thousand or more that no article names, printed bare in two articles ("Ouest Province
  // (population 2.2 million)" aside, "17,410,742" in two results tables): the same value to the letter is one quantity, compared
  // only with itself (a class of its own value), so bare counts of other values are never pooled.
  const bareSeen = new Map<string, Set<string>>();
  for (const f of figures) {
    if (f.unitClass || f.kind !== 'count' || !BARE_BOUNDS.has(f.bound) || !precise(f) || f.value < BARE_TWIN_FLOOR) continue;
    const k = `${f.value}`;
    bareSeen.set(k, (bareSeen.get(k) ?? new Set<string>()).add(f.article));
  }
  return (f) => {
    if (f.unitClass || f.kind !== 'count' || !BARE_BOUNDS.has(f.bound) || !distinctive(f)) return f.unitClass;
    const named = only(`${f.value}`) || only(`${f.bound}|${f.value}`);
    if (named) return named;
    const k = `${f.value}`;
    return (bareSeen.get(k)?.size ?? 0) >= 2 ? `bare-value-${k}` : '';
  };
}

/**
 * Outlets name one count with different nouns ("over 16 million consumers", "over 16 million accounts"; "more than
 * 120 scientists", "more than 120 researchers"). Two nouns that carry the same rare value with the same bound, each
 * in an article the other is not in, are taken as one class, so the figures are compared by their words like any
 * others. Tolls of people ("killed", "injured"), scores and wholes keep their own classes: those nouns are kept
 * apart on purpose.
 */
function sharedValueClasses(figures: readonly Figure[], classOf: (f: Figure) => string, singular: (w: string) => string): (f: Figure) => string {
  const ownClass = (f: Figure, cls: string): boolean => f.kind === 'count' && ownCountClass(cls);
  // (An exact count of two digits is printed for many things in one story, "19 fourth graders" and "19 other states"; written
  // to three digits or more, or with a bound, "over 16 million", it is rarely printed twice by chance.)
  const aliasable = (f: Figure, cls: string): boolean => ownClass(f, cls) && f.bound !== 'vague' && f.bound !== 'range' && (precise(f) || (f.bound !== 'exact' && distinctive(f)));
  const byValue = new Map<string, Map<string, Set<string>>>();
  for (const f of figures) {
    const cls = classOf(f);
    if (!aliasable(f, cls)) continue;
    const key = `${f.bound}|${f.value}`;
    const classes = byValue.get(key) ?? new Map<string, Set<string>>();
    const articles = classes.get(cls) ?? new Set<string>();
    articles.add(f.article);
    classes.set(cls, articles);
    byValue.set(key, classes);
  }
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let x = c;
    while (parent.has(x) && parent.get(x) !== x) x = parent.get(x) as string;
    return x;
  };
  const union = (ca: string, cb: string): void => {
    const ra = find(ca);
    const rb = find(cb);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const classes of byValue.values()) {
    const list = [...classes.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (let i = 1; i < list.length; i++) {
      const [ca, aa] = list[0] as [string, Set<string>];
      const [cb, ab] = list[i] as [string, Set<string>];
      // Only across outlets: an article naming two nouns with one number counts two things ("34 felony counts" for
      // "34 false records").
      if ([...ab].some((x) => aa.has(x))) continue;
      union(ca, cb);
    }
  }
  // The same exact value, however common, where one outlet's noun names what the other's qualifies ("six PFAS", "six
  // PFAS chemicals") or both qualify their nouns alike ("2,500 sample collection kits", "2,500 sample collection media").
  // (Looked up by value and phrase words, not compared pair by pair: a long article set has tens of thousands of counts.)
  const join = (x: Figure, y: Figure): void => {
    if (x.article !== y.article && classOf(x) !== classOf(y)) union(classOf(x), classOf(y));
  };
  const add = (map: Map<string, Figure[]>, key: string, f: Figure): void => {
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  };
  const byNoun = new Map<string, Figure[]>();
  const byModifiers = new Map<string, Figure[]>();
  const phrased: { f: Figure; names: string[] }[] = [];
  for (const f of figures) {
    if (f.bound !== 'exact' || !ownClass(f, classOf(f))) continue;
    const phrase = nounPhrase(f);
    if (phrase.length === 0) continue;
    const noun = `${f.value}|${singular((phrase.at(-1) as PhraseWord).word)}`;
    add(byNoun, noun, f);
    const modifiers = phrase.slice(0, -1);
    if (modifiers.length >= 2) {
      const key = `${f.value}|${modifiers.map((w) => singular(w.word)).join(' ')}`;
      add(byModifiers, key, f);
    }
    phrased.push({ f, names: modifiers.filter((w) => w.name).map((w) => `${f.value}|${singular(w.word)}`) });
  }
  for (const { f, names } of phrased) for (const key of names) for (const other of byNoun.get(key) ?? []) join(f, other);
  for (const same of byModifiers.values()) {
    const first = same[0] as Figure;
    const firstElsewhere = same.find((f) => f.article !== first.article);
    for (const f of same) if (firstElsewhere) join(f, f.article === first.article ? firstElsewhere : first);
  }
  if (parent.size === 0) return classOf;
  return (f) => {
    const cls = classOf(f);
    return cls && f.kind === 'count' ? find(cls) : cls;
  };
}

/**
 * The words of a count's noun phrase as written, from after the number to its noun ("2,500 sample collection kits":
 * sample, collection, kits), each lower-cased (compared by the language's singular, see samePhrase), and whether it was written with a capital (a name);
 * empty when the noun is not within a few words.
 */
interface PhraseWord {
  word: string;
  name: boolean;
}
const phraseMemo = new WeakMap<Figure, PhraseWord[]>();
function nounPhrase(f: Figure): PhraseWord[] {
  const known = phraseMemo.get(f);
  if (known) return known;
  const at = f.start - sentenceStart(f) + f.text.length;
  const written = (f.sentence.slice(at).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).slice(0, 5).map((w) => w.replace(/[.]$/, ''));
  const end = written.findIndex((w) => w.toLowerCase() === f.unit);
  const out = end < 0 ? [] : written.slice(0, end + 1).map((w) => ({ word: w.toLowerCase(), name: /^\p{Lu}/u.test(w) }));
  phraseMemo.set(f, out);
  return out;
}

/**
 * Two noun phrases of one thing: one's noun is a name that qualifies the other's ("six PFAS", "six PFAS chemicals"; not
 * a common noun, "21 storm names" and "21 named storms"), or the words before both nouns are two or more and the same
 * ("sample collection kits", "sample collection media").
 */
function samePhrase(a: readonly PhraseWord[], b: readonly PhraseWord[], singular: (w: string) => string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const same = (x: PhraseWord, y: PhraseWord): boolean => singular(x.word) === singular(y.word);
  const qualifies = (noun: PhraseWord, other: readonly PhraseWord[]): boolean => other.slice(0, -1).some((w) => w.name && same(w, noun));
  if (qualifies(a.at(-1) as PhraseWord, b) || qualifies(b.at(-1) as PhraseWord, a)) return true;
  const before = (p: readonly PhraseWord[]): string =>
    p
      .slice(0, -1)
      .map((w) => singular(w.word))
      .join(' ');
  return a.length >= 3 && before(a) === before(b);
}

interface Interval {
  low: number;
  high: number;
}

/**
 * "Last year's breach" and "this breach", "the 2004 quake" and "the quake": figures tied to
 * another event are another quantity, however alike their sentences.
 */
function otherEventWhy(a: Slot, b: Slot): string | null {
  // A forecast and a result are two quantities, however alike ("projected to win 61 seats", "won 50 seats").
  // An amount asked for and one given without a mark ("prosecutors sought 40 years", "sentenced to 25 years") are two
  // quantities when they differ; when they can be one value ("seeking $46 billion", "an appeal for $46.4 billion") the
  // unmarked figure is most often the request itself, told without the verb.
  const stances = new Set([a.stance, b.stance]);
  const oneRequest = stances.has('request') && stances.has('result') && fitTogether(a, b);
  if (a.stance !== b.stance && !oneRequest) return 'other event: forecast, target or request vs result';
  // (Not the same count in two outlets written to three digits or a decimal, "seized 63.7 bitcoins": the owners named
  // are then two names of one. Nor the same bound on the same count, "over 300 U.S. citizens" as the State Department has
  // it and "more than 300 of its citizens" as the United States did: a bound and its value are rarely printed twice by
  // chance. Shares are left out: two parties may well both take "23%". But not the same range to both its ends, "4-3/4 to 5
  // percent" as the Committee sets it and "4.75% to 5%" as the Fed's: two owners seldom share a range by chance.)
  if (
    sameOwner(a, b, true) === false &&
    !(a.kind === 'count' && ((sameRareExact(a, b) && precise(a.members[0] as Figure)) || sameBound(a, b)) && !shareArticle(a, b)) &&
    !sameRange(a, b)
  )
    return 'other event: another owner';
  // A change over a year and one over a month, a quarter or at an annualized rate are two quantities ("rose 9.1% over
  // the year", "rose 1.3% from the previous month"). A reference month alone ("rose 9.1% in June") may name either
  // change: it parts only from a value the other cannot also be.
  if (a.period !== null && b.period !== null && a.period !== b.period && ((!a.periodWeak && !b.periodWeak) || !fitTogether(a, b)))
    return 'other event: a change over another period';
  const am = a.markers;
  const bm = b.markers;
  // "Another Max … crashed, killing 157" and "All 157 passengers and crew on board died": an outlet marks a figure as
  // another event's relative to its own story, and another outlet telling that event does not. The same rare exact
  // value in both says they are one event's quantity, unless the mark is a time ("last year").
  // (Unless the mark is "last year" and the other figure is dated in that very year: "knelt on his neck last year" in a
  // story of 2021, "on May 25, 2020" in another.)
  if (am.includes('other') !== bm.includes('other') && (am.includes('time') || bm.includes('time') || !sameRareExact(a, b)) && !lastYearDated(a, b) && !lastYearDated(b, a))
    return 'other event: "other" marker on one side';
  if (am.includes('old') !== bm.includes('old')) return 'other event: history on one side';
  // ("Of the dead, 12 were confirmed cases" and "23 deaths": a part of a whole is not the whole. The same part told plainly
  // elsewhere, "12 individuals have been convicted", is that part.)
  if (am.includes('part') !== bm.includes('part') && !fitTogether(a, b)) return 'other event: a part on one side';
  // ("Twenty-five more ill people" and "149 ill people": an update's increment is not the total; two increments that differ
  // were added by two updates.)
  if (am.includes('added') !== bm.includes('added')) return 'other event: an increment on one side';
  if (am.includes('added') && !sameValueAs(a, b)) return 'other event: increments of two updates';
  // The value a change is measured from ("up from 78,056") is another period's count, unless both can be one number.
  // And when the sentence also gives the value it changed to ("fell from 1.93 billion to 1.929 billion"), the
  // starting value is the earlier period's even where the two could be one number rounded.
  // (Not one count to four digits and more, to the letter, in two outlets, "(48,183)" after "than in 2021" and "from
  // 48,183": both are the starting count, one marked and one not. Shorter values, "7.8%" or "2.13 million", recur.)
  if (
    am.includes('before') !== bm.includes('before') &&
    (!fitTogether(a, b) || a.changeFrom || b.changeFrom) &&
    !(a.kind === 'count' && sameRareExact(a, b) && significantDigits(a.members[0] as Figure) >= 4 && !shareArticle(a, b))
  )
    return "other event: a change's starting value";
  // Names right by each figure that share nothing ("Labour … 410 seats", "the Conservatives … 131"): other things counted.
  if (a.places.length > 0 && b.places.length > 0 && !a.places.some((p) => b.places.includes(p))) {
    if (!fitTogether(a, b)) return 'other event: other names';
  }
  const ay = am.filter(isYearMarker);
  const by = bm.filter(isYearMarker);
  if (ay.length > 0 && by.length > 0) return ay.some((y) => by.includes(y)) ? null : 'other event: other years';
  // A year on one side only: another event if the figures cannot both be right ("the 2004 8.6 quake", "magnitude 6.1"),
  // or if both are exact and agree only as a rounding ("in 2018, a $1 billion fine", "has paid $1.3 billion"): an outlet
  // dating the story's own exact figure gives its value, so another year's figure near it is another year's.
  if (ay.length > 0 === by.length > 0) return null;
  if (a.allExact && b.allExact && !closeValues(a, b)) return 'other event: a year on one side';
  return fitTogether(a, b) ? null : 'other event: a year on one side';
}

/**
 * Two slots of years, one with a year written out ("2019"), that are not one year given exactly: values that differ, or a
 * year counted back by a rounded span ("nearly four years ago", read as a year or so: its low and high differ).
 */
function writtenYearApart(a: Slot, b: Slot): boolean {
  const all = [...a.members, ...b.members];
  if (all.every((m) => m.relative)) return false;
  const v = (all[0] as Figure).value;
  return all.some((m) => m.value !== v || (m.relative && m.low !== m.high));
}

const isYearMarker = (m: string): boolean => /^\d{4}$/.test(m);

/** A figure marked "last year" (see figures.ts) beside one dated in that year. */
function lastYearDated(x: Slot, y: Slot): boolean {
  return x.markers.includes(LAST_YEAR) && !y.markers.includes('other') && x.markers.some((m) => isYearMarker(m) && y.markers.includes(m));
}

/**
 * Whether two counts belong to the same owner ("Labour won 412 seats", "the Conservatives have
 * 121"): null when one has no owner named. Money and lengths of time are left out: the payer and
 * the payee of one fee are both its subject ("Madrid paid €103m", "Dortmund will receive €103m").
 */
function sameOwner(a: Slot, b: Slot, nearOnly = false): boolean | null {
  if (a.owner.length === 0 || b.owner.length === 0 || (nearOnly && !(a.ownerNear && b.ownerNear))) return null;
  if (a.kind !== 'count' && a.kind !== 'percent') return null;
  // "Lib Dems" and "Liberal Democrats": a short form is the start of the long one.
  const same = (x: string, y: string): boolean => x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));
  // Two names alike but for one word in the same place ("FAO Food Price Index", "FAO Cereal Price Index"; "Southern
  // District", "Eastern District"): two owners, for all the words they share.
  if (a.owner.length === b.owner.length && a.owner.length >= 2 && a.owner.filter((w, i) => !same(w, b.owner[i] as string)).length === 1) return false;
  if (a.owner.some((w) => b.owner.some((x) => same(w, x)))) return true;
  // "UN chief…" and "United Nations flags…", "EU" and "European Union": a name and its initials.
  const initials = (o: readonly string[]): string => (o.length >= 2 ? o.map((w) => w[0]).join('') : '');
  // ("USA" and "United States": initials with one more word, "of America", than the other outlet names.)
  const initialled = (x: readonly string[], y: readonly string[]): boolean => {
    const i = initials(y);
    return x.length === 1 && i !== '' && (x[0] === i || (x[0]?.length === i.length + 1 && x[0].startsWith(i)));
  };
  if (initialled(a.owner, b.owner) || initialled(b.owner, a.owner)) return true;
  // ("EUCP Mechanism" and "EU Civil Protection": initials that keep a short name whole, "EU", are a word of the other's name.)
  const shortWhole = (o: readonly string[]): string => (o.length >= 2 && o.some((w) => w.length <= 3) ? o.map((w) => (w.length <= 3 ? w : w[0])).join('') : '');
  const sa = shortWhole(a.owner);
  const sb = shortWhole(b.owner);
  if ((sb !== '' && a.owner.includes(sb)) || (sa !== '' && b.owner.includes(sa))) return true;
  // The same exact value, and one figure's owner named right beside the other figure ("Total costs and expenses …
  // 38%", "Costs and expenses rose by a full 38%"): no other owner, but the thing counted, read as a name where it
  // opens a sentence or a table row.
  if (sameExactValue(a, b) && (a.owner.some((w) => b.near.includes(w)) || b.owner.some((w) => a.near.includes(w)))) return null;
  return false;
}

const RARE_LINK = 0.1;
/** How far above a floor the figures beside it may lie and still be read as that floor's one number (see judge). */
const FLOOR_CLOSE = 1.1;
/** How far an exact value may lie from a bound or estimate that rounds it, for a link on one word in common (see roundsExact). */
const CLOSE_ROUNDING = 0.05;

/**
 * How far apart two floors of a count or a sum may lie and still be one number rounded down two ways ("more than 1,300" and
 * "more than 1,500" victims; "more than $40 billion" and "more than $41 billion"). (Not shares: "more than 90 percent" at
 * first and "more than 94 percent" in the final analysis are two limits.)
 */
const FLOORS_APART = 1.25;

/**
 * Two ceilings or two floors at different values are two limits ("individuals earning less than
 * $125,000", "couples earning less than $250,000"; "more than 90 percent" at first, "more than 94
 * percent" in the final analysis): an outlet restating a limit copies its value. A toll of people,
 * counted by several sources, may be bounded at nearby values ("more than 13,000", "more than 14,000"), and so may
 * any count or sum (see FLOORS_APART).
 */
function boundsApart(a: Slot, b: Slot, tally: boolean): boolean {
  // A slot is one sentence in near-identical copies: its first member stands for it.
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  if (x.bound !== y.bound || (x.bound !== 'upper' && x.bound !== 'lower')) return false;
  const [lo, hi] = [Math.min(Math.abs(x.value), Math.abs(y.value)), Math.max(Math.abs(x.value), Math.abs(y.value))];
  const floors = x.bound === 'lower' && x.kind !== 'percent' && y.kind !== 'percent';
  return hi > (tally ? 2 : floors ? FLOORS_APART : 1.01) * lo;
}

/**
 * Two ranges that share no stretch of values ("1.5% to 1.75%" and "3.25% to 3.5%"; "1-1/4 to 1-1/2
 * percent" and "1-1/2 to 1-3/4 percent", which only touch) are two quantities: an outlet restating a
 * range copies its ends, so a range is not a rounding of another.
 */
function rangesApart(a: Slot, b: Slot): boolean {
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  if (x.bound === 'range' && y.bound === 'range' && x.high !== null && y.high !== null) return Math.max(x.low, y.low) >= Math.min(x.high, y.high);
  // A single value set against a range must lie inside it, whatever its rounding: an outlet shortening "1.5%
  // to 1.75%" gives one end or the middle, not "2%" (the inflation goal of the same statement).
  const [range, single] = x.bound === 'range' && x.kind === 'percent' ? [x, y] : y.bound === 'range' && y.kind === 'percent' ? [y, x] : [null, null];
  if (!range || !single || range.high === null || single.bound !== 'exact') return false;
  return single.value < range.low || single.value > range.high;
}

function shareArticle(a: Slot, b: Slot): boolean {
  const [small, large] = a.articles.size <= b.articles.size ? [a.articles, b.articles] : [b.articles, a.articles];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

function farApartInOneArticle(a: Slot, b: Slot): boolean {
  if (!shareArticle(a, b)) return false;
  // An article that gives a quantity exactly ("92%") and, elsewhere, a bound on another value ("over 90
  // per cent") is bounding something else: it would not restate its own figure less precisely.
  if (((a.allBound && b.allExact) || (b.allBound && a.allExact)) && (a.members[0] as Figure).value !== (b.members[0] as Figure).value) return true;
  const va = Math.abs((a.members[0] as Figure).value);
  const vb = Math.abs((b.members[0] as Figure).value);
  return Math.max(va, vb) > 1.25 * Math.min(va, vb);
}

/**
 * A number rarely printed by chance: a decimal, three or more significant digits ("19,866"), or
 * two that are not a round step ("32", "410"; not "150", "25", "2,000").
 */
function distinctive(f: Figure): boolean {
  // A time on a clock or a stopwatch is rare by all its digits ("2:01:25"), not by its hours alone.
  const m = /\d+(?::\d\d)+/.exec(f.text) ?? /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  if (!m) return false;
  const digits = m[0].replace(/[,.:]/g, '').replace(/^0+/, '').replace(/0+$/, '');
  const n = Number(m[0].replace(/,/g, ''));
  return digits.length >= 3 || (digits.length === 2 && n > 12 && !/[05]$/.test(digits)) || /\./.test(m[0]);
}

/** Written to three significant digits or a decimal ("63.7", "412"; not "23" or "2,000"). */
function precise(f: Figure): boolean {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  if (!m) return false;
  return /\./.test(m[0]) || significantDigits(f) >= 3;
}

/** The digits of a figure's number, leading and trailing zeros aside ("48,183": 5; "2.13 million": 3; "2,000": 1). */
function significantDigits(f: Figure): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(f.text);
  return m ? m[0].replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '').length : 0;
}

/** A figure's value and bound, as written: "less than $250,000" in two outlets is one signature. */
function valueSignature(f: Figure): string {
  return `${f.kind}|${f.bound}|${f.value}`;
}

function sameBound(a: Slot, b: Slot): boolean {
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  // (Or an estimate of something named, "about 11 million km": not a small count, "about five people", that recurs.)
  const estimate = x.bound === 'approx' && x.unit !== '' && Math.abs(x.value) >= 10;
  return (x.bound === 'lower' || x.bound === 'upper' || estimate) && x.bound === y.bound && x.value === y.value && x.unit === y.unit && x.kind === y.kind;
}

/**
 * The same rank by the same measure in two articles ("the second-costliest", "second costliest"): a place and the measure
 * it is taken by are seldom printed alike by chance, however differently the sentences around them are worded.
 */
function sameRank(a: Slot, b: Slot): boolean {
  const [x, y] = [a.members[0] as Figure, b.members[0] as Figure];
  const uniform = (s: Slot): boolean => s.members.every((m) => m.value === x.value && m.unit === x.unit);
  return a.kind === 'rank' && b.kind === 'rank' && x.value === y.value && x.unit === y.unit && uniform(a) && uniform(b) && !shareArticle(a, b);
}

/** Two spans before or after something, in two articles, counted from one thing, whose values fit together. */
function sameOffset(a: Slot, b: Slot): boolean {
  return a.kind === 'offset' && b.kind === 'offset' && a.anchor !== null && a.anchor === b.anchor && !shareArticle(a, b) && fitTogether(a, b);
}

/** Two slots in two articles, each one range, with the same ends (a converted end to within a hundredth: 26 feet is 7.92 m). */
function sameRange(a: Slot, b: Slot): boolean {
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  if (x.bound !== 'range' || y.bound !== 'range' || x.high === null || y.high === null || !a.oneBound || !b.oneBound || !a.uniform || !b.uniform) return false;
  const near = (p: number, q: number): boolean => Math.abs(p - q) <= 0.01 * Math.max(Math.abs(p), Math.abs(q));
  return near(x.low, y.low) && near(x.high, y.high) && !shareArticle(a, b);
}

function sameValueAs(a: Slot, b: Slot): boolean {
  return (a.members[0] as Figure).value === (b.members[0] as Figure).value;
}

/** Two exact figures of one article whose values differ ("8%" and "9%"). */
function exactApart(a: Slot, b: Slot): boolean {
  return a.members.some((x) => b.members.some((y) => x.article === y.article && x.value !== y.value));
}

/**
 * The same exact count of the same named thing in two outlets ("evidence from 63 witnesses", "the panel questioned 63
 * witnesses, 51 called by the council and 12 by the company"): the noun and the number together name one
 * quantity, however the sentences are worded, even where the story also gives other values of that noun (the
 * parts of a whole). Small and round counts ("four boats", "200 teachers") recur for different things.
 */
function sameNamedCount(a: Slot, b: Slot): boolean {
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  if (x.kind !== 'count' || y.kind !== 'count' || shareArticle(a, b)) return false;
  if (sameExactValue(a, b) && telling(writtenValue(x))) return true;
  // One outlet rounding a rare number to a bound or an estimate of it ("more than 1.4 million miles"), another giving it
  // as such ("a 1.4-million-mile journey"): the same written digits of the same thing, so one quantity.
  return (
    a.uniform &&
    b.uniform &&
    a.distinctive &&
    b.distinctive &&
    x.value === y.value &&
    x.bound !== y.bound &&
    (x.bound === 'exact' || y.bound === 'exact') &&
    roundingBound(x) &&
    roundingBound(y)
  );
}

/** Two slots in two articles giving one exact count whose noun phrases name one thing (see samePhrase). */
function samePhrasedCount(a: Slot, b: Slot, singular: (w: string) => string): boolean {
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  return x.kind === 'count' && sameExactValue(a, b) && !shareArticle(a, b) && samePhrase(nounPhrase(x), nounPhrase(y), singular);
}

/**
 * The same exact value of the same thing in two outlets whose sentences share words besides: a count of one noun ("a 6-3
 * decision" on the relief plan, "the court's 6-3 ruling" on the relief plan; "63 witnesses") or a span of time ("postponed
 * for the last two years because of the storms", "after two years of delays caused by storms"). Round counts pass
 * too: words in common are the link, the value only lets a loose one count. Small counts ("four boats") recur in a story
 * for different things too often; a score is two numbers, not a small count.
 */
function sameValueOfNoun(a: Slot, b: Slot): boolean {
  const x = a.members[0] as Figure;
  // (The articles are compared last: a slot of copied sentences may hold hundreds.)
  if (x.kind !== b.kind || (x.kind !== 'count' && x.kind !== 'duration') || !sameExactValue(a, b)) return false;
  return (x.kind === 'duration' || x.unitClass === 'score' || !smallCount(a)) && !shareArticle(a, b);
}

/**
 * A slot stating a limit ("no more than $35", "up to $700 million") at the very value another article gives exactly ("$35",
 * "$700 million"): a cap or a ceiling is written at the value it names, so the two are one figure told two ways. (Counts and
 * sums, each slot one value; a rounding bound, "more than 360,000", is roundsExact's.)
 */
function limitOf(limit: Slot, exact: Slot): boolean {
  const x = limit.members[0] as Figure;
  const y = exact.members[0] as Figure;
  if ((x.kind !== 'money' && x.kind !== 'count') || y.kind !== x.kind || x.value !== y.value || !limit.uniform || !exact.uniform || !exact.allExact) return false;
  return limit.members.every((m) => m.limit === true && (m.bound === 'upper' || m.bound === 'lower')) && !shareArticle(limit, exact);
}

/**
 * A slot that rounds another's exact value: every member the same bound or estimate that rounds ("more than 360,000",
 * "about $430 billion", not a stated limit such as "up to"), the other every member one exact value in another article,
 * within a twentieth of it and within its reach (see reachOf), written to more digits ("362,000") or the same. A sum only
 * to the same digits ("about $430 billion", "$430 billion"): "more than $2 trillion" in cuts and "$2.04 trillion" in savings
 * are two sums of one bill. Not a small count ("around four", "four"), which recurs for other things.
 */
function roundsExact(bound: Slot, exact: Slot): boolean {
  const x = bound.members[0] as Figure;
  const y = exact.members[0] as Figure;
  if ((x.kind !== 'count' && x.kind !== 'money') || y.kind !== x.kind || !exact.allExact || !exact.uniform || !bound.uniform) return false;
  if (x.bound === 'exact' || !roundingBound(x) || !bound.oneBound || smallCount(bound)) return false;
  const digits = x.kind === 'money' ? y.value === x.value && exact.distinctive : y.value === x.value || exact.distinctive;
  if (!digits || Math.abs(y.value - x.value) > CLOSE_ROUNDING * Math.abs(x.value) || shareArticle(bound, exact)) return false;
  return fitTogether(bound, exact);
}

/** A figure given as written, or rounded to a bound or an estimate ("more than", "nearly", "about"), not a stated limit or a vague amount. */
function roundingBound(f: Figure): boolean {
  return f.bound === 'exact' || f.bound === 'approx' || ((f.bound === 'lower' || f.bound === 'upper') && !f.limit);
}

/** Two slots giving one rare number exactly ("157", "93,331"): every member has that value. */
function sameRareExact(a: Slot, b: Slot): boolean {
  return sameExactValue(a, b) && a.distinctive;
}

/** Every member of both slots gives one and the same exact value. */
function sameExactValue(a: Slot, b: Slot): boolean {
  return a.allExact && b.allExact && a.uniform && b.uniform && (a.members[0] as Figure).value === (b.members[0] as Figure).value;
}

/** Neither small nor round: "45", "63", not "four" or "200", which recur in a story for different things. */
function telling(value: number): boolean {
  return Math.abs(value) >= 10 && value % 10 !== 0;
}

function smallCount(a: Slot): boolean {
  const x = a.members[0] as Figure;
  return x.kind === 'count' && Math.abs(writtenValue(x)) < 10;
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
}

/** Every figure of the slot is a vague amount ("hundreds of", "thousands of"). */
function vagueOnly(s: Slot): boolean {
  return s.members.every((m) => m.bound === 'vague');
}

function fitTogether(a: Slot, b: Slot): boolean {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return low <= high && !edgeOnly([...a.members, ...b.members], low, high);
}

/**
 * Exact figures whose roundings meet only at their edge ("3%" and "4%" meet at 3.5; "8.7%" and "8.8%" at 8.75) are
 * two values, not one rounded: outlets rounding one number to the same digits write the same digits. (Bounds and
 * estimates keep their reach: "nearly 200" may stand for a value at its edge.)
 */
function edgeOnly(fs: readonly Figure[], low: number, high: number): boolean {
  if (high - low > 1e-9 * Math.max(1, Math.abs(high))) return false;
  const lead = fs[0];
  if (!lead || !fs.every((f) => f.bound === 'exact')) return false;
  const v = lead.value;
  return fs.some((f) => f.value !== v);
}

/** The half-width of the last digit written: "6.8" ± 0.05, "$2 billion" ± 0.5 billion, "7" ± 0.5 (for measures). */
function writtenPrecision(f: Figure): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(f.text);
  if (!m) return 0;
  const shown = Number(`${(m[1] as string).replace(/,/g, '')}${m[2] ? `.${m[2]}` : ''}`);
  if (!shown) return 0;
  const scale = Math.abs(f.value / shown) || 1;
  const decimals = m[2]?.length ?? 0;
  const measure =
    f.kind === 'percent' || f.kind === 'money' || /^(magnitude|km|miles|km\/h|mph|metres|feet|kilogram|tonnes|lb)$/.test(f.unitClass) || decimals > 0 || scale >= 1000;
  return measure ? 0.5 * 10 ** -decimals * scale : 0;
}

/**
 * How far a share given as "about" may lie from its value: a thirtieth-odd of it ("about 84%" is 81.5% to 86.5%, not the
 * 89% of another dose), or the half of its last digit where that is more ("about 5%" is 4.5% to 5.5%; "an estimated 2.8%"
 * is 2.72% to 2.88%). An outlet rounding a share to "about" keeps it within a point or two; a tenth either way, as for
 * counts, joined shares five points apart.
 */
const APPROX_SHARE = 0.03;
/** (A share written as a fraction, "about 1 in 10", is rounded to its fraction, not to tens of points.) */
const HALF_POINT = 0.5;

/** The values a figure allows: round numbers and "about" get a margin, bounds are open-ended. */
export function intervalOf(f: Figure): Interval {
  switch (f.bound) {
    case 'lower':
      return { low: f.low, high: Infinity };
    case 'upper':
      return { low: 0, high: f.high ?? f.value };
    case 'vague':
    case 'range':
      return { low: f.low, high: f.high ?? Infinity };
    case 'approx': {
      if (f.kind !== 'percent') return { low: f.value * 0.9, high: f.value * 1.1 };
      const h = Math.max(APPROX_SHARE * Math.abs(f.value), Math.min(writtenPrecision(f), HALF_POINT));
      return { low: f.value - h, high: f.value + h };
    }
    case 'exact': {
      // (A figure converted from another unit, "1,875 pounds" as 850.5 kilograms, stands for what the writer converted:
      // a conversion rounds, so it is as wide as the slack allowed between units.)
      if (AS_WRITTEN.has(f)) return { low: f.value * (1 - CONVERSION_SLACK / 2), high: f.value * (1 + CONVERSION_SLACK / 2) };
      // ("2.91 billion" is written to the hundredth of a billion: not a round count, however many zeros its value has.)
      const round = f.kind === 'count' && f.value >= 1000 && f.value % 1000 === 0 && !/\d\.\d/.test(f.text);
      if (round) return { low: f.value * 0.95, high: f.value * 1.05 };
      const h = writtenPrecision(f);
      return { low: f.value - h, high: f.value + h };
    }
  }
}

/** A bound that rounds a figure ("nearly 20", "more than 500") rather than stating a limit, outside a toll of people. */
function rounded(f: Figure): boolean {
  return (f.bound === 'lower' || f.bound === 'upper') && !f.limit && !f.unitClass.startsWith('people-');
}

/** How far below a ceiling ("up to", "less than") the value it bounds can lie, for grouping. */
const UPPER_REACH = 0.75;
/** How far above a floor ("more than", "at least") the value it bounds can lie, for grouping. */
const LOWER_REACH = 2;

/**
 * The values a figure may stand for when deciding whether two figures are one quantity. A bound
 * is written near what it bounds ("up to $20,000", "more than 5,000"): a value far below a ceiling
 * or far above a floor is another quantity ("up to 40 years" is no "more than nine minutes";
 * "families earning less than $60,000" are not "$20,000" of relief). Verdicts still read a bound
 * as open-ended (intervalOf): "at least 85" and "more than 200" deaths can both be true.
 */
function reachOf(f: Figure): Interval {
  // A bound on a toll of people is often a source's count rounded down ("more than 5,000" dead, 5,434); a
  // stated minimum or maximum ("at least", "as little as", "up to") may lie further from the value.
  const loose = f.unitClass.startsWith('people-') || f.limit === true;
  if (f.bound === 'lower') return { low: f.low, high: loose ? LOWER_REACH * f.low : Math.min(LOWER_REACH * f.low, f.low + 0.4 * roundStep(f.low)) };
  if (f.bound === 'upper') {
    const high = f.high ?? f.value;
    return { low: loose ? UPPER_REACH * high : Math.max(UPPER_REACH * high, high - 0.4 * roundStep(high)), high };
  }
  return intervalOf(f);
}

/**
 * The step a bound is rounded to: "more than 90 percent" is 90 to 94 (at 95 an outlet would say
 * so), "more than 94 percent" 94 to 94.4, "more than $4 billion" up to $4.4 billion.
 */
function roundStep(x: number): number {
  const v = Math.abs(x);
  if (v === 0) return 1;
  if (!Number.isInteger(v)) {
    const decimals = (String(v).split('.')[1] ?? '').length;
    return decimals <= 3 ? 10 ** -decimals : 0.2 * v;
  }
  let step = 1;
  while (v % (step * 10) === 0) step *= 10;
  return step;
}

function intersect(fs: readonly Figure[], interval: (f: Figure) => Interval = intervalOf): Interval {
  let low = -Infinity;
  let high = Infinity;
  for (const f of fs) {
    const iv = interval(f);
    low = Math.max(low, iv.low);
    high = Math.min(high, iv.high);
  }
  return { low, high };
}

interface Judged {
  verdict: GroupVerdict;
  reason: FigureReason | null;
  why: string;
  confident: boolean;
  confidence: number;
}

type WhenOf = (f: Figure) => readonly string[] | null;

/** Days at least between articles given "apart" for a toll (see tallyApart in the linking): half a year. */
const TALLY_APART_DAYS = 180;

/** The earliest and latest day of a slot's articles, or null where one is undated (worked out once per slot: slots of copies are large). */
const DATE_SPANS = new WeakMap<Slot, readonly [number, number] | null>();
function dateSpan(s: Slot, dates: ReadonlyMap<string, string> | undefined): readonly [number, number] | null {
  const known = DATE_SPANS.get(s);
  if (known !== undefined) return known;
  let span: [number, number] | null = [Infinity, -Infinity];
  for (const id of s.articles) {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(dates?.get(id) ?? '');
    if (!m) {
      span = null;
      break;
    }
    const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 15));
    span = [Math.min(span[0], t), Math.max(span[1], t)];
  }
  DATE_SPANS.set(s, span);
  return span;
}

/** Every article of one slot dated at least TALLY_APART_DAYS from every article of the other (false where a date is unknown). */
function farApart(a: Slot, b: Slot, dates: ReadonlyMap<string, string> | undefined): boolean {
  const sa = dateSpan(a, dates);
  const sb = dateSpan(b, dates);
  if (!sa || !sb) return false;
  const gap = Math.max(sb[0] - sa[1], sa[0] - sb[1]);
  return gap >= TALLY_APART_DAYS * DAY;
}

const DAY = 86_400_000;

/**
 * The days each figure was given on: the days its sentence names (see sentenceTimes in figures.ts) resolved against
 * its article's date, or else the article's date; null when neither is known. Days are "YYYYMMDD", the year "0000"
 * when neither the sentence nor the article gives one.
 */
function daysOf(contextOf: ReadonlyMap<Figure, FigureContext>, dates: ReadonlyMap<string, string> | undefined): WhenOf {
  const memo = new Map<string, readonly string[] | null>();
  return (f) => {
    const times = contextOf.get(f)?.times ?? [];
    const key = `${f.article}|${times.join(' ')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(dates?.get(f.article) ?? '');
    const base = iso ? Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : null;
    const year = iso ? Number(iso[1]) : 0;
    const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
    const out: string[] = [];
    for (const t of times) {
      const n = Number(t.slice(2));
      if (t.startsWith('d:')) out.push(`${String(Math.floor(n / 10000) || year).padStart(4, '0')}${String(n % 10000).padStart(4, '0')}`);
      else if (base === null) continue;
      else if (t.startsWith('r:')) out.push(day(base + n * DAY));
      else if (t.startsWith('w:')) out.push(day(base - ((((new Date(base).getUTCDay() + 6) % 7) - n + 7) % 7) * DAY));
    }
    // (An article dated to its month only, "2022-03", gives that month with no day: "20220300".)
    const month = iso ? null : /^(\d{4})-(\d{2})$/.exec(dates?.get(f.article) ?? '');
    const result = out.length > 0 ? out : base !== null ? [day(base)] : month ? [`${month[1]}${month[2]}00`] : null;
    memo.set(key, result);
    return result;
  };
}

/**
 * Two slots of a count given on days their sentences name apart (every member dated, no day in common), the later value the larger and
 * at most twice the earlier: a count that grew between them (see givenOnOtherDays in judge).
 */
function grownSince(a: Slot, b: Slot, daysOf: (s: Slot) => string[] | null): boolean {
  const da = daysOf(a);
  const db = daysOf(b);
  if (!da || !db || da.some((d) => db.some((e) => sameDay(d, e)))) return false;
  // Days without their year ("0000…") are compared by month and day.
  const latest = (ds: string[]): string =>
    ds
      .map((d) => d.slice(4))
      .sort()
      .pop() as string;
  const [early, late] = latest(da) < latest(db) ? [a, b] : [b, a];
  const x = Math.abs((early.members[0] as Figure).value);
  const y = Math.abs((late.members[0] as Figure).value);
  return x > 0 && y >= x && y <= 2 * x;
}

/** Every member of one slot vague ("thousands") and above the most a floor of the other can reach ("over 200": up to 400). */
function vagueBeyondReach(vague: Slot, floor: Slot): boolean {
  const v = boundsOf(vague);
  return v.allVague && boundsOf(floor).allLower && v.lowest > floor.high;
}

/** Per slot, read once (a slot of near-identical copies may hold hundreds of members, and slots are compared pairwise). */
interface SlotBounds {
  allVague: boolean;
  allLower: boolean;
  lowest: number;
  /** The members' days as month and day, sorted; null when a member has no day (see laterFarBelow). */
  days?: string[] | null;
}
const slotBounds = new WeakMap<Slot, SlotBounds>();

function boundsOf(s: Slot): SlotBounds {
  let b = slotBounds.get(s);
  if (!b) {
    let lowest = Infinity;
    for (const m of s.members) lowest = Math.min(lowest, m.low);
    b = { allVague: s.members.every((m) => m.bound === 'vague'), allLower: s.members.every((m) => m.bound === 'lower'), lowest };
    slotBounds.set(s, b);
  }
  return b;
}

/** Tolls that only grow as a story goes on (the dead, the injured); the missing, the displaced or the unidentified fall. */
const GROWING_TOLLS = new Set(['people-killed', 'people-injured']);

/** How much a later toll may fall short of an earlier one and still be its revision (see laterFarBelow). */
const TOLL_FALL = 0.5;

/**
 * Two slots of a toll given on days known apart (every member dated), the later one's highest reach below half the
 * earlier one's lowest value ("500 injured" on the 7th, "over 100 injured" on the 11th).
 */
function laterFarBelow(a: Slot, b: Slot, whenOf: WhenOf): boolean {
  // Each slot's days as month and day (as grownSince compares them), sorted; null when a member has no day.
  const daysOf = (s: Slot): string[] | null => {
    const b = boundsOf(s);
    if (b.days === undefined) {
      const days = s.members.map((m) => (m.scheduled ? null : whenOf(m)));
      b.days = days.some((d) => !d)
        ? null
        : (days as (readonly string[])[])
            .flat()
            .map((d) => d.slice(4))
            .sort();
    }
    return b.days;
  };
  const da = daysOf(a);
  const db = daysOf(b);
  if (!da?.length || !db?.length) return false;
  const [early, late] = (da.at(-1) as string) < (db[0] as string) ? [a, b] : (db.at(-1) as string) < (da[0] as string) ? [b, a] : [null, null];
  if (!early || !late) return false;
  return late.high < TOLL_FALL * boundsOf(early).lowest;
}

/** The sums of one class that one sentence lists: how many, their total and the largest. */
interface ListedSums {
  items: number;
  sum: number;
  max: number;
}

/** How far the items of a list may add up beyond their whole (an item and a part of it both listed: "$26 billion for A, including $9 billion for B"). */
const LIST_OVER = 1.25;

/**
 * A slot that is one of three or more sums of its class in its sentence, against a slot larger than every item that the
 * items together come to (to within a tenth below, a quarter above): the list's whole, of which the first is a part.
 * (Not "$1 for every $2 … a total of $6 billion": an item larger than the other slot makes the list no parts of it.)
 */
function partOfListed(part: Slot, whole: Slot, listOf: (s: Slot) => ListedSums): boolean {
  const list = listOf(part);
  if (list.items < 3 || listOf(whole).items >= list.items) return false;
  const y = Math.abs((whole.members[0] as Figure).value);
  return y > list.max && list.sum >= 0.9 * y && list.sum <= LIST_OVER * y;
}

/** The days a slot's sentences date its figures to (null unless every member's own sentence names a day). */
function datedDays(s: Slot, whenOf: WhenOf, contextOf: ReadonlyMap<Figure, FigureContext>): string[] | null {
  const out: string[] = [];
  for (const m of s.members) {
    // Only a count its own sentence dates ("as of 14 October"): an article's date alone does not say the count runs on.
    const d = m.scheduled || (contextOf.get(m)?.times ?? []).length === 0 ? null : whenOf(m);
    if (!d) return null;
    out.push(...d);
  }
  return out;
}

/** One day written with and without its year ("15 August", "2021-08-15") is one day. */
function sameDay(a: string, b: string): boolean {
  // (A day unknown, "…00", is the same as any day of its month.)
  if (a.endsWith('00') || b.endsWith('00')) return a.slice(0, 6) === b.slice(0, 6) || ((a.startsWith('0000') || b.startsWith('0000')) && a.slice(4, 6) === b.slice(4, 6));
  return a === b || ((a.startsWith('0000') || b.startsWith('0000')) && a.slice(4) === b.slice(4));
}

/**
 * Two members that give different values on days known to differ (articles dated apart, or sentences that date their
 * figures to other days: "as of yesterday evening (15 August)", "as of August 22"): a count given at two moments.
 */
function givenOnOtherDays(members: readonly Figure[], whenOf: WhenOf, contextOf: ReadonlyMap<Figure, FigureContext>, onlyDates = false): boolean {
  // ("In 2021, 1,205 women died…" in one year's report, "Over 1,000 women died in 2021" in a speech a year on: a count of one
  // past year named by both is closed, not one that moved on between the days they were given.)
  if (oneNamedYear(members, contextOf)) return false;
  // (Each value, reach and days once: copies give one figure many times over, and every pair is compared below.)
  const dated = distinctBy(
    members.flatMap((m) => {
      const days = m.scheduled ? null : whenOf(m);
      return days ? [{ m, days }] : [];
    }),
    ({ m, days }) => {
      const reach = intervalOf(m);
      return `${m.value} ${reach.low} ${reach.high} ${days.join(' ')}`;
    },
  );
  const apart = (x: (typeof dated)[number], y: (typeof dated)[number]) => !x.days.some((d) => y.days.some((e) => sameDay(d, e)));
  const pairs = dated.flatMap((x, i) => dated.slice(i + 1).flatMap((y) => (x.m.value !== y.m.value ? [[x, y] as const] : [])));
  // `onlyDates`: the days must explain every difference, where nothing else is offered for them: not where two differ on
  // the same day, "94 offices" and "93 offices" in releases of one day. (Beside lower bounds, "more than" explains those:
  // "at least 6" and "seven" dead on one day, "eight" weeks on.)
  const clash = ([x, y]: (typeof pairs)[number]): boolean => {
    const [a, b] = [intervalOf(x.m), intervalOf(y.m)];
    return Math.max(a.low, b.low) > Math.min(a.high, b.high);
  };
  return pairs.some(([x, y]) => apart(x, y)) && (!onlyDates || pairs.filter(clash).every(([x, y]) => apart(x, y)));
}

/** Two slots whose cases are counted by different statuses ("confirmed" and "suspected"); a count with none fits either. */
function statusesApart(a: Slot, b: Slot): boolean {
  const [x, y] = [statusesOf(a), statusesOf(b)];
  return x !== null && y !== null && !x.some((st) => y.includes(st));
}

/** A slot's case statuses, or null for none (memoised: refusal asks for every pair of a class). */
const STATUSES = new WeakMap<Slot, string[] | null>();
function statusesOf(s: Slot): string[] | null {
  let found = STATUSES.get(s);
  if (found === undefined) {
    // ("damaged+destroyed" shares a status with either: "destroyed or damaged over 19,000 structures" may be reported
    // as "destroyed more than 19,000 structures".)
    const list = [...new Set(s.members.flatMap((m) => (m.status ? m.status.split('+') : [])))];
    found = list.length > 0 ? list : null;
    STATUSES.set(s, found);
  }
  return found;
}

/** How many times the smallest figure the largest of a group may be and still count over a different area or part of it. */
const SCOPE_SPREAD = 100;
/**
 * How many times another a count may be and still be one count that moved on between the days two texts gave it ("700
 * structures" lost on the 1st, "1,753" on the 6th; "107" admitted to hospital, then "268"): counts in situation reports
 * grow or shrink by more than the doubling a sum of money or a share allows.
 */
const MOVED_COUNT_SPREAD = 4;
/** How sure a reason is that is as much a bound as a rounding (see judge): under the rounds' gate however strong the link. */
const BOUND_OR_ROUNDING_SURE = 0.4;

/** A year other than its article's that every member names ("in 2021"; one may name another beside it, "compared with 861 in 2020"). */
function oneNamedYear(members: readonly Figure[], contextOf: ReadonlyMap<Figure, FigureContext>): boolean {
  const years = members.map((m) => (contextOf.get(m)?.markers ?? []).filter((x) => /^\d{4}$/.test(x)));
  return (years[0] ?? []).some((y) => years.every((ys) => ys.includes(y)));
}

function judge(
  members: readonly Figure[],
  strength: number,
  contextOf: ReadonlyMap<Figure, FigureContext>,
  running = false,
  whenOf: WhenOf = () => null,
  otherUnits = false,
  totality: ReadonlySet<string> = new Set(),
): Judged {
  const outcomes = members.filter((m) => !m.scheduled);
  const plans = members.filter((m) => m.scheduled);
  const together = intersect(outcomes);
  // A figure rounded to a bound ("nearly 20", "just over 100"; not a stated limit, "up to", "at least") stands for a
  // value near it: an exact figure far below "nearly 20" (15) does not fit it, though it lies under it.
  const near = intersect(outcomes, (m) => (rounded(m) ? reachOf(m) : intervalOf(m)));
  const fits = together.low <= together.high && near.low <= near.high && !edgeOnly(outcomes, together.low, together.high);
  const distinctValues = new Set(outcomes.map((m) => m.value)).size;
  const ctx = members.map((m) => contextOf.get(m));
  const sources = new Set(ctx.map((c) => c?.source ?? null).filter((x): x is string => x !== null));
  // Named sources that share no word are different sources ("USGS" and "the interior ministry"), unless one is the
  // other's initials ("FDIC" and "the Federal Deposit Insurance Corporation": one agency).
  const sourceList = [...sources];
  const differentSources = sourceList.some((a, i) =>
    sourceList.slice(i + 1).some((b) => !a.split(' ').some((w) => b.split(' ').includes(w)) && !initialsOf(a, b) && !initialsOf(b, a)),
  );
  const linkSure = Math.min(1, Math.max(0, strength));
  const unsure = (why: string): Judged => ({ verdict: 'unsure', reason: null, why, confident: false, confidence: 0.3 });
  // A share printed beside a fraction that gives another share ("23 of 24 (89%)": 23 of 24 is 96%): that text contradicts
  // itself, so it cannot agree with the others, whatever value they give.
  if (outcomes.some(fractionApart)) {
    return {
      verdict: 'conflicting',
      reason: 'genuine-conflict',
      why: 'a share is printed beside a fraction that gives another share',
      confident: strength >= LINK,
      confidence: 0.5 + 0.4 * linkSure,
    };
  }
  if (!fits) {
    if (periodUnknownApart(outcomes, contextOf)) return unsure('the changes differ, and only some say over what period they were measured');
    const updates = running || ctx.some((c) => c?.update);
    const dates = new Set(members.map((m) => m.article)).size > 1 && updates;
    const tally = members.every((m) => m.unitClass.startsWith('people'));
    // (Not a length or a distance, "approximately 500 meters off the bow" and "approximately 300 metres off the bow": where a
    // thing lies or how long it is does not move on with the days as a toll or a sum raised does.)
    const fixed = outcomes.every((m) => FIXED_MEASURES.has(m.unitClass));
    if (updates && (tally || dates) && !fixed) {
      return {
        verdict: 'compatible',
        reason: 'different-date',
        why: 'a changing count, given at different times',
        confident: linkSure >= LINK || tally,
        confidence: 0.6 + 0.3 * Math.max(linkSure, tally ? 0.5 : 0),
      };
    }
    // Values that differ, given on days that differ: the count moved between them, whatever the words say. (Not a
    // value many times another, "$1" and "$1 billion": that is more likely another quantity the engine failed to
    // tell apart.)
    const spread = outcomes.map((m) => Math.abs(m.value)).filter((x) => x > 0);
    // How many times the smallest the largest is (none without a value above nought).
    const ratio = spread.length > 0 ? Math.max(...spread) / Math.min(...spread) : Infinity;
    const withinDouble = ratio <= 2;
    const scopes = ctx.map((c) => new Set([...(c?.scope ?? [])]));
    // (Not names beside one figure that are a subset of those beside another: the names near a figure are whatever the
    // sentence capitalises, and one outlet naming one more of them, "seats in the Assembly of Eastland" and "seats in
    // the Assembly", does not count over a wider area; two counts for the same place set disagree.)
    const scopeDiffers = new Set(scopes.map((a) => [...a].sort().join('\u0000'))).size > 1;
    // ("285 total personnel … on Thursday", "780 personnel" as of the next Tuesday: a word that only says the count is whole,
    // on one side, sets no other area; the days the figures were given explain them, however far apart the values.)
    const totalityOnly = scopeDiffers && scopes.every((a) => [...a].every((w) => totality.has(w)));
    // (A count may lie further from another: see MOVED_COUNT_SPREAD.)
    const movedCount = ratio <= MOVED_COUNT_SPREAD && outcomes.every((m) => m.kind === 'count');
    if ((withinDouble || totalityOnly || movedCount) && givenOnOtherDays(outcomes, whenOf, contextOf, true) && !fixed) {
      return {
        verdict: 'compatible',
        reason: 'different-date',
        why: 'the figures were given on different days',
        confident: linkSure >= LINK,
        confidence: 0.55 + 0.3 * linkSure,
      };
    }
    // (Not values thousands of times apart, "$12,000" and "$321 million" collected by two offices: a part and its whole
    // differ by less than that, and such figures are more likely quantities the engine failed to tell apart.)
    if (scopeDiffers && ratio <= SCOPE_SPREAD) {
      return {
        verdict: 'compatible',
        reason: 'different-scope',
        why: 'the figures count over different areas or parts of the whole',
        confident: linkSure >= STRONG,
        confidence: 0.55 + 0.3 * linkSure,
      };
    }
    // (Not values many times apart, "94" and "3000" dead: more likely two quantities the engine failed to tell apart.)
    if (differentSources && withinDouble) {
      // A toll of people is one per story: its class says as much as shared words would.
      const sure = tally ? Math.max(linkSure, 0.5) : linkSure;
      return {
        verdict: 'compatible',
        reason: 'different-source',
        why: 'the figures come from different named sources',
        confident: sure >= LINK,
        confidence: 0.55 + 0.3 * sure,
      };
    }
    // (A figure rounded to a bound, "nearly 20", is as firm as an exact one: it cannot stand for 15. So is an estimate here,
    // "approximately 300" beside "approximately 500" metres: its margin has already failed to reach the other value.)
    const allExact = outcomes.every((m) => m.bound === 'exact' || m.bound === 'approx' || rounded(m));
    // One event: no member marks another, or every member names the same years ("in 2023" and "last year" in a story
    // of 2024 name one year; the same baseline, "1951-1980", beside each).
    const marks = ctx.map(eventMarks);
    const sameEvent = marks.every((x) => x === marks[0]) && (marks[0] ?? '').split(' ').every((x) => x === '' || isYearMarker(x) || x === 'old');
    // Reports of one quantity that contradict each other differ by a little (41 or 63 dead); a figure three
    // times another is more likely a different quantity the engine failed to tell apart.
    const values = outcomes.map((m) => m.value).filter((x) => x > 0);
    const close = values.length > 0 && Math.max(...values) <= 2 * Math.min(...values);
    // Small counts ("eight", "nine") recur in a story for many things: two of them are a contradiction only in a
    // toll of people, which a story has one of. (Not a measure written to a decimal place, "1.2 degrees" against "1.1
    // degrees": its digits are as precise as a large count's.)
    const small = !tally && values.length > 0 && Math.max(...values) < 10 && !outcomes.every((m) => /\d\.\d/.test(m.text));
    // Two copies of one sentence that each write both numbers ("a 19-year sentence … two other sentences amounting to 11
    // and a half years"), read as one figure in one copy and the other in the other: the texts agree, the difference is
    // only in which number was read.
    // (Each sentence and figure once: copies print the same pair many times over.)
    const printed = distinctBy(outcomes, (m) => `${m.value}\u0000${m.text}\u0000${m.sentence}`);
    const crossed = printed.some((x, i) => printed.slice(i + 1).some((y) => x.value !== y.value && writes(x.sentence, y.text) && writes(y.sentence, x.text)));
    if (allExact && strength >= STRONG && plans.length === 0 && sameEvent && close && !small && !crossed) {
      // ("So far … the names of 27 people", "So far … the names of 35 people": a count still being made moves on.)
      const running = ctx.some((c) => c?.running);
      return {
        verdict: running ? 'compatible' : 'conflicting',
        reason: running ? 'different-date' : 'genuine-conflict',
        why: running ? 'a count still being made, given at different times' : 'precise figures for the same thing that cannot both be right',
        confident: true,
        confidence: 0.5 + 0.4 * linkSure,
      };
    }
    return unsure('the figures differ, but the engine cannot tell whether they count the same thing');
  }
  const compatible = (reason: FigureReason, why: string, sure = 0.7): Judged => ({
    verdict: 'compatible',
    reason,
    why,
    confident: strength >= LINK,
    confidence: Math.min(0.95, sure + 0.25 * linkSure),
  });
  if (plans.length > 0 && plans.some((p) => p.value < together.low || p.value > together.high)) {
    return compatible('schedule-vs-outcome', 'one figure is what was planned, the other what happened');
  }
  // (A penalty the law sets that the sentence met, "carries a penalty of thirty years" and "life plus 30 years": still two
  // kinds of figure, not one fact written twice.)
  if (plans.some((p) => p.statutory) && outcomes.length > 0)
    return compatible('schedule-vs-outcome', 'one figure is the penalty the law sets, the other the sentence given: here they agree');
  if (members.some((m) => m.parts)) return compatible('sum-of-parts', 'one article lists the parts, another gives their sum');
  if (members.some((m) => m.relative)) return compatible('same-fact-different-form', "a date counted back from the article's own date is the same year");
  const vague = outcomes.filter(isVagueOrRange);
  // ("Hundreds of thousands of people" beside "up to one million people": a vague amount beside a ceiling has no precise
  // figure to contain, and the two say too little to tell whether they count one thing.)
  if (outcomes.some((m) => m.bound === 'vague') && outcomes.some((m) => m.bound === 'upper') && outcomes.every((m) => m.bound === 'vague' || m.bound === 'upper'))
    return unsure('a vague amount beside a ceiling: neither names a figure the other could contain');
  if (vague.length > 0 && vague.length < outcomes.length) return compatible('vague-vs-precise', 'a vague range contains the precise figure');
  // One figure given in two units ("39 mph", "64 km/h"): the conversion, rounded, is the only difference, on whatever day
  // and with whatever bound ("over 25,000 pounds", "more than 11,300 kilograms").
  if (otherUnits && distinctValues > 1) {
    // ("64 kilograms" and "about 152 pounds", 69 kilograms: more apart than a conversion rounds, so not one figure.)
    const converted = outcomes.map((m) => m.value).filter((x) => x > 0);
    if (converted.length > 0 && Math.max(...converted) > Math.min(...converted) * (1 + CONVERSION_SLACK))
      return unsure('figures in different units that do not convert to one another');
    return compatible('same-fact-different-form', 'the same figure, given in another unit');
  }
  const lower = outcomes.filter((m) => m.bound === 'lower');
  if (lower.length >= 2 && lower.length === outcomes.length && distinctValues > 1)
    // ("More than 5,700" injured on one day, "more than 9,900" three days on: the count rose, not two floors of one number.)
    return givenOnOtherDays(outcomes, whenOf, contextOf)
      ? compatible('different-date', 'the figures were given on different days')
      : compatible('lower-bounds', 'both are lower bounds ("more than"): one number can make both true');
  // A floor beside figures at or above it ("more than 500" and "500"; "more than $2 million" and "about $2.3 million"): the
  // floor is what makes them agree, whether or not the others are bounds too. (Not beside a ceiling, "nearly", nor where
  // the figures were given on different days: a count that moved on.)
  const lowest = Math.max(...lower.map((m) => m.value));
  if (
    lower.length > 0 &&
    lower.length < outcomes.length &&
    // (A ceiling above the floor, "over 80 percent" and "nearly 84%", fits it as a plain figure does.)
    !outcomes.some((m) => m.bound === 'upper' && m.value <= lowest) &&
    outcomes.every((m) => m.value >= lowest) &&
    // ("More than 5,000" and "approximately 5,000": one number bounded and estimated, a rounding, below.)
    !(distinctValues === 1 && outcomes.some((m) => m.bound === 'approx'))
  ) {
    // (A floor under one exact figure that passes it by no more than a tenth, "more than 150" beside "157" a day apart, is
    // that toll bounded; "close to 27 million" in September and "more than 26 million" in November are a count given on
    // two days, which moved on.)
    if (distinctValues > 1 && !floorOfOneExact(outcomes, lowest) && givenOnOtherDays(outcomes, whenOf, contextOf))
      return compatible('different-date', 'the figures were given on different days');
    return compatible('lower-bounds', 'a lower bound ("more than") and figures at or above it: one number makes them all true');
  }
  if (distinctValues > 1 && differentSources) return compatible('different-source', 'the figures come from different named sources', 0.6);
  if (distinctValues > 1) return compatible('rounding', 'the figures differ by less than rounding or an estimate allows');
  // "Nearly double" and "more than double": a ceiling and a floor at one number leave only that number, which neither
  // text allows; careful readers call that a contradiction, or a rounding of the same change: no round teaches either.
  if (distinctValues === 1 && outcomes.some((m) => m.bound === 'upper') && outcomes.some((m) => m.bound === 'lower'))
    return unsure('one figure is given as just under a number and another as just over it');
  // "More than 5,000" and "approximately 5,000": one number, but one outlet bounds it and another estimates it. Careful
  // readers name that a rounding or a bound alike, so no round should teach either as the one answer: below the gate.
  const estimated = outcomes.some((m) => m.bound === 'approx');
  const bounded = outcomes.some((m) => m.bound === 'lower' || m.bound === 'upper');
  if (estimated && bounded) return compatible('rounding', 'one figure is a bound and another an estimate of the same number', BOUND_OR_ROUNDING_SURE);
  // "Almost 1.6 billion" and "1.6 billion": the round number stands for one just under it. (Not a stated ceiling, "up to
  // $450 million" beside "$450 million": that is the same sum written as a maximum.)
  if (outcomes.some((m) => m.bound === 'upper' && !m.limit) && outcomes.some((m) => m.bound === 'exact'))
    return compatible('rounding', 'one figure is just under a number and another gives the number itself');
  return compatible('same-fact-different-form', 'the same figure, written differently');
}

/** Whether every figure but the floors is one exact value, no more than FLOOR_CLOSE above the floor `lowest`. */
function floorOfOneExact(outcomes: readonly Figure[], lowest: number): boolean {
  const others = outcomes.filter((m) => m.bound !== 'lower');
  return others.length > 0 && others.every((m) => m.bound === 'exact' && m.value === (others[0] as Figure).value) && (others[0] as Figure).value <= lowest * FLOOR_CLOSE;
}

/** A share whose own fraction, beside it, gives a value more than a point away ("23 of 24 (89%)"; not "16 of 18 (89%)"). */
function fractionApart(f: Figure): boolean {
  if (!f.fraction) return false;
  const [part, whole] = f.fraction;
  return Math.abs((100 * part) / whole - f.value) > 1;
}

/**
 * Whether a one-word source is the initials of another's words ("fdic" of "corporation deposit federal insurance"; sources
 * are lemmas sorted, see sourceOf in figures.ts, so the letters are compared in any order).
 */
function initialsOf(short: string, long: string): boolean {
  const words = long.split(' ');
  if (short.includes(' ') || short.length < 2 || words.length !== short.length) return false;
  const sorted = (xs: string[]): string => xs.sort().join('');
  return sorted([...short]) === sorted(words.map((w) => w[0] ?? ''));
}

/** The first item with each key, in the order given. */
function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Whether a sentence writes a figure's text as a number of its own ("19-year" in "the 19-year sentence", not in "119-year"). */
function writes(sentence: string, text: string): boolean {
  const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${esc}(?![\\d])`, 'i').test(sentence);
}

/**
 * The years and marks of another event near a figure, in one string to compare: "last year" counts as the year it names
 * (see figures.ts, which adds that year beside it), not as another time.
 */
function eventMarks(c: FigureContext | undefined): string {
  const ms = c?.markers ?? [];
  const lastYear = ms.includes(LAST_YEAR) && ms.some(isYearMarker);
  return [...new Set(ms.filter((x) => !(lastYear && (x === LAST_YEAR || x === 'other' || x === 'time'))))].sort().join(' ');
}

/**
 * Percentage changes that differ, where one says over what period it was measured and another does not ("rose 9.1%
 * over the year", "rose 1.3%"): the other may be a change over another period, so neither a date nor a source
 * explains the difference for sure. A figure without a period that agrees with one that has it ("shrank 0.9%", "shrank
 * 0.9% in the second quarter") is taken as that one.
 */
function periodUnknownApart(outcomes: readonly Figure[], contextOf: ReadonlyMap<Figure, FigureContext>): boolean {
  const percents = outcomes.filter((m) => m.kind === 'percent');
  const known = percents.filter((m) => contextOf.get(m)?.period);
  if (known.length === 0 || known.length === percents.length) return false;
  const fit = (a: Figure, b: Figure): boolean => {
    const x = intervalOf(a);
    const y = intervalOf(b);
    return Math.max(x.low, y.low) <= Math.min(x.high, y.high);
  };
  return percents.some((m) => !contextOf.get(m)?.period && !known.some((k) => fit(m, k)));
}

/**
 * A few words of one member's sentence around its figure, the figure shown as "…": the
 * subject in the article's own words ("Moscow has … troops near its borders with Ukraine").
 */
function subjectOf(members: readonly Figure[]): string {
  const pick = members.find((m) => !m.scheduled && !m.relative && !m.parts) ?? (members[0] as Figure);
  const at = pick.start - sentenceStart(pick);
  const before =
    pick.sentence
      .slice(0, at)
      .split(/[,;:()«»"“”—–]/)
      .pop() ?? '';
  const after = pick.sentence.slice(at + pick.text.length).split(/[,;:()«»"“”—–.]/)[0] ?? '';
  const left = before.trim().split(/\s+/).filter(Boolean).slice(-6).join(' ');
  const right = after.trim().split(/\s+/).filter(Boolean).slice(0, 6).join(' ');
  return `${left} … ${right}`.trim();
}

function sentenceStart(f: Figure): number {
  // Figures keep article offsets; the sentence text starts where the figure's sentence does.
  const inSentence = f.sentence.indexOf(f.text);
  return inSentence >= 0 ? f.start - inSentence : f.start;
}

/** Two numbers within 1% of each other. */
function closeNumbers(x: number, y: number): boolean {
  return Math.abs(Math.abs(x) - Math.abs(y)) <= 0.01 * Math.max(Math.abs(x), Math.abs(y));
}

/** The values of two slots agree to within 1% ("$28,072" million and "$28.07 billion"; not "$1 billion" and "$1.3 billion"). */
function closeValues(a: Slot, b: Slot): boolean {
  const x = Math.abs((a.members[0] as Figure).value);
  const y = Math.abs((b.members[0] as Figure).value);
  return Math.abs(x - y) <= 0.01 * Math.max(x, y);
}

/** An article's estimate ("some $209 billion") and its exact value ("$188 billion") that the estimate's written digits do not cover. */
function approxApartInOneArticle(a: Slot, b: Slot): boolean {
  // A slot is one sentence in near-identical copies: its first member stands for it.
  const x = a.members[0] as Figure;
  const y = b.members[0] as Figure;
  // (A plan, "scheduled to last two hours", is weighed against what happened, not kept apart.)
  if (x.scheduled || y.scheduled || !shareArticle(a, b)) return false;
  const [approx, exact] = x.bound === 'approx' && y.bound === 'exact' ? [x, y] : y.bound === 'approx' && x.bound === 'exact' ? [y, x] : [null, null];
  if (!approx || !exact) return false;
  // A count rounds to its last non-zero digit ("about 2,000": 1,500 to 2,500); a measure to the digits written.
  const margin = approx.kind === 'count' ? Math.max(writtenPrecision(approx), 0.5 * roundStep(approx.value)) : writtenPrecision(approx);
  return Math.abs(exact.value - approx.value) > margin;
}

/** How many times the larger value of two slots is the smaller (each slot's first member stands for it). */
function valueRatio(a: Slot, b: Slot): number {
  const x = Math.abs((a.members[0] as Figure).value);
  const y = Math.abs((b.members[0] as Figure).value);
  return Math.max(x, y) / Math.max(1e-9, Math.min(x, y));
}
