/**
 * Everything the engine knows about one language, so adding a language means adding one
 * file like en.ts and never touching the finders.
 */
export interface LangPack {
  code: string;
  /** Abbreviations that end with a full stop but not a sentence ("Mr."), lower-case. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that may also end a sentence ("Inc.", "etc."): joined only when a lower-case word or a digit follows. */
  softAbbreviations: ReadonlySet<string>;
  /** Words that carry no subject: dropped when comparing contexts. */
  stopwords: ReadonlySet<string>;
  /** Cardinal number words: "four" → 4. Multipliers ("hundred", "thousand") separately. */
  numberWords: ReadonlyMap<string, number>;
  multipliers: ReadonlyMap<string, number>;
  /** Number words that are too often not a quantity ("one of them") unless a unit follows. */
  weakNumberWords: ReadonlySet<string>;
  /** Vague quantities written in words, longest first, with the range they stand for. */
  vagueQuantities: readonly { words: readonly string[]; low: number; high: number; weak?: boolean }[];
  /** Words before a number that make it a bound or an approximation, longest first. */
  qualifiers: readonly { words: readonly string[]; bound: 'lower' | 'upper' | 'approx'; limit?: boolean }[];
  /** Words after a number that make it a lower bound ("or more"). */
  trailingLower: readonly (readonly string[])[];
  /** Words before a year that make it a time, not the start of a range ("in 2016 to 4,220"). */
  yearLeads?: ReadonlySet<string>;
  /** Words right after a count that make it what an update adds, not the total ("25 more ill people"). */
  addedWords?: ReadonlySet<string>;
  /** Words before a later year that make it the end of the span a figure covers ("$105 billion through 2028"), not another event's time. */
  spanEnds?: ReadonlySet<string>;
  /** Small words inside a name that its initials may skip ("Department of Justice": DOJ; "Securities and Exchange Commission": SEC). */
  nameJoiners?: ReadonlySet<string>;
  /** "one more part" words in a list of parts: "two … and another". */
  anotherWords: ReadonlySet<string>;
  /** Words that join the items of a list, parting one figure's names from the next's ("7% in Spain and 3% in Italy"). */
  listJoiners: ReadonlySet<string>;
  /** Prepositions before a place in a list of counts by place ("two in Arkansas", "four across Ohio"). */
  placePrepositions: ReadonlySet<string>;
  /** Prepositions that put a counted thing in a place ("110 bodies were kept at the hospital", "385 deaths in the provinces of…", "near Derna"). */
  locativePrepositions?: ReadonlySet<string>;
  months: ReadonlyMap<string, number>;
  /** Units of time, in minutes. */
  timeUnits: ReadonlyMap<string, number>;
  /** Words after a time span that make it an offset, not a length ("11 days after"). */
  offsetWords: ReadonlySet<string>;
  /**
   * A span of time from now to something ahead: prepositions before it ("a shutdown in 22 days", "within 30
   * days"), words of a clause that looks ahead which make such a span a time until ("will", "need"), and words
   * after a span that make it a time until ("22 days from now", "23 days left", "a week away") unless a
   * preposition of length comes before it ("waited for six hours until the crew broke through").
   */
  untilSpans: { prepositions: ReadonlySet<string>; ahead: ReadonlySet<string>; after: readonly (readonly string[])[]; lengthPrepositions: ReadonlySet<string> };
  /** Prepositions that make "the 48 hours" a span of time ("in the 48 hours", "over the 10 days"), not a length. */
  spanPrepositions: ReadonlySet<string>;
  /** Fractions joined to a number word by hyphens ("six-and-a-half"): the words after the number, and the value they add. */
  fractionTails: readonly { words: readonly string[]; value: number }[];
  agoWords: ReadonlySet<string>;
  /** Words after "N years" that make it an age ("65 years of age", "22 years old"). */
  ageAfterYears: readonly (readonly string[])[];
  /** Words before a number that make it the bound of an age bracket, not a quantity ("males ages 34 and younger", "age groups 10–14"). */
  ageBracketBefore?: readonly (readonly string[])[];
  /** Words after a number that make it the bound of an age bracket ("those 35 and older", "people 65 or over"). */
  ageBracketAfter?: readonly (readonly string[])[];
  /** Currency abbreviations written before the number that are not three-letter codes ("Rs 500"). */
  currencyPrefixes: ReadonlySet<string>;
  /**
   * Parts of a whole in words, singular and plural, as fractions ("third"/"thirds" → 1/3): "a third
   * of", "two-thirds of", "half of" are shares, read as percentages.
   */
  shareWords: ReadonlyMap<string, number>;
  /** The word after a share that makes it one ("of": "a third of the votes"); and that of "one in five". */
  shareOf: ReadonlySet<string>;
  shareIn: string;
  /** "one out of every 10": the words between the part and the whole (the last one optional). */
  shareOutOf?: readonly string[];
  shareEvery?: ReadonlySet<string>;
  /** The word before a change written as a share ("cut by half", "fell by more than half"). */
  shareBy?: string;
  /** The word of a part of a whole named after it ("nine of the cases"). */
  partitiveOf: ReadonlySet<string>;
  /** Unit noun → the class figures are compared in ("soldiers" and "troops" are both troops). */
  unitClasses: ReadonlyMap<string, string>;
  /** Classes of unitClasses that measure (length, weight, volume, speed, temperature): a number before one is a quantity, never a model's. */
  measureClasses?: ReadonlySet<string>;
  /** Verbs that make "people"/"lives" a death toll. */
  killWords: ReadonlySet<string>;
  /** Words that mark a plan rather than what happened ("scheduled to last"). */
  scheduleWords: ReadonlySet<string>;
  /** Nouns of what the law sets for a charge ("penalty", "sentence") before "of" and a figure. */
  penaltyNouns?: ReadonlySet<string>;
  /** Verbs that tie such a penalty to a charge or a defendant ("carries", "faces"): the figure is a schedule, not an outcome. */
  statutoryVerbs?: ReadonlySet<string>;
  /** Word forms mapped to one lemma, for comparing contexts (demonyms, irregular verbs). */
  lemmas: ReadonlyMap<string, string>;
  /** Opinion cues. */
  attributionVerbs: ReadonlySet<string>;
  attributionPhrases: readonly (readonly string[])[];
  /**
   * A view held by a group, in the passive: "is widely seen by economists as…", "has been accepted by
   * experts to mean…". The participles of holding a view, and the groups whose view it is.
   */
  heldViewParticiples?: ReadonlySet<string>;
  viewHolders?: ReadonlySet<string>;
  /**
   * Nouns of a view held, whose owner a possessive names and whose content a clause after "is that" gives: "CDC's
   * assessment is that…", "It is my understanding that…".
   */
  stanceNouns?: ReadonlySet<string>;
  /** Nouns of a view or a reckoning that, with its owner's possessive, open a claim: "In CBO's projections, …", "In IOM's view, …". */
  reckoningNouns?: ReadonlySet<string>;
  /** Words of time before a year said in words: "in nineteen sixty", "since nineteen hundred". */
  spokenYearLeads?: ReadonlySet<string>;
  /** Where words were said ("at a press conference", "in a statement"): a claim only with the words quoted. */
  channelPhrases: readonly (readonly string[])[];
  /** Speech verbs that report an act when their object is a thing, not a clause ("announced a plan", "asked for a retrial"). */
  actVerbs: ReadonlySet<string>;
  /** Speech verbs in -ed that still report words before "to" ("urged to", "claimed to have"), unlike "agreed to". */
  speechBeforeTo: ReadonlySet<string>;
  /** The modal of reported speech shifted into the past ("would"): a sentence in it may go on reporting the last speaker. */
  backshiftModals: ReadonlySet<string>;
  /** "did", "didn't": "do" in the past ("Most people did not have symptoms"). */
  pastDoForms: ReadonlySet<string>;
  /** The other modals in the past ("could", "might"): in a summary of remarks, the speaker's words go on in them. */
  pastModals: ReadonlySet<string>;
  /** "in close contact with", "in communication with": after a first person's "be", the speaker's own work under way. */
  contactPhrases?: readonly (readonly string[])[];
  /** Openings of a line in the record of a question time ("My question is to", "To ask the"): its questions are put, not rhetorical. */
  questionTimeOpeners?: readonly (readonly string[])[];
  /** A first-person filler set off by commas ("I mean"): no view of the speaker's. */
  firstPersonFillers?: readonly (readonly string[])[];
  /** "what we call…", "as we told you": a first person naming a thing or pointing to earlier news, no view. */
  plainFirstPersonClauses?: readonly (readonly string[])[];
  /** A briefing summary's speaker, named for the body they speak for: "Jane Roe, for the World Food Agency (WFA), said". */
  spokespersonIntro?: RegExp;
  /** "now", "currently": with a past tense ("was now at risk"), the present of reported speech. */
  nowWords: ReadonlySet<string>;
  /** Speech verbs a study's participants use for what happened to them ("12 patients reported a rash"): an observation, not a claim. */
  experienceVerbs: ReadonlySet<string>;
  /** Words of a share after a count ("42 percent", "57 %"): a subject that is a share of a surveyed group (see shareSubject in opinion.ts). */
  surveyShareWords?: ReadonlySet<string>;
  /** Verbs of claiming that state a claim with "to be"/"to have" after them ("claimed to be able to…"), though listed as acts. */
  claimInfinitiveVerbs?: ReadonlySet<string>;
  /** Forms of speech verbs that are never nouns ("says", "said"): a name spelled as a possessive before them ("Macy's says") is their subject. */
  verbOnlySpeech?: ReadonlySet<string>;
  /** Bare stems of saying that are never nouns ("recommend", "urge"): a plural after one is its object, not a noun it qualifies. */
  verbOnlyStems?: ReadonlySet<string>;
  /** "keep the public informed", "remain informed": verbs of a state kept, whose participle after them is that state, not words reported. */
  stateKeepingVerbs?: ReadonlySet<string>;
  /** "already", "still": words between "be" and a participle that leave it a passive state ("are already confirmed dead"). */
  stateFillers?: ReadonlySet<string>;
  /**
   * Nouns for a text someone issued ("statement", "remarks"): "He issued this statement:" ending its
   * paragraph introduces that person's words, the paragraph below.
   */
  statementNouns?: ReadonlySet<string>;
  /**
   * Of those, the nouns for a speech's own text ("remarks"): a page that opens "Following are the Secretary-General's
   * remarks…:" is the speech itself, in the speaker's own voice, not a statement printed as a quotation.
   */
  speechTextNouns?: ReadonlySet<string>;
  /** After a statement noun opening a heading, who gives it: "Statement of the Chair", "Remarks by…". */
  statementBy?: ReadonlySet<string>;
  /** After "our", what belongs to everyone ("our planet", "our solar system"): not the writer's own voice. */
  sharedByAll?: ReadonlySet<string>;
  /**
   * Pictures and recordings ("images", "photos", "footage"): as the subject of a verb of saying or showing ("the images
   * reveal…", "the photos show…") they depict what is seen; nobody's claim is credited.
   */
  pictureNouns?: ReadonlySet<string>;
  /**
   * Those who work beside a speaker ("our partners", "our colleagues"): a body naming its own side, as its name for them,
   * not a first person that voices a view (a subject "we" or "I" elsewhere still does).
   */
  ownSideNouns?: ReadonlySet<string>;
  /**
   * Verbs of expectation in the past ("had expected", "economists hoped"): whose projection a figure
   * is, when a subject that can expect (a name, a plural noun) or a perfect "had" stands before them.
   */
  expectationVerbs?: ReadonlySet<string>;
  /** Words that make the expectation a comparison, not a claim ("than expected", "what analysts had expected"). */
  expectationComparisons?: ReadonlySet<string>;
  /**
   * Modals of permission as much as of possibility ("The Secretary may cancel loans", "Members may
   * apply"): not, alone, the writer's guess.
   */
  permissionModals?: ReadonlySet<string>;
  /** "and", "or": a bare speech-verb stem right before one is a word of a pair ("state and federal laws"), not a verb. */
  pairJoiners?: ReadonlySet<string>;
  /** Words after which a judging adverb grades an adjective ("how tremendously grateful"): the explanation shows both words. */
  gradedAfter?: ReadonlySet<string>;
  /** Verbs of going on that take a speech verb after "to" ("proceeded to accuse", "went on to say"): the speech is still reported. */
  phaseVerbs?: ReadonlySet<string>;
  /** Verbs that take an infinitive of their subject's own claim ("the data appear to show"): the source still speaks. */
  raisingVerbs?: ReadonlySet<string>;
  /** Verbs as often nouns ("media reports") that credit a tally to the name before them when a count follows ("X reports 12 cases"). */
  countClaimVerbs?: ReadonlySet<string>;
  /** Verbs of change a thing is said to need ("needs to change", "needs to stop"). */
  changeVerbs?: ReadonlySet<string>;
  /** Words after "as" that place an act rather than give a verdict on its object ("as part of", "as well"; see verdictAsAfter in opinion.ts). */
  asNotVerdict?: ReadonlySet<string>;
  /** Words of degree, besides -ly adverbs, that may stand before a verb ("far exceeded", "much reduced"). */
  degreeBeforeVerb?: ReadonlySet<string>;
  /** Words that follow a plural noun, not a verb of saying ("pledges from", "claims from"): the -s form before them is the noun. */
  afterPluralNoun?: ReadonlySet<string>;
  /** Plain verbs of saying that end a line handing over to the words below it ("X said:"); not verbs of praise or stance ("applauds"). */
  handOverVerbs?: ReadonlySet<string>;
  /** Verbs of calling as often a participle of a thing's label ("labeled"): speech only after a named or pronoun subject, or "has". */
  subjectOnlyVerbs?: ReadonlySet<string>;
  /** Speech verbs in the past with no -ed ("said", "told"): verbs, never the bare stem of a compound noun ("a press call"). */
  irregularSpeechPast?: ReadonlySet<string>;
  /** Subjects that open a clause right after a verb of finding ("found there were", "found he had"): a finding with its content. */
  findingClauseSubjects?: ReadonlySet<string>;
  /** How a speed is written after its number ("miles per hour", "mph", "km/h"): the figures are a speed, not a count of miles. */
  speedUnits?: readonly string[];
  /** Pronouns that head a relative clause with no "that" ("everything we need", "all I ask"). */
  relativeHeads?: ReadonlySet<string>;
  /** Courtesies that open a speaker's sentence ("Thank you for joining us"): their "you" and "us" voice no view. */
  courtesyOpeners?: readonly (readonly string[])[];
  /** Words of thanks and honour ("thank", "thanking", "honored"): a courtesy wherever it stands in a passage of the writer's. */
  thanksWords?: ReadonlySet<string>;
  /** A speech's opening formula ("I rise today…"), after the same lead-ins as a courtesy: not a sentence to trace across outlets. */
  speechOpeners?: readonly (readonly string[])[];
  /**
   * Words of attribution that pass on a report of events ("reported", "according to"): an explanation says the outlet
   * credits an account to its source, not that the passage is someone's view.
   */
  reportCueWords?: ReadonlySet<string>;
  /** Bodies with officers of their own ("committee", "board"): an outlet named so quotes its own people when it quotes its chair. */
  officedBodies?: ReadonlySet<string>;
  /** The titles of a body's officers ("chairwoman", "ranking" member): see officedBodies. */
  bodyOfficeTitles?: ReadonlySet<string>;
  /** Words that only order a speaker's remarks ("First –", "Finally,", "First of all,"): a courtesy may follow them. */
  courtesyLeadIns?: ReadonlySet<string>;
  /** Words after which a speech or source verb ending in -s is a plural noun in a list ("including names", "such as claims"). */
  listIntroducers: ReadonlySet<string>;
  /** Speech forms far more often nouns ("restoration projects", "phone calls", "a tsunami warning"): nouns after a word that opens or qualifies a noun unless an object or a claim follows. */
  nounFirstSpeechForms?: ReadonlySet<string>;
  /** Words that end a lead-in to a document quoted after its colon ("Full text of the letter is as follows: We write…"). */
  documentLeadIn?: RegExp;
  /** Pronouns as objects ("the officials standing with me"). */
  objectPronouns?: ReadonlySet<string>;
  /** A word of asking that opens a polite order ("Please report any case…"). */
  adviceMarkers?: ReadonlySet<string>;
  /** News promised of one's own work ("keep the community updated", "provide updates"). */
  newsPromiseWords?: ReadonlySet<string>;
  keepVerbs?: ReadonlySet<string>;
  /** Verbs of learning after a feeling ("pleased to see", "glad to hear"): the feeling is about what was learnt. */
  learningVerbs?: ReadonlySet<string>;
  /** What a text itself does, told by its writer in the first person ("we look at", "we examine"): a report of its contents. */
  presentingPhrases?: readonly (readonly string[])[];
  /** A text naming itself ("in today's post", "in this report") before its writer says what it does. */
  textNouns?: ReadonlySet<string>;
  /** The auxiliary of the past perfect ("had requested"): in a sentence after one that reports a speaker, backshifted speech. */
  backshiftPerfect?: ReadonlySet<string>;
  /** Scope words that only say a count is whole ("total", "overall"), not over which area. */
  totalityWords?: ReadonlySet<string>;
  /** Verbs of raising questions or doubts: a person's act when a person is their subject, the writer's weighing when a thing is. */
  askingVerbs?: ReadonlySet<string>;
  /** Verbs that close a speaker's lead-in line before a block quotation ("Murphy continued:"), besides the verbs of saying. */
  speakerLeadVerbs?: ReadonlySet<string>;
  /** A first-person subject with its modal run in ("I'll", "we'd"). */
  modalContractions?: ReadonlySet<string>;
  /** Words of order or time between a modal and its verb ("I will first provide…", "I'll now turn…"). */
  sequenceWords?: ReadonlySet<string>;
  /** A speaker handing the floor on ("turn the call over to", "hand it over to"): a briefing's running order, told. */
  floorHandover?: { verbs: ReadonlySet<string>; tail: readonly string[]; floor?: readonly string[] };
  /** A polite will before a verb of saying ("would like to inform…"), or a wish before taking the floor ("want to take…"). */
  politeWills?: readonly (readonly string[])[];
  /** Taking time or the occasion to speak ("take a few minutes", "take this opportunity"): a speech's running order. */
  floorTakings?: readonly (readonly string[])[];
  /** The present of going on, after a first-person subject: an account of work under way ("we continue to work with…"). */
  ongoingVerbs?: ReadonlySet<string>;
  /** Every form of going on ("continue", "continues", "continued"): a body that continues to report speaks. */
  continuingVerbs?: ReadonlySet<string>;
  /** Loaded phrases that profess solidarity or resolve ("stand with"): a stance, not a judging word. */
  solidarityPhrases?: ReadonlySet<string>;
  /**
   * Words the finders count as loaded that an opinion round does not teach as the giveaway of a view: markers of
   * certainty ("of course", "clearly"), of sympathy or mourning ("sadly", "tragic"), informal spelling ("gonna") and a
   * body's formula for its policy ("committed to"). Officials' statements of fact are full of them.
   */
  weakJudgements?: readonly (readonly string[])[];
  /** One-word section labels a paragraph may open with, then a colon (a paper's abstract: "Results: We identified…"). */
  sectionLabels?: ReadonlySet<string>;
  /** Words after a count that go on to name some of its members ("seven people have died, including Jim Roe"). */
  memberIntroducers?: ReadonlySet<string>;
  /** Words before which a speech or source verb ending in -s is a noun ("the names", "these claims"). */
  nounDeterminers: ReadonlySet<string>;
  /** Words that open a subordinate clause at the start of a sentence, up to its comma ("Despite what critics said, …"). */
  openingSubordinators: ReadonlySet<string>;
  /** Relative pronouns: a speech verb right after one describes someone ("those who testified"). */
  relativePronouns: ReadonlySet<string>;
  /** Coordinators: ", but noted…" gives the same subject a second main verb. */
  coordinators: ReadonlySet<string>;
  /** The credit after an embedded post ("— Jane Roe (@janeroe)"): the text before it is the poster's. */
  postCredit: RegExp;
  /** Words that open a sentence by pointing back at the one before ("This", "That"). */
  anaphors: ReadonlySet<string>;
  /** Verbs of drawing a conclusion ("indicates", "suggests"): after an anaphor, the writer's inference. */
  inferenceVerbs: ReadonlySet<string>;
  /** Forms of "be": before the -ing form of a speech verb they make it one ("is reporting"). */
  beForms: ReadonlySet<string>;
  /** Clause subjects that may also open a noun phrase ("his plan", "this past August"). */
  determiners: ReadonlySet<string>;
  /** Words that open what a verb of saying passes on ("reported that…", "reported a case…"): the verb is in plain view as a speaker's. */
  passesOnWords?: ReadonlySet<string>;
  /** Words before a year that make it a modifier of the noun after it ("the 2023 derailment", "its 2019 report"): the year names an event. */
  yearModifierDeterminers?: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  /** Case-sensitive first-person forms (capitals used for emphasis: "ME", "WE"). */
  firstPersonUpper: ReadonlySet<string>;
  /** The author talking to the reader: "You know what comes next." */
  directAddress: ReadonlySet<string>;
  /** Words that make an address to the reader practical ("If you qualify, you can apply"): not the writer's voice. */
  practicalAddress: ReadonlySet<string>;
  /** First-person subjects ("I", "we"): followed by a past event they narrate, not voice a view. */
  firstPersonSubjects: ReadonlySet<string>;
  /** A first-person subject run together with its auxiliary ("we've", "we’re", "I'd"; tokens' norms, apostrophes straightened). */
  firstPersonContractions?: ReadonlySet<string>;
  loadedWords: ReadonlySet<string>;
  loadedPhrases: readonly (readonly string[])[];
  speculationWords: ReadonlySet<string>;
  /** Words of likelihood that a comparer before them ("twice as likely") makes a measured comparison. */
  likelihoodWords?: ReadonlySet<string>;
  /** Verbs of saying proper ("said", "cautions"): the body they credit is a speaker, even in its own release. */
  sayingVerbs?: ReadonlySet<string>;
  /** Phrases that cite a source by name ("according to"): a body so cited is a source, even in its own release. */
  citingPhrases?: ReadonlySet<string>;
  /** Speech verbs far more often nouns ("state", "states"): read as verbs only with a clause after them. */
  clauseOnlyVerbs?: ReadonlySet<string>;
  /** "will": before a plain verb of an act, a named party's plan, an event to check. */
  planMarkers?: ReadonlySet<string>;
  /** "called", "dubbed": right after a comma, a participle that names the thing before it ("…, called the corona"). */
  namingParticiples?: ReadonlySet<string>;
  /** A committee's officers named after its body on an outlet line ("…: Chairman Lamar Smith"): the page's principal. */
  chairTitles?: ReadonlySet<string>;
  /** A briefing's order of business, anywhere in a sentence ("open the floor to questions", "take your questions"). */
  briefingProcedure?: readonly (readonly string[])[];
  /**
   * A floor's order of business opening a sentence ("I ask unanimous consent…", "I yield back"), as the question-time
   * openers are ("My question is to the Prime Minister."): the speaker moves the business along and voices no view.
   */
  floorProcedureOpeners?: readonly (readonly string[])[];
  /** A report's standing note on who issued it ("This report was issued by…"): a sentence of the page, never a round's. */
  reportCredit?: RegExp;
  /** A picture's label opening a caption ("Photo:", "Cover Photograph:"): the rest of its paragraph is the caption's too. */
  captionLabel?: RegExp;
  /** Words after such a participle that make it a call made, not a name given ("called on", "called for"). */
  namingNotBefore?: ReadonlySet<string>;
  /** Adverbs before such a participle that make it a name given, comma or not ("commonly called longshoremen", "also called vapes"). */
  namingAdverbs?: ReadonlySet<string>;
  /** "what volcanologists call an umbrella cloud": the word opening a clause that names a thing, and its verbs of naming. */
  namingClauseOpeners?: ReadonlySet<string>;
  namingClauseVerbs?: ReadonlySet<string>;
  likelihoodComparers?: ReadonlySet<string>;
  /**
   * A rank: an ordinal before a superlative or a run ("the second-lowest", "the fourth most powerful", "the 12th consecutive
   * increase", "the fifth year in a row", "19th place"). It places a thing among others and is compared with the same rank
   * in other outlets; any other ordinal ("the second quarter", "the fourth graders") is no figure. `ordinals` gives the
   * ordinal words' values (digits take `ordinalSuffixes`); a superlative is told by `isSuperlativeForm`; `degreeWords`
   * are the words of degree before an adjective ("most", "least"); `runWords` come after the ordinal ("consecutive"),
   * `runTail` closes a run after its noun ("in a row") and `placeNouns` are places in a table ("place", "position").
   */
  ranks?: {
    ordinals: ReadonlyMap<string, number>;
    degreeWords: ReadonlySet<string>;
    runWords: ReadonlySet<string>;
    runTail: readonly string[];
    placeNouns: ReadonlySet<string>;
  };
  /**
   * Words that are a number of times on their own ("twice", "doubled", "tripled", "halved"), by their factor: a figure of
   * times, as "three times" is. `needsObject` lists those read only before a word that opens what they multiply ("twice as
   * likely", "double the size"), never as a frequency ("twice a year", "met twice"); `not` lists the words after one
   * that make it no factor ("doubled down").
   */
  timesWords?: {
    factors: ReadonlyMap<string, number>;
    needsObject: ReadonlySet<string>;
    objectOpeners: ReadonlySet<string>;
    not: ReadonlySet<string>;
    /** The unit noun the figure takes, as "three times" has it. */
    unit: string;
    /**
     * Words read as a factor before the comparing word (`as`) only when a comparison follows (`comparison`, tested on the
     * text from that word on): "twice as likely", "twice as many", not "twice as a child".
     */
    comparedOnly: ReadonlySet<string>;
    as: string;
    comparison: RegExp;
  };
  /** Verbs of a figure's trend ("increase", "climb"): a hedge before one estimates a figure (see unasserted). */
  trendVerbs?: ReadonlySet<string>;
  /**
   * Verbs of a figure crossing a level ("pass", "reach", "exceed"): a hedge before one, with a figure or a record after
   * it ("is likely to pass 400 ppm", "likely to reach a record of 300,000"), estimates a figure (see unasserted).
   */
  thresholdVerbs?: ReadonlySet<string>;
  /** Rough counts ("hundreds", "thousands"): a hedge before one estimates a count. */
  roughCounts?: ReadonlySet<string>;
  /** "more", "fewer": a hedge before one (then a count noun, "than" or "of") estimates a count. */
  moreWords?: ReadonlySet<string>;
  /** Words a hedge reaches its figure past ("likely to continue to climb", "perhaps even more"). */
  estimateLinks?: ReadonlySet<string>;
  /** "how", "whether": a hedge after one, in the same clause, is in a question the sentence mentions. */
  questionWords?: ReadonlySet<string>;
  /**
   * Words a hedge on a state reaches its participle past ("are all likely affected", "have likely already been cut"): a
   * hedge on what has been done or suffered is an assessment reported, not a guess of the writer's (see hedgedState).
   */
  stateHedgeFillers?: ReadonlySet<string>;
  /** Words of time or degree that may stand between "be" and a progressive verb of saying ("is now reporting", "are also warning"). */
  progressiveFillers?: ReadonlySet<string>;
  /**
   * Words of a hedged attribution that estimate rather than pass on a claim ("reportedly", "are estimated to", "are believed
   * to"): on a state already reached ("65 homes have reportedly been damaged") they give the assessment as reported, no one's
   * claim; "is said to have", "allegedly" still credit a claim (see hedgedState).
   */
  assessmentHedges?: ReadonlySet<string>;
  speculationPhrases: readonly (readonly string[])[];
  modalsBeforeAttribution: ReadonlySet<string>;
  /** Words before a verb that make it not a report of speech: "to describe", "is said", "after accusing", "the repeated". */
  notBeforeAttribution: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** Capitalised words that are not names (sentence openers, titles). */
  notNames: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  dayNames: ReadonlySet<string>;
  /** Words that name a day counted from the article's own ("yesterday" -1, "today" 0), for dating its figures. */
  relativeDays?: ReadonlyMap<string, number>;
  /** Currency names written after an amount ("1bn won", "5 million dollars"), to ISO codes. */
  currencyWords: ReadonlyMap<string, string>;
  /** A currency named with its country after a number ("124.5 million British pounds", "1.2 billion Canadian dollars"). */
  currencyPhrases?: readonly { words: readonly string[]; currency: string }[];
  /** Multipliers written right after digits ("8.7M", "1bn", "50k"), lower-case. */
  multiplierSuffixes: ReadonlyMap<string, number>;
  /** Words after a number that make it a percentage ("percent", "per cent"), longest first. */
  percentWords: readonly (readonly string[])[];
  /** Words after a number that make it a change in percentage points. */
  pointWords: readonly (readonly string[])[];
  /** Words after a number that make it basis points, hundredths of a percentage point ("75 basis points", "75bps"). */
  basisPointWords: readonly (readonly string[])[];
  /** Words after a share that make it a share of one percentage point ("three-quarters of a point", "half a percentage point"). */
  shareOfPoint: readonly (readonly string[])[];
  /** Shares of one percentage point written without "of" ("a quarter point", "quarter-point"), and their fractions. */
  pointShares?: ReadonlyMap<string, number>;
  /** Of those, the ones that stand without an article ("half a point"). */
  pointSharesBare?: ReadonlySet<string>;
  /** What follows such a share to make it one of a percentage point ("a percentage point", "point"). */
  pointTails: readonly (readonly string[])[];
  /** Words before a number that make it the size of a change ("rose by 0.2% to 3.1%"): the number after "to" is a new level, not a range's top. */
  changeSizeWords: ReadonlySet<string>;
  /** Nouns after "2-year", "10-year" that make the compound the name of a security by its term ("the 10-year yield", "2-year notes"), not a length. */
  termNamedNouns: ReadonlySet<string>;
  /** A table's unit line ("In millions, except per share amounts"): the scale of the bare sums in the rows under it. */
  tableScales: readonly { words: readonly string[]; scale: number }[];
  /** Verbs of movement before "up to" that make it a rise to a value ("moving up to 3.4%", "revised up to 5%"), not a ceiling. */
  movesBeforeUpTo: ReadonlySet<string>;
  /** After four digits of a 24-hour clock, the word that makes them a time of day ("hours"), and the words before ("at"). */
  clockHourWords?: ReadonlySet<string>;
  clockHourBefore?: ReadonlySet<string>;
  /** Words after "1600 hours" that name the clock it is read on ("local" time): a time of day, whatever comes before. */
  clockHourAfter?: ReadonlySet<string>;
  /** Words after a number that make it a clock time ("pm", "GMT"), lower-case as tokenised ("p.m"). */
  clockWords: ReadonlySet<string>;
  /** Verbs a speaker greets a guest with, named right after ("We welcome Chairman Cho"): a courtesy. */
  greetingVerbs?: ReadonlySet<string>;
  /** Words of a lead-in that promise a statement's whole text after it ("it reads as follows:"). */
  wholeTextMarkers?: readonly (readonly string[])[];
  /** Words set before an age's measure that bound it ("over the age of 60": above 60), to the bound they give. */
  ageThresholds?: ReadonlyMap<string, 'lower' | 'upper'>;
  /** Measures named before their number ("magnitude 6.1", "aged 33"): word to the class compared in. */
  measuresBefore: ReadonlyMap<string, string>;
  /** Comparatives of a measure before "than" and a number ("younger than 14": an age below 14), with the class and the bound they give. */
  /** Verbs of sending that take the receiver before the thing sent ("sent Rwanda 300 doses"): the name is no owner of the figure. */
  sendVerbs: ReadonlySet<string>;
  /** Words before the date a span is counted from ("since 27 September"): that date is not when a figure was given. */
  spanStartWords: ReadonlySet<string>;
  comparedMeasures: ReadonlyMap<string, { cls: string; bound: 'upper' | 'lower' }>;
  /** Nouns naming the size of a lead before "of" and a number with nothing counted after it ("a majority of 170"): the class it is compared in. */
  sizeNounsBefore: ReadonlySet<string>;
  /**
   * Words that make the number after them a label naming a class, level or rank ("phase 3",
   * "Article 5", "Category 4", "Level 3"), and street words ("10 Downing Street").
   */
  labelsBefore: ReadonlySet<string>;
  /**
   * Text right before a number that makes the number a label or a threshold, not a quantity the story states: a bill's
   * number ("H.R. 7521", "S.Res. 738"), a test's significance level ("p < 0.05", "an alpha level of 0.05").
   */
  labelNumberBefore?: RegExp;
  addressWords: ReadonlySet<string>;
  /**
   * Nouns whose plural looks singular ("24 aircraft", "300 staff"): after a number they are what
   * is counted, not the next word of a model name ("the 737 Max airplane").
   */
  invariantPlurals: ReadonlySet<string>;
  /** Words joining two plural units of time into one vague span ("decades if not centuries", "centuries or millennia"). */
  spanJoiners: readonly (readonly string[])[];
  /** The ending that makes a unit of time an adjective of length ("a decade-long scheme", "a years-long inquiry"): a span of that unit. */
  spanAdjectiveEndings: ReadonlySet<string>;
  /** Adjectives of addition between a number and what it counts ("128,000 new jobs", "400 additional troops", "two other clubs"). */
  countAdjectives: ReadonlySet<string>;
  /** A temperature scale's letter written on the number ("1.5C", "1.5°C", "35F"): the unit it stands for. */
  temperatureLetters: ReadonlyMap<string, string>;
  /** Units written as capitals or short forms ("5 GW", "70 mph"): a measure, never a model name. */
  unitAbbreviations: ReadonlySet<string>;
  /** Whether a word (lower-case) is a plural form: "crashes", "Democrats" count; "Max", "airplane" do not. */
  isPlural: (word: string) => boolean;
  /** A word's singular by its ending, its possessive cut off first ("cities" → "city", "losses" → "loss", "the board's" → "board"): plurals compared as one lemma. */
  singularOf: (word: string) => string;
  /**
   * A light stem of a lemma, for weighing the words two figures' sentences share: inflections of one word ("ranged",
   * "ranging"; "monitor", "monitoring") and its British and American spellings ("centre", "center") fold to one.
   */
  wordStem: (lemma: string) => string;
  /**
   * Whether a word may be a verb by its form (its text as written, and its norm): in English a lower-case word in
   * "-ed" or "-s" ("rises", "increased", "percentages" alike, to be safe), but not "-ss", "-us", "-is".
   */
  maybeVerbForm: (text: string, norm: string) => boolean;
  /** Whether a word (lower-case) has the regular past's ending ("announced"). */
  isRegularPast: (word: string) => boolean;
  /** Whether a word (lower-case) has the ending of a manner adverb ("widely", "overly"). */
  isAdverbForm: (word: string) => boolean;
  /** "youngest", "largest": a superlative adjective (a participle after it qualifies the noun it comes before: "the youngest reported victim"). */
  isSuperlativeForm?: (word: string) => boolean;
  /** Whether a word (lower-case) has the ending of a verb's progressive form or gerund ("reporting", "noting"). */
  isProgressiveForm: (word: string) => boolean;
  /** The verbs a progressive form may come from, for looking it up in word lists ("urging" → "urg", "urge"; "planning" → "plann", "plan"). */
  basesOfProgressive?: (word: string) => readonly string[];
  /**
   * A window another figure is counted over, not a quantity of its own: a noun after a length ("a
   * 12-month period"), words that pin its end ("12 months ending April"), and the prepositions
   * that open one after a figure ("100,000 deaths in 12 months").
   */
  windowNouns: ReadonlySet<string>;
  windowEnds: readonly (readonly string[])[];
  windowPrepositions: ReadonlySet<string>;
  /** Words right before a figure that make it the value compared against ("up from 78,056", "compared with 56,064"): an earlier period's. */
  comparedFrom: readonly (readonly string[])[];
  /** Measures named after their number ("7 on the Richter scale"), with the class compared in. */
  measuresAfter: readonly { words: readonly string[]; cls: string }[];
  /** Words joining the two ends of a range ("10 to 20"); and the word before that makes it a change instead ("from 296 to 632"). */
  rangeJoiners: ReadonlySet<string>;
  /** Words between two alternative values that share one unit ("60 or 65 percent"): the first takes the unit too. */
  alternativeJoiners: ReadonlySet<string>;
  /**
   * "one day" as "someday" ("one day I would be a champion"): the number word and unit that, before a subject pronoun,
   * open a clause about an unnamed time rather than give a length; those pronouns; and verbs of hope or belief that, right
   * before it, make it "someday" too ("I knew one day, one time I will win").
   */
  someDay: { number: string; unit: string; subjects: ReadonlySet<string>; hopes: ReadonlySet<string> };
  /** The currency word that names dollars without saying whose ("dollars"): another country's dollars may be meant. */
  bareDollarWords: ReadonlySet<string>;
  /** Words naming a count before the plural noun it counts ("the number of schools … rose to 3,500"). */
  countNamedBefore: readonly (readonly string[])[];
  /** Words that, before a unit of time, set when a count was made ("last month", "this year"): no noun the count counts. */
  timeDeixis?: ReadonlySet<string>;
  /** Words after a share that make it the level of a statistical interval ("95% CI", "a 95% confidence interval"), not a figure. */
  intervalLevels?: readonly (readonly string[])[];
  /** After a number, a page's note of reading time: "4 min read". */
  readingTime?: RegExp;
  /** Between the two days of a span of one month ("4 to 5 August", "August 4 through 9"), beside the pair joiners. */
  dayRangeJoiners?: ReadonlySet<string>;
  /** Words before the ages that bound a group of people: "aged 5 to 11", "ages 65 and over". */
  ageBandLeads?: ReadonlySet<string>;
  /** After an age, the open end of a band: "and over", "or younger". */
  ageBandTails?: readonly (readonly string[])[];
  /** Words before a year and a currency's name that make the year a price base: "in 2022 dollars", "constant 2015 euros". */
  priceBaseLeads?: ReadonlySet<string>;
  /** Words between the part and the whole of a fraction ("16 of 18", "16 out of 18"). */
  fractionJoiners: readonly (readonly string[])[];
  /**
   * Words just before two counts joined by a dash or "to" that make them a vote's tally ("by a vote of 61-36", "voted
   * 52-43", "passed 258 to 169"), and words just after ("the 80-15 vote"): two counts, the yeas and the nays.
   */
  tallyBefore: ReadonlySet<string>;
  /** Weapons named by their calibre ("105 mm ammunition", "155mm howitzers"): the number names the kind, it counts nothing. */
  calibreNouns: ReadonlySet<string>;
  /** Verbs of winning or losing a contest: a percentage "by" which one won ("won the state by 15%") is a margin in points. */
  winVerbs: ReadonlySet<string>;
  tallyAfter: ReadonlySet<string>;
  /** Nouns for a game's result that name the two counts after them, joined by a word, as one score ("by a score of 31 to 9"). */
  scoreNouns: ReadonlySet<string>;
  /** Words that open a range, and the words that may join its ends ("between 10 and 20"). */
  rangeStarts: ReadonlyMap<string, ReadonlySet<string>>;
  /** The statuses an outbreak's cases are counted by ("confirmed", "suspected", "probable", "hospitalized"), by word. */
  caseStatuses: ReadonlyMap<string, string>;
  /**
   * The letters and words of the compass that follow a latitude or longitude, each with its axis ("N", "north": lat; "E",
   * "east": lon), and the words of angle between number and word ("28.84 degrees north"): such numbers place something,
   * they count nothing. Optional.
   */
  compassAxes?: ReadonlyMap<string, 'lat' | 'lon'>;
  angleWords?: ReadonlySet<string>;
  /**
   * What befell counted things, by word ("destroyed", "collapsed": destroyed; "damaged": damaged), and words of degree that
   * change it ("partially damaged", "fully damaged"): houses destroyed and houses damaged are two counts. Optional.
   */
  damageStatuses?: ReadonlyMap<string, string>;
  damageDegrees?: ReadonlyMap<string, string>;
  /** Words that may stand between a verb of damage and the number it governs ("destroyed an estimated 1,000 homes"). */
  damageGap?: ReadonlySet<string>;
  /** The word that joins tens and units to hundreds in a number in words ("one hundred and four"). */
  numberJoiners: ReadonlySet<string>;
  /** Words that open a change ("from 296 to 632": two figures, where it went from and to). */
  changeStarts: ReadonlySet<string>;
  /** Words before a change's opening word that make it a range after all ("ranging from 4 to 29", "varied from 5 to 8"). */
  rangeLeads: ReadonlySet<string>;
  /**
   * Words before a number that make it a change's size when the number after "to" is far larger ("up 3,999,944 to
   * 29,145,505": grew by the one, to the other), not a range's bottom.
   */
  changeDirections: ReadonlySet<string>;
  /** What a count of people counts, by the word near it: "killed", "injured", "missing"… */
  peopleStates: ReadonlyMap<string, string>;
  /**
   * Whether a plural counted noun outside the unit classes names people by its form ("climbers", "Floridians",
   * "tourists"): a toll of them killed or injured is a toll of people, however an outlet names who they were.
   */
  isPersonNoun: (word: string) => boolean;
  /** Words after a length that make it a speed ("miles per hour", "kilometres an hour"). */
  perHour?: readonly (readonly string[])[];
  /**
   * The word that makes a measure a rate of a count ("12 deaths per 100,000 people", "397.7 parts per million"): the
   * measure and its count are one unit, not a count of the measure's first word.
   */
  perWords?: ReadonlySet<string>;
  /** The noun of a concentration ("parts" per million) and its abbreviation by the count it is per (1e6: "ppm"). */
  partsPer?: { noun: string; abbreviations: ReadonlyMap<number, string> };
  /**
   * Nouns of lives ("lives"): lost or saved, the verb near them says which ("claimed 28 lives", "saving 44 million
   * lives"), and with neither they may be neither ("people whose lives were turned upside down").
   */
  livesNouns?: ReadonlySet<string>;
  /** Verbs and nouns that say what happened to lives, and the state of people they give ("saved": rescued, "lost": killed). */
  livesVerbs?: ReadonlyMap<string, string>;
  /** A company's suffixes written without a stop, which go on after "Co." or "Inc." ("Co. LLC", "Inc. PLC"). */
  companySuffixes?: ReadonlySet<string>;
  /** Words that open a resolution's recitals, each a sentence of its own though joined by semicolons ("Whereas"). */
  recitalOpeners?: ReadonlySet<string>;
  /** Words that link a sentence to the one before it, with a comma after them ("However,", "Overall,", "Meanwhile,"). */
  connectives?: ReadonlySet<string>;
  /** Words that point elsewhere in the text after a participle ("the settlement noted above", "the figures cited below"). */
  textPointers?: ReadonlySet<string>;
  /** Adverbs that make an injury a death ("fatally injured twelve firefighters", "mortally wounded"). */
  fatalAdverbs?: ReadonlySet<string>;
  /**
   * What has been done with the dead a count names ("88 bodies have been identified", "78 handed over to their
   * families", "1,000 buried"): a stage of the toll's handling, a part of it, not the toll itself.
   */
  bodyStages: ReadonlyMap<string, string>;
  /** "yet to be identified": a stage not reached. */
  notYetWords: ReadonlySet<string>;
  /** Negations ("not", "didn't"): a copy that adds or drops one says the opposite. */
  negations: ReadonlySet<string>;
  /** Words that put a figure on another, earlier event ("last year's breach", "the previous quake"). */
  otherEventWords: ReadonlySet<string>;
  /** "Of the dead, 12 were…", "Among the injured, five…": words opening a sentence whose figures after the comma are a part of a whole named before it. */
  partitiveOpeners?: ReadonlySet<string>;
  otherEventPhrases: readonly (readonly string[])[];
  /**
   * Events that follow the main one and are told apart from it ("aftershock"): a figure whose clause has one for its
   * subject ("the May 12 aftershock … caused 1,900 injuries"), or that measures one ("a magnitude 4.9 aftershock"),
   * is that event's.
   */
  followOnEventWords?: ReadonlySet<string>;
  /**
   * Phrases that give the period a percentage change is measured over ("over the year", "from a year ago", "12-month":
   * 'year'; "monthly", "over the month": 'month'; "quarterly": 'quarter'; "annualized", "annual rate": 'annualized').
   * Longest first. A reference month or quarter ("in June", "in the second quarter") is read in figures.ts, as a weaker cue;
   * so are phrases marked `weak` ("last month's": a month's figure, which may be a twelve-month rate). Those marked
   * `fallback` ("seasonally adjusted": how monthly changes are given, but also a twelve-month change now and then) count
   * only where no other phrase gives the period.
   */
  periodPhrases: readonly { words: readonly string[]; period: string; adjective?: boolean; strength?: 'weak' | 'fallback' }[];
  /** Words before a phrase of period that undo it ("not seasonally adjusted"). */
  periodNegations: ReadonlySet<string>;
  /**
   * Words before a month that make it the one a change is measured from ("compared with December 2020", "from May to
   * June", "between June 2021 and June 2022"): with the month the change is measured to, they give its period.
   */
  periodFromMonth: readonly (readonly string[])[];
  /**
   * Words before a percentage that make it an earlier value the sentence's change follows ("after a 2.7% rise in
   * February"), beside comparedFrom ("up from 1.0% in May"): the change is then a figure of one month or quarter too.
   */
  earlierValueWords: readonly (readonly string[])[];
  /** Words of change a period adjective must come before to give a change's period ("monthly rise", not "monthly riders"). */
  periodNouns: ReadonlySet<string>;
  /** Ordinals that name a quarter of the year ("the second quarter"). */
  quarterOrdinals: ReadonlySet<string>;
  /** Phrases that name the year before the article's own ("last year", "a year ago"): a year like one written out. */
  lastYearPhrases: readonly (readonly string[])[];
  /** A span of time that runs up to now ("the past year", "the last month"): the story's own time, not the year or month before. */
  windowPhrases: readonly (readonly string[])[];
  /** Words before a name that make it a place or an object, not the owner of a figure ("in Germany", "for Dortmund"). */
  namePrepositions: ReadonlySet<string>;
  /** "the", "a", "an". */
  grammaticalArticles: ReadonlySet<string>;
  /** Words before a count that say it counts a set the story has named ("the three countries", "all five crew"). */
  definiteDeterminers: ReadonlySet<string>;
  /** Words that open a clause without changing its subject ("and", "while"). */
  clauseLinks: ReadonlySet<string>;
  /** Words in a name that do not tell one owner from another ("the Labour Party", "the Green Party"). */
  ownerGeneric: ReadonlySet<string>;
  /** Words before a figure that make it a forecast, not a result ("projected", "exit poll", "predicted"). */
  forecastWords: ReadonlySet<string>;
  /** Words of a record ("largest", "first") whose span after "in" is how long since, not the window of a change. */
  recordWords: ReadonlySet<string>;
  /**
   * The window a change in a share is measured over, not a quantity of the story: words right before a span ("over the
   * last 12 months"), words right after it ("the 12-month increase", "the 12 months ending June"), and words of change
   * one of which the sentence must hold ("rose", "increase").
   */
  changeWindowBefore: readonly (readonly string[])[];
  changeWindowAfter: ReadonlySet<string>;
  changeWords: ReadonlySet<string>;
  /** Verbs of getting a sum ("19 states received more than $1 billion"): a bound after them, with a count of receivers before, is a bar each passes. */
  receiveWords: ReadonlySet<string>;
  /** Words between a figure and the name that owns it ("49.1% for Bolsonaro"). */
  ownerAfterWords: ReadonlySet<string>;
  /** Words after a figure, ending its clause, that make it a bar each of several items passes ("$2 million each"). */
  eachWords: ReadonlySet<string>;
  /** Words after a figure that make it a threshold, not a result ("the 326 seats needed for a majority"). */
  targetWordsAfter: ReadonlySet<string>;
  /** Words of emphasis right after a speaker's "I" or "we" that leave a courtesy formula as it is ("I do want to thank"). */
  speakerEmphasis?: ReadonlySet<string>;
  /** Verbs of perceiving ("see", "track"): after a modal in the first person ("we can see…") an ability told, not a view. */
  perceptionVerbs?: ReadonlySet<string>;
  /** The side a vote's count took, by the word after it ("in favour", "against", "abstentions", "abstained"): for, against or abstain. */
  voteSides?: ReadonlyMap<string, string>;
  /** Words between a count and its side that name who voted or the vote ("countries", "nations", "voted"). */
  voterWords?: ReadonlySet<string>;
  /** Adjectives of size a unit makes with a hyphen ("17-mile-long", "20-foot-wide"). */
  sizeAdjectives?: ReadonlySet<string>;
  /**
   * Currency words that also name a weight ("pounds"): after a number with no multiplier and before "of" ("1,875 pounds of
   * pills"), or in brackets after a weight ("64 kilograms (about 141 pounds)"), the word is a weight.
   */
  weightCurrencyWords?: ReadonlySet<string>;
  /** Verbs of weighing: "weighs 300 pounds" is a weight. */
  weighVerbs?: ReadonlySet<string>;
  /** Things a sum in pounds joined to its noun names ("a 10-pound note"); any other noun there is weighed ("a 500-pound bomb"). */
  poundMoneyNouns?: ReadonlySet<string>;
  /**
   * Nouns right after a figure that make it an aim or a bound set in advance, not a measured result ("the 1.5°C limit",
   * "a 2% target"). A time limit in a rule ("a 15-week limit") is the rule itself, which other texts state as "after 15
   * weeks": for lengths of time only the aims (`aimOnlyNouns`) count.
   */
  aimNounsAfter?: ReadonlySet<string>;
  aimOnlyNouns?: ReadonlySet<string>;
  /**
   * Verbs that set a figure as a ceiling to keep to ("limit warming to 1.5°C", "fares held at no more than $12"), with the
   * words that join them: a rule or an aim, told as the noun after a figure tells it ("the $12 limit").
   */
  aimVerbs?: ReadonlySet<string>;
  aimVerbJoins?: ReadonlySet<string>;
  /**
   * Words that make a figure an amount asked for, not the amount granted or reached ("prosecutors sought 40 years",
   * "the 40 years prosecutors requested", "the board recommended a $2 million fine").
   */
  requestWords: ReadonlySet<string>;
  /** Words that set a figure's scope apart ("in total", "nationwide", "alone"). */
  scopeWords: ReadonlySet<string>;
  /** Scope words that stand alone after a count ("12,000 worldwide"): never the thing counted. */
  scopeAdverbs?: ReadonlySet<string>;
  /** Words that mark a figure as one update of a changing count ("has risen to", "latest"). */
  updateWords: ReadonlySet<string>;
  /** Phrases that make a count a running one ("so far", "to date"), as an update word does. */
  runningPhrases?: readonly (readonly string[])[];
  /** Words that make a year after them a point of comparison ("the worst since 1834"), not the figure's own event. */
  baselineWords: ReadonlySet<string>;
  /** Words between a part and its whole ("410 of the 650 seats", "648 out of 650"), longest first. */
  wholeBefore: readonly (readonly string[])[];
  /** Requests for comment and similar: a reporting verb that reports no claim ("did not respond to a request for comment"). */
  noClaimPhrases: readonly (readonly string[])[];
  /** Loaded words that are plain reporting in a legal or factual sense ("illegally", "illegal") unless other cues join them. */
  factualLoaded: ReadonlySet<string>;
  /**
   * Degree adverbs that belittle ("merely", "simply"): a weak cue that alone does not make a
   * sentence the writer's view, and none at all where it qualifies how someone presented a thing.
   */
  degreeWords: ReadonlySet<string>;
  /** Verbs of presenting a thing as something ("presented the risk as merely…"): what follows "as" is that party's framing. */
  framingVerbs: ReadonlySet<string>;
  /** Words of a charge ("accused of using a fake note"): a factual-loaded word after one is part of the charge. */
  chargeWords: ReadonlySet<string>;
  /** Verbs of a court's or an inquiry's finding: a legal word after them ("ruled it unlawful") is the finding reported. */
  rulingWords: ReadonlySet<string>;
  /** Words two before a plural that put it in object position ("missed analyst estimates", "vs. Street estimates"). */
  objectMarkers: ReadonlySet<string>;
  /** Speech verbs in -s that take "of" ("warns of"); other -s words before "of" are plural nouns. */
  verbsBeforeOf: ReadonlySet<string>;
  /** Words before a participle that make it an adjective ("its first confirmed case"). */
  beforeParticiple: ReadonlySet<string>;
  /** Words after which "that" opens a clause that is not a relative clause ("so that", "clear that"). */
  thatClauseHeads: ReadonlySet<string>;
  /** Modals of a guess after an anaphor opening a sentence ("This could…"): the writer speculating. */
  guessModals: ReadonlySet<string>;
  /**
   * Nouns of an accusation ("allegations", "the complaint"): with its content after it ("allegations
   * that…", "the complaint says…"), evaluative words there are the accuser's, not the writer's.
   */
  allegationNouns: ReadonlySet<string>;
  /** Words that open an allegation's content ("allegations that", "accused the firm of", "charged him with"). */
  allegationLinks: ReadonlySet<string>;
  /** Verbs of accusing: what follows their link word ("accused the firm of…") is the charge, not the writer's view. */
  accusingVerbs: ReadonlySet<string>;
  /** Hedged attribution: a claim reported with no one named ("it is said", "reportedly", "sources say"). */
  hedgedAttribution: readonly (readonly string[])[];
  /** Nouns of a scheme that a compound number before them names ("a two-state solution", "the one-China policy"): no count. */
  schemeNouns?: ReadonlySet<string>;
  /** Emergency telephone numbers ("911"): dialled, not counted, before a word of calling or after one (see emergencyNouns, dialWords). */
  emergencyNumbers?: ReadonlySet<string>;
  /** Words after an emergency number that make it the number dialled ("911 call", "a 911 operator"). */
  emergencyNouns?: ReadonlySet<string>;
  /** Words before an emergency number that make it the number dialled ("called 911", "Emergency 911"). */
  dialWords?: ReadonlySet<string>;
  /** Verbs of saying or belief in an impersonal passive ("it is widely reported that…", "it had been announced that…"). */
  impersonalVerbs?: ReadonlySet<string>;
  /**
   * Words of a person's title or rank ("director", "dr"): a claim credited to a person is
   * attributed even in the release of that person's own agency.
   */
  personTitles: ReadonlySet<string>;
  /** Verbs that credit a claim only as the last word of a tag after a comma ("…, investigators found.", "…, two networks report."). */
  /** Verbs read as speech only in a tag with the verb first (", reports the Courier."). */
  invertedTagVerbs?: ReadonlySet<string>;
  tagEndVerbs: ReadonlySet<string>;
  /** Verbs of judging whose object comes before "for" ("blamed the pilots for"): right before "for" they are a passive participle ("features blamed for the crash"). */
  judgedFor: ReadonlySet<string>;
  /** Verbs that report a claim only with its content right after ("determined that", "hopes that", "note that"). */
  thatClaimVerbs?: ReadonlySet<string>;
  /** Words of a time that may stand between such a verb and its "that" ("reports this morning that", "noted on Friday that"). */
  claimTimeWords?: ReadonlySet<string>;
  /** Possessive pronouns: a speech verb's form right after one is a noun ("their pledges include:"). */
  possessivePronouns?: ReadonlySet<string>;
  /** Those of them that are also plural nouns ("hopes"): after "the" and a word, a noun phrase. */
  nounLikeClaimVerbs?: ReadonlySet<string>;
  /** Words that end a name given after "called" ("an asteroid called Didymos every 11 hours"): an adverbial follows, not a judgement. */
  afterNameWords?: ReadonlySet<string>;
  /** Words hyphened onto a multiplier that leave its value ("million-plus"). */
  multiplierTails?: ReadonlySet<string>;
  /** Verbs that open advice to the reader ("Clean", "Call", "Avoid"), and "Do"/"Never" before a negated one. */
  adviceVerbs?: ReadonlySet<string>;
  adviceNegations?: ReadonlySet<string>;
  /** Pronouns and the like that follow an imperative ("your", "them", "it"). */
  adviceObjects?: ReadonlySet<string>;
  /** Modals that advise ("should"), and the words that make such a modal hypothetical ("whether", "if"). */
  adviceModals?: ReadonlySet<string>;
  adviceConditions?: ReadonlySet<string>;
  /**
   * Modals of duty ("must"): a recommendation in the main clause as "should" is, unless a procedure's word follows
   * ("must still be approved", "must now be voted on", "must first be addressed") or a deadline or a purpose
   * ("…no later than 5 p.m.", "…in order to receive a clearance"): then a rule reported.
   */
  dutyModals?: ReadonlySet<string>;
  dutyProcedureWords?: ReadonlySet<string>;
  /** "in order", "no later than": a purpose or a deadline after a duty, as pairs of words. */
  dutyRulePairs?: readonly (readonly [string, string])[];
  /** "by", before a time by which a thing must be done ("should register by May"): a rule, not a recommendation. */
  deadlineMarkers?: ReadonlySet<string>;
  /** Words that end such a time besides months, days and years: "by the end of the season", "by the deadline". */
  deadlineEnds?: ReadonlySet<string>;
  /** People in general, told what to do ("People", "Consumers", "Businesses", "You"). */
  adviceAddressees?: ReadonlySet<string>;
  /** "recalled": speech only before a clause ("recalled that", "recalled how"), else a product recall or a memory. */
  recallVerbs?: ReadonlySet<string>;
  recallClauses?: ReadonlySet<string>;
  /** Verbs of pointing something out ("important to note", "worth noting"): a formula, not a judgement. */
  pointingVerbs?: ReadonlySet<string>;
  /** Verbs of view or will after "I"/"we" ("believe", "urge", "hope", "stand"): the writer's stance. */
  stanceVerbs?: ReadonlySet<string>;
  /**
   * "need", "needs": after "we" a will ("we need to act"), unless a figure follows ("we still need $66 million"), a lack counted;
   * after a thing, a call for it to be done ("its funding needs to be doubled"; see needsDoingOf in opinion.ts).
   */
  needVerbs?: ReadonlySet<string>;
  /** The running of a briefing or hearing after "I"/"we", even after "will" ("I will moderate", "we will get an update"): acts reported. */
  procedureVerbs?: ReadonlySet<string>;
  /** "will" after "I"/"we": a promise of the acts in ownActVerbs, though still the running order of procedureVerbs. */
  futureLinks?: ReadonlySet<string>;
  /** Acts a body does as it speaks, after "we"/"I" ("issuing", "announce", "recalling"): an act reported, not a view. */
  ownActVerbs?: ReadonlySet<string>;
  /** "I'm", "we're": a first-person subject with its form of "be" (see progressiveWishes). */
  beContractions?: ReadonlySet<string>;
  /** "pre", "co", "re": before a hyphen, a prefix of a verb ("pre-positioned", "co-led"), the word still that verb. */
  verbPrefixes?: ReadonlySet<string>;
  /** "it's", "that's": a subject with its "be", after which a legal word is said of the subject ("It's illegal"). */
  copulaContractions?: ReadonlySet<string>;
  /**
   * "going", "praying", "counting": after a first person and "be" ("we're going to", "we are praying for them"), a wish or a
   * plan, a will; other verbs in -ing there ("we are working with…") tell the speaker's work under way, an account.
   */
  progressiveWishes?: ReadonlySet<string>;
  /** "was", "were": after a first-person subject and before "the", the speaker's past role ("I was the member on scene"). */
  pastRoleLinks?: ReadonlySet<string>;
  /** "the": after a past "be" of the first person, a definite role the speaker held (see pastRoleLinks). */
  roleDeterminers?: ReadonlySet<string>;
  /** Words that may stand between "we" and such a verb besides "be" and -ly adverbs ("now", "hereby"). */
  ownActLinks?: ReadonlySet<string>;
  /** After a first-person "be", what the speaker is there to do before a verb of ownActVerbs ("here today to"). */
  presenceLinks?: readonly (readonly string[])[];
  /**
   * Nouns of who a person is by birth, home, family or service ("native", "resident", "veteran"): "I am myself a proud
   * native Ohioan" tells a fact of the speaker's life, not a view.
   */
  selfRoleNouns?: ReadonlySet<string>;
  /** The form of "be" after "I" in the present ("am"): "I am Debbie Hersman, Chairman of…" introduces the speaker. */
  presentFirstBe?: ReadonlySet<string>;
  /** Words that may stand between "I am"/"we are" and the role (see selfRoleNouns): "myself", "both", "a", "an". */
  selfRoleLinks?: ReadonlySet<string>;
  /** Words that count a span or a moment back from now before a unit of time ("since", "last", "past"): "since last year". */
  recentOpeners?: ReadonlySet<string>;
  /** Words after "it is illegal" that make it a rule stated ("to", "for"). */
  ruleAfter?: ReadonlySet<string>;
  /** The word that closes a comparison ("than"): "younger than 14" measures something else. */
  comparisonWords?: ReadonlySet<string>;
  /** Words in an outlet's name that credit the author of a reprint ("X (via Y)", "X (reprinted by Y)"). */
  reprintMarkers?: readonly string[];
  /**
   * The names of political parties and their members, lower-cased ("democrats", "republican", "gop"), each with the party
   * it names: an outlet whose name carries one is a party's, and a sentence naming a party points to it (see the
   * who-said-it generator).
   */
  partyWords?: ReadonlyMap<string, string>;
  /** Phrases by which a page speaks of itself to its reader ("this story", "the surrounding text"): a site's note, not the article's. */
  pageSelfReferences?: readonly (readonly string[])[];
  /** A sentence that only points to what comes next ("A summary of the findings follows."): it says nothing to ask about. */
  signpost?: RegExp;
  /** A release's note on its own updates to come ("Additional updates will be provided as they come in."): the page's words, not the story's. */
  updateNotes?: readonly (readonly string[])[];
  /**
   * Verbs after "I"/"we" that profess a view a player can see as one ("I believe", "we urge", "we condemn"), the only
   * first person an opinion round teaches as its cue (with viewVerbs, obligations and feelings owned). Narrower than
   * stanceVerbs: "we want to", "we look forward", "we continue", "we hope" are mostly a body's plans and courtesies.
   */
  professedViews?: ReadonlySet<string>;
  /** Verbs of wondering, doubting or arguing after "I"/"we" ("I wonder", "we doubt"): a view, beside stanceVerbs. */
  viewVerbs?: ReadonlySet<string>;
  /** Third-person verbs of hoping, fearing, wanting or believing ("the board hopes", "officials fear"): someone's state of mind, which no reader can check. */
  mindVerbs?: ReadonlySet<string>;
  /** First-person phrases that give a view without "I" or "we" as subject ("it seems to me", "in my view"). */
  firstPersonStancePhrases?: readonly (readonly string[])[];
  /** Verbs of preventing or sparing ("prevent", "avert"): "would prevent thousands of deaths" counts no dead. */
  preventionVerbs?: ReadonlySet<string>;
  /** Words that say people are in hospital ("hospitalized"), which peopleStates counts with the injured: a question about them names the hospital. */
  hospitalWords?: ReadonlySet<string>;
  /** Modals of possibility ("could", "may"): "the toll could rise to 20,000" is a projection, not the toll. */
  possibilityModals?: ReadonlySet<string>;
  /** Verbs of going beyond a number ("could top 20,000", "exceeded $1 billion"): the number after them is a floor. */
  exceedVerbs?: ReadonlySet<string>;
  /** Words of injury ("injured", "wounded"): a sentence with one counts the injured, not only those in hospital. */
  injuryWords?: ReadonlySet<string>;
  /** Words before a number that make it an increment, not a count ("another 12", "an additional 56", "a further 672"). */
  incrementBefore?: ReadonlySet<string>;
  /** Words right after a number (and its unit) that make it an increment or a difference ("nine more illnesses", "0.3 degrees more than"). */
  incrementAfter?: ReadonlySet<string>;
  /** Words after a number, or after a preposition of incrementLinks, that make it an added amount ("12 new cases", "$30 million in additional aid"). */
  incrementAdjectives?: ReadonlySet<string>;
  /** Words that make a figure's clause speak of another instance of the event ("similar earthquakes", "similarly sized storms", "comparable floods"). */
  otherInstanceWords?: ReadonlySet<string>;
  /** Prepositions between an amount and the word that makes it an increment ("$30 million in additional aid", "of new funding"). */
  incrementLinks?: ReadonlySet<string>;
  /** Words between the two numbers of a tally or ratio ("258 to 169", "$1 for every $2", "16 of 18", "1 in 10"). */
  pairLinks?: readonly (readonly string[])[];
  /** A line that ends a press release ("###", "-30-"): what follows is the wire's or the site's, not the release's. */
  releaseEndMarks?: readonly string[];
  /** Words after which a bare stem is a noun ("each state", "the first state"). */
  nounMarkers?: ReadonlySet<string>;
  /** Speech verbs that also mean keeping ("maintained that…" against "maintained no operations"). */
  keepingVerbs?: ReadonlySet<string>;
  /** Words that open an object noun phrase right after a verb ("no", "a", "its"). */
  objectOpeners?: ReadonlySet<string>;
  /** A plain word before a plural that makes the plural a noun ("member states"), where the plural is also a speech verb. */
  pluralNounModifiers?: ReadonlySet<string>;
  /** Sarcasm markers: scare quotes around one or two words, "so-called", "supposedly"… */
  sarcasmWords: ReadonlySet<string>;
  /** Openings that are the writer's exclamation or aside ("What a…", "Yeah,"), only at the start of a sentence. */
  opinionOpeners: readonly (readonly string[])[];
  /** Words of talk that open a sentence before a comma ("Well, …", "Look, …"): the writer speaking to the reader, a voice. */
  spokenOpeners?: ReadonlySet<string>;
  /** Verbs of speech that, followed by "to" and a verb, give an instruction rather than report words ("if told to do so"). */
  instructionVerbs?: ReadonlySet<string>;
  /** Words that open a clause with its own subject ("it", "he", "that"): after a speech verb, not a tag's tail. */
  clauseSubjects: ReadonlySet<string>;
  /** Words before a quoted term that name it rather than sneer at it ("known as", "dubbed", "the word"). */
  namingWords: ReadonlySet<string>;
  /** Loaded nouns that are also verbs ("lies"), with the words before them that make them the verb. */
  verbUseOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words after such a word that make it the verb ("lies in", "lies the answer"). */
  verbUseAfter: ReadonlySet<string>;
  /** A loaded word followed by one of these is a formal term, not a judgement ("extraordinary session"). */
  formalAfterLoaded: ReadonlySet<string>;
  /** Superlative markers ("most"): followed by an -ing adjective ("the most entertaining") they judge. */
  superlatives: ReadonlySet<string>;
  /** After a superlative rank, a word that brings the count measuring it ("with"). */
  rankMeasures?: ReadonlySet<string>;
  /** Words that grade a judging word right after them ("an already dire", "more resilient"): the judgement is the point, not in passing. */
  gradingWords?: ReadonlySet<string>;
  /** What is left of a verb of feeling when -ing is cut off its adjective ("entertain", "excit"). */
  feelingVerbs: ReadonlySet<string>;
  /**
   * A verb plus what follows that is an act, not speech ("pleaded guilty", "called off"): the
   * first word is an attribution verb that does not attribute here.
   */
  notSpeechPhrases: readonly (readonly string[])[];
  /** Idioms that end on a verb of saying and are no speech ("all told"): the verb, their last word, does not attribute. */
  notSpeechEndings?: readonly (readonly string[])[];
  /** Irregular participles of verbs of saying or finding that may qualify a noun ("recorders found in the wreckage", "a storm forecast"). */
  speechParticiples?: ReadonlySet<string>;
  /** Words that point to another part of a text after "as" and a participle ("as noted above", "as described below"). */
  pointingWords?: ReadonlySet<string>;
  /** Loaded adverbs that also tell how a thing is done ("clearly"): after a manner marker ("not", "very") or joined to a participle they judge nothing. */
  mannerAdverbs?: ReadonlySet<string>;
  mannerMarkers?: ReadonlySet<string>;
  /**
   * Verbs that attribute only when a source of claims is their subject ("figures showed",
   * "the ministry recorded", "court papers show"); "footage showed" is something seen, not claimed.
   */
  sourceVerbs: ReadonlySet<string>;
  /** Source verbs that attribute with any subject when a that-clause follows ("finds that", "showed that"). */
  findingVerbs: ReadonlySet<string>;
  /**
   * Bodies whose finding is a judgement they reach ("the panel found the club had broken the
   * rules", "a hearing found in favour of the league"): with a finding verb and what they found
   * after it, a source, where "police found the car" is an act.
   */
  findingBodies?: ReadonlySet<string>;
  /** "found in favour of": the side a body rules for. */
  favourWords?: ReadonlySet<string>;
  /** Sources of claims: documents and data. */
  sourceNouns: ReadonlySet<string>;
  /** Official bodies, and the few source verbs they attribute with ("the ministry recorded", not "police found"). */
  bodyNouns: ReadonlySet<string>;
  bodyVerbs: ReadonlySet<string>;
  /** Words that may follow a trailing ", X said" before the sentence ends ("said during a press conference"). */
  tagTails: ReadonlySet<string>;
  /** Irregular past forms ("lost", "won", "given"): with -ed forms, a past event narrated. */
  pastForms: ReadonlySet<string>;
  /** Irregular past participles ("given"): a past event only after an auxiliary ("has not given"), else often an adjective ("written answers"). */
  pastParticiples: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  /** Forms of "do": with the auxiliaries, words that make a line a clause (see prep's verbless lines). */
  doForms: ReadonlySet<string>;
  /** Adverbs of custom ("usually"): with a name, a checkable practice ("the meeting usually takes place at the palace"). */
  habitualWords: ReadonlySet<string>;
  /** Modal verbs: a past form after one is a guess or a plan, not an event ("will be finished"). */
  modals: ReadonlySet<string>;
  /** Words before an -ed form that make it an adjective or an infinitive, not a past event ("the stalled talks", "to be dictated"). */
  notBeforePast: ReadonlySet<string>;
  /** Words allowed in lower case inside a long speaker's name or title ("Council for Innovation CEO"). */
  nameConnectors: ReadonlySet<string>;
  /** Modals of duty or advice ("must", "should"): outside quotes, the writer's stance in an opinion piece. */
  obligationModals: ReadonlySet<string>;
  /** -ly adverbs that open a sentence only to order events or add to it ("Currently,", "Additionally,"): no stance. */
  sequenceAdverbs: ReadonlySet<string>;
  /** Lines that are page furniture, not article text. */
  debris: readonly RegExp[];
  /** Photo credits ("(U.S. Army photo by …)", "Photo: …", "Courtesy of …", "AP Photo/…"): the line next to one is a caption. */
  photoCredits: readonly RegExp[];
  /** A word in lower case spelt as the pack's language never spells one (English: with an accented letter, "también"). */
  foreignWord?: RegExp;
  /** A photographer's credit run into a sentence at its start or end ("Agency/Jane Roe A crowd gathers…"): a caption. */
  creditRunIn?: readonly RegExp[];
  /**
   * A caption's grammar: a verb in the simple present that tells what the picture shows ("flies",
   * "receives"), and the past forms that tell a narrated event instead ("struck", "killed"),
   * past forms of "be" included.
   */
  captionVerb: {
    present: RegExp;
    past: RegExp;
    pastBe: ReadonlySet<string>;
    /** Words after an -ed form that make it a participle ("a patient enrolled in the trial"), not the event. */
    participleAfter: ReadonlySet<string>;
    /** First words that refer back to the story ("The agency…", "It…"): a caption introduces its subject. */
    backReference: ReadonlySet<string>;
    /** What people do in a news photo, in the simple present ("speaks", "poses", "look"): after a name, with a date, a caption. */
    pictureVerbs: ReadonlySet<string>;
    /** Participles after "is"/"are" that show a picture ("is seen", "are pictured"). */
    seenWords: ReadonlySet<string>;
    /** Little words inside the names a caption opens with ("Athletes from Team Harbour", "Secretary of State Jane Roe"). */
    subjectJoiners: ReadonlySet<string>;
    /** Words a caption places people by ("left", "right"), inside a name list ("Jane Roe (left) and Jo Bloggs"). */
    positions: ReadonlySet<string>;
    /**
     * Labels an image's description opens a piece of its line with ("Text overlay:", "Image description:",
     * "Alt text:", or alt text's own opening, "Map shows…", "Line chart showing…" or "Image of…" with no article): what a picture shows or carries written out
     * for readers who cannot see it.
     */
    descriptionLabel: RegExp;
    /**
     * How a news agency opens a caption: its mark for an older picture ("FILE - Trucks wait at…", "FILE PHOTO: …"), or
     * words pointing at the picture ("This combination of pictures shows…", "In this undated photo, …").
     */
    fileMark: RegExp;
    /** A caption's own words about the picture ("photo", "(left)"), which may stand in for its date. */
    pictureWords: RegExp;
  };
  /** Words of a dated update label heading a paragraph ("Update August 2023:"). */
  updateLabels?: ReadonlySet<string>;
  /** Names of a body's press desk that may stand as a release's dateline, as written ("Newsroom", "Press Office"). */
  pressDesks?: readonly string[];
  /**
   * Little words that cannot end a line of prose or a heading ("the", "of", "and"): a line that
   * ends with one was wrapped (a PDF or a plain-text release), and the next line goes on with it.
   */
  lineWrapWords: ReadonlySet<string>;
  /** A label that leads a link to another story ("RELATED:", "Go deeper:") or names the page a text came from ("Source:"): what follows it on its line is the link, not the story. */
  linkLabel: RegExp;
  /** Question words that open a crosshead label ("What they're saying:", "Why it matters:"), speech verb or not. */
  labelQuestionWords: ReadonlySet<string>;
  /** Words that open a time or reason clause ("after", "when"): a speech verb inside one is an event, not attribution. */
  subordinators: ReadonlySet<string>;
  /** Words that start a subordinate or coordinate clause after a comma. */
  clauseBreaks: ReadonlySet<string>;
  /**
   * Legal and document references whose numbers are no quantities: a statute's section, a law
   * report's volume and page, a case number (global regular expressions).
   */
  references: readonly RegExp[];
  /** "Office of …" ("Offices of …") opening an outlet line: the page is put out by the office of the person (people) named after it. */
  principalOffice?: RegExp;
  /**
   * A title for one person opening an outlet line ("Rep. Jane Roe (via Harbour News)", "Senator John Doe"): the page is that
   * person's own, put out by their office, as with principalOffice. Lower-cased.
   */
  pageTitles?: ReadonlySet<string>;
  /** A title for several people ("Sens.") and the same title for one ("Sen."), lower-cased key: see principalOffice. */
  pluralTitles?: ReadonlyMap<string, string>;
  /** The label of a paid slot ("Sponsor:", "Sponsored content:"): what follows it on its line is the advertisement. */
  paidLabel: RegExp;
  /** What is left of a sentence that only cites, its references taken out: "See Roe v. Doe, …" → "See Roe v. Doe, .". */
  citationOnly: RegExp;
  /** A whole line that is an entry of a reference list ("Roe, Jane (2023-10-03). "Title". Wire. Retrieved 2023-10-03."). */
  referenceEntry?: RegExp;
  /** Words that open sentences and are no name's second half: after a label glued to them ("EventAs of…") the label is cut off. */
  gluedOpeners?: ReadonlySet<string>;
  /** A briefing's next guest announced: a verb of receiving ("have", "hear") and how the guest joins ("by phone", "from"). */
  briefingGuests?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Verbs of a speaker's own speaking ("talk", "touch", "deliver", "brief") and what they speak ("remarks", "the press"). */
  agendaVerbs?: ReadonlySet<string>;
  agendaNouns?: ReadonlySet<string>;
  /** A wish opening a sentence with a subject after it ("May God bless…", "May the grief … move us"): the speaker's will. */
  optatives?: ReadonlySet<string>;
  /** Verbs of asking that put questions before a list of them ("ask the agency to respond to these questions:"). */
  questionVerbs?: ReadonlySet<string>;
  /** Participles that say who or what someone is ("identified as", "named as"): after a hedge, a claim passed on, not a state. */
  identifyingParticiples?: ReadonlySet<string>;
  /**
   * Evaluative words that news uses to report the size or weight of an event ("a massive
   * earthquake", "tremendous hardship", "dealt a major blow"): alone, in a passage without the
   * writer's voice, they are not enough to call a sentence the writer's opinion.
   */
  mildLoaded?: ReadonlySet<string>;
  /**
   * Sentence adverbs of the writer's attitude ("hopefully", "fortunately"): they judge, but they grade no word after
   * them, and a judging word later in the sentence is the clearer cue to show ("and hopefully help prevent further
   * tragic loss": "tragic").
   */
  stanceAdverbs?: ReadonlySet<string>;
  /** Phrases of the same kind: a consequence reported in stock words ("a blow to", "raised hopes"). */
  mildPhrases?: readonly (readonly string[])[];
  /** Words between a form of "be" and the judgement it predicates: "was among the most consequential", "is such a blow". */
  predicativeLinks?: ReadonlySet<string>;
  /** Nouns of what a source says ("warning", "report", "findings"): a judgement set right before one describes that speech. */
  speechNouns?: ReadonlySet<string>;
  /** Anaphors that open the writer's inference ("This indicates…"); without it, `anaphors`. */
  inferenceAnaphors?: ReadonlySet<string>;
  /**
   * Adjectives of need or weight that, said of an anticipatory "it" ("It is important that…", "It is
   * therefore essential to…"), are the writer's own advice or judgement, credited to no one.
   */
  impersonalJudgements?: ReadonlySet<string>;
  /** Adverbs that may stand between "it is" and such an adjective ("therefore", "also"), besides -ly words. */
  impersonalLinks?: ReadonlySet<string>;
  /**
   * Adjectives of need that judge the weight of a thing when said of a sentence's subject with what
   * it is needed for ("This work is essential to…", "Funding is critical for…"): the writer's view.
   */
  weightJudgements?: ReadonlySet<string>;
  /** "supplies", "assistance", "funding": nouns of aid; a word of weight before one ("vital supplies") is a release's stock phrase, mild. */
  aidNouns?: ReadonlySet<string>;
  /** "welcomes", "condemns": after a body's name opening the sentence, its own stance in the present (see bodyFeelings). */
  bodyStanceVerbs?: ReadonlySet<string>;
  /** "encouraged", "saddened": after a body's name and "is", a feeling it professes in its own statement. */
  bodyFeelings?: ReadonlySet<string>;
  /** "extends": with a noun of sympathy after it ("extends its deepest sympathy"), a body's stance. */
  extendVerbs?: ReadonlySet<string>;
  /** "sympathy", "condolences": what a body extends in its own statement. */
  sympathyNouns?: ReadonlySet<string>;
  /** An anticipatory "it" and "be" in one word ("it's"), as in "It’s important that…" (see impersonalJudgements). */
  anticipatoryContractions?: ReadonlySet<string>;
  /**
   * A need pressed ("urgently needed", "badly needed"): said by a form of "be" of a thing ("Repairs are urgently needed",
   * "the cut that is urgently needed"), the writer's weighing of it; set before a noun ("urgently needed supplies") it only
   * names what is sent, and judges nothing.
   */
  pressedNeeds?: readonly (readonly string[])[];
  /**
   * Adjectives of a verdict on a thing ("unsafe", "wrong"): said by "be" of the main clause's subject, ending the clause
   * ("Vaping is unsafe.", "The plan was wrong, and…"), the writer's verdict; before a noun ("unsafe levels") or inside
   * a clause of what someone did ("ensure that cots are safe") they describe.
   */
  verdictAdjectives?: ReadonlySet<string>;
  /**
   * Nouns of worth ("opportunity", "achievement", "breakthrough") that, said of the main clause's subject by its link
   * ("The bill represents a rare opportunity"), value the thing: the writer's view. Not nouns of a contest's outcome
   * ("win", "victory"), which news states as fact ("It was their first win of the season").
   */
  valueNouns?: ReadonlySet<string>;
  /**
   * Sizes no figure measures ("great", "serious", "untold") that, set right before a cost or a worry (unmeasuredWeights:
   * "costs", "concerns", "harm"), weigh it: "exacted great costs", "raises serious concerns". Not before damage or losses,
   * which surveys describe ("substantial damage").
   */
  unmeasuredSizes?: ReadonlySet<string>;
  unmeasuredWeights?: ReadonlySet<string>;
  /**
   * Present-tense verbs of what a thing stands for or brings out ("illustrates", "underscores", "exemplify"): said by the
   * main clause of a thing, not of a person or a source ("The agreement illustrates the steps…"), the writer's reading.
   */
  showcaseVerbs?: ReadonlySet<string>;
  /** Verbs that equate their subject with a thing, as "be" does: "represents", "marks", "constitutes". */
  equatingVerbs?: ReadonlySet<string>;
  /** Nouns of risk ("risk") whose level said by "be" or "remains" ("The risk to the public remains low") is an assessment. */
  riskNouns?: ReadonlySet<string>;
  /** Levels of a risk ("low", "high") in such an assessment. */
  riskLevels?: ReadonlySet<string>;
  /** An exhortation in the first person plural ("let's", "let us"): the speaker's will, a stance whatever detail the sentence names. */
  exhortations?: readonly (readonly string[])[];
  /** Verbs after an exhortation that ask for word back ("let us know"): a request of the reader, not a will. */
  exhortationRequests?: ReadonlySet<string>;
  /** Linking verbs that, like "be", join a subject to what is said of it ("remains", "becomes"). */
  linkingVerbs?: ReadonlySet<string>;
  /** Groups that speak for a body named after them ("officials at the ministry", "authorities in Ankara"), beside viewHolders. */
  speakerGroups?: ReadonlySet<string>;
  /** Words of weight or worth that judge when ranked ("the most important tool", "the most significant step"), not alone. */
  rankedJudgements?: ReadonlySet<string>;
  /** "Have" after a first-person subject that, with a relative clause on its object, says what there is ("We have families who…"). */
  existentialHave?: ReadonlySet<string>;
  /** Adjectives of feeling or resolve a subject professes ("is proud to", "is committed to"): its stance, not a fact. */
  feelingJudgements?: ReadonlySet<string>;
  /**
   * Listed judging phrases that only count again ("yet another"): exasperation at a thing that judges ("yet another
   * setback"), but a tally when what is counted is a measured record or change (see measuredNouns).
   */
  countingPhrases?: readonly (readonly string[])[];
  /**
   * Imperatives of memory opening a question ("Remember when…?", "Recall last year when…?"): the question calls up a past
   * event for the reader to check, it asks nothing and gives no view of its own.
   */
  memoryOpeners?: ReadonlySet<string>;
  /**
   * Words of quantity or degree a writer shouts for emphasis, alone in capitals in a sentence that is not ("a tax on ALL
   * of us", "a LOT of calls", "even MORE money"): the writer's own stress, a voice; not a figure's ("OVER $3,000").
   */
  shoutedWords?: ReadonlySet<string>;
  /**
   * Words opening a clause that concedes a point before the main claim ("while", "although"): a judgement there is
   * granted in passing ("While the rain is welcome news, the river is still rising"), the main clause is the claim.
   */
  concessives?: ReadonlySet<string>;
  /** Nouns of a measured record or change ("record", "high", "rise"): counted by "yet another", they are a tally, not a judgement. */
  measuredNouns?: ReadonlySet<string>;
  /**
   * Function words the finders test one token against, each under its English gloss: the words of this language
   * that do the same work (lower-case, as tokens' norms are, but for `I`; more than one where the language inflects
   * them, as German does its articles). Where English uses one word in several roles, each role is listed.
   */
  functionWords: {
    /** The participle of "be" ("have been damaged"): a passive perfect after it (see hedgedState). */
    been: ReadonlySet<string>;
    /** Opens a content clause or a relative clause: "said that…", "the plan that…", "so that", "allegations that". */
    that: ReadonlySet<string>;
    /** The infinitive's marker and the preposition of a goal: "expected to", "proud to", "went on to say", "urged to". */
    to: ReadonlySet<string>;
    /** The preposition of purpose or cause after an adjective or a verb: "important for", "blamed for the crash". */
    for: ReadonlySet<string>;
    /** The preposition of a part, a whole or a topic: "more of", "out of three", "as of May 2", "proud of". */
    of: ReadonlySet<string>;
    /** The preposition of a ratio and of a side ruled for: "3 in 5", "found in favour of". */
    in: ReadonlySet<string>;
    /** "out" before `of` in a ratio: "two out of three". */
    out: ReadonlySet<string>;
    /** "went on to say" (a phase verb, this word, then `to`); "on Friday" (before a day's name). */
    on: ReadonlySet<string>;
    /** "as of May 2", "presented the risk as merely…", "as it…" opening a side clause. */
    as: ReadonlySet<string>;
    /** "met with a splash page explaining that…": what a participle of speech describes, not who speaks. */
    with: ReadonlySet<string>;
    /** The agent of a passive: "seen by most economists", "was reported by…". */
    by: ReadonlySet<string>;
    /** The definite article: "the most important", "the Senate" before a name, "seen by the experts". */
    the: ReadonlySet<string>;
    /** The anticipatory subject: "it is illegal to…", "It is important that…"; "as it…" opening a side clause. */
    it: ReadonlySet<string>;
    /** The existential subject: "there have reportedly been three deaths". */
    there: ReadonlySet<string>;
    /** The negation after a modal or a verb: "This could not…", "Do not eat…". */
    not: ReadonlySet<string>;
    /** The determiner of none: "no confirmed cases" (an adjective before a noun, not a verb). */
    no: ReadonlySet<string>;
    /** "all" as a count: "all confirmed cases". */
    all: ReadonlySet<string>;
    /** "claimed to be", "claims to have": the verbs of an infinitive of a claim. */
    be: ReadonlySet<string>;
    have: ReadonlySet<string>;
    /** The possessive of "we": "our planet" (see sharedByAll). */
    our: ReadonlySet<string>;
    /** The object form of "we", which in capitals is most often a country's abbreviation ("US"). */
    us: ReadonlySet<string>;
    /** "worth noting": an adjective that takes a verb's -ing form. */
    worth: ReadonlySet<string>;
    /** The first-person singular as written, which is also a Roman numeral ("World War I"). */
    I: ReadonlySet<string>;
    /** The plural pronoun, which names no one speaker ("they said"): a quote's speaker is not carried over to it. */
    they: ReadonlySet<string>;
  };
  /** The articles of an indefinite noun phrase ("a", "an"): "a press call" makes its stem a noun. */
  indefiniteArticles: ReadonlySet<string>;
  /** The forms of the perfect's auxiliary ("has", "have", "had"): "has labeled", "had expected". */
  perfectAuxiliaries: ReadonlySet<string>;
  /** Subordinators of contrast that open a side clause wherever they stand, without a comma ("although", "while"). */
  contrastSubordinators: ReadonlySet<string>;
  /** Words before the group that holds a view, after its "by" ("seen by most economists", "by leading experts"). */
  viewHolderQuantifiers: ReadonlySet<string>;
  /** Words ending in the regular past's letters that are no past ("hundred", "sacred", "beloved"): never a narrated event. */
  notPastInEd: ReadonlySet<string>;
  /** Of the words in "-eed" (mostly no past: "need", "speed"), those that are ("agreed", "freed"). */
  pastInEed: ReadonlySet<string>;
  /** Words that may stand between an auxiliary and the past it belongs to ("has not given", "had already left"), besides -ly adverbs. */
  adverbsBeforePast: ReadonlySet<string>;
  /** Speech verbs in the past that open an inverted tag (", said the director.") though they end neither in -ed nor in -s. */
  invertedTagIrregulars: ReadonlySet<string>;
  /** The stem of reporting ("reportedly", "were reported"): a hedged attribution with it over a count is a tally of reports. */
  reportStem: string;
  /** The stem of the verb of estimating in a hedge ("are estimated to"): a counted noun estimated so, with no source, is a tally too. */
  estimateStem?: string;
  /** First-person words that are also common nouns ("mine": "the mine", "a gold mine"): the pronoun only where a noun could not stand. */
  nounLikeFirstPerson?: ReadonlySet<string>;
  /** Verbs of setting a tally ("put", "placed", "set"), with a tally noun ("toll", "number") and "at" a count: the setter is the tally's source. */
  tallySetVerbs?: ReadonlySet<string>;
  tallyNouns?: ReadonlySet<string>;
  tallyAt?: ReadonlySet<string>;
  /** Little words between the capitalised words of a body's name in an outlet line ("Bureau of Labor Statistics"). */
  outletNameConnectors: ReadonlySet<string>;
  /**
   * Words that may stand between a quote's speaker and the speech verb after the name, read back from the verb
   * ("Roe also said", "Roe's spokesman has said", "the ministry will"): past them the name is still looked for.
   */
  speakerGapWords: ReadonlySet<string>;
  /**
   * Titles that make the capitalised words after them a person's name ("Mr. Roe", "President Doe"), for the last
   * person named before a quote, as written; a title ending in a full stop may be written without it ("Mr Roe").
   */
  personLeads: readonly string[];
  /** Speech verbs that, right after a capitalised name, make it the name of a person ("Roe said"). */
  personSpeechVerbs: ReadonlySet<string>;
  /** Letters written on a day's number in a date ("June 8th", "2nd February"). */
  ordinalSuffixes: ReadonlySet<string>;
  /** Ordinal words that end a compound number word ("twenty-seventh", "thirty-first"): an ordinal, no count. */
  ordinalWords?: ReadonlySet<string>;
  /** Words besides ordinals that make "half" a part of a span of time ("the latter half of 2020"). */
  periodHalves?: ReadonlySet<string>;
  /** Time zones spelt out after a clock's abbreviation: "Eastern Time", "Pacific Daylight Time". */
  zoneNames?: { names: ReadonlySet<string>; kinds: ReadonlySet<string>; time: string };
  /** The word that opens a byline, as written ("By Jane Roe and Jo Bloggs"), and the words that join its names. */
  bylineBy: string;
  bylineJoiners: ReadonlySet<string>;
  /** Capitalised words of a page's time stamp that may follow a byline ("Published", "Updated"). */
  pageStampWords: ReadonlySet<string>;
  /** Little words in lower case inside a heading in title case ("Household Survey of the Year"), run into its paragraph. */
  headingConnectors: ReadonlySet<string>;
}
