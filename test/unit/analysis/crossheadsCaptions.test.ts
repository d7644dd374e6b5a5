import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts (hand audit faults F2 and F3): headings and captions are not sentences of the story. */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

describe('a heading in capitals run into a sentence, anywhere on the page (F2)', () => {
  it('splits "MEMORANDUM OPINION" off a sentence in the middle of a run-together filing', () => {
    const found = furniture(
      'Board wins ruling\nBy Jane Roe\nThe court ruled on Monday. MEMORANDUM OPINION The Harbour Board asks the court to fine the port $5 billion for dumping. It says the port broke the law.',
    );
    expect(found).toContainEqual(['MEMORANDUM OPINION', true]);
    expect(found).toContainEqual(['The Harbour Board asks the court to fine the port $5 billion for dumping.', false]);
  });

  it('splits a numbered heading and a one-word heading before a sentence opener', () => {
    const found = furniture('Ruling\nThe court met. It heard both sides. They argued. II. BACKGROUND The port opened in 1990 and grew fast. BACKGROUND In 2019, the board sued.');
    expect(found).toContainEqual(['II. BACKGROUND', true]);
    expect(found).toContainEqual(['The port opened in 1990 and grew fast.', false]);
    expect(found).toContainEqual(['BACKGROUND', true]);
    expect(found).toContainEqual(['In 2019, the board sued.', false]);
  });

  it('leaves an acronym that is the subject or part of a title alone', () => {
    const found = furniture('Ruling\nThe court met. NASA said the launch would go ahead. FEMA Administrator Jane Roe visited the port. US NATO Ambassador Jo Bloggs spoke.');
    expect(found).toContainEqual(['NASA said the launch would go ahead.', false]);
    expect(found).toContainEqual(['FEMA Administrator Jane Roe visited the port.', false]);
    expect(found).toContainEqual(['US NATO Ambassador Jo Bloggs spoke.', false]);
  });
});

describe('a label and a colon opening a paragraph', () => {
  it('splits a sentence-case label off as a crosshead, but not a speaker or the writer’s own colon', () => {
    const found = furniture(
      'Vaccine works, maker says\nThe new vaccine was 90% effective in a trial of 30,000 people.\nWhat’s next: The regulator will review the data in December. It may approve it.\nThe reason is simple: The data are strong.\nJane Roe: We will apply soon.',
    );
    expect(found).toContainEqual(['What’s next:', true]);
    expect(found).toContainEqual(['The regulator will review the data in December.', false]);
    expect(found).toContainEqual(['The reason is simple: The data are strong.', false]);
    expect(found).toContainEqual(['Jane Roe: We will apply soon.', false]);
  });

  it('takes a clause in sentence case ending in a colon on a line of its own as the writer’s lead into a list, not a heading', () => {
    const found = furniture(
      'Harbour board raises fees\nThe board raised its fees on Tuesday.\nOther pledges to the harbour fund include:\n- Harbour City, with $2 million.\n- Port Ellis, with $1 million.\nKey points:\n- Fees rise in June.\nList of Firms Backing the Fees:\n- Harbour Co.',
    );
    expect(found).toContainEqual(['Other pledges to the harbour fund include:', false]);
    expect(found).toContainEqual(['Key points:', true]);
    expect(found).toContainEqual(['List of Firms Backing the Fees:', true]);
  });
});

describe('an embedded post run onto one line with its link and credit', () => {
  it('keeps the post’s words as a sentence and the link and credit as debris', () => {
    const found = furniture(
      'Minister acts\nThe minister announced the plan on Monday.\nI’ll have more details this afternoon. pic.twitter.com/abc123 — Jane Roe (@janeroe) August 24, 2022\nThe plan costs $4 billion.',
    );
    expect(found).toContainEqual(['I’ll have more details this afternoon.', false]);
    expect(found).toContainEqual(['pic.twitter.com/abc123 — Jane Roe (@janeroe) August 24, 2022', true]);
  });
});

