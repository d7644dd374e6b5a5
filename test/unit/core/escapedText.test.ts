import { describe, expect, it } from 'vitest';
import { createArticle, findQuote } from '../../../src/core/article';
import { analyze } from '../../../src/core/analysis';
import { decodeEscapedLines } from '../../../src/core/analysis/structure';

/** An invented archive record: the page's text is one JSON string, its line breaks written as backslash, r, backslash, n. */
const RECORD = [
  '{',
  '\t"id": "0a1b2c",',
  '\t"title": "Agency Recovers Stolen Funds",',
  String.raw`	"plain_text": "Agency Recovers Stolen Funds From Fraud Ring\r\nPublished: 2030-05-02\r\n\r\nThe Agency said on Friday that it had recovered $4.1 million taken from retirees by a fraud\r\nring that posed as a bank help desk. The order was signed this morning by the Honorable Jane Roe,\r\nU.S. District Judge for the Western District, after agents traced the payments through three\r\naccounts abroad and froze them within a week of the first complaint from a retiree in Ohio.\r\n\u201cWe follow the money wherever it goes, however long it takes,\u201d said Deputy Director of the Agency\r\nSam Poe for the Agency. \"The ring\u2019s leaders are in custody, and every victim will be\r\ntold how much of the money comes back and when the first payments will be made to them.\"\r\n"`,
  '}',
].join('\n');

const make = (text: string) => createArticle({ id: 'rec', outlet: { en: 'Agency (via an archive)' }, sourceKind: 'unknown' }, text);

describe('an article copied from a JSON record, its line breaks written as "\\r\\n"', () => {
  it('shows real line breaks and marks to the player, not "\\r\\n", "\\"" or "\\u2019"', () => {
    const a = make(RECORD);
    expect(a.text).not.toMatch(/\\[rnu"]/);
    expect(a.text).toContain('Fraud Ring\nPublished: 2030-05-02\n\nThe Agency said');
    expect(a.text).toContain('“We follow the money wherever it goes, however long it takes,” said Deputy Director of the Agency\nSam Poe');
    expect(a.text).toContain('"The ring’s leaders are in custody, and every victim');
  });

  it('keeps a sentence whole across the record’s hard line wraps, and does not end one at "U.S." before a break', () => {
    const a = make(RECORD);
    const texts = a.sentences.map((s) => s.text);
    expect(texts).toContain(
      'The order was signed this morning by the Honorable Jane Roe,\nU.S. District Judge for the Western District, after agents traced the payments through three\naccounts abroad and froze them within a week of the first complaint from a retiree in Ohio.',
    );
    expect(texts).toContain('“We follow the money wherever it goes, however long it takes,” said Deputy Director of the Agency\nSam Poe for the Agency.');
    expect(texts.some((t) => t.startsWith('U.S. District Judge'))).toBe(false);
  });

  it('keeps every sentence’s offsets pointing at its words in the text the player reads', () => {
    const a = make(RECORD);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    const quote = 'said Deputy Director of the Agency Sam Poe for the Agency.';
    const at = findQuote(a.text, quote);
    expect(at).not.toBeNull();
    expect(a.text.slice(at?.start, at?.end).replace(/\s+/g, ' ')).toBe(quote);
  });

  it('credits the quotation to its speaker once "said" is no longer hidden behind an escape', () => {
    const kinds = analyze([make(RECORD)]).sentences.filter((s) => s.text.startsWith('“We follow the money'));
    expect(kinds.map((s) => s.kind)).toEqual(['attributed']);
  });

  it('makes the same text from a record stored with CR LF line ends', () => {
    expect(make(RECORD.replace(/\n/g, '\r\n')).text).toBe(make(RECORD).text);
  });
});

describe('a text that only mentions a backslash is left as it is', () => {
  it('keeps a Windows path, a single escape and a line about escapes unchanged', () => {
    const texts = [
      'Files were saved to C:\\new\\reports on the shared drive.\nThe drive was wiped on Monday.',
      'The script printed "done\\n" and stopped.',
      'Old files end lines with "\\r\\n", newer ones with "\\n", and some with a lone "\\r".',
      'The guide explains the \\n escape, the \\r escape and the \\t escape in turn, with \\" for quotes.',
    ];
    for (const t of texts) expect(decodeEscapedLines(t)).toBe(t);
    for (const t of texts) expect(make(t).text).toBe(t);
  });

  it('decodes an escaped backslash as one backslash, not as a line break', () => {
    const line = String.raw`First line\nSecond line\nThird line, path C:\\north\\reports\nFourth line`;
    expect(decodeEscapedLines(line)).toBe('First line\nSecond line\nThird line, path C:\\north\\reports\nFourth line');
  });
});
