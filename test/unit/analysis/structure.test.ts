import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts: furniture told apart from the article's sentences. */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

describe('datelines run into the first sentence', () => {
  it('splits off a date and a dash', () => {
    expect(furniture('Friday March 3, 2028 – The council approved the harbour plan. Work starts in June.')).toEqual([
      ['Friday March 3, 2028 –', true],
      ['The council approved the harbour plan.', false],
      ['Work starts in June.', false],
    ]);
  });

  it('splits off a place with a bracketed country, a date and a credit before a colon', () => {
    expect(furniture('Lisbon [Portugal], March 3 (Agency): The council approved the harbour plan.')).toEqual([
      ['Lisbon [Portugal], March 3 (Agency):', true],
      ['The council approved the harbour plan.', false],
    ]);
  });

  it('splits off a city in capitals with a dated credit in brackets, but not an acronym explained', () => {
    expect(furniture('LISBON (Harbour News / Wire - 03rd March, 2028) The council approved the harbour plan.')).toEqual([
      ['LISBON (Harbour News / Wire - 03rd March, 2028)', true],
      ['The council approved the harbour plan.', false],
    ]);
    expect(furniture('NATO (North Atlantic Treaty Organization) Secretary General Ana Ruiz spoke on Friday.')).toEqual([
      ['NATO (North Atlantic Treaty Organization) Secretary General Ana Ruiz spoke on Friday.', false],
    ]);
  });

  it('splits off a release’s dateline with the place in title case and its state, whole, on any paragraph', () => {
    const page = (dateline: string) =>
      `Board Statement on the Harbour Vote\n\nPosted by the press office.\n\nMedia contacts below.\n\nMore news.\n\n${dateline} Today, the harbour board approved the new fees, its chair said.`;
    for (const dateline of [
      'Port Ellis, Ore. –',
      '(Port Ellis, D.C.) –',
      '[PORT ELLIS, N.C.] –',
      'Port Ellis DC –',
      'Port Ellis, New Mexico —',
      'May 3, 2030, Port Ellis, Ore.—',
    ]) {
      const found = furniture(page(dateline));
      expect(found).toContainEqual([dateline, true]);
      expect(found).toContainEqual(['Today, the harbour board approved the new fees, its chair said.', false]);
    }
    // A little word opens a sentence, not a place.
    expect(furniture('In Port Ellis, Democrats – Jane Roe among them – voted no.')).toEqual([['In Port Ellis, Democrats – Jane Roe among them – voted no.', false]]);
  });

  it('splits off a wire dateline with a credit, a date or both, in the shapes agencies write it', () => {
    const page = (dateline: string) =>
      `Board Statement on the Harbour Vote\n\nPosted by the press office.\n\nMedia contacts below.\n\nMore news.\n\n${dateline} The harbour board approved the new fees on Friday, its chair said.`;
    for (const dateline of [
      // A place in title case and a credit in brackets, no state or country.
      'Port Ellis (Agency) -',
      'Santa Rosa (Harbour Wire) —',
      // A place and a date.
      'Port Ellis, 14 March 2030 –',
      'Lisbon, March 14, 2030 —',
      // A place, a dash, then the credit and another dash.
      'Port Ellis, OR – (Harbour Wire) –',
      // A date and a credit.
      'Oct. 14 (Agency) —',
      'March 14 (Agency) --',
    ]) {
      const found = furniture(page(dateline));
      expect(found).toContainEqual([dateline, true]);
      expect(found).toContainEqual(['The harbour board approved the new fees on Friday, its chair said.', false]);
      // Under the headline too.
      const top = furniture(`Harbour fees rise\n\n${dateline} The harbour board approved the new fees on Friday, its chair said.`);
      expect(top).toContainEqual([dateline, true]);
      expect(top).toContainEqual(['The harbour board approved the new fees on Friday, its chair said.', false]);
    }
    // A hyphen touching the first word after a credit.
    const touching = furniture(page('LISBON (Agency) -Harbour').replace('Harbour The harbour', 'Harbour'));
    expect(touching).toContainEqual(['LISBON (Agency) -', true]);
    expect(touching).toContainEqual(['Harbour board approved the new fees on Friday, its chair said.', false]);
    // A state's abbreviation before the credit does not end a sentence.
    const state = furniture(page('SPRINGFIELD, Tenn. (WXYZ) -'));
    expect(state).toContainEqual(['SPRINGFIELD, Tenn. (WXYZ) -', true]);
    expect(state).toContainEqual(['The harbour board approved the new fees on Friday, its chair said.', false]);
    // A name and a party in brackets in a list of results is not a dateline.
    expect(furniture('Jane Roe (Harbour Party) – 4,210 votes were cast for her.')).toEqual([['Jane Roe (Harbour Party) – 4,210 votes were cast for her.', false]]);
  });

  it('takes the story’s first sentence beside a dateline as a sentence, not a title', () => {
    const found = furniture(
      'Roe Hails Harbour Vote\n\nPort Ellis, Ore. - Harbour Board Chair Jane Roe (D-OR) today issued the following statement after the Council passed her Harbour Fees Act by a vote of 40 to 12:\n\n“Today is a good day for the port,” said Roe.',
    );
    expect(found).toContainEqual(['Port Ellis, Ore. -', true]);
    expect(found).toContainEqual([expect.stringMatching(/^Harbour Board Chair Jane Roe/), false]);
  });
});

