import type { LangPack } from './types';

// "Photo: …", "Cover Photograph: The satellite captured…", "Top image: …": a picture's label, by where the picture sits.
const CAPTION_LABEL = /^(?:(?:cover|file|top|main|lead|header)\s+)?(?:image|photo|photograph|picture|video|caption)\s*:/i;

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Plurals of nouns in "-us", "-is", "-o" and "-f" ("buses", "viruses", "crises", "tornadoes", "calves"): the plain rules would
 * leave "buse", "crise", "tornadoe" or "calve"; "causes", "abuses" and "houses" are the singular and an "s", so only these are
 * listed.
 */
const SINGULAR_OF = new Map<string, string>([
  ...'bus virus bonus campus status census fetus focus sinus gas lens'.split(' ').map((w): [string, string] => [`${w}es`, w]),
  ...'crisis analysis diagnosis hypothesis thesis synopsis prognosis'.split(' ').map((w): [string, string] => [`${w.slice(0, -2)}es`, w]),
  // ("heroes", "tornadoes": nouns in "-o" that take "-es".)
  ...'hero potato tomato echo veto volcano torpedo tornado mosquito embargo'.split(' ').map((w): [string, string] => [`${w}es`, w]),
  // ("calves", "wives": nouns in "-f" and "-fe" that take "-ves".)
  ...'calf half shelf wolf thief loaf wife knife'.split(' ').map((w): [string, string] => [`${w.replace(/fe?$/, '')}ves`, w]),
]);

/**
 * Solidarity or resolve professed in the present: "The agency stands with the people of…", "The city is standing strong".
 * (Not the past, "stood together in their lawsuit", a thing done.) A stance rather than a judging word: where a "we" holds
 * it, the first person is what gives the view away.
 */
const SOLIDARITY_PHRASES = [
  'stands with',
  'stand with',
  'standing with',
  'stands strong',
  'stand strong',
  'standing strong',
  'stands united',
  'stand united',
  'standing united',
  'stands firm',
  'stand firm',
  'standing firm',
  'stands in solidarity',
  'stand in solidarity',
];
const phrases = (list: string[]): string[][] => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

const NUMBER_WORDS: [string, number][] = [
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['dozen', 12],
  ['both', 2],
];