describe('photo captions (F3)', () => {
  it('takes a present-tense picture description with a date at its end under the byline as a caption', () => {
    const found = furniture(
      'Storm floods coast\nBy Jane Roe\nA rescue helicopter flies over flooded homes in Port Ellis, Fla., Oct. 3, 2027.\nThe storm made landfall on Wednesday. It killed at least 20 people.',
    );
    expect(found).toContainEqual(['A rescue helicopter flies over flooded homes in Port Ellis, Fla., Oct. 3, 2027.', true]);
    expect(found).toContainEqual(['The storm made landfall on Wednesday.', false]);
  });

  it('takes the sentence before a photo credit as a caption, and the credit as debris', () => {
    const found = furniture(
      'Storm floods coast\nA rescue boat carries residents past a shuttered store. (Coast Guard photo by Petty Officer Jo Bloggs)\nThe storm made landfall on Wednesday. It killed at least 20 people.',
    );
    expect(found).toContainEqual(['A rescue boat carries residents past a shuttered store.', true]);
    expect(found).toContainEqual(['(Coast Guard photo by Petty Officer Jo Bloggs)', true]);
    expect(found).toContainEqual(['The storm made landfall on Wednesday.', false]);
  });

  it('takes a present-tense picture description just above the first paragraph as a caption, not the standfirst', () => {
    const found = furniture(
      'Vaccine works\nThe data show the shot can prevent severe disease.\nA nurse prepares a dose at a clinic in Leeds.\nThe maker said on Monday that the shot was 95% effective. It will apply for approval.',
    );
    expect(found).toContainEqual(['A nurse prepares a dose at a clinic in Leeds.', true]);
    expect(found).toContainEqual(['The data show the shot can prevent severe disease.', false]);
    expect(found).toContainEqual(['The maker said on Monday that the shot was 95% effective.', false]);
  });

  it('leaves a sentence that opens with an adverbial or a connective above the first paragraph alone', () => {
    for (const lead of ['Since 2010, the harbour board cuts its fees every spring.', 'Specifically, the plan lifts the cap on fees for small boats.']) {
      const found = furniture(`Harbour fees fall\nThe harbour board met in public on Monday.\n${lead}\nThe board said on Monday that fees would fall by 5%. It will vote in May.`);
      expect(found).toContainEqual([lead, false]);
    }
  });

  it('leaves one-sentence paragraphs of the story alone, present tense or past', () => {
    const found = furniture(
      'Quake hits\nA powerful quake struck the region on Friday, killing 300 people.\nThe agency expects more aftershocks in the coming days.\nA rescue team searches the rubble for survivors tonight.\nRescuers searched the rubble overnight.',
    );
    expect(found.filter(([, f]) => f)).toEqual([['Quake hits', true]]);
  });
});

describe('a picture’s alt text and caption, the same words twice', () => {
  it('takes a picture description repeated on the next line as a caption, and leaves a repeated summary of the story alone', () => {
    const found = furniture(
      'Harbour floods\nThe harbour flooded on Monday after a week of rain, the board said.\nA boat floats in the water by a shop on the quay.\nA boat floats in the water by a shop on the quay.\nShop Flood\nThe water rose two metres overnight. Shops on the quay were closed.\nThe board met on Tuesday to plan the repairs, its chair said.\nThe board met on Tuesday to plan the repairs, its chair said.\nIt will report in May.',
    );
    expect(found.filter(([t]) => t === 'A boat floats in the water by a shop on the quay.')).toEqual([
      ['A boat floats in the water by a shop on the quay.', true],
      ['A boat floats in the water by a shop on the quay.', true],
    ]);
    expect(found).toContainEqual(['The board met on Tuesday to plan the repairs, its chair said.', false]);
    expect(found).toContainEqual(['The water rose two metres overnight.', false]);
  });
});

describe('a footnote under a table or a chart', () => {
  it('takes a line opening with an asterisk or a raised number as a note, but not an item of a list set with asterisks', () => {
    const found = furniture(
      'Harbour scores\nScores rose in 2030 in every district, the board said.\nAverage scores by district\n* Significantly different from 2030.\n¹Estimated. See the notes page.\nThe board will publish the full results in May.\n* Fees rise in June.\n* Ferries are spared.',
    );
    expect(found).toContainEqual(['* Significantly different from 2030.', true]);
    expect(found).toContainEqual(['¹Estimated.', true]);
    expect(found).toContainEqual(['See the notes page.', true]);
    expect(found).toContainEqual(['The board will publish the full results in May.', false]);
    expect(found).toContainEqual(['* Fees rise in June.', false]);
  });
});

