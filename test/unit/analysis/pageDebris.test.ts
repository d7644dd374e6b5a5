import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { tokenize } from '../../../src/core/analysis/text';
import { article } from './seeds';

/** Invented page texts: the site's own notices, links and datelines are not sentences of the story. */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

describe('site notices and links', () => {
  it('marks pointers to other pages, a link in a list, the page’s controls and a speech’s delivery note as furniture', () => {
    const found = furniture(
      'Remarks as prepared for delivery.\n\n- Advertisement -\n\nThe harbour board raised its fees by 5% on Tuesday. Freight firms were angry.\n\n• Click HERE to see how the fees compare.\n• Fees for ferries stay the same.\n\nHave a view? Click below to share it.\n\nFor more information, visit the board’s page on harbour fees.\n\nFor more information about the fees and how they are set, see the board’s yearly report.\n\nClose this search box.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'The harbour board raised its fees by 5% on Tuesday.',
      'Freight firms were angry.',
      '• Fees for ferries stay the same.',
      'For more information about the fees and how they are set, see the board’s yearly report.',
    ]);
  });

  it('marks the whole of a government site’s banner and the site’s notes about the page as furniture', () => {
    const found = furniture(
      'An official website of the Harbour government\nA .gov website belongs to an official government organization in Harbour City.\nA lock ( ) or https:// means you’ve safely connected to the .gov website.\nThe .gov means it’s official.\nBefore sharing sensitive information, make sure you’re on a federal government site.\nYou have accessed part of a historical collection on harbour.gov. Some of the information contained within may be outdated and links may not function.\nThis page has not been translated into Welsh. Visit the Welsh page for resources in that language.\nNote to screen-readers: This page is using an IFrame for the content-area.\n\nThe harbour board raised its fees by 5% on Tuesday. Freight firms were angry.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual(['The harbour board raised its fees by 5% on Tuesday.', 'Freight firms were angry.']);
  });

  it('marks a pointer to a link, a subscription offer, a link label without its space and an embedded post’s signature as furniture', () => {
    const found = furniture(
      'The harbour board raised its fees by 5% on Tuesday. You can read the board’s statement in full here.\n\nBilled as $4.99 for the 1st month, $9.99 thereafter.\n\nMore:Where do the harbour fees go? See the map\n\nFreight firms were angry. The fees will be reviewed here in June.\n\nThe new fees start in June. #harbour\n— Jane Roe (@janeroe) March 14, 2030\n\nThe chair said the fees were fair.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'The harbour board raised its fees by 5% on Tuesday.',
      'Freight firms were angry.',
      'The fees will be reviewed here in June.',
      'The chair said the fees were fair.',
    ]);
    // The site's accounts, a transition to a list of points, a graphic's caption, a list's label ending a line.
    const more = furniture(
      'The harbour board raised its fees by 5% on Tuesday.\nFollow us on our channel for breaking news alerts and key updates!\nHere’s what you need to know.\nThis map shows the piers where fees rise in June. The data came from the board.\nFreight firms were angry. In 2029:\n• 40% of ships paid more.\nThe chair said: the fees are fair.',
    );
    expect(more.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'The harbour board raised its fees by 5% on Tuesday.',
      'The data came from the board.',
      'Freight firms were angry.',
      '• 40% of ships paid more.',
      'The chair said: the fees are fair.',
    ]);
    // A crosshead set between dashes, but not a list's item.
    const dashed = furniture(
      'The harbour board raised its fees by 5% on Tuesday.\n\n- ‘We are not afraid’ -\n\nFreight firms were angry.\n\n- Fees rise by 5% - a first since 2020.',
    );
    expect(dashed).toContainEqual(['- ‘We are not afraid’ -', true]);
    expect(dashed).toContainEqual(['- Fees rise by 5% - a first since 2020.', false]);
    // The signature run onto the line of the post's words, after its stop.
    const runIn = furniture(
      'The harbour board raised its fees by 5% on Tuesday.\n\nFerry traffic fell 3% in May. — Jane Roe (@janeroe) March 14, 2030\n\nThe chair said the fees were fair.',
    );
    expect(runIn).toContainEqual(['Ferry traffic fell 3% in May.', false]);
    expect(runIn).toContainEqual(['— Jane Roe (@janeroe) March 14, 2030', true]);
    // The post's words stay the poster's.
    const kinds = analyze([article('a', 'The harbour board raised its fees by 5% on Tuesday.\n\nFerry traffic fell 3% in May. — Jane Roe (@janeroe) March 14, 2030')]).sentences;
    expect(kinds.find((x) => x.text === 'Ferry traffic fell 3% in May.')?.kind).toBe('attributed');
  });

  it('marks a repost’s credit to where the article first ran as furniture', () => {
    const found = furniture('Article courtesy of the Harbour Post, dated 3/5/2030:\n\nThe harbour board raised its fees by 5% on Tuesday. Freight firms were angry.');
    expect(found).toContainEqual(['Article courtesy of the Harbour Post, dated 3/5/2030:', true]);
    expect(found).toContainEqual(['The harbour board raised its fees by 5% on Tuesday.', false]);
  });

  it('marks a browser notice, a "click here" link and an appeal for support as furniture', () => {
    const found = furniture(
      'IE 11 is not supported. For an optimal experience visit our site on another browser.\n\nThe harbour board raised its fees by 5% on Tuesday.\nTrade through the port fell in the spring.\nClick here to read the full report from our partner site.\nBecome a supporter of this podcast: https://example.com/support.',
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual(['The harbour board raised its fees by 5% on Tuesday.', 'Trade through the port fell in the spring.']);
    expect(found).toContainEqual(['Click here to read the full report from our partner site.', true]);
    expect(found).toContainEqual(['IE 11 is not supported.', true]);
  });

  it('cuts a "Read More" link off a teaser, and keeps a news sentence about a privacy policy', () => {
    const found = furniture(
      'Port fees rise\n\nThe board raised its fees. Freight firms were angry.\nThe board reported 2.9 million containers for the year… Read More\nProfits were lower than expected because of a privacy policy the carriers dislike.',
    );
    expect(found).toContainEqual(['Read More', true]);
    expect(found).toContainEqual(['The board reported 2.9 million containers for the year…', false]);
    expect(found).toContainEqual(['Profits were lower than expected because of a privacy policy the carriers dislike.', false]);
  });
});

