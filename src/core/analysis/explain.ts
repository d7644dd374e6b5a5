import type { Cue, FigureReason, OpinionKind, RoundType } from '../levelSchema';
import type { LocalText } from '../localText';

/**
 * Every sentence the engine writes for players, in every language it writes, in one place.
 * Article text is quoted as it is (in English); only the engine's own words are translated.
 */

export const LANGUAGES = ['en', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];
type Outlets = Record<Lang, string>;

function list(items: readonly string[], lang: Lang): string {
  const and = lang === 'en' ? 'and' : 'y';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function both(en: string, es: string): LocalText {
  return { en, es };
}

export function whoSaidItExplanation(answers: readonly Outlets[], copied: boolean, nearCopies: readonly Outlets[] = []): LocalText {
  const en = answers.map((o) => o.en);
  const es = answers.map((o) => o.es);
  if (answers.length === 1) {
    return both(
      // (Not "the others tell it in their own words": an outlet may print the same text cut off before this sentence.)
      `Only ${en[0]} carries this sentence; none of the other outlets offered prints it.`,
      `Solo ${es[0]} publica esta frase; ninguno de los otros medios ofrecidos la publica.`,
    );
  }
  if (nearCopies.length > 0) {
    return both(
      `${list(en, 'en')} ${answers.length === 2 ? 'both' : 'all'} carry this sentence; ${list(
        nearCopies.map((o) => o.en),
        'en',
      )} with small changes in wording. A copy with a word changed is still a copy: every outlet that printed it said it.`,
      `${list(es, 'es')} publican esta frase; ${list(
        nearCopies.map((o) => o.es),
        'es',
      )} con pequeños cambios. Una copia con una palabra cambiada sigue siendo una copia: todos los medios que la publicaron la dijeron.`,
    );
  }
  // (Whether a copy credits its source is not claimed: a page can credit it in words the engine reads as furniture,
  // "Source: …", "View Original Article", a statement's sign-off. That the passage was copied is true either way.)
  const two = answers.length === 2;
  return both(
    `${list(en, 'en')} ${two ? 'both' : 'all'} carry this sentence word for word${copied ? `: they print the same passage, so ${two ? 'one copied the other or both copied' : 'they copied one another or'} a common source` : ''}. Copies count: every outlet that printed it said it.`,
    `${list(es, 'es')} publican esta frase palabra por palabra${copied ? `: imprimen el mismo pasaje, así que ${two ? 'uno copió al otro o ambos copiaron' : 'se copiaron entre sí o copiaron'} una fuente común` : ''}. Las copias cuentan: todos los medios que la publicaron la dijeron.`,
  );
}

const CUE_TEXT: Record<Cue, { en: string; es: string }> = {
  'checkable-detail': { en: 'a detail anyone can check', es: 'un dato que cualquiera puede comprobar' },
  'attribution-verb': { en: 'a verb that says who said it', es: 'un verbo que dice quién lo dijo' },
  'quotation-marks': { en: "quotation marks around someone else's words", es: 'comillas alrededor de las palabras de otra persona' },
  // (The word found follows in brackets: the text names only the first person, as the passage has it.)
  'first-person': { en: 'the writer speaking in the first person', es: 'el autor hablando en primera persona' },
  'loaded-words': { en: 'loaded, judging words', es: 'palabras cargadas que juzgan' },
  'rhetorical-question': { en: 'a question that is not really asked', es: 'una pregunta que no se hace de verdad' },
  speculation: { en: 'a guess with no source', es: 'una suposición sin fuente' },
  advice: { en: 'advice or an instruction, telling someone what to do', es: 'un consejo o una instrucción que dice a alguien qué hacer' },
};

/**
 * `principal`: the person an office's page speaks for, when the passage gives their words; `officePage`: the outlet is
 * such a page, so a quotation on it may be its principal's with others ("Roe and Hill said"), and "not the outlet's
 * view" would be loose; `reported`: the passage credits what it tells to another's report ("…, state media reported"),
 * an event passed on, not a view (the outlet may well tell the same event in its own voice elsewhere).
 */
export function opinionExplanation(
  kind: OpinionKind,
  cue: Cue,
  word: string | undefined,
  outlet: Outlets,
  principal: string | null = null,
  officePage = false,
  reported = false,
  /** The page is put out for several people, the principal one of them ("Offices of Sens. Roe and Doe"). */
  oneOfSeveral = false,
): LocalText {
  const w = word && word !== '"…"' && word !== '?' ? ` ("${word}")` : '';
  const we = word && word !== '"…"' && word !== '?' ? ` («${word}»)` : '';
  switch (kind) {
    case 'opinion':
      return both(
        `Opinion: the writer's own view in ${outlet.en}, with no source named. The cue is ${CUE_TEXT[cue].en}${w}.`,
        `Opinión: la visión propia del autor en ${outlet.es}, sin citar ninguna fuente. La pista: ${CUE_TEXT[cue].es}${we}.`,
      );
    case 'attributed':
      if (principal !== null) {
        const whom = oneOfSeveral ? { en: 'one of the people', es: 'una de las personas' } : { en: 'the person', es: 'la persona' };
        return both(
          `Attributed: ${outlet.en} quotes ${principal}, ${whom.en} it speaks for, and sets the quoted words apart from its own account: they are given as ${principal}'s. The cue is ${CUE_TEXT[cue].en}${w}.`,
          `Atribuida: ${outlet.es} cita a ${principal}, ${whom.es} en cuyo nombre habla, y separa esas palabras de su propio relato: se presentan como de ${principal}. La pista: ${CUE_TEXT[cue].es}${we}.`,
        );
      }
      if (reported)
        return both(
          `Attributed: in this sentence ${outlet.en} passes on what another source reported and credits it to that source, rather than telling it in its own voice. The cue is ${CUE_TEXT[cue].en}${w}.`,
          `Atribuida: en esta frase ${outlet.es} transmite lo que informó otra fuente y se lo atribuye, en lugar de contarlo con su propia voz. La pista: ${CUE_TEXT[cue].es}${we}.`,
        );
      if (officePage)
        return both(
          `Attributed: ${outlet.en} gives these words as what someone said or wrote, set apart from its own account: a claim credited to its speakers. The cue is ${CUE_TEXT[cue].en}${w}.`,
          `Atribuida: ${outlet.es} presenta estas palabras como lo que alguien dijo o escribió, separadas de su propio relato: una afirmación atribuida a quienes la hicieron. La pista: ${CUE_TEXT[cue].es}${we}.`,
        );
      return both(
        `Attributed: ${outlet.en} reports what someone else said or claims; it is their view, not the outlet's. The cue is ${CUE_TEXT[cue].en}${w}.`,
        `Atribuida: ${outlet.es} cuenta lo que otra persona dijo o afirma; es su opinión, no la del medio. La pista: ${CUE_TEXT[cue].es}${we}.`,
      );
    case 'reporting':
      return both(
        `Reporting: ${outlet.en} states a fact in its own voice, with ${CUE_TEXT[cue].en}${w} and no judgement.`,
        `Información: ${outlet.es} afirma un hecho con su propia voz, con ${CUE_TEXT[cue].es}${we} y sin juicios.`,
      );
  }
}

const CLASS_LABEL: Record<string, { en: string; es: string }> = {
  'people-killed': { en: 'the death toll', es: 'el número de muertos' },
  // (A toll some say the dead could reach: "could rise to more than 20,000".)
  'people-killed-projected': { en: 'the projected death toll', es: 'el número de muertos previsto' },
  // (Deaths counted without being a toll: those a measure would prevent.)
  deaths: { en: 'the number of deaths', es: 'el número de muertes' },
  people: { en: 'the number of people', es: 'el número de personas' },
  troops: { en: 'the number of troops', es: 'el número de soldados' },
  officials: { en: 'the number of officials', es: 'el número de cargos' },
  statements: { en: 'the number of statements', es: 'el número de comunicados' },
  ships: { en: 'the number of ships', es: 'el número de barcos' },
  aircraft: { en: 'the number of aircraft', es: 'el número de aviones' },
  duration: { en: 'a length of time', es: 'una duración' },
  offset: { en: 'a length of time', es: 'un intervalo de tiempo' },
  age: { en: 'an age', es: 'una edad' },
  year: { en: 'the year', es: 'el año' },
  percent: { en: 'the percentage', es: 'el porcentaje' },
  // (A part of a whole in words: "a two-thirds majority".)
  share: { en: 'the share', es: 'la proporción' },
  money: { en: 'the amount of money', es: 'la cantidad de dinero' },
  'people-injured': { en: 'the number of people injured', es: 'el número de heridos' },
  'people-hospitalized': { en: 'the number of people hospitalized', es: 'el número de hospitalizados' },
  'people-missing': { en: 'the number of people missing', es: 'el número de desaparecidos' },
  'people-displaced': { en: 'the number of people displaced', es: 'el número de desplazados' },
  'people-evacuated': { en: 'the number of people evacuated', es: 'el número de evacuados' },
  magnitude: { en: 'the magnitude', es: 'la magnitud' },
  km: { en: 'the distance', es: 'la distancia' },
  miles: { en: 'the distance', es: 'la distancia' },
  speed: { en: 'the speed', es: 'la velocidad' },
  'percentage-points': { en: 'the change in percentage points', es: 'el cambio en puntos porcentuales' },
  // (A concentration: "397.7 parts per million", "397.7 ppm".)
  // (Weights are compared in kilograms, whether written in kilograms, tonnes or pounds.)
  kilogram: { en: 'the weight', es: 'el peso' },
  tonnes: { en: 'the weight', es: 'el peso' },
  lb: { en: 'the weight', es: 'el peso' },
  ppm: { en: 'the concentration in parts per million', es: 'la concentración en partes por millón' },
  ppb: { en: 'the concentration in parts per billion', es: 'la concentración en partes por mil millones' },
  ppt: { en: 'the concentration in parts per trillion', es: 'la concentración en partes por billón' },
  // (Land in acres or hectares, "a 2,000-acre camp", "some 2,000 acres [810 hectares]": not a number of things.)
  acre: { en: 'the area', es: 'la superficie' },
  hectare: { en: 'the area', es: 'la superficie' },
  ha: { en: 'the area', es: 'la superficie' },
  // (A place by some measure, "the third-costliest"; a run, "the fifth year in a row".)
  rank: { en: 'a place in a ranking', es: 'un puesto en una clasificación' },
  run: { en: 'the number of times in a row', es: 'el número de veces seguidas' },
};

/** What the figures count, as a reader would name it: "the death toll", "the number of customers". */
export function figuresLabel(unitClass: string, unit: string): { en: string; es: string } {
  // ("285 total personnel" on a fire: the class of troops holds staff of every kind, named as the article names them.)
  if (unitClass === 'troops' && unit === 'personnel') return { en: 'the number of personnel', es: 'el número de efectivos' };
  const known = CLASS_LABEL[unitClass] ?? (unitClass.startsWith('money') ? CLASS_LABEL.money : undefined);
  if (known) return known;
  // A rate ("rate:100000:people-killed", unit "deaths per 100,000"): the unit as the article writes it.
  if (unitClass.startsWith('rate:') && /^\p{L}+ per \S/u.test(unit)) return { en: `the number of ${unit}`, es: 'una misma tasa' };
  const state = /^people-(\w+)$/.exec(unitClass)?.[1];
  if (state) return { en: `the number of people ${state}`, es: 'el número de personas' };
  // (The article's own word, untranslated, cannot go in a Spanish sentence: "una misma cantidad" reads whole.)
  if (/^\p{L}[\p{L}-]{2,}$/u.test(unit) && unit.endsWith('s')) return { en: `the number of ${unit}`, es: 'una misma cantidad' };
  return { en: 'one quantity', es: 'una misma cantidad' };
}

/**
 * `crowded`: a passage gives more than one figure of the kind asked about ("$1.1 billion in …, $29 million in …,
 * $133 million …"), so the question says which is meant: the one marked in it. `articles`: how many articles the figures
 * come from ("Two articles give…" when there are two; "Several" otherwise).
 */
export function figuresQuestion(unitClass: string, unit = '', crowded = false, articles = 3): LocalText {
  const who = articles === 2 ? { en: 'Two articles', es: 'Dos artículos' } : { en: 'Several articles', es: 'Varios artículos' };
  // Years are dates, not amounts: the question is when something happened, as a year or as "years ago".
  if (unitClass === 'year') {
    return both(
      `${who.en} say when the same thing happened, in different ways. Do their dates contradict each other?`,
      `${who.es} dicen cuándo pasó lo mismo, de formas distintas. ¿Se contradicen sus fechas?`,
    );
  }
  const label = figuresLabel(unitClass, unit);
  if (crowded)
    return both(
      `${who.en} give a figure for ${label.en}; where a passage gives more than one, the one compared is marked. Do the marked figures contradict each other?`,
      `${who.es} dan una cifra para ${label.es}; donde un pasaje da más de una, la comparada está marcada. ¿Se contradicen las cifras marcadas?`,
    );
  return both(`${who.en} give a figure for ${label.en}. Do their figures contradict each other?`, `${who.es} dan una cifra para ${label.es}. ¿Se contradicen sus cifras?`);
}

const REASON_TEXT: Record<FigureReason, { en: string; es: string }> = {
  'lower-bounds': {
    // (True whether every figure is a floor, "more than 14,000" and "more than 13,000", or one is, beside a figure it
    // reaches: "more than $2 million" and "about $2.3 million".)
    en: 'a figure given as a lower bound ("at least", "more than") leaves room for the others: a single number can make every figure true',
    es: 'una cifra dada como cota mínima («al menos», «más de») deja sitio a las demás: un solo número puede hacer que todas sean ciertas',
  },
  rounding: { en: 'the difference is within rounding or an estimate', es: 'la diferencia cabe en un redondeo o una estimación' },
  'different-source': { en: 'they come from different sources', es: 'vienen de fuentes distintas' },
  'different-date': { en: 'they were counted at different times', es: 'se contaron en momentos distintos' },
  'vague-vs-precise': {
    en: 'one is a vague range and the precise figure falls inside it (or at its edge, as an estimate)',
    es: 'una es un rango vago y la cifra precisa cae dentro (o en su borde, como estimación)',
  },
  'sum-of-parts': { en: 'one article lists the parts and another gives their sum', es: 'un artículo enumera las partes y otro da la suma' },
  'schedule-vs-outcome': {
    en: 'one figure is what was planned, the other what actually happened',
    es: 'una cifra es lo previsto y la otra lo que pasó de verdad',
  },
  'same-fact-different-form': {
    en: 'they give the same fact, written differently',
    es: 'dan el mismo dato, escrito de otra forma',
  },
  'genuine-conflict': { en: 'they cannot both be right', es: 'no pueden ser ciertas a la vez' },
  'different-scope': {
    en: 'they count over different areas or different parts of the whole, so both can be right',
    es: 'cuentan zonas distintas o partes distintas del total, así que ambas pueden ser ciertas',
  },
};

export function figuresExplanation(figures: readonly { outlet: Outlets; figure: string }[], conflict: boolean, reason: FigureReason, sourced: readonly Outlets[]): LocalText {
  const en = figures.map((f) => `${f.outlet.en}: "${f.figure}"`).join('; ');
  const es = figures.map((f) => `${f.outlet.es}: «${f.figure}»`).join('; ');
  // Who says where the figure comes from: everyone, or only some (one outlet "says", two "say").
  const outlets = new Set(figures.map((f) => f.outlet.en)).size;
  const all = sourced.length > 1 && sourced.length >= outlets;
  const srcEn = !sourced.length
    ? ''
    : all
      ? ' Each says whose figure it is.'
      : ` Only ${list(
          sourced.map((s) => s.en),
          'en',
        )} ${sourced.length > 1 ? 'say' : 'says'} whose figure it is.`;
  const srcEs = !sourced.length
    ? ''
    : all
      ? ' Todos dicen de quién es la cifra.'
      : ` Solo ${list(
          sourced.map((s) => s.es),
          'es',
        )} ${sourced.length > 1 ? 'dicen' : 'dice'} de quién es la cifra.`;
  // The same figure to the letter is not "written differently".
  const same = !conflict && reason === 'same-fact-different-form' && new Set(figures.map((f) => f.figure.toLowerCase())).size === 1;
  if (same) return both(`${en}. No contradiction: they give the same figure.${srcEn}`, `${es}. No se contradicen: dan la misma cifra.${srcEs}`);
  return conflict
    ? both(`${en}. These contradict each other: ${REASON_TEXT[reason].en}.${srcEn}`, `${es}. Se contradicen: ${REASON_TEXT[reason].es}.${srcEs}`)
    : both(`${en}. No contradiction: ${REASON_TEXT[reason].en}.${srcEn}`, `${es}. No se contradicen: ${REASON_TEXT[reason].es}.${srcEs}`);
}

export function unknownOutlet(id: string): LocalText {
  return both(`${id} (outlet unknown)`, `${id} (medio desconocido)`);
}

/** The skills a generated level can hold, in the order its description names them. */
const SKILL_NAMES: readonly { type: RoundType; en: string; es: string }[] = [
  { type: 'who-said-it', en: 'who said it', es: 'quién lo dijo' },
  { type: 'opinion-or-reporting', en: 'opinion or reporting', es: 'opinión o información' },
  { type: 'conflicting-figures', en: 'figures that may or may not conflict', es: 'cifras que pueden contradecirse o no' },
];

/**
 * A generated level's title and description. The description names only the kinds of round the level holds: a level
 * the engine found no figures for must not promise them.
 */
export function generatedLevelText(articleCount: number, types: ReadonlySet<string>): { title: LocalText; description: LocalText } {
  const skills = SKILL_NAMES.filter((s) => types.has(s.type));
  // (A comma before the last of three: "opinion or reporting" has an "or" of its own.)
  const named = (lang: Lang): string => {
    const items = skills.map((s) => s[lang]);
    return items.length > 2 ? `${items.slice(0, -1).join(', ')}, ${lang === 'en' ? 'and' : 'y'} ${items.at(-1) ?? ''}` : list(items, lang);
  };
  return {
    title: both('Read across the articles', 'Lee entre artículos'),
    description: both(
      `Rounds built by the analysis engine from ${articleCount} articles about one event: ${named('en')}.`,
      `Rondas creadas por el motor de análisis a partir de ${articleCount} artículos sobre un mismo hecho: ${named('es')}.`,
    ),
  };
}

/**
 * Why two figures of a contradiction cannot both be right, said of the lowest and the highest shown: no rounding joins
 * them, and the texts give nothing (a day, a place, a source) that would let both stand.
 */
export function conflictWhy(low: string, high: string): LocalText {
  return both(
    `"${low}" and "${high}" are too far apart for one to be the other rounded, and nothing in the texts (another day, place or source) explains the difference.`,
    `«${low}» y «${high}» están demasiado lejos para que una sea la otra redondeada, y nada en los textos (otro día, lugar o fuente) explica la diferencia.`,
  );
}