describe('a headline with a full stop, run into the first paragraph', () => {
  it('takes the first block in a headline’s grammar as the headline when the next block follows with no space', () => {
    const found = furniture('Site menu\n\nMayor scraps bus fares for pupils, , extends night routes.The mayor announced the plan on Tuesday.It starts in May.');
    expect(found).toContainEqual(['Mayor scraps bus fares for pupils, , extends night routes.', true]);
    expect(found).toContainEqual(['The mayor announced the plan on Tuesday.', false]);
  });

  it('leaves a first sentence in the past tense, or one with a space after it, in the story', () => {
    expect(furniture('Site menu\n\nMayor Jo Bloggs scrapped bus fares for pupils on Tuesday.The plan starts in May.')).toContainEqual([
      'Mayor Jo Bloggs scrapped bus fares for pupils on Tuesday.',
      false,
    ]);
    expect(furniture('Site menu\n\nMayor scraps bus fares for pupils. The plan starts in May.')).toContainEqual(['Mayor scraps bus fares for pupils.', false]);
  });
});

describe('the site talking to its visitor', () => {
  it('takes a request to write in about the comment box, and a bare wire credit, as page debris', () => {
    const found = furniture(
      'Port reopens\nThe port reopened on Monday after a week of repairs. It had been shut by the storm. (Wire).\nPlease let us know if you have trouble posting a comment.',
    );
    expect(found).toContainEqual(['(Wire).', true]);
    expect(found).toContainEqual(['Please let us know if you have trouble posting a comment.', true]);
    expect(found).toContainEqual(['It had been shut by the storm.', false]);
  });
});

describe('a caption’s figures', () => {
  it('are not read as the story’s figures, so no figure round quotes the caption', () => {
    const caption = 'A rescue helicopter flies over 40 flooded homes in Port Ellis, Fla., Oct. 3, 2027.';
    const found = analyze([article('a', `Storm floods coast\nBy Jane Roe\n${caption}\nThe storm made landfall on Wednesday. It flooded 300 homes.`)]);
    const figures = found.figures.map((f) => f.sentence);
    expect(figures).toContain('It flooded 300 homes.');
    expect(figures).not.toContain(caption);
  });
});

describe('a headline with a comma over its dateline, under a site banner', () => {
  const banner = 'This is the official website of the statistics agency.\nPlease check the address before you share anything with us.\n\n';
  it('is the headline, so no figure round quotes it as a sentence of the story', () => {
    const found = furniture(
      `${banner}Import prices up 6.4 percent over the year ended March 2023, largest rise in 30 years\n\nApril 12, 2023\n\nOver the 12 months ended March 2023, the import price index increased 6.4 percent. Fuel led the rise.`,
    );
    expect(found).toContainEqual(['Import prices up 6.4 percent over the year ended March 2023, largest rise in 30 years', true]);
    expect(found).toContainEqual(['Over the 12 months ended March 2023, the import price index increased 6.4 percent.', false]);
  });

  it('leaves a long line with a comma that lost its stop in the story when no date stands under it', () => {
    const found = furniture(
      `${banner}Import prices rose 6.4 percent over the year ended March 2023, the largest rise in 30 years\n\nOver the 12 months ended March 2023, the import price index increased 6.4 percent. Fuel led the rise.`,
    );
    expect(found).toContainEqual(['Import prices rose 6.4 percent over the year ended March 2023, the largest rise in 30 years', false]);
  });
});