describe('datelines run into the first sentence', () => {
  it('splits a wire dateline with two cities and one that ends in a stop with the agency between slashes', () => {
    const a = furniture('Port strike ends\nHAMBURG/ROTTERDAM, May 3 (Agency) - Dock workers in two ports went back to work on Friday after a week-long strike.');
    expect(a).toContainEqual(['HAMBURG/ROTTERDAM, May 3 (Agency) -', true]);
    expect(a).toContainEqual(['Dock workers in two ports went back to work on Friday after a week-long strike.', false]);
    const b = furniture('THE VALLEY, May 3. /AGENCY/. Dock workers went back to work on Friday after a week-long strike. The port reopened.');
    expect(b).toContainEqual(['THE VALLEY, May 3.', true]);
    expect(b).toContainEqual(['/AGENCY/.', true]);
    expect(b).toContainEqual(['Dock workers went back to work on Friday after a week-long strike.', false]);
  });

  it('splits a headline and a date between bars off the first sentence on a one-line page', () => {
    const found = furniture(
      'Port Raises Fees By 5 Percent, Largest Rise Since 1994 | 3 May 2024 | The harbour board has raised its fees by 5 percent, the largest rise in thirty years. Freight firms were angry.',
    );
    expect(found).toContainEqual(['Port Raises Fees By 5 Percent, Largest Rise Since 1994', true]);
    expect(found).toContainEqual(['| 3 May 2024 |', true]);
    expect(found).toContainEqual(['The harbour board has raised its fees by 5 percent, the largest rise in thirty years.', false]);
  });
});