describe('furniture told by its place on the page', () => {
  it('takes an unpunctuated first line as the headline even with a comma', () => {
    expect(furniture('Bridge reopens after repairs, council says\nThe bridge reopened on Friday after three months of repairs.')).toEqual([
      ['Bridge reopens after repairs, council says', true],
      ['The bridge reopened on Friday after three months of repairs.', false],
    ]);
  });

  it('takes a line cut off at a comma above the body as a teaser', () => {
    const found = furniture('The mayor announced the plan on Friday at the town hall,\nThe council approved the plan on Friday. Work starts in June.');
    expect(found[0]).toEqual(['The mayor announced the plan on Friday at the town hall,', true]);
    expect(found.slice(1).every(([, f]) => f === false)).toBe(true);
  });

  it('takes the line above a photo credit as a caption', () => {
    const found = new Map(
      furniture(
        'The storm flooded the old town on Monday.\n\nA firefighter carries a child through the water in the old town.\n\nJane Roe | Harbour Agency\n\nThe water fell on Tuesday.',
      ) as [string, boolean][],
    );
    expect(found.get('A firefighter carries a child through the water in the old town.')).toBe(true);
    expect(found.get('Jane Roe | Harbour Agency')).toBe(true);
    expect(found.get('The storm flooded the old town on Monday.')).toBe(false);
    expect(found.get('The water fell on Tuesday.')).toBe(false);
  });

  it('takes a newsletter sign-up box as page debris', () => {
    const found = furniture('The match ended 2-1 after extra time.\nThanks for signing up!\nKeep an eye on your inbox.\nThe replay is on Sunday.');
    expect(found).toEqual([
      ['The match ended 2-1 after extra time.', false],
      ['Thanks for signing up!', true],
      ['Keep an eye on your inbox.', true],
      ['The replay is on Sunday.', false],
    ]);
  });

  it('takes dates, times, reading times and credits on their own lines as page debris', () => {
    const lines = [
      'Thursday, March 3, 2028',
      '10:04 AM EST, Thu March 3, 2028',
      '2028-03-03',
      '4 min read',
      'Listen to this article',
      'Reporting by Jane Roe; Editing by John Doe',
      '(Agency Photo/Jane Roe)',
      'Photo by Jane Roe',
    ];
    const found = furniture(`${lines.join('\n')}\nThe ferry sank in calm water on Thursday.`);
    expect(found).toEqual([...lines.map((l) => [l, true]), ['The ferry sank in calm water on Thursday.', false]]);
  });

  it('takes a short line mate of a sign-up box that calls out to the reader as furniture, but not a sentence of the story', () => {
    const found = furniture(
      'The harbour board raised its fees on Friday.\nNew! Sign up for our free email newsletter.\nYou will pay more at the pier from June, the chair said.\nWe’ve got the news you need to start your day. Sign up for the Harbour Morning newsletter, delivered to your inbox daily. Sign up here.\nFreight firms were angry.',
    );
    expect(found.filter(([, f]) => !f).map(([t]) => t)).toEqual([
      'The harbour board raised its fees on Friday.',
      'You will pay more at the pier from June, the chair said.',
      'Freight firms were angry.',
    ]);
  });

  it('takes what shares a line only with page debris as furniture', () => {
    const found = furniture('Last updated on .From the section Sport\nThe match ended 2-1 after extra time.');
    expect(
      found
        .filter(([, f]) => f)
        .map(([t]) => t)
        .join(' '),
    ).toContain('From the section Sport');
    expect(found.find(([t]) => t === 'The match ended 2-1 after extra time.')?.[1]).toBe(false);
  });
});

