/**
 * Shapes of a word or a gap tested on every token by the finders. A regular expression literal
 * inside a function is a new RegExp object each time it is evaluated, and these are evaluated
 * for every word of every sentence: made once here, they cost no garbage.
 * (None has the g or y flag: a shared expression keeps no state between tests.)
 */
export const CAPITAL_FIRST = /^\p{Lu}/u;
export const LOWER_FIRST = /^\p{Ll}/u;
export const LETTER_FIRST = /^\p{L}/u;
export const DIGIT_FIRST = /^\d/;
export const LOWER_WORD = /^\p{Ll}+$/u;
export const LETTER_WORD = /^\p{L}+$/u;
export const DIGITS_ONLY = /^\d+$/;
/** A year written in digits ("2021", "1998"). */
export const YEAR_WORD = /^(?:1[89]|20)\d\d$/;
export const HAS_LETTER = /\p{L}/u;
export const HAS_DIGIT = /\d/;
export const HAS_COMMA = /,/;
export const QUOTE_MARK = /["“”«»]/;
/** A sentence that opens with a quotation mark. */
export const OPENS_QUOTE = /^["“«‘']/u;
export const S_LAST = /s$/;
export const POSSESSIVE_END = /['’]s$/;
/** A plain plural: lower case, ending in a single "s" ("cases", not "glass"). */
export const PLAIN_PLURAL = /^\p{Ll}+[^s]s$/u;
export const CLOSING_PUNCTUATION = /[:;,]$/;
export const CLAUSE_MARK = /[,;:—–]/;
/** Only spaces and closing quotation marks: nothing parts two words but a quote's end. */
export const QUOTE_CLOSE_GAP = /^[\s"'”’»]*$/u;
export const TWO_LETTERS = /\p{L}\p{L}/u;
export const HAS_LOWER = /\p{Ll}/u;
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A comma, a semicolon or a colon: a break between two words. */
export const SEPARATOR = /[,;:]/;
export const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
/** Digits, maybe with separators: "141", "1,000", "2.5". */
export const NUMERAL = /^\d[\d,.]*$/;
export const COLON_END = /:\s*$/;
export const QUESTION_OR_QUOTE = /[?"“”«»]/;

/** A markup tag a scraped page left in its text ("<em>", "</strong>", "<br/>"): the page's code, not the writer's words. */
export const MARKUP_TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,80})?\/?>/i;
/**
 * A hashtag ("#ICC", "#UNGA"): a social-media post embedded in the page, whose words and voice are the post's, set in
 * the outlet's text without the outlet's own framing.
 */
export const HASHTAG = /(?:^|[\s(“"])#\p{L}/u;
/** A web address in running text ("go to example.gov/help", "www.example.org", "https://…"): a page's service line, not its story. */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)\S|\b[a-z0-9-]+\.(?:gov|com|org|net|edu|int)(?:\/[\w/.-]*)?(?=[\s,;:)]|\.?$)/iu;