describe('captions, a release dateline and a standfirst', () => {
  it('takes a line ending in a bare "Name/Agency" credit, or a "Photo Name/Agency" credit, as a caption', () => {
    const a = furniture(
      'Port strike ends\n\nOpen this photo in gallery: Dock workers walk past the cranes in Harbour City, Friday, May 3, 2024. The strike lasted a week.Jane Roe/The Harbour Agency\n\nDock workers went back to work on Friday. The port reopened.',
    );
    expect(a).toContainEqual(['The strike lasted a week.', true]);
    expect(a).toContainEqual(['Dock workers went back to work on Friday.', false]);
    const b = furniture(
      'Port strike ends\n\nDock workers outside the port gates, ahead of the vote. Photo Jane Roe/Harbour Wire\n\nDock workers went back to work on Friday. The port reopened.',
    );
    expect(b).toContainEqual(['Dock workers outside the port gates, ahead of the vote.', true]);
    expect(b).toContainEqual(['Dock workers went back to work on Friday.', false]);
  });

  it('splits a release date and its dash after the city dateline', () => {
    const found = furniture('Harbour Co. Reports Results\nHARBOUR CITY, Calif. – May 3, 2024 – Harbour Co. today reported results for the quarter. Revenue rose.');
    expect(found).toContainEqual(['May 3, 2024 –', true]);
    expect(found).toContainEqual(['Harbour Co. today reported results for the quarter.', false]);
  });

  it('takes one sentence between the headline and the byline or dateline as the standfirst', () => {
    const found = furniture(
      'Port fees rise by 5%\n\nThe board hit back, saying that freight firms had agreed to the rise in March.\n\nHARBOUR CITY —\n\nThe harbour board raised its fees by 5% on Tuesday. Freight firms were angry.',
    );
    expect(found).toContainEqual(['The board hit back, saying that freight firms had agreed to the rise in March.', true]);
    expect(found).toContainEqual(['The harbour board raised its fees by 5% on Tuesday.', false]);
  });

  it('leaves the sentence above a label ending in a colon or a bare bullet as the story’s first sentence', () => {
    for (const below of ['Key points:', '-']) {
      const found = furniture(
        `Harbour board raises fees\nThe harbour board raised its fees by 5% on Tuesday to pay for new cranes.\n${below}\n- Freight firms will pay more from June.\n- Ferries are spared.`,
      );
      expect(found).toContainEqual(['The harbour board raised its fees by 5% on Tuesday to pay for new cranes.', false]);
    }
  });
});

describe('a text wrapped at a fixed width', () => {
  it('goes on over a line break before a capital when the line is full, and still ends at a short line or a stop', () => {
    const text = [
      'Harbour Board statement on the new fees, issued on Tuesday by the chair of the board',
      'in full and without changes, for the freight firms and the people of the harbour city.',
      '',
      '“As the cold winter spreads across the northern coast of the country, we are seeing',
      'Freight volumes fall at rates we have not seen since the storms of the last decade began',
      'and the board cannot keep the quay open without the new fees for the coming winter months',
      'and the repairs to the cranes that were damaged in the storms of the last two years alone.',
      '',
      'The board will meet again in March to review the fees and the repairs to the north quay',
      'Dock workers have asked to attend the meeting and the board has agreed to let them come.',
    ].join('\n');
    const found = furniture(text);
    expect(found.map(([t]) => String(t).replace(/\s+/g, ' '))).toContain(
      '“As the cold winter spreads across the northern coast of the country, we are seeing Freight volumes fall at rates we have not seen since the storms of the last decade began and the board cannot keep the quay open without the new fees for the coming winter months and the repairs to the cranes that were damaged in the storms of the last two years alone.',
    );
    const short = furniture('Fees rise\nThe board raised its fees\nFreight firms were angry at the rise in fees on Tuesday.');
    expect(short.map(([t]) => t)).toContain('Freight firms were angry at the rise in fees on Tuesday.');
  });
});