describe('pasted page layout inside sentences', () => {
  const texts = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text);

  it('cuts a numbered page’s line numbers off the sentences they open', () => {
    const found = texts(
      [
        '1A ferry sank in calm water near the harbour on Thursday.',
        '2The coast guard rescued all twelve passengers.',
        '3Divers will inspect the wreck next week.',
        '4Officials said the cause is not yet known.',
      ].join('\n'),
    );
    expect(found).toContain('A ferry sank in calm water near the harbour on Thursday.');
    expect(found).toContain('Officials said the cause is not yet known.');
    expect(found.some((t) => /^\d+\p{L}/u.test(t))).toBe(false);
  });

  it('leaves a name that opens with a number alone when the lines are not numbered', () => {
    expect(texts('3Dwave Labs opened a plant in the valley on Monday.\nThe plant will employ 40 people.')).toContain('3Dwave Labs opened a plant in the valley on Monday.');
  });

  it('ends a sentence at a footnote number set against its stop, and keeps the number with it', () => {
    const found = texts('The survey covers pupils aged 9, 13 and 17 in public and private schools.1 Five decades of results show a long rise. Ask for the No.1 Pick list.');
    expect(found).toContain('The survey covers pupils aged 9, 13 and 17 in public and private schools.1');
    expect(found).toContain('Five decades of results show a long rise.');
    expect(found).toContain('Ask for the No.1 Pick list.');
  });

  it('cuts a dateline and a title-case heading off the sentences they run into on a page that lost its line breaks', () => {
    const found = texts(
      'Harbour Traffic, Spring 2031 (First Count) March 3, 2031 This note explains how the harbour office counts ships and cargo. Most counts come from the port log. Sources and Methods for the First Spring Count The first count uses the log and the pilots’ reports.',
    );
    expect(found).toContain('This note explains how the harbour office counts ships and cargo.');
    expect(found).toContain('The first count uses the log and the pilots’ reports.');
  });

  it('marks the heading and the headline cut off there as furniture, not sentences of the story', () => {
    const found = furniture(
      'The full text below is taken from the file above.\nHarbour Traffic, Spring 2031 (First Count) March 3, 2031 This note explains how the harbour office counts ships and cargo. Most counts come from the port log. Sources and Methods for the First Spring Count The first count uses the log and the pilots’ reports.',
    );
    expect(found).toContainEqual(['Harbour Traffic, Spring 2031 (First Count) March 3, 2031', true]);
    expect(found).toContainEqual(['Sources and Methods for the First Spring Count', true]);
    expect(found).toContainEqual(['Most counts come from the port log.', false]);
  });

  it('leaves a date that a sentence goes on from alone', () => {
    const found = texts('The board met on March 3, 2031 The Harbour Times reported. On March 3, 2031 the board met again.');
    expect(found).toContain('On March 3, 2031 the board met again.');
    expect(found.some((t) => t.startsWith('The Harbour Times'))).toBe(false);
  });

  it('ends a wrapped line before a note label in capitals on the next line', () => {
    const line = (t: string) => t.padEnd(70, ' ').trimEnd();
    const text = [
      line('Valley Dairy Co-operative Widens Its Withdrawal of Soft Cheese Products Over'),
      line('Possible Contamination With Bacteria Found During a Routine Check at a Plant'),
      line('NOTE: The county health office asks that during its regular visits to shops'),
      line('the inspectors make sure that none of these cheeses are still offered for'),
      'sale.',
      line('The co-operative is widening its withdrawal of last week to take in twelve'),
      line('more kinds of soft cheese made between the first of May and the end of June'),
      line('at its plant in the valley, and it asks shops and buyers to return them to'),
      'the place they were bought.',
    ].join('\n');
    const found = texts(text);
    expect(found.find((t) => t.includes('county health office'))).toMatch(/^(?:NOTE: )?The county health office/);
    expect(found.some((t) => /Plant\nNOTE/.test(t))).toBe(false);
  });

  it('ends a sentence at a footnote number after a bracket and its stop', () => {
    const found = texts('Harbour traffic fell 3 percent in the spring (see chart 2 and table 4).1 In the winter, traffic rose 2 percent.');
    expect(found).toContain('Harbour traffic fell 3 percent in the spring (see chart 2 and table 4).1');
    expect(found).toContain('In the winter, traffic rose 2 percent.');
  });

  it('keeps a company’s two abbreviations together ("Co. Ltd.")', () => {
    expect(texts('Harbour Shipping Co. Ltd. said on Monday it would buy two ferries. The deal closes in May.')).toEqual([
      'Harbour Shipping Co. Ltd. said on Monday it would buy two ferries.',
      'The deal closes in May.',
    ]);
  });

  it('goes on from a wrapped text’s short dateline line into the sentence it opens', () => {
    const line = (s: string) => s.padEnd(70, ' ').trimEnd();
    const text = [
      'Harbour Board Closes Ellis Shipping',
      'PORT ELLIS – Ellis',
      line('Shipping Co., Port Ellis, Oregon, was closed today by the harbour board, which'),
      line('appointed the port authority as receiver. To protect its customers, the board'),
      line('created a new company, the Harbour Ferry Company of Port Ellis Oregon'),
      line('(HFC). It will run the ferries until a buyer is found for the whole of the'),
      line('business. All customers will have full access to their accounts by Monday'),
      line('morning. The board will pay the remaining creditors an advance dividend'),
      line('within the next week. The ferries will run on Monday as they always have'),
      'on that line.',
    ].join('\n');
    const found = furniture(text);
    expect(found).toContainEqual(['PORT ELLIS –', true]);
    expect(found.find(([t]) => (t as string).startsWith('Ellis'))?.[0]).toMatch(/^Ellis\nShipping Co\., Port Ellis, Oregon, was closed today/);
    // A full line goes on into a bracket on the next.
    expect(found.find(([t]) => (t as string).startsWith('To protect'))?.[0]).toMatch(/Oregon\n\(HFC\)\.$/);
  });

  it('keeps reference marks in brackets with the sentence whose stop they follow', () => {
    const found = texts('The harbour board approved the new fees on Friday.[1] Work on the pier starts in June.[2][3] The chair welcomed the vote.[a]\nTraffic rose.[12]');
    expect(found).toEqual([
      'The harbour board approved the new fees on Friday.[1]',
      'Work on the pier starts in June.[2][3]',
      'The chair welcomed the vote.[a]',
      'Traffic rose.[12]',
    ]);
  });

  it('goes on over a full line that a fixed-width text breaks after an abbreviation', () => {
    const line = (s: string) => s.padEnd(66, ' ').trimEnd();
    const text = [
      'The harbour board fined Northern Shipping Holdings Co., Ltd.',
      line('(together "Northern") for dumping ballast water in the bay and for'),
      line('failing to report the spill to the port authority within a day of'),
      line('the incident. The company said it would appeal the decision before'),
      line('the regional court and that it had cleaned the water at its own'),
      line('cost. Its shares fell two percent on the news in early trading on'),
      line('Monday, and the board said a second inquiry into the spill would'),
      'open in the spring.',
    ].join('\n');
    expect(texts(text)[0]).toMatch(/^The harbour board fined Northern Shipping Holdings Co\., Ltd\.\n\(together "Northern"\) for dumping/);
  });
});