const UNIT_CLASSES: [string, string][] = [
  ...['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'personnel', 'forces'].map((w): [string, string] => [w, 'troops']),
  ...[
    'people',
    'persons',
    'person',
    'others',
    'volunteers',
    'participants',
    'individuals',
    'adults',
    'children',
    'kids',
    'patients',
    'residents',
    'inhabitants',
    'workers',
    'students',
    'passengers',
    'migrants',
    'users',
    'customers',
    'subscribers',
    'employees',
    'fans',
    'subjects',
    'respondents',
    'civilians',
    'lives',
    'deaths',
    'dead',
    'casualties',
    'victims',
    'refugees',
    'attendees',
    'spectators',
  ].map((w): [string, string] => [w, 'people']),
  ...['warships', 'warship', 'ships', 'ship', 'vessels', 'frigates', 'boats', 'submarines'].map((w): [string, string] => [w, 'ships']),
  ...['aircraft', 'planes', 'jets', 'helicopters', 'drones'].map((w): [string, string] => [w, 'aircraft']),
  ...['officials', 'official', 'members', 'ministers', 'lawmakers', 'diplomats', 'politicians'].map((w): [string, string] => [w, 'officials']),
  // Seats in an assembly, however an outlet names them.
  ...['seats', 'seat', 'mps', 'constituencies', 'constituency'].map((w): [string, string] => [w, 'seats']),
  ...['statements', 'statement', 'documents', 'reports', 'letters'].map((w): [string, string] => [w, 'statements']),
  ...['tanks', 'weapons', 'missiles'].map((w): [string, string] => [w, 'weapons']),
  // Counted nouns an outlet may swap for a near synonym or for the wider word that names them ("120 scientists",
  // "120 researchers"; "55 cars", "55 vehicles"; "300 gangs", "300 syndicates"; "500 camps", "500 sites"). Plurals only:
  // a singular before a noun is a modifier ("three car bombs"), and unitClassOf finds the class of its plural.
  ...['vehicles', 'cars', 'trucks'].map((w): [string, string] => [w, 'vehicles']),
  ...['researchers', 'scientists'].map((w): [string, string] => [w, 'researchers']),
  ...['gangs', 'syndicates'].map((w): [string, string] => [w, 'gangs']),
  ...['sites', 'camps'].map((w): [string, string] => [w, 'sites']),
  // ("Nearly 150,000 houses" and "over 100,000 homes" destroyed: one count, however an outlet names the dwellings.)
  ...['homes', 'houses', 'dwellings'].map((w): [string, string] => [w, 'homes']),
  // ("16 primary health care centres" and "at least 16 health facilities": one count of the places care is given.)
  ...['facilities', 'centres', 'centers', 'clinics'].map((w): [string, string] => [w, 'facilities']),
  ...['athletes', 'competitors'].map((w): [string, string] => [w, 'athletes']),
  ...['crashes', 'accidents'].map((w): [string, string] => [w, 'crashes']),
  ...['households', 'families'].map((w): [string, string] => [w, 'households']),
  ...['babies', 'infants', 'newborns'].map((w): [string, string] => [w, 'babies']),
  ...['doses', 'vaccines', 'jabs', 'shots'].map((w): [string, string] => [w, 'doses']),
  ...['jobs', 'job', 'roles', 'role', 'positions', 'position'].map((w): [string, string] => [w, 'jobs']),
  ...['chemicals', 'substances', 'compounds'].map((w): [string, string] => [w, 'chemicals']),
  // One weight, however spelt ("32 tonnes", "32 tons", "32 metric tons"); the larger units are not it.
  ...['tonnes', 'tons'].map((w): [string, string] => [w, 'tonnes']),
  ...['gigatonnes', 'gigatons'].map((w): [string, string] => [w, 'gigatonnes']),
  ...['megatonnes', 'megatons'].map((w): [string, string] => [w, 'megatonnes']),
  ...['dollars', 'euros', 'pounds'].map((w): [string, string] => [w, 'money']),
  // One weight in kilograms, however written ("64 kg", "64 kilograms", "64 kilos"); pounds of weight ("152 lbs", "152 pounds
  // of fentanyl") are their own class, compared in kilograms (figureGroups' CONVERT).
  ...['kilograms', 'kilogram', 'kg', 'kgs', 'kilos', 'kilo'].map((w): [string, string] => [w, 'kilogram']),
  ...['lbs', 'lb'].map((w): [string, string] => [w, 'lb']),
  ...['percent', '%'].map((w): [string, string] => [w, 'percent']),
  ...['cases', 'case', 'infections', 'infection'].map((w): [string, string] => [w, 'cases']),
  ...['magnitude', 'magnitude-'].map((w): [string, string] => [w, 'magnitude']),
  ...['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km', 'kms'].map((w): [string, string] => [w, 'km']),
  ...['miles', 'mile'].map((w): [string, string] => [w, 'miles']),
  // Speeds: "39 mph", "64 kph" ("64 km/h" and "miles per hour" are read from "km" and "miles" with what follows them).
  ['mph', 'mph'],
  ...['kph', 'kmh'].map((w): [string, string] => [w, 'km/h']),
  // One length, however written ("a 21-foot hull", "21 feet", "21 ft").
  ...['feet', 'foot', 'ft'].map((w): [string, string] => [w, 'feet']),
  // One length, British or American spelling ("160 metres", "about 160 meters").
  ...['metres', 'meters', 'metre', 'meter'].map((w): [string, string] => [w, 'metres']),
  ...['centimetres', 'centimeters', 'centimetre', 'centimeter', 'cm'].map((w): [string, string] => [w, 'cm']),
  ...['millimetres', 'millimeters', 'millimetre', 'millimeter', 'mm'].map((w): [string, string] => [w, 'mm']),
  ...['litres', 'liters', 'litre', 'liter'].map((w): [string, string] => [w, 'litres']),
  ...['year-old', 'years-old'].map((w): [string, string] => [w, 'age']),
  // A side's defeats, however an outlet names them ("six defeats", "six losses").
  ...['defeats', 'losses'].map((w): [string, string] => [w, 'defeats']),
  // A temperature, however its unit is spelt ("1.5 degrees Celsius", "1.5 deg C", "2.7 Fahrenheit").
  ...['degrees', 'degree', 'deg', 'celsius', 'celcius', 'centigrade', 'fahrenheit'].map((w): [string, string] => [w, 'temperature']),
];

/** Bounds that state a minimum or maximum of what is possible, not a figure rounded off. */
const LIMITS = new Set([
  'at least',
  'a minimum of',
  'no fewer than',
  'no less than',
  'as little as',
  'as few as',
  'up to',
  'a maximum of',
  'at most',
  'as many as',
  'no more than',
]);

export const en: LangPack = {
  code: 'en',
  abbreviations: new Set([
    'mr.',
    'mrs.',
    'ms.',
    'dr.',
    'prof.',
    'st.',
    'gen.',
    'lt.',
    'col.',
    'sgt.',
    'capt.',
    'sen.',
    'rep.',
    // Plural titles: "Reps. Jane Roe and Jo Bloggs", "Sens. …".
    'sens.',
    'reps.',
    'govs.',
    'drs.',
    'gov.',
    'pres.',
    'jr.',
    'sr.',
    'no.',
    // A resolution's number: "S. RES. 647", "H. Con. Res. 119".
    'res.',
    'con.',
    'vol.',
    'vs.',
    'e.g.',
    'i.e.',
    'approx.',
    'jan.',
    'feb.',
    'apr.',
    'jun.',
    'jul.',
    'aug.',
    'sep.',
    'sept.',
    'oct.',
    'nov.',
    'dec.',
    'gov.',
    'maj.',
    'cmdr.',
    'adm.',
    'supt.',
    'insp.',
    'det.',
    'rev.',
    'fr.',
    // "United States v. Detroit Timber": a case name.
    'v.',
  ]),
  softAbbreviations: new Set(['inc.', 'co.', 'corp.', 'ltd.', 'bros.', 'dept.', 'est.', 'ft.', 'mt.', 'etc.', 'a.m.', 'p.m.', 'approx.', 'c.', 'ca.', 'km.']),
  stopwords: words(`a an the and or but if of to in on at by for with from as into onto over under about than then that this these those
    it its it's is are was were be been being has have had do does did will would shall should can could may might must not no
    he she they them their his her him we us our i me my you your who whom which what when where why how there here so such
    also just only even still very more most less least fewer fewest much many some any all each every other another own same both either
    neither nor after before while during since until up down out off again further once s mr mrs ms said says say told tell
    added adding according new now today yesterday week year years day days friday thursday wednesday monday tuesday saturday
    sunday january february march april may june july august september october november december one two three per its
    would's ’s 's being way well like among amongst across within without including per via because although though unless whereas whether`),
  numberWords: new Map(NUMBER_WORDS),
  multipliers: new Map([
    ['hundred', 100],
    ['thousand', 1000],
    ['million', 1e6],
    ['billion', 1e9],
    ['trillion', 1e12],
    // Indian English: "Rs 500 crore", "2 lakh people".
    ['crore', 1e7],
    ['lakh', 1e5],
  ]),
  weakNumberWords: words('one both dozen'),
  vagueQuantities: [
    { words: ['hundreds', 'of', 'thousands'], low: 200_000, high: 999_999 },
    { words: ['tens', 'of', 'thousands'], low: 20_000, high: 99_999 },
    { words: ['tens', 'of', 'millions'], low: 20e6, high: 99_999_999 },
    { words: ['hundreds', 'of', 'millions'], low: 200e6, high: 999_999_999 },
    { words: ['tens', 'of', 'billions'], low: 20e9, high: 99_999_999_999 },
    { words: ['hundreds', 'of', 'billions'], low: 200e9, high: 999_999_999_999 },
    { words: ['several', 'thousand'], low: 3000, high: 9999 },
    { words: ['several', 'hundred'], low: 300, high: 999 },
    { words: ['a', 'few', 'thousand'], low: 2000, high: 5000 },
    { words: ['a', 'few', 'hundred'], low: 200, high: 500 },
    { words: ['thousands'], low: 2000, high: 9999 },
    { words: ['hundreds'], low: 200, high: 999 },
    { words: ['millions'], low: 2e6, high: 999_999_999 },
    { words: ['billions'], low: 2e9, high: 999_999_999_999 },
    { words: ['trillions'], low: 2e12, high: 999_999_999_999_999 },
    { words: ['dozens'], low: 24, high: 99 },
    // "several seconds", "a few days": a handful, whatever is counted.
    { words: ['several'], low: 3, high: 9, weak: true },
  ],
  qualifiers: [
    ...phrases([
      'more than',
      'over',
      'at least',
      'exceeding',
      'topping',
      'surpassing',
      'just over',
      'well over',
      'above',
      'a minimum of',
      'upwards of',
      'in excess of',
      'no fewer than',
      'no less than',
      'as little as',
      'as few as',
      'better than',
      'greater than',
    ]).map((w) => ({ words: w, bound: 'lower' as const, limit: LIMITS.has(w.join(' ')) })),
    ...phrases(['nearly', 'almost', 'up to', 'just under', 'below', 'a maximum of', 'at most', 'fewer than', 'less than', 'under', 'as many as', 'no more than']).map((w) => ({
      words: w,
      bound: 'upper' as const,
      limit: LIMITS.has(w.join(' ')),
    })),
    ...phrases(['about', 'around', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'an approximate', 'close to', 'circa']).map((w) => ({
      words: w,
      bound: 'approx' as const,
    })),
  ].sort((a, b) => b.words.length - a.words.length),
  trailingLower: phrases(['or more', 'plus']),
  anotherWords: words('another'),
  partitiveOpeners: words('of among'),
  nameJoiners: words('of for and on'),
  spanEnds: words('through until till thru'),
  // "deaths in 2016 to 4,220": words before a year that make it a time, not the start of a range (see figures.ts).
  yearLeads: words('in since during until'),
  // "25 more ill people", "13 additional cases": words right after a count that make it an update's increment.
  addedWords: words('more additional new'),
  listJoiners: words('and or while whereas but'),
  placePrepositions: words('in at across from'),
  locativePrepositions: words('in at near across throughout'),
  months: new Map([
    ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i): [string, number] => [m, i + 1]),
    // Abbreviated, as in "Nov. 17" and "17 Aug 2023" ("mar" and "may" are left out: too often a verb).
    ...['jan', 'feb', '', 'apr', '', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i): [string, number] => [m, i + 1]).filter(([m]) => m !== ''),
    ['sept', 9],
  ]),
  timeUnits: new Map([
    ['second', 1 / 60],
    ['seconds', 1 / 60],
    ['minute', 1],
    ['minutes', 1],
    ['hour', 60],
    ['hours', 60],
    ['day', 1440],
    ['days', 1440],
    ['week', 10080],
    ['weeks', 10080],
    ['month', 43800],
    ['months', 43800],
    ['year', 525600],
    ['years', 525600],
    ['decade', 5256000],
    ['decades', 5256000],
    ['century', 52560000],
    ['centuries', 52560000],
    ['millennium', 525600000],
    ['millennia', 525600000],
    ['millenia', 525600000],
  ]),
  offsetWords: words('after before later earlier ago since prior'),
  untilSpans: {
    prepositions: words('in within'),
    ahead: words("will 'll ’ll shall need needs must due deadline expire expires"),
    after: [['from', 'now'], ['until'], ['till'], ['left'], ['remaining'], ['away']],
    lengthPrepositions: words('for over during throughout'),
  },
  spanPrepositions: words('in within during over for throughout'),
  fractionTails: [
    { words: ['and', 'a', 'half'], value: 0.5 },
    { words: ['and', 'a', 'quarter'], value: 0.25 },
    { words: ['and', 'three', 'quarters'], value: 0.75 },
  ],
  agoWords: words('ago'),
  ageAfterYears: phrases(['of age', 'old']),
  ageBracketBefore: phrases(['ages', 'age group', 'age groups']),
  ageBracketAfter: phrases(['and older', 'and younger', 'and over', 'and under', 'or older', 'or younger', 'or over', 'and up']),
  currencyPrefixes: words('Rs Php'),
  shareWords: new Map([
    ['half', 1 / 2],
    ['halves', 1 / 2],
    ['third', 1 / 3],
    ['thirds', 1 / 3],
    ['quarter', 1 / 4],
    ['quarters', 1 / 4],
    ['fifth', 1 / 5],
    ['fifths', 1 / 5],
    ['sixth', 1 / 6],
    ['sixths', 1 / 6],
    ['eighth', 1 / 8],
    ['eighths', 1 / 8],
    ['tenth', 1 / 10],
    ['tenths', 1 / 10],
  ]),
  shareOf: words('of the'),
  shareIn: 'in',
  shareOutOf: ['out', 'of'],
  shareEvery: words('every each'),
  shareBy: 'by',
  partitiveOf: words('of'),
  unitClasses: new Map(UNIT_CLASSES),
  measureClasses: words('feet metres km miles cm mm kilogram lb tonnes gigatonnes megatonnes litres mph km/h temperature'),
  killWords: words('killed kill killing claimed died dead deaths death lives toll'),
  scheduleWords: words('scheduled planned due expected set supposed intended'),
  // "carries a maximum penalty of 20 years", "faces a mandatory sentence of life": what the law sets for a charge (see scheduledBefore).
  penaltyNouns: words('penalty penalties sentence term'),
  statutoryVerbs: words('carries carry carried faces face facing'),
  lemmas: new Map([
    ['ukrainian', 'ukraine'],
    ['russian', 'russia'],
    ['russians', 'russia'],
    ['crimean', 'crimea'],
    ['american', 'america'],
    ['british', 'britain'],
    ['german', 'germany'],
    ['french', 'france'],
    ['soviet', 'soviet'],
    ['european', 'europe'],
    ['met', 'meet'],
    ['meeting', 'meet'],
    ['meetings', 'meet'],
    ['talks', 'talk'],
    ['pleaded', 'plead'],
    ['pleads', 'plead'],
    ['pleading', 'plead'],
    ['seized', 'seize'],
    ['seizing', 'seize'],
    ['annexation', 'seize'],
    ['annexed', 'seize'],
    ['killed', 'kill'],
    ['claimed', 'kill'],
    ['lives', 'kill'],
    ['deaths', 'kill'],
    ['massed', 'mass'],
    ['build-up', 'buildup'],
    ['borders', 'border'],
    ['insurgency', 'rebellion'],
    ['conflict', 'conflict'],
    ['sanctioned', 'sanction'],
    ['sanctions', 'sanction'],
    ['imposed', 'impose'],
    ['measures', 'sanction'],
    ['kiev', 'kyiv'],
    ['nato', 'nato'],
    ['released', 'release'],
    ['issued', 'release'],
    ['statements', 'statement'],
    ['documents', 'statement'],
    ['lasted', 'last'],
    ['ended', 'end'],
    // One quantity, however an outlet names it: a company's sales are its revenue, its stock its shares.
    ['sales', 'revenue'],
    ['revenues', 'revenue'],
    ['stock', 'share'],
    ['stocks', 'share'],
    // The greatest value a quantity reached, however an outlet names it ("peak winds", "highest winds", "maximum winds").
    ['highest', 'peak'],
    ['maximum', 'peak'],
  ]),
  // Present forms as well as pasts: a report in the present ("the mayor predicts…", "…, contends Smith.") credits a claim as the past does.
  attributionVerbs: words(`said says say saying told tells telling added adds adding warned warns warning accused accuses accusing
    described describes called calls stressed stresses noted notes reiterated reiterates insisted insists insisting denied denies
    denying urged urges claimed claims argued argues confirmed confirms tweeted wrote announced predicted assessed mooted believed
    believes declared declares asked asks replied explained explains suggested suggests acknowledged admitted promised promises
    vowed threatened threatens agreed agrees alleged alleges alleging dismissed repeated repeats stated states insist cautioned
    reported complained praised criticised criticized welcomed applauded applauds commended commends labeled labelled recalled tell claim urge warn argue add predict describe call insist deny blamed blames
    voiced expressed revealed outlined disclosed conceded contended maintained testified pleaded acknowledges admits reveals
    estimated estimates projected projects forecast state believe expect expects concluded concludes calling
    emphasised emphasized emphasises emphasizes emphasising emphasizing underscored underlined highlighted questioned condemned condemns hailed hails
    conclude lauded slammed decried lambasted signalled signaled hinted boasted lamented countered responded remarked commented
    demanded reaffirmed assured pledged pledges heralded heralds recommends cautions
    reveal asserted asserts assert writes informed accuse fear fears feared worry worries worried cited cites
    blasted rebuked chided scolded denounced denounces derided ridiculed mocked clarified clarifies
    predicts contends concedes complains laments vows boasts decries reaffirms attribute attributes discloses touted touts thinks think recommend recommends agree
    project anticipate anticipates blame noting arguing stressing`),
  heldViewParticiples: words(`accepted seen regarded considered viewed believed thought deemed recognized recognised held
    understood taken`),
  spokenYearLeads: words('in since until till by before after from through between during'),
  stanceNouns: words('assessment assessments view belief understanding conclusion position expectation judgment judgement contention opinion'),
  reckoningNouns: words('view projections projection estimates estimate forecast forecasts calculations calculation analysis reckoning words'),
  viewHolders: words(`experts economists analysts scientists historians observers critics researchers scholars forecasters
    commentators specialists academics doctors physicians lawyers investors traders strategists`),
  attributionPhrases: phrases([
    'according to',
    'quoted as',
    'cited by',
    'pointed out',
    'made it clear',
    'made clear that',
    // Whose view or words a claim is: "In his view, the merger will hurt consumers."
    'in his view',
    'in her view',
    'in their view',
    'in its view',
    'in the view of',
    'in his opinion',
    'in her opinion',
    'in their opinion',
    'in the opinion of',
    'in his words',
    'in her words',
    'in their words',
    'in the words of',
    'per the',
    // Hearsay with no one named: "There are reports that the bridge has fallen."
    'there are reports that',
    'there were reports that',
    'there have been reports that',
    'there had been reports that',
    // A retort: "The minister fired back in a statement."
    'fired back',
    'hit back',
  ]),
  channelPhrases: phrases([
    'in a statement',
    'in an interview',
    'in a post on',
    'in a tweet',
    'in a filing',
    'in a letter',
    'at a press conference',
    'at a news conference',
    'in remarks',
  ]),
  // "according to": a phrase that cites a source by name (see ownSource in opinion.ts).
  citingPhrases: new Set(['according to']),
  // Verbs of saying proper, and of a stance taken (a belief, an allegation, a recommendation, a warning, an estimate, a report
  // of what it found): a body credited with one is a speaker, even in its own release (see ownSource in opinion.ts).
  // ("CDC believes that…", "IOM estimates that…"; its acts stay its own account, "CDC announced new guidance".)
  sayingVerbs: words(`said says say stated states told tells cautioned cautions warned warns stressed stresses noted notes added adds
    explained explains insisted insists argued argues emphasized emphasizes emphasised emphasises
    believes believed alleges alleged recommends recommend warning concludes concluded estimates reports`),
  // Speech verbs far more often nouns ("state partners", "the states"): verbs only with a clause after (see scan in opinion.ts).
  // (And a verb of praise that is a verb of saying only with a claim after it: "touted that it was…", not "touted its app".)
  clauseOnlyVerbs: words('state states touted touts conclude concludes concluded'),
  // "its outer atmosphere, called the corona": after a comma, a participle naming a thing (see scan in opinion.ts).
  namingParticiples: words('called dubbed termed labeled labelled'),
  namingNotBefore: words('on for upon'),
  namingAdverbs: words('commonly also sometimes often formally officially popularly locally colloquially informally widely now so'),
  captionLabel: CAPTION_LABEL,
  briefingProcedure: phrases(['open the floor to questions', 'open the floor for questions', 'take your questions', 'take a few questions', 'take questions from']),
  floorProcedureOpeners: phrases(['i ask unanimous consent', 'i ask consent', 'i yield back', 'i yield the floor', 'i suggest the absence of a quorum']),
  // A report's standing note on who issued it: "This report was issued by OCHA New York.", "This report is produced by…".
  reportCredit: /^this (?:report|document|update|bulletin|situation report|fact sheet) (?:is|was|has been) (?:issued|produced|prepared|compiled|published) by\b/i,
  namingClauseOpeners: words('what'),
  namingClauseVerbs: words('call calls called term terms termed dub dubs dubbed'),
  actVerbs: words(
    'announced announces announce announcing asked asks ask wrote writes fear fears feared worry worries worried acknowledged acknowledges acknowledge claimed claims claim claiming added adds add declared declares declare declaring revealed reveals reveal concluded concludes conclude pledged pledges pledge demanded demands demand demanding promised promises promise responded responds respond agreed agrees agree threatened threatens threaten maintained assessed questioned',
  ),
  // ("announced the plan as part of its budget": "as" and these words place the act; they give no verdict.)
  asNotVerdict: words('part well soon long much many follows usual planned scheduled expected'),
  speechBeforeTo: words('urged asked admitted claimed vowed pledged promised'),
  backshiftModals: words('would'),
  pastModals: words('could might'),
  pastDoForms: words("did didn't"),
  nowWords: words('now currently still'),
  contactPhrases: phrases([
    'in contact with',
    'in close contact with',
    'in constant contact with',
    'in regular contact with',
    'in touch with',
    'in close touch with',
    'in communication with',
    'in close communication with',
    'in constant communication with',
  ]),
  // A question time's record: "My question is to the Prime Minister.", "To ask the Scottish Government how…" (see questionsPut).
  questionTimeOpeners: phrases(['my question is to', 'my question is for', 'to ask the', 'i ask the minister', 'i ask the prime minister']),
  // A speaker's filler set off by commas ("…, I mean, why…"): no view of its own (see opinion.ts).
  firstPersonFillers: phrases(['i mean']),
  plainFirstPersonClauses: phrases([
    'what we call',
    'what i call',
    'what we have called',
    'what we refer to as',
    'as we told you',
    'as i told you',
    'as we announced',
    'as we reported',
    'as we mentioned',
    'as i mentioned',
  ]),
  spokespersonIntro: /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}, (?:for|on behalf of|speaking for) (?:the )?\p{Lu}[^,]{2,120}, (?:said|told)\b/u,
  backshiftPerfect: words('had'),
  experienceVerbs: words('reported reports described describes complained'),
  surveyShareWords: words('percent % cent pc'),
  claimInfinitiveVerbs: words('claim claims claimed claiming'),
  verbOnlySpeech: words('said says told tells'),
  // Bare stems of saying that are never nouns: before a plural they take it as their object or the claim's subject ("CDC
  // and FDA recommend clinicians stop…", "Officials say rescuers found…"). ("the final say" is a noun, but qualifies no plural.)
  verbOnlyStems: words(
    'recommend urge insist argue predict describe deny conclude assert accuse tell agree think believe expect warn say confirm explain acknowledge admit announce suggest allege contend',
  ),
  stateFillers: words('already still now yet'),
  stateKeepingVerbs: words('keep keeps kept keeping remain remains remained remaining stay stays stayed staying'),
  listIntroducers: words('including include includes included like as plus'),
  nounFirstSpeechForms: words('projects forecasts estimates calls notes reports claims call warning forecast state states project'),
  memberIntroducers: words('including include includes included among'),
  documentLeadIn: /\b(?:[Aa]s follows|[Tt]he following):[ \t]+(?=["“]?\p{Lu})/u,
  sectionLabels: words('background methods results conclusions conclusion objective objectives findings interpretation purpose design introduction discussion abstract'),
  statementNouns: words('statement statements remarks message letter post tweet speech address memo'),
  speechTextNouns: words('remarks'),
  statementBy: words('of from by'),
  sharedByAll: words('planet solar galaxy universe sun moon species'),
  pictureNouns: words('image images photo photos photograph photographs picture pictures footage video videos snapshot snapshots mosaic mosaics'),
  ownSideNouns: words('partners colleagues allies staff members employees agents prosecutors officers'),
  expectationVerbs: words('expected hoped anticipated forecasted'),
  expectationComparisons: words('than as what if unless'),
  permissionModals: words('may'),
  pairJoiners: words('and or'),
  // "how tremendously grateful", "seems wildly optimistic": a judging adverb after these grades the adjective that follows.
  gradedAfter: words('how so too as become becomes became seem seems seemed remain remains remained look looks looked'),
  irregularSpeechPast: words('said told wrote spoke'),
  findingClauseSubjects: words('there he she they'),
  relativeHeads: words('everything anything something nothing all whatever'),
  speedUnits: ['miles per hour', 'miles an hour', 'kilometers per hour', 'kilometres per hour', 'mph', 'km/h', 'kph', 'knots'],
  thanksWords: words('thank thanks thanking thanked honored honoured'),
  courtesyOpeners: phrases([
    'thank you',
    'thanks to all of you',
    'thanks for',
    'good afternoon',
    'good morning',
    'good evening',
    'welcome to',
    'with me today',
    'joining me today',
    'i thank',
    'we thank',
    'i want to welcome',
    'i want to thank',
    'i would like to welcome',
    'i would like to thank',
    "i'd like to welcome",
    "i'd like to thank",
    'we want to welcome',
    'we want to thank',
    'we would like to thank',
    // A speaker's transition or hand-over: "I would be remiss not to mention…", "let me yield to…".
    'i would be remiss',
    "i'd be remiss",
    'we would be remiss',
    "we'd be remiss",
    'let me yield',
    'i yield',
    // A speaker announcing what the remarks will do: "I want to provide a brief update on…".
    'i want to provide',
    'i want to give',
    'i want to share',
    'i would like to provide',
    "i'd like to provide",
    'let me provide',
    'let me give',
    // "I'd like to talk to you today about a cyber issue of significance.", "I want to talk a little bit about what happened".
    'i want to talk',
    'i would like to talk',
    "i'd like to talk",
    'let me talk',
    // Or who they are: "My name is Andrew McCabe."
    'my name is',
    // "Let me begin, as always, with the latest numbers.", "So let me start with a brief description of…".
    'let me begin',
    'let me start',
    'let me first',
    'let me turn',
    // A speaker pointing at what matters in the remarks: "I want to emphasize that these numbers are preliminary." (A judging
    // word in what follows still judges.)
    'i want to emphasize',
    'i want to emphasise',
    'i want to stress',
    'i want to point out',
    'i would like to emphasize',
    'i would like to point out',
    'let me emphasize',
    'let me stress',
    'let me point out',
    // A call's operator or host handing over: "At this time I'll turn the call to…", "You may begin, sir.", "Hi, good afternoon".
    "i'll turn the call",
    'i will turn the call',
    "i'd like to turn the call",
    'i would like to turn the call',
    'i will now turn',
    "i'll now turn",
    'you may begin',
    'you may proceed',
    'please go ahead',
    'hi good afternoon',
    'hi good morning',
    'hello good afternoon',
    'hello good morning',
    // A speaker greeting or naming guests: "Finally, I would like to recognize our friends from…".
    'i would like to recognize',
    "i'd like to recognize",
    'i want to recognize',
    'i would like to acknowledge',
    "i'd like to acknowledge",
    'i want to acknowledge',
    // A speaker pausing to honour people: "I want to take a minute to celebrate the people who…".
    'i want to take a minute',
    'i want to take a moment',
    'i would like to take a moment',
    'i would like to take a minute',
    "i'd like to take a moment",
    'let me take a moment',
    'let me take a minute',
  ]),
  // "We welcome Chairman Cho…": a verb greeting a guest named right after it (see courtesyAt in opinion.ts).
  greetingVerbs: words('welcome greet'),
  // A floor speech's opening formula ("Mr. Speaker, I rise today in support of…"): what follows may be a view, but the line
  // itself is procedure, nothing to trace across outlets.
  speechOpeners: phrases(['i rise']),
  // (A government department or agency has officers too: "said Attorney General …" on the department's page, "said
  // Administrator …" on the agency's.)
  officedBodies: words('committee subcommittee commission board council caucus department agency bureau administration'),
  bodyOfficeTitles: words(
    'chair chairman chairwoman chairperson vice-chair co-chair ranking secretary administrator director commissioner attorney spokesperson spokesman spokeswoman',
  ),
  reportCueWords: words('reported reports report reporting according'),
  // (With the chair addressed first: "Mr. Speaker, I rise…", "Madam Chair, I yield…".)
  courtesyLeadIns: words(
    'first firstly second secondly third thirdly finally lastly also and but so now again of all before i begin well mr madam speaker president prime minister secretary ambassador excellency chair chairman chairwoman at this time',
  ),
  phaseVerbs: words('proceeded proceeds continued continues continue went goes began begins begin'),
  raisingVerbs: words('appear appears appeared seem seems seemed'),
  countClaimVerbs: words('reports report'),
  degreeBeforeVerb: words('far much'),
  // ("population estimates for local authorities", "These estimates will be followed by…", "The provisional estimates released
  // today indicate…": an -s form with a preposition, a verb or a participle of publishing after it is a plural noun; not "of":
  // "warns of", "speaks of".)
  afterPluralNoun: words('from for across indicate indicated show showed will are were released published'),
  subjectOnlyVerbs: words('labeled labelled'),
  handOverVerbs: words('said says stated states added adds wrote writes remarked commented explained told tells continued'),
  nounDeterminers: words('the a an its his her their our my your this these those some many all several such any no other'),
  beForms: words("is are was were am be been isn't aren't wasn't weren't"),
  determiners: words('his her its their this these those'),
  yearModifierDeterminers: words('the a an this that its their his her our'),
  openingSubordinators: words('despite although though while whereas if unless because since when after before once without'),
  relativePronouns: words('who whom which'),
  coordinators: words('but and'),
  postCredit: /[—–]\s*\p{Lu}[^()—–\n]{1,60}\(@\w{1,30}\)/u,
  anaphors: words('this that these it'),
  inferenceVerbs: words(
    'indicates indicate indicated suggests suggest suggested supports support supported shows show showed proves prove proved confirms confirm confirmed implies imply implied signals signal signalled signaled underscores underlines highlights demonstrates',
  ),
  firstPerson: words("i i'm i’m i've i’ve i'd i’d i'll me my mine myself we we're we’re we've we’ve we'd we’d our ours ourselves let's let’s us"),
  firstPersonUpper: words('WE OURS'),
  directAddress: words("you your you're you’re yourself"),
  firstPersonSubjects: words('i we'),
  firstPersonContractions: words("i'm i've i'd we're we've we'd"),
  practicalAddress: words("if when can could may must will need needs eligible qualify apply can't cannot won't"),
  // ("triumph" is left out: it names a win, "celebrated their triumph", "the Euros triumph"; "triumphant" still judges.)
  // Praise and feeling the page professes ("the courage and selflessness of the crews", "We grieve with…") weigh as much as
  // blame; "determination", "commitment" and "resolve" are left out: they also name a decision or a pledge ("a determination
  // of eligibility", "resolve the dispute").
  loadedWords: words(`scheming victimized victimised behemoth giveaway giveaways unbelievable incredible lies lie liar grand absurd ridiculous outrageous shameful
    disgraceful pathetic wonderful terrible awful appalling disastrous brilliant stupid foolish idiotic gonna wanna half-hearted
    laughable sham farce propaganda obviously clearly nonsense bullying reckless heroic evil
    cowardly hypocritical hypocrisy bogus dishonest blatant shocking outrage outrageous disgrace scandalous staggering
    astonishing breathtaking embarrassing humiliating spectacular spectacularly stunning woeful dismal deplorable despicable
    tragic tragically sadly thankfully fortunately unfortunately hopefully regrettably shamefully inexcusable unacceptable
    insane crazy clown clowns circus joke farcical baffling bizarre idiocy hapless inept incompetent brazen shameless
    mordant unflappable smug arrogant laughably ludicrous preposterous outrageously monumental dramatic dramatically
    once-revered downfall disgraced infamous notorious stiff mighty humiliation humbling drubbing thrashing crushing
    landmark stellar phenomenal sensational superb dazzling blockbuster massive huge
    ideally handy entertaining watershed lawless dire saga hubris greed cautionary tumultuous
    remarkable remarkably astonishingly stunningly alarming alarmingly worrying worryingly troubling disturbing distressing chilling
    bleak dreadful horrible horrendous impressive impressively admirable commendable glorious magnificent marvellous
    marvelous excellent fantastic terrific amazing awesome exceptional outstanding lamentable pitiful dubious questionable
    misguided ill-advised ill-conceived foolhardy naive cynical cynically callous heartless greedy disgusting vile odious
    fearmongering fear-mongering scaremongering grandstanding smokescreen wrongheaded shortsighted short-sighted trailblazing tone-deaf heavy-handed knee-jerk half-baked no-brainer world-class first-rate top-notch game-changing cherry-picked cherry-picking
    abhorrent grotesque fiasco debacle shambles whopping paltry meagre meager measly eye-watering jaw-dropping mind-boggling
    exorbitant much-vaunted vaunted much-needed long-overdue belated sorely woefully ironically predictably unsurprisingly
    conveniently undoubtedly undeniably arguably admittedly frankly surely
    fraught consequential hysteria hysterical upended upending pivotal vital
    momentous extraordinary striking startling grim grisly gruesome heartbreaking heartwarming harrowing horrific horrifying
    terrifying nightmarish miraculous unthinkable unimaginable inconceivable astounding egregious flagrant scathing stark galling
    brutal brutally savage ruthless cruel vicious damning bruising ignominious triumphant iconic legendary storied
    venerable lavish extravagant opulent meteoric colossal enormous gigantic mammoth immense tremendous unparalleled unrivalled
    unrivaled unmatched savvy shrewd canny astute clever unwise careless sloppy shoddy lax feeble flimsy shady murky sinister
    nefarious dodgy regrettable unfortunate luckily mercifully curiously oddly strangely surprisingly inevitably rightly wrongly
    justly unjustly unfairly deservedly undeservedly understandably rightfully shockingly disturbingly tellingly crucially
    importantly interestingly amazingly incredibly hugely travesty mockery charade nightmare blunder gaffe folly masterpiece
    masterclass bonanza boon godsend embarrassment arrogance incompetence cronyism stunt ploy gimmick whitewash hoax overblown
    overhyped hype exaggerated blatantly grossly wildly laudable praiseworthy deserved undeserved unjust unfair game-changer painful vigorous
    unwelcome confusing unfounded baseless groundless vague overly overbroad sad saddening exciting thrilling worrisome heartening
    disheartening crucial truly frivolous testament deserve deserves disappointing unsettling sickening unbearable heart-wrenching gut-wrenching
    unconscionable indefensible irresponsible reprehensible abysmal atrocious dismaying infuriating maddening deplorably hopeful
    encouraging inspiring inspirational courageous brave utterly absolutely profoundly obvious paradox wakeup unsuspecting enormity
    unsophisticated ignorant leviathan complacency hyperbole clarion passionate prowess interesting
    dedication patriotism courage selfless selflessness heroes unwavering steadfast grieve grateful gratitude pride
    sportsmanship camaraderie good-paying poignant`),
  factualLoaded: words('illegally illegal unlawful unlawfully fake misleading'),
  degreeWords: words('mere merely simply hardly'),
  framingVerbs: words(`presented presents presenting described describes describing portrayed portrays portraying characterized
    characterised characterizes characterises framed frames depicted depicts painted paints dismissed dismisses dismissing
    downplayed downplays touted touts billed bills cast casts treated treats labelled labeled`),
  chargeWords: words('accused accusing accuses charged charging charges alleged alleging alleges allegedly suspected indicted convicted indictment indictments'),
  // "The court ruled the policy unlawful", "judges found that the deal was illegal": a legal word after these is the finding reported.
  // "fined the bank for illegal fees", "penalties for its role in an illegal scheme": the sanction for the act, reported.
  rulingWords: words(`ruled rules rule ruling found finds deemed declared declares judged held holds concluded upheld upholds struck strikes
    fined fines penalty penalties penalised penalized sanctioned sanctions violation violations`),
  // "missed analyst estimates", "vs. Street estimates": a word two before a plural that puts it in object position.
  objectMarkers: words('vs versus than above below beat beating missed missing topped topping exceeded exceeding against'),
  // "warns of a risk": speech verbs in -s that take "of"; other -s words before "of" are plurals ("estimates of $3bn").
  verbsBeforeOf: words('warns says tells speaks talks complains boasts hints thinks'),
  // "its first confirmed case": words before a participle that make it an adjective.
  beforeParticiple: words(
    'the a an its his her their our my your first second third last latest new only in of on for from with most single one additional total more make makes making',
  ),
  // "so that", "clear that": a "that" after these opens a clause that is not a relative one.
  thatClauseHeads: words('so such now given provided except clear likely possible certain sure true evident aware'),
  // "This could open up…", "This move may…": a writer's guess at what a thing will lead to.
  // ("This should ensure…": an expectation, a guess too; "It should be noted…" only points, see pointingVerbs.)
  guessModals: words('could might may should'),
  allegationNouns: words('allegation allegations accusation accusations complaint complaints claim claims charge charges lawsuit lawsuits indictment petition'),
  allegationLinks: words('that of with'),
  accusingVerbs: words('accused accusing accuses alleged alleging alleges charged charging'),
  // Impersonal passives: a saying, a belief or an estimate credited to no one in particular ("It was said that…", "it is widely
  // reported that…", "it had been announced that…", "it's believed…"; see impersonalPassive in opinion.ts). (Not "it was
  // revealed", "it was confirmed": the writer presents the content as fact.)
  impersonalVerbs: words('said reported claimed alleged stated added noted believed thought feared understood estimated rumoured rumored announced'),
  hedgedAttribution: phrases([
    // "is widely seen as the frontrunner": a view many hold, reported as theirs (as "is believed to" is), not the writer's verdict.
    'widely seen as',
    'widely regarded as',
    'widely considered',
    'widely viewed as',
    // "In what is being hailed as an historic first, …": praise or a name others give, reported, with none of them named.
    'is being hailed as',
    'are being hailed as',
    'has been hailed as',
    'have been hailed as',
    'is being called',
    'is being described as',
    'is being billed as',
    'is being touted as',
    'reportedly',
    'allegedly',
    'is said to',
    'are said to',
    'is believed to',
    'are believed to',
    'sources say',
    'sources said',
    'was said to',
    'were said to',
    'was believed to',
    'were believed to',
    'is thought to',
    'are thought to',
    'was thought to',
    'were thought to',
    'is reported to',
    'are reported to',
    'was reported to',
    'were reported to',
    'is alleged to',
    'are alleged to',
    'was alleged to',
    'were alleged to',
    'rumoured',
    'rumored',
    'purportedly',
    'is stated to',
    'are stated to',
    'was stated to',
    'were stated to',
    'is estimated to',
    'are estimated to',
    'was estimated to',
    'were estimated to',
    'is feared to',
    'are feared to',
    'feared dead',
    'feared killed',
    'widely believed to',
    'widely thought to',
    'widely expected to',
    'by some estimates',
    'by one estimate',
    'by most estimates',
    'by preliminary estimates',
    'by official estimates',
    'by some accounts',
    'by one account',
    'by most accounts',
    'by all accounts',
  ]),
  personTitles: words(`mr mrs ms dr prof professor director secretary minister commissioner administrator spokesman
    spokeswoman spokesperson chair chairman chairwoman president governor senator congresswoman congressman representative mayor ambassador he she`),
  // "…, reports the Courier.", "…, writes the columnist.": only as a tag with the verb first (see invertedTag).
  invertedTagVerbs: words('reports writes'),
  tagEndVerbs: words('found find finds report concluded determined estimate show reports'),
  judgedFor: words('blamed praised criticised criticized hailed lauded slammed condemned lambasted'),
  thatClaimVerbs: words(
    'determined hopes hoped hoping note anticipates anticipate concerned reports assesses underscores underscored underlines underlined estimate recommend identified',
  ),
  claimTimeWords: words('today yesterday tonight this morning afternoon evening week currently now'),
  possessivePronouns: words('its their his her our my your'),
  objectPronouns: words('me us him her them you'),
  nounLikeClaimVerbs: words('hopes note'),
  afterNameWords: words('every each'),
  adviceMarkers: words('please'),
  newsPromiseWords: words('updated informed apprised posted update updates'),
  keepVerbs: words('keep'),
  ongoingVerbs: words('continue'),
  continuingVerbs: words('continue continues continued'),
  modalContractions: words("i'll we'll i'd we'd"),
  speakerLeadVerbs: words('continued continues went'),
  askingVerbs: words('raise raises raised raising'),
  totalityWords: words('total overall combined altogether whole entire'),
  learningVerbs: words('see learn hear know find read'),
  textNouns: words('post blog report article paper brief briefing issue edition episode newsletter update chapter section note'),
  presentingPhrases: phrases(['look at', 'look into', 'take a look at', 'examine', 'explore', 'outline', 'summarize', 'summarise']),
  foreignWord: /^\p{Ll}*[à-öø-ÿ]\p{Ll}*$/u,
  sequenceWords: words('first next then now briefly'),
  floorHandover: { verbs: words('turn hand pass offer give yield'), tail: ['over', 'to'], floor: ['floor', 'to'] },
  agendaVerbs: words('talk touch turn discuss cover brief deliver walk outline summarize summarise'),
  agendaNouns: words('remarks statement update updates briefing press testimony presentation overview'),
  briefingGuests: new Map([
    ['have', phrases(['by phone', 'by video', 'on the line', 'with us', 'joining us'])],
    ['hear', phrases(['from'])],
    // "I will be joined by the Secretary-General", "we will be joined virtually by…".
    ['be', phrases(['joined by', 'joined virtually', 'joined online', 'joined remotely'])],
  ]),
  politeWills: phrases(['like to', 'love to', 'want to', 'wish to']),
  floorTakings: phrases([
    'take a moment',
    'take a few moments',
    'take a minute',
    'take a few minutes',
    'take this time',
    'take some time',
    'take this opportunity',
    'take the opportunity',
    // "I want to briefly update you on…", "I'd like to brief you on…": the speaker's own briefing, announced.
    'update you',
    'briefly update you',
    'quickly update you',
    'brief you',
    'give you an update',
  ]),
  adviceVerbs: words(`avoid call clean throw wash check contact keep cook heat store discard return consult ask protect wear
    remember stay seek get make take use follow talk tell visit eat drink buy sell leave be forget monitor review defer obey
    find read register enroll report consider limit reduce prepare download sign`),
  adviceNegations: words("do don't never"),
  adviceObjects: words('your you them it yourself yourselves all any up away out more'),
  adviceModals: words("should shouldn't ought"),
  // "needs to be coordinated", "needs to change": the verbs of change a thing is said to need (see needsDoingOf in opinion.ts).
  changeVerbs: words('change stop end improve'),
  dutyModals: words('must'),
  dutyProcedureWords: words('still now first'),
  dutyRulePairs: [
    ['in', 'order'],
    ['later', 'than'],
  ],
  // "…should register by May", "…by the end of the season": a deadline after "should" makes it a rule (see recommendsAt).
  deadlineMarkers: words('by'),
  deadlineEnds: words('end deadline midnight noon tomorrow date close'),
  adviceConditions: words('whether if unless'),
  adviceAddressees: words(`people persons anyone everyone you consumers customers businesses residents patients parents
    travellers travelers drivers visitors employers workers retailers shoppers families caregivers they`),
  recallVerbs: words('recalled recalls recalling'),
  stanceVerbs: words(`believe think feel urge hope want wish call stand welcome applaud commend condemn continue love hate
    support oppose reject demand refuse cannot can't won't deplore regret look need needs`),
  needVerbs: words('need needs'),
  // "We are issuing this announcement…", "we hereby recall…": a body doing an act as it speaks reports the act.
  ownActVerbs: words(`issuing issue announcing announce reannouncing recalling releasing release publishing publish
    launching launch filing file expanding expand providing provide delivering deliver write writing giving give project projected
    describe use construct build apply develop present compare calculate fit combine measure examine analyse analyze discuss
    work search focus investigate`),
  beContractions: words("i'm we're"),
  // "pre-positioned", "co-led", "re-opened": a verb with its prefix, still a verb of an act (see pastEventAt in opinion.ts).
  verbPrefixes: words('pre co re'),
  copulaContractions: words("it's that's"),
  // "We are praying for them", "we're counting on you", "we're going to…": a first person's "be" and "-ing" that is a wish or a
  // plan, not an act under way (see progressiveActAt in opinion.ts).
  progressiveWishes: words('going praying counting relying depending hoping wishing looking waiting'),
  pastRoleLinks: words('was were'),
  roleDeterminers: words('the'),
  existentialHave: words('have'),
  ownActLinks: words('now also today hereby again formally then first'),
  // "I will moderate the questions", "Today we will get an update from…", "I hear from Iowans…": the running of a briefing or a
  // hearing, an act the speaker reports even after "will" (which makes the acts above promises: "We will give workers a deal").
  procedureVerbs: words('moderate hear turn open begin start introduce highlight get'),
  futureLinks: words('will'),
  // "We are here today to announce…": what the speaker is there to do, an act of the verbs above (see narratesAt).
  presenceLinks: phrases(['here to', 'here today to', 'here this morning to', 'here this afternoon to']),
  selfRoleNouns: words(`native natives resident residents citizen citizens veteran veterans graduate graduates daughter son
    mother father parent parents grandmother grandfather grandparent grandparents immigrant immigrants descendant`),
  selfRoleLinks: words('myself ourselves both also a an the'),
  presentFirstBe: words('am'),
  // "a two-state solution", "the one-China policy": a compound number naming a scheme, not a count (see figures.ts).
  schemeNouns: words('solution solutions policy policies doctrine framework'),
  // "every 911 call", "a 911 operator", "called 911": an emergency number dialled, not a count (see figures.ts).
  emergencyNumbers: words('911 999 112'),
  emergencyNouns: words('call calls caller callers calling operator operators dispatcher dispatchers dispatch center centers centre centres line lines system'),
  dialWords: words('call called calling calls dial dialed dialled dialing dialling emergency'),
  recentOpeners: words('last past since earlier'),
  ruleAfter: words('to for'),
  comparisonWords: words('than'),
  reprintMarkers: ['via', 'reprinted by'],
  partyWords: new Map([
    ...['democrat', 'democrats', 'democratic'].map((w): [string, string] => [w, 'democratic']),
    ...['republican', 'republicans', 'gop'].map((w): [string, string] => [w, 'republican']),
    ...['tory', 'tories', 'conservative', 'conservatives'].map((w): [string, string] => [w, 'conservative']),
    ['labour', 'labour'],
  ]),
  // ("A summary … follows.", "The full text of the letter is attached.", "It covers the period from 4 to 5 August 2020.", "It
  // contains the latest available information as of 6 October.", "This report is part of a series of briefs.": a document's
  // note on itself or on what goes with it.)
  signpost:
    /^(?:[^,;:]{0,80}\b(?:follows|(?:is|are) (?:as follows|below|attached|enclosed))[.:]|(?:it|this (?:report|update|document|brief|bulletin))\s+(?:covers the period|contains the latest (?:available )?information|is (?:part|one) of (?:a |the )?series)\b[^.]{0,80}\.)$/i,
  pageSelfReferences: phrases([
    'this story',
    'this article',
    'this page',
    'this chart',
    'this graphic',
    'this infographic',
    'the surrounding text',
    'click below',
    'click here',
    'you can find more',
    'you can read more',
    'you can learn more',
    'find out more',
    'for more information',
  ]),
  updateNotes: phrases([
    'updates will be',
    'update will be',
    'will be updated',
    'additional updates',
    'further updates',
    'more updates',
    'next report will be',
    'next situation report',
  ]),
  viewVerbs: words('wonder doubt suspect fear worry guess suppose reckon agree disagree argue prefer question'),
  professedViews: words('believe think feel urge call commend applaud condemn deplore regret support oppose reject demand'),
  // "The council hopes for progress by Friday": the council's hope, reported; the date in it checks nothing.
  mindVerbs: words('hopes hoped fears feared wants wanted believes believed wishes wished doubts doubted suspects suspected expects intends'),
  firstPersonStancePhrases: phrases([
    'seems to me',
    'seem to me',
    'seemed to me',
    'in my view',
    'in our view',
    'in my opinion',
    'in our opinion',
    'to my mind',
    'my view is',
    'our view is',
    'for my part',
  ]),
  preventionVerbs: words('prevent prevents prevented preventing avert averts averted averting avoid avoids avoided avoiding'),
  possibilityModals: words('could may might'),
  exceedVerbs: words('top tops topped topping exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing'),
  hospitalWords: words('hospitalized hospitalised hospitalization hospitalisation hospitalizations hospitalisations'),
  injuryWords: words('injured injuring injuries injury injures wounded wounding wounds hurt'),
  incrementBefore: words('another additional further extra'),
  incrementAfter: words('more'),
  incrementAdjectives: words('additional further extra new fresh'),
  incrementLinks: words('in of'),
  otherInstanceWords: words('similar similarly comparable'),
  pairLinks: phrases(['to', 'for every', 'of', 'out of', 'in']),
  releaseEndMarks: ['###', '# # #', '-30-', '- 30 -', '-end-', '- end -'],
  nounMarkers: words('each every another any first last next same other whole entire new'),
  pointingVerbs: words('note noting remember remembering mention mentioning stress stressing add adding'),
  recallClauses: words('how when what'),
  multiplierTails: words('plus odd'),
  keepingVerbs: words('maintained maintains maintain'),
  objectOpeners: words('a an the no its his her their our this these those some any several many'),
  pluralNounModifiers: words('member nation city island gulf baltic coastal swing border neighbouring neighboring'),
  sarcasmWords: words('so-called supposedly apparently ostensibly'),
  spokenOpeners: words('well look listen folks honestly seriously'),
  instructionVerbs: words('told asked ordered instructed advised urged'),
  opinionOpeners: phrases([
    'what a',
    'what an',
    'yeah',
    'sure enough',
    'needless to say',
    'oh',
    'even worse',
    'worse still',
    'worse yet',
    'better still',
    'better yet',
    'rest assured',
    'let me be clear',
    'let us be clear',
    "let's be clear",
    'mark my words',
  ]),
  clauseSubjects: words('it he she they we i you that this there these those its his her their'),
  namingWords: words(
    'called calling dubbed termed named titled entitled known as word term label phrase nicknamed so-called found ruled deemed declared pronounced branded labelled labeled',
  ),
  // "lies" and "lie" are the verb when a subject or a relative word comes before, or an object or place after ("the answer lies in").
  verbUseOf: new Map(
    [
      ['lies', 'it that which there who where matter problem answer truth difference'],
      // ("where the blame may lie": after a modal, the verb.)
      ['lie', 'it that which there who where to may might will would could can must should'],
      // "by striking down the plan", "striking a deal": the verb, not "a striking result".
      ['striking', 'by after while when before'],
    ].map(([w, before]): [string, ReadonlySet<string>] => [w as string, words(before as string)]),
  ),
  // ("The archipelago lies along the Ring of Fire", "which lies outside the zone": a place after it makes it the verb.)
  verbUseAfter: words('the a an in at within beneath behind ahead with between among down along outside inside close near below under beyond across'),
  formalAfterLoaded: words(
    'session sessions meeting meetings general summit measures powers rendition assembly jury juries slam prix put signs statistics records balance balances debt debts loan loans principal obligations warrants piano pianos total',
  ),
  superlatives: words('most least'),
  // "the most victimized with over 100,000 complaints": a word that gives a rank its measure (see measuredRank in opinion.ts).
  rankMeasures: words('with'),
  gradingWords: words('more less so very too already truly really deeply utterly'),
  // Stems of verbs of feeling (their -ing form judges: "entertaining", "troubling"), as written before -ing.
  feelingVerbs: words(`entertain excit thrill fascinat interest intrigu compell inspir amaz stunn disappoint embarrass frustrat annoy
    bor shock surpris troubl worry alarm disturb terrify frighten delight charm pleas impress humiliat confus baffl depress
    distress infuriat outrag sicken dismay astonish captivat exhilarat rivet excruciat`),
  // ("It is worth noting that…": a formula that points the reader to a fact; no one is noting it.)
  notSpeechEndings: phrases(['all told', 'worth noting', 'worth stressing']),
  speechParticiples: words('found forecast shown'),
  pointingWords: words('above below earlier previously here'),
  mannerAdverbs: words('clearly'),
  mannerMarkers: words('not very'),
  notSpeechPhrases: phrases([
    // "container ships now calling at U.S. ports": a ship's stop, not a call.
    'calling at',
    // "conceded defeat", "concedes the race": yielding an election is an act, not a claim.
    'conceded defeat',
    'concedes defeat',
    'concede defeat',
    'conceded the race',
    'conceded the election',
    // "launched its appeal, calling for $46 billion", "a resolution calling for equal pay": what the thing asks ("is calling for" still reports).
    'calling for',
    // "calling into question the conventional wisdom": an idiom of doubt cast, not speech.
    'calling into question',
    'called into question',
    'call into question',
    'calls into question',
    'pleaded guilty',
    'pleaded not guilty',
    'pleads guilty',
    'pleads not guilty',
    'plead guilty',
    'plead not guilty',
    'pleaded no contest',
    'pleaded innocent',
    'called off',
    'called up',
    'called for a vote',
    'added to',
    'notes payable',
    'states that border',
    // "the executives calling the shots": who is in charge, an idiom, not speech.
    'calling the shots',
    'called the shots',
    'call the shots',
    'calls the shots',
  ]),
  findingVerbs: words('found find finds show shows showed shown indicate indicates indicated determined concluded'),
  // ("The board determined the main causes were…", "Investigators concluded the fire had started…": a board of inquiry or
  // investigators finding a clause is their finding, credited to them; finding an object, "found the wreck", is an act.)
  findingBodies: words('panel panels commission tribunal inquiry investigation probe hearing jury board investigators'),
  favourWords: words('favour favor'),
  sourceVerbs: words(`found find finds show shows showed shown indicate indicates indicated determined concluded record records recorded list lists listed name names named put puts
    confirm suggest demonstrate demonstrates demonstrated highlights reveals cite cites`),
  // Documents and data speak through all of these; official bodies only record, list, name or put ("police found the car" is an act).
  sourceNouns: words(`figures data statistics numbers tally count records record papers documents document filings filing
    survey surveys study studies report reports poll polls census indictment complaint ruling judgment judgement affidavit
    results analysis review forecasts projections assessment assessments audit audits evaluation evaluations inspection inspections`),
  bodyNouns: words(`ministry ministries department treasury court courts agency agencies authorities government office commission
    regulator regulators prosecutors police`),
  bodyVerbs: words('record records recorded list lists listed name names named put puts'),
  pastForms: words(`lost won took made came went held fell rose struck left gave began became saw kept met ran sent spent built
    bought brought caught fought found thought led paid sold stood understood drew wrote broke chose flew fled froze grew knew
    shook sank spoke stole swept threw tore withdrew overtook`),
  pastParticiples: words('taken given begun seen drawn written broken chosen flown grown known shaken sunk spoken stolen thrown torn withdrawn overtaken done gone'),
  auxiliaries: words("has have had was were is are been hasn't haven't hadn't wasn't weren't"),
  doForms: words("do does did don't doesn't didn't"),
  modals: words("will would could might may should must can shall won't wouldn't couldn't can't cannot shouldn't mustn't"),
  notBeforePast: words('be to the a an its his her their our my your this that these those of very so too most more less'),
  // "Engineers will perform more tests": the plan of a named party, an event to check (see plannedAt in opinion.ts).
  planMarkers: words('will'),
  habitualWords: words('usually typically normally traditionally customarily routinely'),
  tagTails: words('during in at on to after before while when from via citing adding referring speaking'),
  nameConnectors: words("of for the and at de von van 's in"),
  noClaimPhrases: phrases([
    'did not say',
    'would not say',
    'declined to say',
    'did not specify',
    'would not comment',
    'did not disclose',
    'request for comment',
    'requests for comment',
    'for comment',
    'did not respond',
    'did not immediately respond',
    'declined to comment',
    'could not be reached',
    'not immediately available',
    'has been contacted',
    'was contacted',
  ]),
  // Agentless judgement: a cause or a verdict credited to no one, which is the writer's own reading.
  solidarityPhrases: new Set(SOLIDARITY_PHRASES),
  weakJudgements: phrases([
    // Certainty and emphasis: how sure the speaker is, not what they think of the matter.
    'of course',
    'no doubt',
    'without a doubt',
    'clearly',
    'obviously',
    'it is clear',
    "it's clear",
    'it’s clear',
    "let's be clear",
    'let’s be clear',
    'unsurprisingly',
    'make no mistake',
    'the truth is',
    'oh',
    'well',
    'certainly',
    'surely',
    'undoubtedly',
    // Sympathy and mourning: a statement's due words, on a loss any account would call one.
    'sadly',
    'tragic',
    'tragically',
    'painful',
    'saddened',
    'heartbreaking',
    'hopefully',
    // Informal spelling: a register, not a judgement.
    'gonna',
    'wanna',
    // Commitment and importance: a body's formula for its own policy.
    'committed to',
  ]),
  loadedPhrases: phrases([
    // A verdict on what an act will mean: "The judgement sends a powerful message that perpetrators will be held to account."
    'powerful message',
    'powerful signal',
    'unmistakable message',
    // What an event is said to mean for the reader: "The verdict serves as a reminder of…", "a strong reminder of the need for…".
    'serves as a reminder',
    'serve as a reminder',
    'served as a reminder',
    'strong reminder',
    'painful reminder',
    'powerful reminder',
    'timely reminder',
    'grim reminder',
    // Solidarity or resolve professed in the present (SOLIDARITY_PHRASES).
    ...SOLIDARITY_PHRASES,
    'largely attributed to',
    'widely attributed to',
    'mostly attributed to',
    'partly attributed to',
    'can be attributed to',
    // Degree and hindsight the writer supplies: "far too late", "could not be clearer", "was always going to".
    'far too',
    'much too',
    // A wait or a toll judged too long or too heavy: "has dragged on for too long", "justice has been delayed for too many".
    'for too long',
    'for too many',
    'little more than',
    'slap on the wrist',
    'hard to overstate',
    'impossible to overstate',
    // Disbelief the writer professes: "It's hard to fathom that…", "difficult to imagine".
    'hard to fathom',
    'hard to believe',
    'hard to imagine',
    'hard to comprehend',
    'difficult to fathom',
    'difficult to believe',
    'difficult to imagine',
    'difficult to comprehend',
    'impossible to imagine',
    'impossible to believe',
    'by any measure',
    'by any reasonable measure',
    "anyone's guess",
    'anyone’s guess',
    'of their own making',
    'of its own making',
    'last possible moment',
    'common sense',
    'could not be clearer',
    'could hardly be',
    'no good reason',
    'always going to',
    'a welcome',
    'welcome news',
    'of course',
    'nothing more than',
    'the truth is',
    'no doubt',
    'without a doubt',
    'not even',
    'to be fair',
    "let's face it",
    'let’s face it',
    'make no mistake',
    'right?',
    'wins big',
    'loses big',
    // The writer's reading of what an event means or how people feel about it: "a milestone in", "boosted hopes".
    'a milestone',
    'a rebuke',
    'a turning point',
    'boosted hopes',
    'raised hopes',
    'dashed hopes',
    'fuelled fears',
    'fueled fears',
    'turn of events',
    'a blow to',
    'a severe blow',
    'a major blow',
    'a major setback',
    'a setback to',
    'a setback for',
    'in tatters',
    'final chapter',
    'yet another',
    'no surprise',
    'not surprisingly',
    'remains to be seen',
    'time will tell',
    'a far cry from',
    'at long last',
    'long overdue',
    'is far from',
    'was far from',
    'are far from',
    'high time',
    'the reality is',
    'the fact is',
    'game changer',
    'wake-up call',
    'silver lining',
    'bright spot',
    'drop in the ocean',
    'drop in the bucket',
    'power grab',
    'witch hunt',
    'raise doubts',
    'raised doubts',
    'raises doubts',
    'raising doubts',
    'cast doubt',
    'casts doubt',
    'cast doubts',
    // The writer's weighing of what an event means: "the ruling is a major victory for tenants", "the crash raises questions about…".
    'a major victory',
    'a rare victory',
    'raises questions about',
    'raise questions about',
    'raises concerns about',
    'raise concerns about',
    'raising questions about',
    'raising concerns about',
    // What an event teaches, in the writer's words: "the fine is a reminder of…", "a stark reminder that…".
    'a reminder of',
    'a reminder that',
    'a stark reminder',
    // A verdict on a decision or a moment, in the writer's words: "the plan makes no sense", "a step in the right direction".
    'makes no sense',
    'make no sense',
    'a step in the right direction',
    'a dark day',
    'is a mistake',
    'was a mistake',
    'speak for themselves',
    'speaks for itself',
    'it is time for',
    'it’s time for',
    "it's time for",
    // Figures of speech that weigh what a thing means or is worth: "the CFPB is here to stay", "a clarion call for humanity",
    // "a wolf in sheep's clothing", "throwing money down the drain", "the investment will pay dividends".
    'here to stay',
    'sigh of relief',
    'clarion call',
    "in sheep's clothing",
    'in sheep’s clothing',
    'down the drain',
    'light at the end of the tunnel',
    'bear fruit',
    'bore fruit',
    'borne fruit',
    'will pay dividends',
    'reap the fruits',
    'reap the rewards',
    'tip of the iceberg',
    'perfect storm',
    'double-edged sword',
    'uphill battle',
    'slap in the face',
    'writing on the wall',
    'line in the sand',
    'smoke and mirrors',
    'last straw',
    'recipe for disaster',
    'house of cards',
    'kick the can',
    'moving the goalposts',
    'throw money at',
    'throws money at',
    'throwing money at',
    'as big as it gets',
    'shot in the arm',
    'elephant in the room',
    'hollow victory',
    'paper tiger',
    'bitter pill',
    'too little too late',
    'lip service',
    'sea change',
    'watershed moment',
    'breath of fresh air',
    'pipe dream',
    'crying out for',
    'spending spree',
    'spending sprees',
    'a roll call of',
    'shining example',
    'must be held accountable',
    'should be held accountable',
    'must be held to account',
    'should be held to account',
    'turn a blind eye',
    'turned a blind eye',
    'turning a blind eye',
    'turns a blind eye',
    'heads in the sand',
    'head in the sand',
    'pass the buck',
    'passing the buck',
    'band-aid solution',
    'political football',
    'red herring',
    'pie in the sky',
    'slippery slope',
    'under the bus',
    'out of touch',
    'a bridge too far',
    'stand idly by',
    'sit idly by',
    'stood idly by',
    'on the backs of',
    'fall through the cracks',
    'fell through the cracks',
    'falling through the cracks',
    'rob peter to pay paul',
    'shot across the bow',
    'unsung heroes',
    'second to none',
    'in the hearts and minds',
  ]),
  // "would" and "could" are left out: news uses them in plain relative clauses ("a bill that would ask").
  // ("seemingly" too: it tells how a thing looked, "glided on, seemingly with energy to spare", not what the writer guesses.)
  speculationWords: words('maybe perhaps probably possibly seems seem apparently likely unlikely might may'),
  // A hedge on a figure is an estimate, not a guess of the writer's (see unasserted in opinion.ts): "likely to increase",
  // "will likely continue to climb", "perhaps hundreds", "perhaps even more injured".
  trendVerbs: words(`increase increases rise rises climb climbs grow grows mount mounts fall falls decline declines drop drops
    decrease decreases double doubles triple triples`),
  thresholdVerbs: words('reach reaches pass passes exceed exceeds surpass surpasses top tops cross crosses hit hits'),
  roughCounts: words('dozens hundreds thousands millions billions scores tens'),
  moreWords: words('more fewer'),
  // ("is likely about 40", "perhaps around 300": a level hedge before the figure makes it an estimate too.)
  estimateLinks: words('to be even continue further still around about roughly approximately nearly almost'),
  // "to see how it might…", "whether it may…": a hedge in a question the sentence mentions asserts nothing.
  questionWords: words('how whether'),
  // "Crops are all likely affected", "roads have likely been cut", "activity appears to have picked up": a hedge on what has
  // already been done or suffered, an assessment of damage or of the past quarter, reports it (see hedgedState in opinion.ts).
  stateHedgeFillers: words('all both each already also still'),
  progressiveFillers: words('now also still currently already again even increasingly publicly repeatedly'),
  // "Many homes are estimated to have been damaged", "65 children have reportedly been orphaned": a damage assessment.
  assessmentHedges: words('reportedly estimated believed'),
  // "twice as likely to", "less likely than": a measured comparison of rates, not a guess (see speculationWords).
  likelihoodWords: words('likely unlikely'),
  likelihoodComparers: words('as more less least most times twice'),
  ranks: {
    ordinals: new Map(
      'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
        .split(' ')
        .map((w, n): [string, number] => [w, n + 2]),
    ),
    degreeWords: words('most least'),
    runWords: words('consecutive successive straight'),
    runTail: ['in', 'a', 'row'],
    placeNouns: words('place position'),
  },
  timesWords: {
    factors: new Map([
      ...['twice', 'double', 'doubled', 'doubles', 'doubling'].map((w): [string, number] => [w, 2]),
      ...['triple', 'tripled', 'triples', 'tripling'].map((w): [string, number] => [w, 3]),
      ...['quadruple', 'quadrupled', 'quadruples', 'quadrupling'].map((w): [string, number] => [w, 4]),
      ...['halved', 'halves', 'halving'].map((w): [string, number] => [w, 0.5]),
    ]),
    needsObject: words('twice double triple quadruple'),
    objectOpeners: words('as the that what its their his her our this these those'),
    not: words('down up back check standard digits digit'),
    unit: 'times',
    comparedOnly: words('twice'),
    as: 'as',
    comparison: /^as\s+\p{L}+\s+as\b|^as\s+(?:many|much|likely|often|high|large|fast|long)\b/u,
  },
  speculationPhrases: phrases([
    'it seems',
    'appear to',
    'appears to',
    'appear to have',
    'is likely',
    'are likely',
    'it is possible',
    'there is a chance',
    'can at least',
    // A guess at what follows, whoever's clause it is in: "could mean a sharper rise", "little chance of a deal".
    'little chance',
    'could mean',
    // A guess at where a count or a trend goes next: "the toll could rise", "prices could double".
    'could rise',
    'could climb',
    'could increase',
    'could grow',
    'could worsen',
    'could double',
    'could exceed',
    'may mean',
    'might mean',
    // A forecast put as near-certain is still the writer's forecast: "a title is all but guaranteed", "something of a given".
    'all but guaranteed',
    'all but certain',
    'all but assured',
    'all but inevitable',
    'something of a given',
    'a foregone conclusion',
  ]),
  modalsBeforeAttribution: words('would could might may should shall can cannot'),
  notBeforeAttribution: words('to is are was were be been being after before by without for the a an of its his her their our my your neither nor'),
  pronouns: words('he she they He She They'),
  notNames: words(`The A An In On At By For With From As Into And But Or If Of To This That These Those It Its Also Meanwhile However
    After Before During Since Until Earlier Later Yesterday Today Speaking Asked Across Even Among Prior Yet So Then While When Where
    Why How What Who Which Both Several Another Some Any All Each Every One Two Three Four Five Mr Mrs Ms Dr He She They We I You
    There Here Let Let’s Let's Just Almost Think Sounds Right Sure Ours More Want No Not Indeed Together Lower Original Source`),
  titles: words(`Mr Mr. Mrs Ms Dr President Secretary Minister Foreign Prime Chancellor Spokesman spokesman Senator General Lower house
    speaker US U.S. UK Russian Ukrainian British German French State Defense Defence Kremlin of Deputy Vice Former former`),
  dayNames: words('monday tuesday wednesday thursday friday saturday sunday'),
  relativeDays: new Map([
    ['yesterday', -1],
    ['today', 0],
    ['tonight', 0],
  ]),
  obligationModals: words("must mustn't should shouldn't ought"),
  sequenceAdverbs: words(`currently additionally previously subsequently separately finally similarly accordingly consequently initially
    originally recently lately eventually ultimately secondly thirdly lastly firstly specifically notably reportedly allegedly officially
    publicly locally nationally internationally globally early daily weekly monthly yearly annually`),
  debris: [
    /^sources?:(?:\s|$)/i,
    /^no comments:?$/i,
    /^post a comment$/i,
    /^original url:?$/i,
    /^https?:\/\//i,
    /^published:/i,
    /^updated:/i,
    /^date\s+\d{4}-\d{2}-\d{2}$/i,
    /^[Bb]y\s+[A-Z][\w.'’-]*(\s+(?:[A-Z][\w.'’-]*|and|&|,))*(\s+(?:for|in|at)\s+[\w ]+)?$/,
    /^\*\*.*\*\*$/,
    /support us now/i,
    /^magazine support$/i,
    /pic\.twitter\.com/i,
    /tweet embed/i,
    /^with reports from/i,
    /^[—–-]\s*\p{L}[\p{L} ]*\(@\w+\)/u,
    // A bare domain name on its own line (a source credit or a watermark).
    /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|news|co|io|gov|edu|[a-z]{2})(?:\.[a-z]{2})?\/?$/i,
    /^(?:share|share this( article| story)?|read more|read also|related|advertisement|advert|sponsored|subscribe|sign up|follow us|click here|image caption|getty images|photo credit)\b[^.!?]{0,60}$/i,
    CAPTION_LABEL,
    /^(?:copyright|©)/i,
    /all rights reserved/i,
    // A page's note to its readers or the press: "Note: For podcast/radio interviews we will offer clean audio…".
    /^(?:editor(?:'|’)?s )?note:\s/i,
    // A page's licence note: "…, this file is not subject to copyright protection and is in the public domain."
    /\bnot subject to copyright\b|\b(?:this|the) (?:file|page|work|document|article) is (?:in the public domain|licensed under)\b/i,
    // A mirror's licence note: "The text is licensed under Creative Commons…", "Additional terms may apply for the media files."
    /\b(?:the )?text is (?:available|licensed) under\b|\badditional terms may apply\b|\bthis article is issued from\b/i,
    /^(?:posted|last updated|first published)\b/i,
    /^(?:written|reported|edited) by\b/i,
    /^(?:tags?|topics?|filed under)\s*:/i,
    /^.{0,60}\bnewsletters?\b/i,
    // Sign-up boxes: "Keep an eye on your inbox", "By pressing sign up, I agree to the Terms of Use…".
    /\b(?:terms of (?:use|service)|our privacy policy|your inbox|your subscription|signing up|unsubscribe)\b/i,
    /^(?:thanks|thank you)(?: for (?:signing up|subscribing|reading))?!?$/i,
    /^sorry!?$/i,
    // The site talking to its visitor, not the story: empty search results, scripts, cookies, redirects.
    /^(?:sorry[,!.]?\s+)?(?:there (?:were|are|is) )?no (?:results|matches|items|articles|stories)\b(?! (?:of|from) the\b)/i,
    /\b(?:enable|turn on) javascript\b|\bjavascript is (?:disabled|required)\b/i,
    /\b(?:accept|allow|manage) (?:all )?cookies\b|\bcookie (?:settings|preferences|policy)\b/i,
    /^you (?:are|'re|’re) (?:now )?(?:leaving|being redirected|viewing)\b/i,
    // Instructions to the visitor ("Please reset the filter…", "…and try again."): news prose does not give them.
    /^please (?:try|reset|refresh|reload|enable|select|sign|log|click|tap|change|update|use|upgrade)\b|\btry again(?: later)?[.!]?$/i,
    // The site asking its visitor to write in about the page or its comment box.
    /^please (?:let us know|contact us|email us|tell us|read our|see our|review our)\b/i,
    // A wire credit in brackets left on its own after the last sentence: "(CNN).", "(Agency News)".
    /^\(\p{Lu}[\p{L}&.'’ -]{0,30}\)[.]?$/u,
    // A dateline on its own: "RABAT, Morocco (AP) —", "Rabat (Morocco):".
    /^\p{Lu}[\p{L}.'’-]+(?:,?\s\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:[[(][^\])]{1,30}[\])])?(?:,\s*\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?\s*(?:\([^)]{1,30}\))?\s*:$/u,
    // "MOSCOW (Agency News / Wire - 02nd February, 2021)": a city in capitals and a dated credit.
    /^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:,\s[\p{L}.\s]{2,30}?)?\s*\([^)]{0,60}[\d/][^)]{0,60}\)$/u,
    // A date (and time) on its own: "Thursday, September 29, 2022", "29 Sept. 2022 at 10:04 am EDT", "2022-09-29".
    /^(?:\p{L}+day,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+\p{Lu}{2,4})?)?$/iu,
    // A time first, then the date: "10:04 AM EDT, Thu September 29, 2022".
    /^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s+\p{Lu}{2,4})?,?\s+[\p{L}.,\s]{0,30}\d{1,2},?\s+\d{4}$/iu,
    /^\d+\s*(?:min|mins|minute|minutes)\s+read$/i,
    /^listen to (?:this )?(?:article|story)\b/i,
    /^\(?(?:reporting|additional reporting|writing|editing) by\b/i,
    /^\((?:[^)]*\s)?photos?\s*\/[^)]*\)$/i,
    /^(?:photo|photograph|image|picture)s?\s+(?:by|credit)\b/i,
    // "Thursday June 8, 2023 –": a date and a dash.
    /^(?:\p{L}+day,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4})\s*[—–-]{1,2}$/u,
    /^\p{Lu}[\p{Lu}'’.\s-]{2,}(?:,[^—–]{1,40})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}$/u,
    // A wire credit in brackets and a dash, cut off the first sentence: "(CNN) —", "(WASHINGTON) --".
    /^\(\p{Lu}[\p{L}&.'’ -]{0,30}\)\s*(?:--|[—–-])$/u,
    // An outlet and a city in capitals: "Newsdesk, JAKARTA –".
    /^\p{Lu}[\p{L}.'’-]{1,25},\s+\p{Lu}{2,}[\p{Lu}.'’-]*(?:\s\p{Lu}{2,}[\p{Lu}.'’-]*)*\s*(?:--|[—–-])$/u,
    // Links to other stories: "RELATED: …", "Go deeper: …", "(More Harbour stories.)", "More Related News".
    /^(?:related|see also|also read|read also|read more|go deeper|more on this|more)\s*:/i,
    // The site's own accounts: "Follow us on our channel for breaking news!", "Follow him on the platform @janeroe".
    /^follow (?:us|me|him|her|them) (?:on|at)\b/i,
    // A transition to a list of points: "Here's what you need to know.", "Here is what to know:".
    /^here(?:'s|’s| is| are) what (?:you need to|you should|to) know\b[^.!?]{0,40}[.:]?$/i,
    // A graphic's caption: "This map shows…", "The chart above shows…".
    /^(?:this|the) (?:map|chart|graphic|graph|photo|photograph|image|picture|satellite image|video)(?: above| below)? (?:shows|depicts)\b/i,
    // Or its key: "On the map, the darker shades for a colour indicate a larger margin.", "In the chart below, …".
    /^(?:on|in) (?:this|the) (?:map|chart|graphic|graph|image|picture)(?: above| below)?,/i,
    // A crosshead set between dashes, as some agencies set them: "- ‘We are not afraid’ -", "- Fees to rise -".
    /^[-–—]\s+[^\s\-–—][^\-–—]{0,80}\s+[-–—]$/u,
    // A pointer to a link: "You can read the statement in its entirety here.", "Watch the briefing here."
    // ("Read a full copy of the letter here or below:": a colon pointing down to it.)
    /^(?:you can |readers can )?(?:read|see|view|watch|download|find|listen to|sign up|subscribe|register)\b[^.!?]{0,80}\s(?:here|at this link)(?: or below)?[.!:]?$/i,
    // A record's procedure, not the debate: "The Chair recognizes the gentlewoman from Ohio for 5 minutes.", "The following
    // Statement was made in the House of Commons on Wednesday 20 July."
    /^the (?:chair|speaker pro tempore|presiding officer|speaker) recognizes\b[^!?]{0,100}$/i,
    /^the following statement was made in the house of (?:commons|lords|representatives)\b[^.!?]{0,60}\.?$/i,
    // A picture's colour key: "…compares to the average minimum extent over the past 30 years (in yellow)."
    /\((?:shown |outlined |marked |circled )?in (?:yellow|red|blue|green|orange|white|black|gr[ae]y|purple|pink|magenta|cyan)\)/i,
    // "Full remarks from this morning's press conference are available here."
    // "The full text of the letter sent can be viewed HERE and below."
    /^[^.!?]{0,120}\b(?:(?:is|are) (?:now )?available|(?:can|may) be (?:viewed|read|found|seen|accessed|downloaded)) (?:here|at this link|online here)(?:,? (?:and|or) below| below)?[.!]?$/i,
    // "Below are the Senator's remarks, which can also be viewed here:": what follows, and where else it is.
    /^below (?:is|are) [^.!?]{0,80}\b(?:can|may) (?:also )?be (?:viewed|read|found|seen|watched) (?:here|online)[.:]?$/i,
    // A site's sign-up box and comment box: "Opt in to send and receive text messages from…", "We'll be in touch with the
    // latest information on…", "Comments are closed, but trackbacks and pingbacks are open."
    /^opt in to (?:send|receive|get)\b|^we(?:'|’)ll be in touch with the latest\b|^comments are (?:closed|open)\b/i,
    // A reader prompt under a story: "What do you think of this discovery?", "We want to hear from you.", "Write to us in the
    // Comments Section."
    /^what do you think (?:of|about) (?:this|these|the) [^.!?]{0,40}\?$|^we(?:'d|’d| would)? (?:want|like|love) to hear from you\b|^(?:write to us|let us know what you think|tell us what you think)\b[^.!?]{0,60}[.!]?$/i,
    // A site's appeal for money: "To donate by check, phone, or other method, see our More Ways to Give page."
    /^to donate\b[^.!?]{0,80}\b(?:see|visit|click)\b|\bmore ways to give\b|^(?:please )?(?:donate|give) (?:now|today)\b/i,
    // A story's credits and a broadcaster's sign-off: "Anne Ball adapted this story for Learning English.", "Hai Do was the
    // editor.", "I'm Anne Ball.".
    /^I(?:'|’)m \p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,2}\.$/u,
    /^\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|and))*\s(?:wrote|adapted|edited|produced|reported on) this (?:story|report|article)\b[^.!?]{0,60}\.?$|^\p{Lu}[\p{L}.'’-]+(?:\s(?:\p{Lu}[\p{L}.'’-]+|and))*\s(?:was|were) the (?:editors?|producers?)\.?$/u,
    // A blog's reading time: "6 min readNov 14, 2022", "…Published: May 05, 20201 min read".
    /^\d{1,3} min read\b|\b\d{1,3} min read$/i,
    // An encyclopedia's note on an old revision: "This is an old revision of this page, as edited by … The present address
    // (URL) is a permanent link to this revision, which may differ significantly from the current revision."
    /^this is an old revision of this page\b|^the present address \(url\) is a permanent link\b|\bmay differ significantly from the current revision\b/i,
    // A broadcaster's box about itself: "The Voice of America provides news and information in more than 40 languages…",
    // "Stories with the VOA News byline are the work of…".
    /^[^.!?]{0,60}\bprovides news and information in (?:more than |over )?\d+ languages\b|^stories with the [^.!?]{0,40} byline are the work of\b/i,
    // An encyclopedia's map line: "Coordinates: 08°09′01″S 112°34′26″E / 8.15028°S 112.57389°E".
    /^coordinates\s*:?\s*-?\d{1,3}(?:[.,]\d+)?°/i,
    // A page's note on the reader's browser: "Internet Explorer lacks support for the features of this website."
    /\b(?:internet explorer|your (?:web )?browser)\b[^.!?]{0,80}\b(?:support|supported|outdated|upgrade|update|enable)\b/i,
    // An encyclopedia's note on other pages: "For the Winter Paralympics, see 2010 Winter Paralympics.", "This article is about…".
    // (Names on both sides: "For more information about the fees, see the board's report." is a sentence.)
    /^For (?:the |other |a )?\p{Lu}[^.!?]{0,60}, see (?:the )?[\p{Lu}\d][^.!?]{0,80}\.?$|^This article is about\b/u,
    // A source credit with its date in brackets under an item: "(OCHA, 11 Sep 2006)".
    /^\(\p{Lu}[\p{L}&.'’ -]{0,30},\s*\d{1,2}\s\p{L}{3,9}\.?\s\d{4}\)\.?$/u,
    // "Visit UN News for more.", "Read more.", "Download chart data in Excel format.": a link's own words.
    /^visit\b[^.!?]{0,60}\bfor more\.?$|^read more\.?$|^download (?:the |larger |full )?(?:chart|data|table|image|pdf|report|file)\b[^.!?]{0,60}\.?$/i,
    // A subscription's offer: "Billed as $4.99 for the 1st month, $9.99 thereafter."
    /^(?:billed|charged) (?:as|at)\b[^!?]{0,80}\bthereafter\b/i,
    /^\(more\s[^()]{1,40}\bstories\.?\)$/i,
    /^more (?:related )?(?:news|stories|articles)$/i,
    /^read the (?:full )?(?:[\p{L}-]+\s){0,3}(?:release|report|statement|story|article|ruling|decision|filing|transcript)(?:\s+here)?\.?$/iu,
    // The page about itself, not the story: "This story is developing and will be updated."
    /^this (?:story|article|report|post|page) (?:is (?:developing|breaking|being updated)|(?:has been|was|will be|may be) updated)\b/i,
    // The site's own offers: "Get updates … with our free breaking news email alerts."
    /\bour free\b[^.]{0,40}\b(?:alerts|newsletters?)\b/i,
    // Markup left in a scraped text: "<image>…</image>", "![alt](…)".
    /^<\/?(?:image|img|figure|video|iframe)\b/i,
    /^!\[[^\]]*\]\(/,
    // A release's header: "… this news release is embargoed until …", "For Immediate Release".
    /\bthis (?:news |press )?release is embargoed\b|^embargoed\b|^for immediate release\b/i,
    // Contact details: two phone numbers or e-mail addresses in one piece ("Media contact: (202) 555-0100 * press@agency.gov").
    /(?:\(\d{3}\)\s?\d{3}-\d{4}|[\w.+-]+@[\w-]+\.[\w.-]+)[^]*?(?:\(\d{3}\)\s?\d{3}-\d{4}|[\w.+-]+@[\w-]+\.[\w.-]+)/,
    // A link to another page: "Click here to read the full report…", "Tap here for…", "Click below to share…".
    /^(?:click|tap) (?:here|below|above)\b/i,
    // A pointer to another page: "For more information, read the release…", "For additional resources, visit…".
    /^for (?:more|additional|further) (?:information|details|resources),\s+(?:please\s+)?(?:read|visit|see|go to|contact|call|email|click)\b/i,
    // The page's own controls and slots: "Close this search box.", "- Advertisement -".
    /^(?:close|open) (?:this|the) (?:search box|search|menu|window|dialog)\.?$|^[-–—]\s*advertisement\s*[-–—]?$/i,
    // A speech's text as given out: "Remarks as prepared for delivery.", "(Remarks as delivered)".
    /^\(?(?:remarks|speech|testimony|statement) as (?:prepared for delivery|delivered)\)?\.?$/i,
    // Appeals to the visitor: "Become a supporter of this podcast: https://…", "Support our newsroom - please donate here".
    /^become a (?:supporter|member|patron|subscriber)\b|\bplease donate\b/i,
    // The browser notice: "IE 11 is not supported. For an optimal experience visit our site on another browser."
    /\b(?:IE|internet explorer)\s?\d*\s+is not supported\b|\bvisit (?:our|this) site (?:on|in|with|using) (?:another|a different|a newer|a modern) browser\b|\b(?:your|this) browser is (?:not supported|out of date|outdated)\b/i,
    // A photo viewer's link: "Open this photo in gallery:".
    /^open this (?:photo|image|picture) in (?:the )?gallery\b/i,
    // A wire dateline whose city names a slash joins: "ZURICH/LONDON, July 23 (Agency) -".
    /^\p{Lu}[\p{Lu}'’.\s-]{1,}(?:\/\p{Lu}[\p{Lu}'’.\s-]{1,})+(?:,[^—–]{1,40})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}$/u,
    // A dateline ending in a stop, and the agency between slashes after it: "THE HAGUE, July 23.", "/AGENCY/."
    /^\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*,\s+\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.$/u,
    /^\/\p{Lu}[\p{L}-]{1,20}\/\.?$/u,
    // A date between the bars a page puts between headline, date and story: "| 15 June 2022 |".
    /^privacy policy$/i,
    /^\|\s*(?:\p{L}+day,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4})\s*\|$/u,

    // A government site's banner ("Official websites use .gov", "Secure .gov websites use HTTPS…").
    /^official websites use \.gov\b|^secure \.gov websites use\b|^share sensitive information only on official, secure websites\b/i,
    // The rest of that banner: "A .mil website belongs to an official …", "A lock (…) or https:// means you've safely connected …",
    // "The .gov means it's official.", "Federal government websites often end in .gov or .mil.", "Before sharing sensitive information, …".
    /^an? \.(?:gov|mil) website belongs to an official\b|^a lock\b.{0,20}\bor https:\/\/ means you['’]ve safely connected\b/i,
    /^the \.(?:gov|mil) means it['’]s official\b|^federal government websites (?:often|always|usually) end in\b/i,
    /^before sharing sensitive information, make sure you['’]re on an? (?:federal |official )*(?:government )?(?:site|website)\b|^the https:\/\/ ensures that you are connecting to the official\b/i,
    // The site about the page: an archive's notice, a missing translation, a note to screen readers.
    /^you have accessed (?:part of )?an? (?:historical|archived) (?:collection|page|site)\b|^this page has not been translated into\b/i,
    // "This is archived content from the … website.", and the banner "U.S. flag An official website of the United States government."
    /^this is archived content\b|^this (?:page|content) (?:is|has been) archived\b/i,
    /^(?:u\.s\. flag\s+)?an official website of the (?:united states|u\.s\.)(?: federal)? government\b/i,
    // A pointer to another page by its title: "More information … may be found on the agency's website: Recall of … (May 2030)."
    /\b(?:is|are|can be|may be) (?:found|available) (?:on|at) [^.!?]{0,40}\bwebsite:\s/i,
    /\bmay be outdated and links may (?:not|no longer) (?:function|work)\b|^visit the .{1,30} page for resources in that language\b/i,
    /^(?:note to screen[- ]readers|for screen[- ]reading purposes)\b|^this page is using an iframe\b/i,
    // A transcriber's note on its own: "[inaudible 00:01:02].", "[crosstalk]".
    // A speaker's label in a record of remarks or of a debate: "The President.", "Ms. ROE.", "Mr. BLOGGS of Ohio.", "The SPEAKER pro tempore."
    /^(?:speaker|participant|interviewer|moderator|caller|reporter|audience member|unidentified (?:man|woman|speaker|male|female))\s?\d{0,2}:$/i,
    /^the (?:president|vice president|speaker|presiding officer|chair|chairman|chairwoman|moderator)(?: pro tempore)?\.$/i,
    /^(?:Mr|Mrs|Ms|Miss|Madam|Dr)\.\s\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+)*(?:\sof\s\p{Lu}[\p{L}\s]{1,20})?\.$/u,
    /^\[[^\]]{1,60}\]\.?$/,
    // A note on an embedded video or clip: "Watch above via …", "Listen below."
    /^(?:watch|listen)(?: to)?(?: the (?:full )?(?:video|clip|interview|remarks|speech|press conference))? (?:above|below)\b/i,
    // A paid slot's label: "Sponsor: …", "Sponsored content: …".
    /^(?:sponsor|sponsored(?: content| by)?|paid (?:content|post)|promoted)\s*:/i,
    // A repost's credit to where it first ran: "Article courtesy of the Harbour Post:", "Reprinted with permission from …".
    /^(?:this )?(?:article|story|post|content)\s+(?:courtesy of|(?:is )?(?:reprinted|republished|reproduced) (?:from|with permission))\b|^(?:reprinted|republished|reproduced) (?:from|with permission)\b/i,
    // A release's dateline cut off its sentence: "Port Ellis, Ore. –", "(Port Ellis, D.C.) –", "Port Ellis DC —", "May 3, 2030, Port Ellis, Ore.—".
    /^(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},\s+\d{4},\s+)?(?:[([]\p{Lu}[\p{L}'’.-]*(?:,?\s\p{Lu}[\p{L}'’.-]*){0,4}[)\]]|\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?|\s\p{Lu}{2}))(?:\s*\([^)]{1,40}\))?\s*(?:--|[—–-])$/u,
    // A dateline in capitals whose dash the page lost, cut off its sentence: "PORT ELLIS, Ore.", "HARBOUR CITY, D.C.".
    /^(?!(?:\p{Lu}\.){2})\p{Lu}{2}[\p{Lu}'’.-]+(?:\s\p{Lu}{2}[\p{Lu}'’.-]*)*,\s\p{Lu}[\p{L}.]{1,12}(?:\s\p{Lu}[\p{L}.]{1,12})?$/u,
    // A wire dateline with a credit or a date, cut off its sentence: "Port Ellis (Agency) -", "Port Ellis, OR – (Agency) –",
    // "Port Ellis, 14 March 2030 –", "Lisbon, March 14, 2030 —", "Oct. 14 (Agency) --".
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*)?(?:,\s+(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}))?(?:\s*(?:--|[—–-]))?\s*\(\p{Lu}[^)]{0,40}\)\s*(?:--|[—–-])$/u,
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}(?:,\s\p{Lu}[\p{L}'’.-]*)?,\s+(?:\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})\s*(?:--|[—–-])$/u,
    /^\p{Lu}\p{L}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*\(\p{Lu}[^)]{0,40}\)\s*(?:--|[—–-])$/u,
    // A place and a long dash, cut off the first sentence: "Washington —", "New Delhi --"; or a structured summary's
    // run-in head: "Objectives –", "Results —".
    /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?:—|–|--)$/u,
    // A body's press desk as the dateline: "CDC Newsroom –", "Agency Press Office —".
    /^\p{Lu}[\p{L}.'’&-]*(?:\s\p{Lu}[\p{L}.'’&-]*){0,3}\s(?:Newsroom|Press Office|Press Room|News Desk)\s(?:—|–|--)$/u,
    // Two dates, each after a word, joined by a dash: "Argued February 28, 2023—Decided June 30, 2023".
    /^\p{Lu}\p{Ll}+\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4})\s*[—–-]{1,2}\s*\p{Lu}\p{Ll}+\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4})$/u,
  ],
  photoCredits: [
    // "(U.S. Army photo by Sgt. Jane Roe)", "Staff photo by Jane Roe", "Photo courtesy of the port".
    /^\(?(?:[\p{L}.'’ -]{0,40}\s)?(?:photo|photograph|image|picture|video|illustration)s?\s+(?:by|courtesy(?: of)?|credit)\b[^()]{0,80}\)?\.?$/iu,
    // "Photo: Jane Roe/Agency", "(Image: Port Authority)".
    /^\(?(?:photo|photograph|image|picture|credit)s?\s*:\s*[^()]{1,80}\)?\.?$/iu,
    // "Photo credit: Harbour News (www.harbournews.example).": a credit with its site in brackets.
    /^(?:photo|image|picture) credits?\s*:\s*[^()]{1,60}(?:\([^()]{1,60}\))?\.?$/iu,
    // "Courtesy of the Harbour Board", "(Courtesy photo)".
    /^\(?courtesy(?:\s+of|\s+photo)?\s+[^()]{0,80}\)?\.?$/iu,
    /^\(?courtesy photo\)?\.?$/iu,
    // "AP Photo/Jane Roe", "(Agency Photo/Jane Roe, File)".
    /^\(?\p{Lu}[\p{L}.]{0,15}(?:\s\p{Lu}[\p{L}.]{0,15}){0,2}\s+photos?\s*\/\s*\p{Lu}[^()]{0,60}\)?\.?$/u,
    // "(Agency/Jane Roe)", "(Harbour Board/Jo Bloggs, File)": an agency and a photographer in brackets
    // (or two photographers and their agency: "(Jane Roe and Jo Bloggs/Harbour Board via Agency)").
    /^\(\p{Lu}[\p{L}.&'’ -]{1,50}\/\s?\p{Lu}[\p{L}.'’ ,-]{1,40}\)\.?$/u,
    // "( Agency: Jane Roe )": an agency's short name in capitals and its photographer after a colon, in brackets.
    /^\(\s?\p{Lu}{2,6}(?:\s\p{Lu}\p{Ll}+)?:\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\s?\)\.?$/u,
    // "(Representational)", "(Representative image)": the note that a picture only stands for the story.
    /^\((?:representational|representative(?: image| photo| picture)?)(?: image| photo| picture)?\)\.?$/iu,
    // "Photo:" on its own, its credit cut off after it.
    /^(?:photo|photograph|image|picture|credit)s?\s*:$/iu,
    // "Photo Jane Roe/Agency Wire": the label and a photographer and agency, no colon.
    /^(?:[Pp]hoto|[Pp]hotograph|[Ii]mage|[Pp]icture)s?\s+\p{Lu}[\p{L}.'’ -]{1,40}\/\s?\p{Lu}[\p{L}.'’ -]{1,30}$/u,
    // "Jane Roe/The Agency": a photographer and an agency after a slash, at the end of a caption's line.
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\/(?:The\s)?\p{Lu}[\p{L}.&'’ -]{1,40}$/u,
    // "Agency/Jane Roe", "Harbour Board Photo/Jo Bloggs.": an agency and then a photographer's name after a slash.
    /^\(?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}(?:,\s[Ff]ile)?\)?\.?$/u,
    // "(© Jane Roe/Agency)", "© Harbour Board": a copyright sign opening a short line.
    /^\(?©\s?[^()]{1,60}\)?\.?$/u,
    // "Getty Images", "Jane Roe via Getty Images", "(File photo)", "File photo: the old pier".
    /^\(?(?:[\p{L}.'’ -]{1,40}(?:\/\s?|\s(?:via|for)\s))?Getty Images\)?\.?$/u,
    /^\(?file (?:photo|image|picture)\b[^()]{0,60}\)?\.?$/iu,
  ],
  // "Agency/Jane Roe A crowd gathers…", "… in May 2029 Agency/Jane Roe": a photographer's credit run into a
  // caption's sentence, at its start or its end: the sentence is that picture's caption.
  creditRunIn: [
    /^(?:©\s?)?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\s(?:\|\s)?\p{Lu}[\p{Ll}\s]/u,
    /\s(?:©\s?)?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,2}\s?\/\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\.?$/u,
  ],
  captionVerb: {
    present: /^\p{Ll}{2,}[^su'’]s$/u,
    past: /^\p{Ll}{3,}ed$/u,
    pastBe: words("was were wasn't weren't had"),
    participleAfter: words('in by at on during with from near after for into under as outside inside'),
    backReference: words('the this that these those it he she they his her its their we i our'),
    pictureVerbs: words(`speaks speak poses pose stands stand listens listen looks look walks walk arrives arrive attends attend
      gestures gesture waves wave greets greet smiles smile sits sit watches watch talks talk testifies testify`),
    seenWords: words('seen pictured shown photographed'),
    subjectJoiners: words("of for the and at de von van from 's"),
    positions: words('left right center centre l r c'),
    fileMark:
      /^(?:file(?: photo)?\s*(?:-|–|—|:)|\(file(?: photo)?\))(?=\s|$)|^(?:in )?(?:this|these) (?:(?:undated|handout|file|aerial|satellite|combination)\s+)?(?:photo(?:graph)?s?|pictures?|images?|screen ?(?:shot|grab)s?|(?:video|frame) grabs?|combination of (?:photo(?:graph)?s|pictures|images))\b(?! (?:is|was|were|are) (?:not|false|fake|real|doctored|misleading))/i,
    descriptionLabel:
      /^(?:(?:text overlay|overlay text|image description|image text|alt text|alternative text|photo description|on-screen text)\s*:|(?:(?:line|bar|pie|column|area|stacked bar|scatter|donut)\s+)?(?:map|photo|photograph|image|picture|chart|graph|illustration|diagram|animation)\s+(?:shows|showing|depicts|depicting)\s|(?:image|photo|photograph|picture|illustration|screenshot|rendering) of\s)/i,
    pictureWords: /\b(?:photo|photograph|picture)\b|\((?:left|right|center|centre|from left)\)/i,
  },
  // A dated update label heading a paragraph: "Update August 2023: …" (see updateHead in structure.ts).
  updateLabels: words('update updated'),
  // A body's press desk named as a release's dateline: "CDC Newsroom – Today…" (see deskDateline in structure.ts).
  pressDesks: ['Newsroom', 'Press Office', 'Press Room', 'News Desk'],
  lineWrapWords: words(
    'the a an of to and or in on at by for with from as into than that its their his her our before after about between during through within without against called named nicknamed dubbed',
  ),
  // ("Source: Harbour Board, published on Monday, May 3 2030.": a reprint's line naming where its text came from points to another page too.)
  linkLabel: /^(?:related|see also|also read|read also|read more|go deeper|more on this|more|source|sources|original source)\s*:/i,
  labelQuestionWords: words('what why how where when who which'),
  // Names in lower case; ISO codes in capitals, matched only when written so ("TRY", not "try").
  currencyPhrases: (
    [
      ['us dollars', 'USD'],
      ['u.s dollars', 'USD'],
      ['american dollars', 'USD'],
      ['canadian dollars', 'CAD'],
      ['australian dollars', 'AUD'],
      ['new zealand dollars', 'NZD'],
      ['hong kong dollars', 'HKD'],
      ['singapore dollars', 'SGD'],
      ['british pounds', 'GBP'],
      ['pounds sterling', 'GBP'],
      ['swiss francs', 'CHF'],
      ['japanese yen', 'JPY'],
      ['chinese yuan', 'CNY'],
      ['indian rupees', 'INR'],
      ['south korean won', 'KRW'],
      ['russian roubles', 'RUB'],
      ['russian rubles', 'RUB'],
    ] as const
  ).map(([w, currency]) => ({ words: w.split(' '), currency })),
  currencyWords: new Map([
    ...['dollar', 'dollars', 'USD'].map((w): [string, string] => [w, 'USD']),
    ...['euro', 'euros', 'EUR'].map((w): [string, string] => [w, 'EUR']),
    ...['pound', 'pounds', 'sterling', 'GBP'].map((w): [string, string] => [w, 'GBP']),
    ...['won', 'KRW'].map((w): [string, string] => [w, 'KRW']),
    ...['yen', 'JPY'].map((w): [string, string] => [w, 'JPY']),
    ...['yuan', 'renminbi', 'CNY', 'RMB'].map((w): [string, string] => [w, 'CNY']),
    ...['rupee', 'rupees', 'INR', 'Rs'].map((w): [string, string] => [w, 'INR']),
    ...['dirham', 'dirhams', 'MAD', 'AED'].map((w): [string, string] => [w, 'DIRHAM']),
    ...['franc', 'francs', 'CHF'].map((w): [string, string] => [w, 'CHF']),
    ...['rouble', 'roubles', 'ruble', 'rubles', 'RUB'].map((w): [string, string] => [w, 'RUB']),
    ...['lira', 'TRY'].map((w): [string, string] => [w, 'TRY']),
    ...['peso', 'pesos', 'PHP', 'Php'].map((w): [string, string] => [w, 'PESO']),
    ...['CAD', 'AUD', 'HKD', 'SGD', 'NZD'].map((w): [string, string] => [w, w]),
  ]),
  multiplierSuffixes: new Map([
    ['k', 1e3],
    ['m', 1e6],
    ['mn', 1e6],
    ['mln', 1e6],
    ['bn', 1e9],
    ['b', 1e9],
    ['tn', 1e12],
    ['trn', 1e12],
  ]),
  percentWords: phrases(['percent', 'per cent', 'pc']),
  pointWords: phrases(['percentage points', 'percentage point', 'points', 'point']),
  basisPointWords: phrases(['basis points', 'basis point', 'bps', 'bp']),
  shareOfPoint: phrases(['of a percentage point', 'of a point', 'a percentage point', 'a point']),
  pointShares: new Map([
    ['half', 1 / 2],
    ['quarter', 1 / 4],
    ['three-quarter', 3 / 4],
  ]),
  pointSharesBare: words('half'),
  pointTails: phrases(['a percentage point', 'a point', 'percentage point', 'point']),
  changeSizeWords: words('by'),
  termNamedNouns: words('treasury treasuries yield yields note notes bond bonds bill bills gilt gilts bund bunds'),
  tableScales: [
    { words: ['in', 'thousands'], scale: 1e3 },
    { words: ['in', 'millions'], scale: 1e6 },
    { words: ['in', 'billions'], scale: 1e9 },
  ],
  movesBeforeUpTo: words(
    'move moves moved moving go goes going went gone revise revises revised revising edge edges edged edging tick ticks ticked ticking crept creeping inched inching climbed rose risen jumped soared',
  ),
  zoneNames: { names: words('eastern central pacific mountain atlantic alaska hawaii'), kinds: words('standard daylight'), time: 'time' },
  // "at 1032 hours", "or 2332 hours": a 24-hour clock's time of day (see figures.ts).
  clockHourWords: words('hours hrs'),
  clockHourBefore: words('at or approximately about around until by before after from'),
  clockHourAfter: words('local'),
  clockWords: words("am pm a.m p.m gmt utc bst edt est et cdt cst mdt mst hst hdt akst akdt cet cest eet eest pdt pst jst aest aedt hrs o'clock"),
  // "…and it reads as follows:": a lead-in that promises a statement's whole text (see promisesWhole in opinion.ts).
  wholeTextMarkers: phrases(['as follows', 'in full']),
  // "over the age of 60", "under age 5": words set before the measure that bound the age (see figures.ts).
  ageThresholds: new Map([
    ['over', 'lower'],
    ['above', 'lower'],
    ['under', 'upper'],
    ['below', 'upper'],
  ]),
  measuresBefore: new Map([
    ['magnitude', 'magnitude'],
    ['aged', 'age'],
    ['age', 'age'],
  ]),
  sendVerbs: words(
    'send sends sent sending ship ships shipped shipping donate donates donated donating deliver delivers delivered delivering supply supplies supplied supplying lend lends lent lending loan loans loaned',
  ),
  spanStartWords: words('since'),
  comparedMeasures: new Map([
    ['younger', { cls: 'age', bound: 'upper' }],
    ['older', { cls: 'age', bound: 'lower' }],
  ]),
  sizeNounsBefore: words('majority margin'),
  labelNumberBefore: /(?:\b(?:H|S)\.\s?(?:(?:J|Con|CON)\.\s?)?(?:R|Res|RES)\.|\bS\.|\b[pP]\s?[<>=≤≥]|\b(?:alpha|significance) level of)\s?$/u,
  labelsBefore:
    words(`phase stage round game match article section chapter clause resolution number no flight route highway platform gate terminal room episode season week grade train
    category level tier class type title speaker figure table volume page part sheet exhibit appendix annex chart slide item pages questions vol
    document docket`),
  addressWords: words('street st road rd avenue ave lane boulevard drive square place way court'),
  invariantPlurals: words('aircraft spacecraft staff personnel people police crew cattle sheep fish deer offspring series species media children men women'),
  spanJoiners: [['if', 'not'], ['or'], ['or', 'even'], ['to']],
  spanAdjectiveEndings: words('long'),
  countAdjectives: words('new additional extra further fresh other more current former'),
  compassAxes: new Map([
    ...['N', 'S', 'north', 'south'].map((w): [string, 'lat' | 'lon'] => [w, 'lat']),
    ...['E', 'W', 'east', 'west'].map((w): [string, 'lat' | 'lon'] => [w, 'lon']),
  ]),
  angleWords: words('degree degrees'),
  temperatureLetters: new Map([
    ['C', 'celsius'],
    ['F', 'fahrenheit'],
  ]),
  unitAbbreviations: words('gw mw kw gwh mwh kwh twh gb mb kb tb mph kph kmh rpm bpd psi ppm ppb btu hp cc ml'),
  // ("virus", "census", "previous", "crisis", "hepatitis", "axis": words in "-us", "-sis", "-tis" and "-xis" are singular; "Somalis" is a plural.)
  isPlural: (w) => (/[^s'’]s$/.test(w) && !/(?:us|sis|tis|xis)$/.test(w)) || /(?:men|ies|ren)$/.test(w),
  singularOf: (norm) => {
    const w = norm.replace(/'s$/, '');
    const irregular = SINGULAR_OF.get(w);
    if (irregular) return irregular;
    if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
    // "losses", "matches", "taxes": the plural adds "es" to a word that ends in a hiss, as the singular does not.
    if (w.length > 4 && /(?:ss|ch|sh|x|zz)es$/.test(w)) return w.slice(0, -2);
    if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|sis|tis|xis)$/.test(w)) return w.slice(0, -1);
    return w;
  },
  // A noun in "-tion" meets its verb ("eruption", "erupted": erupt). (Not "-s", "-e" or "-ion": "billion" is no "bill",
  // "states" no "statement"; lemmas are singular already.)
  wordStem: (w) => {
    if (w.length < 5 || !/^[a-z]+$/.test(w)) return w;
    const x = w
      .replace(/([^aeiou])re$/, '$1er')
      .replace(/our$/, 'or')
      .replace(/(?:ing|ed|ies|y)$/, '')
      .replace(/tion$/, 't');
    return x.length >= 4 ? x : w;
  },
  maybeVerbForm: (text, norm) => /^\p{Ll}{2,}(?:ed|s)$/u.test(text) && !/(?:ss|us|is)$/.test(norm),
  isRegularPast: (w) => w.endsWith('ed'),
  isAdverbForm: (w) => w.endsWith('ly'),
  // ("costliest", "deadliest": "-iest" too; not "priest".)
  isSuperlativeForm: (w) => w === 'best' || w === 'worst' || (/^[a-z]{2,}(?:[^aeiou]|i)est$/.test(w) && !/(?:rest|test|vest|ifest|onest|odest|uest|orest|priest)$/.test(w)),
  isProgressiveForm: (w) => w.endsWith('ing'),
  basesOfProgressive: (w) => {
    if (!w.endsWith('ing')) return [];
    const stem = w.slice(0, -3);
    return [stem, `${stem}e`, stem.slice(0, -1)];
  },
  windowNouns: words('period span stretch window'),
  windowEnds: phrases(['ending', 'ended', 'ending in', 'ended in', 'through', 'to', 'until', 'up to', 'leading up to', 'from']),
  windowPrepositions: words('in within during over'),
  comparedFrom: phrases(['from', 'compared with', 'compared to', 'up from', 'down from', 'versus', 'vs']),
  measuresAfter: [
    { words: ['on', 'the', 'richter', 'scale'], cls: 'magnitude' },
    { words: ['on', 'the', 'moment', 'magnitude', 'scale'], cls: 'magnitude' },
  ],
  rangeJoiners: words('to and'),
  alternativeJoiners: words('or'),
  fractionJoiners: phrases(['of', 'out of']),
  countNamedBefore: phrases(['number of']),
  timeDeixis: words('last next this past coming previous'),
  intervalLevels: phrases([
    'ci',
    'cis',
    'ui',
    'cri',
    'confidence interval',
    'confidence intervals',
    'confidence level',
    'uncertainty interval',
    'uncertainty intervals',
    'credible interval',
    'credible intervals',
    'prediction interval',
    'prediction intervals',
    'interval',
    'intervals',
  ]),
  bareDollarWords: words('dollar dollars'),
  readingTime: /^\s?[Mm]in(?:ute)?s?\.?\s+[Rr]ead(?!\p{Ll})/u,
  dayRangeJoiners: words('to through until till'),
  ageBandLeads: words('aged ages age'),
  ageBandTails: phrases(['and over', 'and older', 'and above', 'and up', 'and younger', 'and under', 'or older', 'or over', 'or younger', 'plus']),
  priceBaseLeads: words('in real constant nominal current chained adjusted inflation-adjusted or'),
  someDay: {
    number: 'one',
    unit: 'day',
    subjects: words("i i'd i'll we we'd we'll you you'd you'll he he'd he'll she she'd she'll they they'd they'll"),
    hopes: words('knew know knows hope hoped hopes believe believed believes dream dreamed dreamt dreams'),
  },
  tallyBefore: words('vote votes voted voting ballot tally passed approved adopted rejected confirmed defeated split'),
  tallyAfter: words('vote votes ballot tally'),
  scoreNouns: words('score scoreline'),
  winVerbs: words('won win wins winning beat beats beating carried carries carrying lost lose loses losing led leads leading trailed trails trailing defeated defeats'),
  calibreNouns: words('ammunition ammo artillery round rounds shell shells howitzer howitzers gun guns cannon cannons mortar mortars rifle rifles cartridge cartridges'),
  // ("between 6 to 8 meters" is written too, for "between 6 and 8".)
  rangeStarts: new Map([['between', words('and to')]]),
  changeStarts: words('from'),
  numberJoiners: words('and'),
  caseStatuses: new Map([
    ...['confirmed', 'laboratory-confirmed', 'lab-confirmed'].map((w): [string, string] => [w, 'confirmed']),
    ['suspected', 'suspected'],
    ['probable', 'probable'],
    ...['hospitalized', 'hospitalised'].map((w): [string, string] => [w, 'hospitalized']),
  ]),
  damageStatuses: new Map([
    ...['destroyed', 'destroy', 'destroys', 'destroying', 'collapsed', 'collapse', 'collapses', 'collapsing', 'razed', 'flattened', 'levelled', 'leveled'].map(
      (w): [string, string] => [w, 'destroyed'],
    ),
    ...['damaged', 'damage', 'damages', 'damaging'].map((w): [string, string] => [w, 'damaged']),
  ]),
  damageDegrees: new Map([
    ...['fully', 'completely', 'totally', 'entirely'].map((w): [string, string] => [w, 'destroyed']),
    ...['partially', 'partly'].map((w): [string, string] => [w, 'partly-damaged']),
  ]),
  damageGap: words('an estimated some'),
  rangeLeads: words('ranging ranged range ranges varying varied vary varies spanning'),
  changeDirections: words('up down'),
  peopleStates: new Map([
    ...[
      'killed',
      'kill',
      'killing',
      'kills',
      'claimed',
      'dead',
      'died',
      'die',
      'dies',
      'death',
      'deaths',
      'fatalities',
      'toll',
      'lives',
      'perished',
      'bodies',
      'drowned',
      'drowning',
    ].map((w): [string, string] => [w, 'killed']),
    ...['injured', 'injuring', 'injuries', 'injures', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized', 'hospitalizations', 'hospitalisations'].map(
      (w): [string, string] => [w, 'injured'],
    ),
    ...['missing', 'unaccounted', 'disappeared'].map((w): [string, string] => [w, 'missing']),
    ...['displaced', 'homeless', 'fled', 'flee', 'flees', 'fleeing', 'refugees'].map((w): [string, string] => [w, 'displaced']),
    ...['evacuated', 'evacuees'].map((w): [string, string] => [w, 'evacuated']),
    ...['arrested', 'detained', 'arrests', 'charged'].map((w): [string, string] => [w, 'arrested']),
    ...['rescued', 'saved', 'survivors'].map((w): [string, string] => [w, 'rescued']),
    // The injured sent home from hospital are a count of their own ("793 have been discharged").
    ...['discharged'].map((w): [string, string] => [w, 'discharged']),
  ]),
  // Agent nouns and demonyms by their ending ("climbers", "Floridians", "Afghans", "tourists", "evacuees", "Israelis").
  isPersonNoun: (w) => /(?:ers|ians|ans|ists|ees|ors|is)$/.test(w),
  perHour: [words('per hour'), words('an hour'), words('a hour')].map((w) => [...w]),
  perWords: words('per'),
  partsPer: {
    noun: 'parts',
    abbreviations: new Map([
      [1e6, 'ppm'],
      [1e9, 'ppb'],
      [1e12, 'ppt'],
    ]),
  },
  livesNouns: words('lives'),
  fatalAdverbs: words('fatally mortally'),
  textPointers: words('above below herein'),
  recitalOpeners: words('Whereas'),
  companySuffixes: words('llc lp llp plc ag nv gmbh sa bv'),
  connectives: words(
    'however overall meanwhile moreover furthermore nevertheless nonetheless instead indeed additionally separately similarly consequently therefore thus likewise besides still yet',
  ),
  livesVerbs: new Map([
    ...['save', 'saves', 'saved', 'saving'].map((w): [string, string] => [w, 'rescued']),
    ...['lose', 'loses', 'lost', 'losing', 'loss', 'claim', 'claims', 'claimed', 'claiming', 'cost', 'costs', 'costing', 'take', 'takes', 'took', 'taken', 'taking', 'toll'].map(
      (w): [string, string] => [w, 'killed'],
    ),
  ]),
  bodyStages: new Map([
    ...['identified'].map((w): [string, string] => [w, 'identified']),
    ...['unidentified', 'unclaimed'].map((w): [string, string] => [w, 'unidentified']),
    ...['handed', 'returned', 'released'].map((w): [string, string] => [w, 'handed-over']),
    ...['buried', 'cremated', 'burials'].map((w): [string, string] => [w, 'buried']),
    ...['recovered', 'retrieved', 'found', 'pulled', 'exhumed'].map((w): [string, string] => [w, 'recovered']),
  ]),
  notYetWords: words('yet'),
  otherEventWords: words('previous prior preceding separate'),
  followOnEventWords: words('aftershock aftershocks'),
  negations: words(`not no never nor neither none nobody nothing without cannot didn't doesn't don't isn't wasn't weren't won't
    can't couldn't wouldn't shouldn't hasn't haven't hadn't aren't`),
  otherEventPhrases: phrases(['a year earlier', 'the year before', 'last month', 'in the past', 'prior to']),
  lastYearPhrases: phrases(['last year', "last year's", 'a year ago']),
  windowPhrases: phrases(['the past year', 'the last year', 'the past month', 'the last month', 'the past week', 'the last week', 'the past decade', 'the last decade']),
  periodPhrases: [
    ...phrases([
      'over the year',
      'over the past year',
      'over the last year',
      'in the past year',
      'in the year to',
      'in the year through',
      'year ended',
      'year ending',
      'a year ago',
      'a year earlier',
      'a year before',
      'the same month last year',
      'the same period last year',
      'year-on-year',
      'year-over-year',
      'year over year',
      'year on year',
      'on the year',
      '12 months',
      'twelve months',
      'from last year',
      'than last year',
      'over last year',
      'on last year',
      'compared with last year',
      'compared to last year',
      'from the year before',
      'than the year before',
      'on the year before',
      // "The annual rate of inflation was 9.1%": a twelve-month change, not one annualized ("at an annual rate").
      'annual rate of inflation',
    ]).map((w) => ({ words: w, period: 'year' })),
    // Adjectives: a period only before a word of change ("the annual rise", "a 12-month increase"; not "monthly riders").
    ...phrases(['12 month', 'twelve-month', 'annual', 'yearly']).map((w) => ({ words: w, period: 'year', adjective: true })),
    ...phrases(['monthly']).map((w) => ({ words: w, period: 'month', adjective: true })),
    ...phrases(['quarterly', 'three-month', '3 month']).map((w) => ({ words: w, period: 'quarter', adjective: true })),
    ...phrases([
      'month-on-month',
      'month-over-month',
      'month on month',
      'month over month',
      'over the month',
      'in the month',
      'on the month',
      'the previous month',
      'the prior month',
      'a month earlier',
      'a month ago',
      'a month before',
      'from last month',
      'than last month',
      'over last month',
      'on last month',
      'compared with last month',
      'compared to last month',
      'from the month before',
      'than the month before',
      'on the month before',
      'compared with the month before',
      'month to month',
      'month-to-month',
    ]).map((w) => ({ words: w, period: 'month' })),
    // A month's figure ("rose 0.4% last month", "more than last month's rise"): like "in June", it may also be a
    // twelve-month rate given for that month.
    ...phrases(['last month', "last month's"]).map((w) => ({ words: w, period: 'month', strength: 'weak' as const })),
    // How a one-month change of prices or sales is given; a change over a year is given so now and then too.
    ...phrases(['seasonally adjusted', 'seasonally-adjusted']).map((w) => ({ words: w, period: 'month', strength: 'fallback' as const })),
    ...phrases([
      'quarter-on-quarter',
      'quarter-over-quarter',
      'quarter on quarter',
      'over the quarter',
      'the previous quarter',
      'the prior quarter',
      'a quarter earlier',
      'three months',
      '3 months',
    ]).map((w) => ({ words: w, period: 'quarter' })),
    ...phrases(['annualized', 'annualised', 'annual rate', 'annual pace', 'annualized rate', 'annualised rate']).map((w) => ({ words: w, period: 'annualized' })),
  ].sort((a, b) => b.words.length - a.words.length),
  periodNegations: words('not non'),
  periodFromMonth: phrases(['from', 'compared with', 'compared to', 'versus', 'vs', 'than', 'than in', 'against', 'over', 'since', 'between']),
  earlierValueWords: phrases(['after', 'following']),
  quarterOrdinals: words('first second third fourth final last'),
  periodNouns: words(
    'rise rises increase increases gain gains fall falls decline declines drop drops growth inflation rate rates change changes pace jump decrease decreases basis',
  ),
  namePrepositions: words('in at from for of by under near to into on with across against towards toward via within outside inside after before since than'),
  grammaticalArticles: words('the a an'),
  definiteDeterminers: words('the all these those both'),
  clauseLinks: words('and but while whereas as with'),
  ownerGeneric: words('party group club company firm team government the'),
  targetWordsAfter: words('needed required necessary'),
  weightCurrencyWords: words('pound pounds'),
  weighVerbs: words('weigh weighs weighed weighing'),
  poundMoneyNouns: words(
    'note notes coin coins fine fines bonus bonuses prize prizes fee fees voucher vouchers payment payments ticket tickets bill bills bet bets wage salary loan loans grant grants',
  ),
  speakerEmphasis: words('do really just also again especially particularly personally first'),
  perceptionVerbs: words('see hear watch track trace detect identify observe spot'),
  voteSides: new Map([
    ...['favour', 'favor', 'yeas', 'ayes'].map((w): [string, string] => [w, 'for']),
    ...['against', 'nays', 'noes'].map((w): [string, string] => [w, 'against']),
    ...['abstain', 'abstained', 'abstaining', 'abstention', 'abstentions'].map((w): [string, string] => [w, 'abstain']),
  ]),
  sizeAdjectives: words('long wide deep high tall thick'),
  voterWords: words('countries nations states member members governments delegations senators lawmakers legislators representatives votes voted voting'),
  aimNounsAfter: words('limit limits threshold goal goals target targets ceiling'),
  aimOnlyNouns: words('goal goals target targets'),
  aimVerbs: words('limit limiting limits limited keep keeping keeps kept hold holding holds held cap capping caps capped'),
  aimVerbJoins: words('to below under within at'),
  eachWords: words('each apiece'),
  ownerAfterWords: words('for'),
  receiveWords: words('received receiving receive receives got getting get gets won winning earned earning awarded allocated granted secured'),
  changeWindowBefore: ['over', 'in', 'during', 'for'].flatMap((p) => [
    [p, 'the', 'last'],
    [p, 'the', 'past'],
  ]),
  changeWindowAfter: words('ending ended period increase increases rise rises decline declines drop change changes percent'),
  changeWords: words(
    'rose rise rises risen rising increased increase increases fell fall falls fallen falling declined decline declines decreased decrease decreases dropped drop drops grew growth jumped climbed change changes changed',
  ),
  requestWords: words(
    'asked asking sought seeking seek seeks recommended recommending recommend recommends requested requesting request requests proposed proposing demanded demanding',
  ),
  forecastWords: words(
    'expected forecast forecasts forecasted projected projection projections predicted predicts predict poll polls polling expect expects expecting forecasting predicting prediction predictions',
  ),
  scopeWords: words('total overall nationwide worldwide globally combined alone altogether whole entire across'),
  scopeAdverbs: words('worldwide nationwide globally statewide countrywide overall altogether'),
  runningPhrases: phrases(['so far', 'to date', 'thus far', 'as of', 'has since', 'have since', 'had since']),
  updateWords: words('risen rose rising climbed climbing jumped increased increase update updated latest later revised declared counted tallied'),
  baselineWords: words('since'),
  wholeBefore: phrases(['of', 'of the', 'out of', 'out of the']),
  subordinators: words('after before when since because although though whereas once until than'),
  clauseBreaks: words('but although though while whereas which who as after because since adding saying insisting citing and'),
  references: [
    // A section of a code or statute: "§1087(a)(1)", "§§1078–10, 1087j, 1087ee", "20 U.S.C. §1070(a)".
    /(?:\b\d{1,3}\s+(?:\p{Lu}[\p{Ll}]{0,4}\.\s?){1,4})?§§?\s?\d+[\p{L}\d.–-]*(?:\(\w{1,4}\))*(?:,\s*(?:and\s+)?\d+[\p{L}\d.–-]*(?:\(\w{1,4}\))*)*/gu,
    // A paragraph of a filing or a ruling: "¶ 120", "¶¶ 23–24", "PSR ¶¶ 2, 163".
    /¶¶?\s?\d+(?:[–-]\d+)?(?:,\s*\d+(?:[–-]\d+)?)*/gu,
    // A law report: volume, the report's abbreviation and the page(s): "200 U. S. 321, 337", "598 U.S. 477", "17 F. 4th 1",
    // "384 U.S. at 571".
    /\b\d{1,4}\s+(?:\p{Lu}[\p{Ll}]{0,4}\.\s?){1,4}(?:(?:2d|3d|\dth)\s)?(?:at\s)?\d{1,5}(?:,\s*\d{1,5})*(?=[,.;)]|\s\(|\s*$)/gu,
    // A case or docket number: "No. 22–506", "Nos. 22-506 and 22-535", "Case No. 1:23-cr-00257".
    /\bNos?\.\s?\d[\w:–-]*[–-][\w:–-]*\d(?:,?\s(?:and\s)?\d[\w:–-]*[–-][\w:–-]*\d)*/gu,
    // A numbered provision with its subsection: "section 46(1)", "Article 5(2)(a)": the "(1)" is a subsection, no count.
    /\b\d{1,4}\p{Ll}?(?:\(\w{1,4}\))+/gu,
  ],
  principalOffice: /^(?:the\s+)?offices? of\s+/i,
  // "Offices of Sens. Jane Roe and John Doe": one office's title for each of the people a joint page is put out for.
  pageTitles: words('rep. sen. senator congressman congresswoman representative gov. governor mayor'),
  chairTitles: words('chairman chairwoman chair ranking'),
  pluralTitles: new Map([
    ['sens.', 'Sen.'],
    ['senators', 'Senator'],
    ['reps.', 'Rep.'],
    ['representatives', 'Representative'],
  ]),
  paidLabel: /^(?:sponsor|sponsored(?: content| by)?|paid (?:content|post)|promoted|advertisement)\s*:/i,
  citationOnly: /^(?:(?:see(?: also)?|cf\.|accord|but see|compare)\s+)?(?:[^,;]{1,80}\sv\.\s[^,;]{1,80},?)?[\s,;.]*(?:and)?[\s,;.]*$/iu,
  gluedOpeners: words('as according following after since the this during today yesterday'),
  // An author and a date in brackets opening the line, then a stop and a quoted title; or a line closed by "Retrieved" and a date.
  referenceEntry:
    /^(?:[-•*]\s*)?(?:\p{Lu}[\p{L}'’-]+,\s\p{Lu}[\p{L}.'’ -]{0,40}\s\((?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{1,2}\s\p{Lu}\p{Ll}+\s\d{4}|\p{Lu}\p{Ll}+\s\d{1,2},\s\d{4})\)\.\s+["“]|.{0,300}\bRetrieved(?:\son)?\s(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s\p{Lu}\p{Ll}+\s\d{4}|\p{Lu}\p{Ll}+\s\d{1,2},\s\d{4})\.?$)/u,
  /** "the largest hike in nearly three decades", "for the first time in 40 years": a record, so the span is how long since. */
  recordWords: words(`largest biggest highest lowest steepest sharpest fastest slowest smallest worst best strongest weakest
    hottest coldest warmest deadliest greatest first`),
  // (Size and intensity, and "landmark", the stock label news sets on a major ruling or law ("overturned its landmark
  // ruling"); other words that weigh importance, "pivotal", "vital role", stay full judgements.)
  mildLoaded: words(`massive huge tremendous extraordinary enormous immense colossal gigantic mammoth monumental
    dramatic dramatically striking startling stark grim staggering spectacular crushing mighty meteoric whopping landmark
    tragically sadly`),
  stanceAdverbs: words('hopefully thankfully fortunately unfortunately luckily mercifully sadly regrettably'),
  mildPhrases: phrases([
    'a blow to',
    'a severe blow',
    'a major blow',
    'a major setback',
    'a setback to',
    'a setback for',
    'boosted hopes',
    'raised hopes',
    'dashed hopes',
    'fuelled fears',
    'fueled fears',
    'a milestone',
    'a turning point',
  ]),
  predicativeLinks: words('among one of most more least such so very quite too truly'),
  // "This indicates…" draws the writer's conclusion from what came before; "It shows…" most often tells what a named document shows.
  inferenceAnaphors: words('this that these those'),
  impersonalJudgements: words('important essential crucial critical vital imperative necessary urgent clear obvious evident worth wrong right plausible implausible'),
  anticipatoryContractions: words("it's"),
  impersonalLinks: words('therefore thus also still so now more most'),
  weightJudgements: words('essential crucial critical vital imperative indispensable'),
  // "vital supplies", "critical humanitarian assistance": what aid a release sends (see stockAidAt in opinion.ts).
  // "The United States welcomes the verdict", "The agency is encouraged by…": a body's stance in its own statement (see
  // bodyStanceOf in opinion.ts).
  bodyStanceVerbs: words('welcomes condemns applauds commends deplores regrets salutes congratulates'),
  bodyFeelings: words('encouraged pleased saddened heartened disappointed dismayed appalled outraged'),
  extendVerbs: words('extends extend'),
  sympathyNouns: words('sympathy sympathies condolences'),
  aidNouns: words('supplies supply assistance aid relief resources funding funds services items support care equipment'),
  pressedNeeds: phrases(['urgently needed', 'badly needed', 'desperately needed', 'urgently required', 'badly required', 'desperately required']),
  verdictAdjectives: words('unsafe wrong harmful unjustified unwarranted inappropriate historic momentous'),
  valueNouns: words('opportunity achievement accomplishment breakthrough triumph game-changer godsend'),
  unmeasuredSizes: words('great serious grave untold immense enormous tremendous heavy'),
  unmeasuredWeights: words('cost costs concern concerns harm harms suffering hardship consequences price'),
  // (Present tense only: "highlighted", "underscored" most often report what someone said.)
  showcaseVerbs: words('highlights highlight underscores underscore underlines illustrates illustrate exemplifies exemplify epitomizes epitomises embodies embody'),
  equatingVerbs: words('represents represented represent marks marked constitutes constituted'),
  riskNouns: words('risk risks'),
  riskLevels: words('low high moderate elevated minimal negligible'),
  exhortations: phrases(["let's", 'let’s', 'let us']),
  optatives: words('may'),
  questionVerbs: words('ask asks asked asking'),
  identifyingParticiples: words('identified named'),
  exhortationRequests: words('know'),
  linkingVerbs: words('remain remains remained become becomes became'),
  rankedJudgements: words('important significant effective influential valuable'),
  speakerGroups: words('officials authorities representatives spokespeople spokesmen spokeswomen sources investigators prosecutors'),
  feelingJudgements: words('proud committed pleased delighted honored honoured grateful thrilled saddened'),
  countingPhrases: phrases(['yet another']),
  concessives: words('while although though whereas'),
  memoryOpeners: words('remember recall'),
  shoutedWords: words('all every any lot more most never not nothing none only even really very'),
  measuredNouns: words('record records high highs low lows peak peaks rise increase decline drop fall gain jump surge'),
  functionWords: {
    that: words('that'),
    been: words('been'),
    to: words('to'),
    for: words('for'),
    of: words('of'),
    in: words('in'),
    out: words('out'),
    on: words('on'),
    as: words('as'),
    with: words('with'),
    by: words('by'),
    the: words('the'),
    it: words('it'),
    there: words('there'),
    not: words('not'),
    no: words('no'),
    all: words('all'),
    be: words('be'),
    have: words('have'),
    our: words('our'),
    us: words('us'),
    worth: words('worth'),
    I: words('I'),
    they: words('they'),
  },
  indefiniteArticles: words('a an'),
  passesOnWords: words('that a an the'),
  perfectAuxiliaries: words('has have had'),
  contrastSubordinators: words('although while'),
  viewHolderQuantifiers: words('many most some leading independent the'),
  notPastInEd: words('hundred red bed shed sacred naked wicked kindred hatred rugged ragged jagged crooked beloved learned aged'),
  pastInEed: words('agreed freed decreed guaranteed refereed'),
  adverbsBeforePast: words("not n't never also already just since"),
  invertedTagIrregulars: words('said'),
  reportStem: 'report',
  estimateStem: 'estimate',
  nounLikeFirstPerson: words('mine'),
  tallySetVerbs: words('put puts putting placed places placing set sets setting'),
  // ("it": a tally named just before, "revised the toll and put it at 288".)
  tallyNouns: words('toll number count figure tally total damage damages cost costs loss losses bill it'),
  tallyAt: words('at'),
  outletNameConnectors: words('of for the and on'),
  speakerGapWords: words('the a also then has had have did will his her its spokesman spokeswoman chancellery ministry'),
  personLeads: ['Mr.', 'President', 'Secretary', 'Minister', 'spokesman'],
  personSpeechVerbs: words('said told added says'),
  ordinalWords: words('first second third fourth fifth sixth seventh eighth ninth'),
  periodHalves: words('latter last final'),
  ordinalSuffixes: words('st nd rd th'),
  bylineBy: 'By',
  bylineJoiners: words('and'),
  pageStampWords: words('Published Updated Posted'),
  headingConnectors: words('of and the to for in on'),
  speechNouns: words(`warning warnings report reports assessment assessments message messages appeal appeals plea alert alerts
    prediction predictions forecast forecasts finding findings conclusion conclusions statement statements verdict
    investigation investigations inquiry inquiries probe probes audit audits`),
};
