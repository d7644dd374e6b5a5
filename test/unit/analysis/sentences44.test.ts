import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/article';

/** Issue 9, forty-fourth session: sentence ends after a day's month, after "U.S." before a linking word, and between recitals. */

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences: a month abbreviated after a day ends a sentence before a capital', () => {
  it('splits "…on 4 Sep. As a result, …" and "…on 6 Sep. On 9 Sep, …"', () => {
    expect(sentencesOf('The Government requested assistance on 4 Sep. As a result, the Cabinet was dissolved on 6 Sep. On 9 Sep, a team arrived.')).toEqual([
      'The Government requested assistance on 4 Sep.',
      'As a result, the Cabinet was dissolved on 6 Sep.',
      'On 9 Sep, a team arrived.',
    ]);
  });

  it('still goes on through "Sep. 4" and "4 Sep. 2006"', () => {
    expect(sentencesOf('It was signed on Sep. 4 in Geneva. It came on 4 Sep. 2006 at noon.')).toEqual(['It was signed on Sep. 4 in Geneva.', 'It came on 4 Sep. 2006 at noon.']);
  });
});

describe('sentences: "U.S." then a word that links to the sentence before ends a sentence', () => {
  it('splits "…company in the U.S. Overall, the company…" and "…in the U.S. Separately, …"', () => {
    expect(sentencesOf('UHG is the 5th largest company in the U.S. Overall, the company touches 152 million people.')).toEqual([
      'UHG is the 5th largest company in the U.S.',
      'Overall, the company touches 152 million people.',
    ]);
    expect(sentencesOf('Prices rose in the U.S. Separately, wages fell.')).toEqual(['Prices rose in the U.S.', 'Separately, wages fell.']);
  });

  it('still goes on through "the U.S. Army, Navy and Marines"', () => {
    expect(sentencesOf('The U.S. Army, Navy and Marines sent aid.')).toEqual(['The U.S. Army, Navy and Marines sent aid.']);
  });
});

describe('sentences: a resolution’s recitals joined by semicolons are sentences of their own', () => {
  it('splits "…31 to 9;Whereas …; and Whereas …"', () => {
    expect(
      sentencesOf('Whereas the Buccaneers won by a score of 31 to 9;Whereas the Bucs won at home; and Whereas Tom Brady threw 3 touchdowns: Now, therefore, be it Resolved.'),
    ).toEqual(['Whereas the Buccaneers won by a score of 31 to 9;', 'Whereas the Bucs won at home; and', 'Whereas Tom Brady threw 3 touchdowns: Now, therefore, be it Resolved.']);
  });

  it('still goes on through a lower-case "whereas" after a semicolon', () => {
    expect(sentencesOf('The team won; whereas the other lost.')).toEqual(['The team won; whereas the other lost.']);
  });
});

describe('sentences: a company suffix without a stop goes on after "Co."', () => {
  it('keeps "Beta Operating Co. LLC (d/b/a Beta Offshore) and…" in one sentence, and ends at "Harbour Co. Sales…"', () => {
    const text = 'Amplify Energy Corp. and its subsidiaries, Beta Operating Co. LLC (d/b/a Beta Offshore) and San Pedro Bay Pipeline Co. pleaded guilty.';
    expect(sentencesOf(text)).toEqual([text]);
    expect(sentencesOf('The deal closed with Harbour Co. Sales rose 5%.')).toEqual(['The deal closed with Harbour Co.', 'Sales rose 5%.']);
  });
});