describe('a credit with initials after a slash', () => {
  it('keeps "(Agency Photo/J. Roe)" whole, so the caption line it ends is a caption', () => {
    const found = furniture(
      'Port strike ends\n\nDock workers leave the port after the vote in Harbour City, Friday, May 3, 2024. The strike lasted a week. (Agency Photo/J. Jane Roe)\n\nDock workers went back to work on Friday. The port reopened.',
    );
    expect(found).toContainEqual(['(Agency Photo/J. Jane Roe)', true]);
    expect(found).toContainEqual(['The strike lasted a week.', true]);
    expect(found).toContainEqual(['Dock workers went back to work on Friday.', false]);
  });
});

describe('banners, transcripts and embeds (issue 9, round 2)', () => {
  it('marks a government site banner, a transcriber note, a video note and a sponsor slot as furniture', () => {
    const found = furniture(
      'Official websites use .gov A .gov website belongs to an official government organization in the United States.\nThe harbour board raised its fees by 5% on Tuesday.\n[inaudible 00:02:14].\nTrade through the port fell in the spring.\nWatch the full interview above.\nSponsor: PortPlay: Win big this season!',
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual(['The harbour board raised its fees by 5% on Tuesday.', 'Trade through the port fell in the spring.']);
  });

  it('splits an empty bracket left by a lost link off the sentence it follows, which stays a sentence', () => {
    const found = furniture(
      'Port fees rise\n\nThe BOARD is charged in a Superior Court complaint with 12 counts of Filing False Reports in the Second Degree.[] The hearing is set for May.',
    );
    expect(found).toContainEqual(['The BOARD is charged in a Superior Court complaint with 12 counts of Filing False Reports in the Second Degree.', false]);
    expect(found).toContainEqual(['[]', true]);
  });
});

describe('a court document run together (issue 9, round 2)', () => {
  it('splits a title in capitals, two dated labels and bare citations off the sentences', () => {
    const found = furniture(
      'Roe v. Harbour Board\n\nHIGH COURT OF THE REALM Summary ROE, HARBOUR PILOT, ET AL. v. HARBOUR BOARD ET AL. APPEAL FROM THE COURT OF APPEAL No. 23–117. Heard March 2, 2024—Decided May 9, 2024 The Ports Act of 1990 sets the fees a board may charge. 12 P. A. C. §410(b). The board may waive a fee for a small vessel. §412(c). See Doe v. Port Trust Co., 310 P. A. 88, 91. The board raised its fees in 2023.',
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual([
      'The Ports Act of 1990 sets the fees a board may charge.',
      'The board may waive a fee for a small vessel.',
      'The board raised its fees in 2023.',
    ]);
    expect(found).toContainEqual(['Heard March 2, 2024—Decided May 9, 2024', true]);
  });
});

describe('a table flattened into lines (issue 9, round 2)', () => {
  it("marks the rows and the line heading them as furniture, and still reads the rows' figures", () => {
    const text =
      'Port fees rise\n\nThe harbour board said on Tuesday that its income rose in the year.\n\nIn thousands, except per ton amounts20242023\nFee income$4,210 $3,880 9 %\nCosts of dredging1,120 1,301 (14)%\n\nThe board will publish its full accounts in June.';
    const findings = analyze([article('a', text)]);
    const found = findings.sentences.map((s) => [s.text, s.furniture]);
    expect(found).toContainEqual(['Fee income$4,210 $3,880 9 %', true]);
    expect(found).toContainEqual(['Costs of dredging1,120 1,301 (14)%', true]);
    expect(found).toContainEqual(['In thousands, except per ton amounts20242023', true]);
    expect(found).toContainEqual(['The board will publish its full accounts in June.', false]);
    expect(findings.figures.some((f) => f.text.includes('4,210'))).toBe(true);
  });
});

describe('numbered headings, icons and paid slots (issue 9, round 2)', () => {
  it('keeps a section number with its heading, and marks a lone "!" and a sponsor line to its end as furniture', () => {
    const found = furniture(
      'Port fees rise\n\nThe harbour board raised its fees on Tuesday. Freight firms were angry.\n\n2. Fees by vessel\n\nSmall vessels pay less than before.\n\n!\n\nSponsored content: Acme Cruises: Sail away now! Luxury Cabins For Every Budget.\n\nThe board meets again in June.',
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual([
      'The harbour board raised its fees on Tuesday.',
      'Freight firms were angry.',
      'Small vessels pay less than before.',
      'The board meets again in June.',
    ]);
    expect(found).toContainEqual(['2. Fees by vessel', true]);
  });
});

describe('a place dateline in lower case, and a title beside a link (issue 9, round 2)', () => {
  it('splits "Harbourton —" off the first sentence', () => {
    const found = furniture('Port fees rise\n\nHarbourton — The harbour board raised its fees on Tuesday. Freight firms were angry.');
    expect(found).toContainEqual(['Harbourton —', true]);
    expect(found).toContainEqual(['The harbour board raised its fees on Tuesday.', false]);
  });

  it('marks a title with a stop that shares its line only with a link as furniture', () => {
    const found = furniture(
      'Port fees rise\n\nHarbour Board Press Conference. Read the transcript here.\n\nThe harbour board raised its fees on Tuesday. Freight firms were angry.',
    );
    expect(found).toContainEqual(['Harbour Board Press Conference.', true]);
    expect(found).toContainEqual(['Freight firms were angry.', false]);
  });
});

describe('a script set all in capitals', () => {
  const SCRIPT =
    'Harbour Minute: Fees\nTHIS IS JANE ROE WITH YOUR HARBOUR MINUTE.\nTHE HARBOUR BOARD RAISED ITS FEES BY FIVE PERCENT ON TUESDAY.\nFREIGHT FIRMS SAY THE RISE WILL COST THEM MILLIONS EACH YEAR.\nTHE NEW FEES RUN FROM APRIL 16TH THROUGH THE 22ND OF NEXT YEAR.\nPORT WORKERS WILL VOTE ON A STRIKE LATER THIS MONTH.';

  it('keeps its sentences as sentences: capitals tell no heading there', () => {
    const found = furniture(SCRIPT);
    expect(found).toContainEqual(['THE HARBOUR BOARD RAISED ITS FEES BY FIVE PERCENT ON TUESDAY.', false]);
    expect(found).toContainEqual(['FREIGHT FIRMS SAY THE RISE WILL COST THEM MILLIONS EACH YEAR.', false]);
    // One sentence in capitals among sentence-case prose is still a heading.
    expect(furniture('Fees rise\nTHE HARBOUR BOARD RAISED ITS FEES ON TUESDAY.\nThe board raised its fees by 5% on Tuesday. Freight firms were angry.')).toContainEqual([
      'THE HARBOUR BOARD RAISED ITS FEES ON TUESDAY.',
      true,
    ]);
  });

  it('keeps an ordinal’s suffix in capitals on its number ("22ND"), as in lower case', () => {
    expect(tokenize('FROM APRIL 16TH THROUGH THE 22ND').map((t) => t.norm)).toEqual(['from', 'april', '16th', 'through', 'the', '22nd']);
  });
});

describe('speaker labels in transcripts and records of debate', () => {
  it('cuts a label in capitals or a numbered speaker off what is said, wherever the sentence starts, and marks a record’s label as furniture', () => {
    const found = furniture(
      'Remarks on the harbour fees\nTHE CHAIR: Well, friends, the board raised its fees today. Speaker 2: Freight firms were angry at the rise.\nThe Chair. Today the fees go up by 5%.\nMs. ROE. Madam President, the port needs the money.\nVIRIN: 300101-Z-AB123-1001\nThe board will meet again in May.',
    );
    expect(found).toContainEqual(['THE CHAIR:', true]);
    expect(found).toContainEqual(['Well, friends, the board raised its fees today.', false]);
    expect(found).toContainEqual(['Speaker 2:', true]);
    expect(found).toContainEqual(['Freight firms were angry at the rise.', false]);
    expect(found).toContainEqual(['The Chair.', true]);
    expect(found).toContainEqual(['Ms. ROE.', true]);
    expect(found).toContainEqual(['Madam President, the port needs the money.', false]);
    // A label before a code, not a sentence, stays with it.
    expect(found).toContainEqual([expect.stringMatching(/^VIRIN: 300101/), expect.anything()]);
  });
});