describe('quotation marks and credits at a lost break (rounds26)', () => {
  const sentences = (text: string) => article('a', text).sentences.map((s) => s.text);

  it('gives a quotation mark that closes nothing to the sentence it opens, when the page lost the space after a stop', () => {
    expect(sentences('The mayor waved at the crowd at the finish line.”I saw the clock in front of me,” she said. The crowd cheered.')).toEqual([
      'The mayor waved at the crowd at the finish line.',
      '”I saw the clock in front of me,” she said.',
      'The crowd cheered.',
    ]);
  });

  it('leaves a mark that closes a quotation of several sentences with the sentence it closes', () => {
    expect(sentences('“We will rebuild the pier. It is our duty to the town.”The council met on Monday.')).toEqual([
      '“We will rebuild the pier.',
      'It is our duty to the town.”',
      'The council met on Monday.',
    ]);
  });

  it('splits off a dateline whose dash the page lost, leaving a gap of spaces, but not initials before a gap', () => {
    const text =
      'Harbour vote\n\nHARBOUR CITY, D.C.  Mayor Jo Bloggs won the harbour vote on Sunday.\n\nHARBOURSIDE  The count ended late.\n\nHSB  Director Jane Roe said the count was fair.';
    const found = furniture(text);
    expect(found).toContainEqual(['HARBOUR CITY, D.C.', true]);
    expect(found).toContainEqual(['Mayor Jo Bloggs won the harbour vote on Sunday.', false]);
    expect(found).toContainEqual(['The count ended late.', false]);
    expect(found).toContainEqual(['HSB  Director Jane Roe said the count was fair.', false]);
  });

  it('splits a wire’s credit in brackets and the city’s dateline after it off the first sentence of a paragraph', () => {
    expect(
      furniture(
        'Harbour vote\n\nBy A Wire\nPublished October 30, 2030\n(Agency) -- PORT ELLIS -- Jo Bloggs has done it again: the mayor won the harbour vote on Sunday.\nThe count ended late.',
      ),
    ).toContainEqual(['Jo Bloggs has done it again: the mayor won the harbour vote on Sunday.', false]);
  });
});