describe('photo captions with their credits (rounds26: captions used as round text)', () => {
  it('takes a caption whose bracketed credit has the story run on after it as furniture, and splits the story off the credit', () => {
    const found = furniture(
      'Harbour votes\nA clerk sets up a ballot box at a school in preparation for the harbour vote, in Port Ellis, Saturday, May 3, 2031. On Sunday, voters choose between the mayor and her rival, who face each other after neither won outright in the first round of the vote in April. (Agency Photo/Jane Roe)Jo Bloggs won the harbour vote on Sunday by a narrow margin. The count ended late at night.',
    );
    expect(found).toContainEqual(['A clerk sets up a ballot box at a school in preparation for the harbour vote, in Port Ellis, Saturday, May 3, 2031.', true]);
    expect(found).toContainEqual([
      'On Sunday, voters choose between the mayor and her rival, who face each other after neither won outright in the first round of the vote in April.',
      true,
    ]);
    expect(found).toContainEqual(['(Agency Photo/Jane Roe)', true]);
    expect(found).toContainEqual(['Jo Bloggs won the harbour vote on Sunday by a narrow margin.', false]);
    expect(found).toContainEqual(['The count ended late at night.', false]);
  });

  it('takes a long caption closed by a labelled credit, or by a bracketed credit naming two photographers, as furniture', () => {
    const found = furniture(
      'Port clears hurdle\nA harbour engineer, Jane Roe, fits one of the tools built to help remove the last two bolts that kept the crane from being taken apart for its yearly check at the northern dock. Engineers on the team, based at the port in Harbour City, built new tools that freed the bolts on May 10. Image credit: Harbour Board/Jo Bloggs\nThe harbour board said on Friday that the crane would be back in service by June.\nThis picture provided by the harbour board on May 12, 2031 shows a view of ten crates holding the last catch of the season at the northern dock. The port said on Thursday, May 15, that its boats landed 120 tonnes of fish in the spring season. That is about a week’s catch _ the biggest haul ever from the northern banks. (Jane Roe-Smith and Jo Bloggs-Brown/Harbour Board via Agency)\nThe catch was the largest this year.',
    );
    expect(found).toContainEqual(['Engineers on the team, based at the port in Harbour City, built new tools that freed the bolts on May 10.', true]);
    expect(found).toContainEqual(['The port said on Thursday, May 15, that its boats landed 120 tonnes of fish in the spring season.', true]);
    expect(found).toContainEqual(['(Jane Roe-Smith and Jo Bloggs-Brown/Harbour Board via Agency)', true]);
    expect(found).toContainEqual(['The harbour board said on Friday that the crane would be back in service by June.', false]);
    expect(found).toContainEqual(['The catch was the largest this year.', false]);
  });

  it('takes a caption closed by a bare credit with no stop, and its alt text on the line above, as furniture', () => {
    const found = furniture(
      'Port counts catch\nThe harbour board finally counted all the fish landed last spring.\nTen crates holding the last catch of the season.\nTen crates holding the last catch of the season. The fish were packed in ice at the dock. They weighed 120 tonnes in all.Jane Roe & Jo Bloggs / Harbour Board\nBy A Wire Service\nThe board said the catch was double its goal for the year.',
    );
    expect(found.filter(([t]) => t === 'Ten crates holding the last catch of the season.')).toEqual([
      ['Ten crates holding the last catch of the season.', true],
      ['Ten crates holding the last catch of the season.', true],
    ]);
    expect(found).toContainEqual(['They weighed 120 tonnes in all.', true]);
    expect(found).toContainEqual(['The harbour board finally counted all the fish landed last spring.', false]);
    expect(found).toContainEqual(['The board said the catch was double its goal for the year.', false]);
  });

  it('takes a dated line said twice in a row as a picture’s alt text and caption, whatever its grammar', () => {
    const found = furniture(
      'Aid for quake victims\nA boy sits by his school that was destroyed by the quake in the northern hills, May 11, 2031.\nA boy sits by his school that was destroyed by the quake in the northern hills, May 11, 2031.\nThe harbour board has sent $5 million in aid to the victims of the quake, it said on Friday.',
    );
    expect(found.filter(([t]) => String(t).startsWith('A boy sits')).every(([, f]) => f)).toBe(true);
    expect(found).toContainEqual(['The harbour board has sent $5 million in aid to the victims of the quake, it said on Friday.', false]);
  });

  it('leaves a paragraph of a gallery closed by a bare credit in the text when it runs past a caption’s length', () => {
    const found = furniture(
      'The best pictures of the voyage\nThe ship was met at sea by crews from the harbour board, the navy, the coast guard and the weather office, as well as a team of divers, engineers and pilots from three firms that built the ship and its engines over ten years. Crews from the harbour board led the work. Harbour Board/Jane Roe.\nThe ship came home on Sunday.',
    );
    expect(found).toContainEqual(['Crews from the harbour board led the work.', false]);
  });
});

describe('a reprint’s source line', () => {
  it('takes what follows a "Source:" label to the end of its line as furniture', () => {
    const found = furniture(
      'Statement by the harbour master on the new fees\nSource: Harbour Board (HB) i, published on Monday, May 5 2031.\nToday, the board has decided to raise its fees by 5%. The rise takes effect in June.',
    );
    expect(found).toContainEqual(['Harbour Board (HB) i, published on Monday, May 5 2031.', true]);
    expect(found).toContainEqual(['Today, the board has decided to raise its fees by 5%.', false]);
  });
});
