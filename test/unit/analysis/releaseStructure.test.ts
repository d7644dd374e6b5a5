import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts in the shape of agency releases and wire copy (issue 9): furniture and sentences apart. */
const found = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text.replace(/\s+/g, ' '), s.furniture]);

describe('hard-wrapped lines (a release pasted from a PDF)', () => {
  it('keeps a sentence whole over single line breaks, and a blank line still ends it', () => {
    const got = found(
      'Harbour report published\n\nThe harbour board said the new report covers the most recent survey of the\nwater and the shore, bringing together ten years of\nreadings. It was approved on Monday.\n\nNo stop ends this line\nBut the next one opens a new paragraph.',
    );
    expect(got).toContainEqual(['The harbour board said the new report covers the most recent survey of the water and the shore, bringing together ten years of readings.', false]);
    expect(got).toContainEqual(['It was approved on Monday.', false]);
    expect(got).toContainEqual(['But the next one opens a new paragraph.', false]);
  });

  it('takes a title block in title case with no closing stop as furniture, even when a stop cuts it in two', () => {
    const got = found(
      'Harbour report published\n\nThe board published its yearly report on the harbour on Monday. It found the water cleaner.\n\nHarbour Review 2030: The State of the Water. Report of the Harbour Board to the\nCity Council of Port Ellis\n\nThe report runs to 300 pages.',
    );
    expect(got).toContainEqual(['Harbour Review 2030: The State of the Water.', true]);
    expect(got).toContainEqual(['Report of the Harbour Board to the City Council of Port Ellis', true]);
    expect(got).toContainEqual(['The report runs to 300 pages.', false]);
  });
});

describe('wire datelines and links to other stories', () => {
  it('cuts a bracketed credit and dash, or an outlet and a city in capitals, off the first sentence', () => {
    const got = found(
      'Port reopens after storm\n\n(Newswire) — The port of Ellis reopened on Monday after a week of repairs.\n\nThe harbour board said ships would dock again.\n\n(PORT ELLIS) -- Dockers went back to work on Tuesday.\n\nHarbourNews, ELLISTOWN – Ferries ran on time.',
    );
    expect(got).toContainEqual(['(Newswire) —', true]);
    expect(got).toContainEqual(['The port of Ellis reopened on Monday after a week of repairs.', false]);
    expect(got).toContainEqual(['(PORT ELLIS) --', true]);
    expect(got).toContainEqual(['Dockers went back to work on Tuesday.', false]);
    expect(got).toContainEqual(['HarbourNews, ELLISTOWN –', true]);
    expect(got).toContainEqual(['Ferries ran on time.', false]);
  });

  it('takes "RELATED:", "Go deeper:", "(More … stories.)" and the page about itself as debris', () => {
    const got = found(
      'Port reopens after storm\n\nThe port of Ellis reopened on Monday after a week of repairs.\n\nRELATED: Harbour board faults builder over sea wall, costs\n\nShips docked again on Tuesday. Ferries ran on time.\n\nGo deeper: How the storm hit the coast\n\nThis story is developing and will be updated.\n\nRead the full harbour board report.\n\n(More\nHarbour stories.)',
    );
    // The label and the link it leads may come apart; both are debris.
    expect(got).toContainEqual(['RELATED:', true]);
    expect(got).toContainEqual(['Harbour board faults builder over sea wall, costs', true]);
    expect(got).toContainEqual(['Go deeper:', true]);
    expect(got).toContainEqual(['How the storm hit the coast', true]);
    expect(got).toContainEqual(['This story is developing and will be updated.', true]);
    expect(got).toContainEqual(['Read the full harbour board report.', true]);
    expect(got).toContainEqual(['(More Harbour stories.)', true]);
    expect(got).toContainEqual(['Ships docked again on Tuesday.', false]);
  });

  it('takes a release’s embargo line and contact details as debris, but not a sentence about an embargo', () => {
    const got = found(
      'Harbour trade report\n\nTransmission of material in this news release is embargoed until 10:00 a.m. Monday.\n\nMedia contact: (555) 123-4567 * press@harbour.example\n\nTrade through the port rose 4 percent in March. The report had been embargoed until Monday.',
    );
    expect(got).toContainEqual(['Transmission of material in this news release is embargoed until 10:00 a.m. Monday.', true]);
    expect(got).toContainEqual(['Media contact: (555) 123-4567 * press@harbour.example', true]);
    expect(got).toContainEqual(['The report had been embargoed until Monday.', false]);
  });
});

describe('run-together sentences and lists', () => {
  it('splits a lost space after a word in capitals or a number, but not after an abbreviation', () => {
    const got = found('Ferry line sold\n\nThe board sold the ferry line to a buyer from the UK.The sale closed in 2029.It cost $40 million. Mr.Roe signed for the board.');
    expect(got).toContainEqual(['The board sold the ferry line to a buyer from the UK.', false]);
    expect(got).toContainEqual(['The sale closed in 2029.', false]);
    expect(got).toContainEqual(['It cost $40 million.', false]);
    expect(got).toContainEqual(['Mr.Roe signed for the board.', false]);
  });

  it('keeps the items of a list as sentences of the story, not headings', () => {
    const got = found(
      'Port settles claims\n\nThe port agreed on Monday to a settlement worth $90 million. It will pay the following:\n\n  • $30 million in fines\n  • $60 million to the fishing fleet\n\nThe board approved it.',
    );
    expect(got).toContainEqual(['• $30 million in fines', false]);
    expect(got).toContainEqual(['• $60 million to the fishing fleet', false]);
  });
});

describe('a plain-text statistical release run onto one line', () => {
  it('splits the title in capitals, the box and its headings off the sentences', () => {
    const got = found(
      'Harbour Trade Summary\nMedia contact: (555) 123-4567 * press@harbour.example THE HARBOUR TRADE SURVEY -- MARCH 2030 Trade through the port rose by 4,000 tonnes in March, the board reported today. Ferry traffic was flat. ______________ | | | Changes to the Survey Data | | | | Tonnage data were revised this month. | | |______________| Cargo Survey Data Both the tonnage and the number of ships rose in March.',
    );
    expect(got).toContainEqual(['THE HARBOUR TRADE SURVEY -- MARCH 2030', true]);
    expect(got).toContainEqual(['Trade through the port rose by 4,000 tonnes in March, the board reported today.', false]);
    expect(got).toContainEqual(['Changes to the Survey Data', true]);
    expect(got).toContainEqual(['Cargo Survey Data', true]);
    expect(got).toContainEqual(['Both the tonnage and the number of ships rose in March.', false]);
  });

  it('leaves a name at the start of a paragraph alone when no little word and lower case follow', () => {
    const got = found('Harbour news\n\nThe board met on Monday.\nPresident Jane Roe On Monday announced the plan. Harbour Master Jo Bloggs said it would help.');
    expect(got).toContainEqual(['President Jane Roe On Monday announced the plan.', false]);
    expect(got).toContainEqual(['Harbour Master Jo Bloggs said it would help.', false]);
  });
});

describe('headlines, labels and teasers of agency pages', () => {
  it('takes a headline ending in an abbreviation, a question-word label and an ellipsis teaser as furniture', () => {
    const got = found(
      'Ferry Journeys Rise in the U.K.\n\nFerry journeys rose by a fifth last year, the harbour board said on Monday. Most were short trips.\n\nWhat they’re saying: “We are busier than ever,” the harbour master said.\n\nSince the new pier opened, there has been...\n\nThe board will publish more data in May.',
    );
    expect(got).toContainEqual(['Ferry Journeys Rise in the U.K.', true]);
    expect(got).toContainEqual(['What they’re saying:', true]);
    expect(got).toContainEqual(['“We are busier than ever,” the harbour master said.', false]);
    expect(got).toContainEqual(['Since the new pier opened, there has been...', true]);
    expect(got).toContainEqual(['The board will publish more data in May.', false]);
  });
});

describe('a caption that shares its line with a photo credit', () => {
  it('takes every sentence of a line ending with a credit as a caption, and the story after it as sentences', () => {
    const got = found(
      'Storm hits the coast\n\nThe storm made landfall on Monday.\n\nIllustration. Waves break over the sea wall in Port Ellis. (Agency/Jane Roe)\nA map of the harbour with blue pins showing rescues as of Oct. 2. Photo: Jo Bloggs/Harbour Times via Agency Images\nThe storm killed 20 people. It left 3,000 homes without power.',
    );
    expect(got).toContainEqual(['Illustration.', true]);
    expect(got).toContainEqual(['Waves break over the sea wall in Port Ellis.', true]);
    expect(got).toContainEqual(['A map of the harbour with blue pins showing rescues as of Oct. 2.', true]);
    expect(got).toContainEqual(['(Agency/Jane Roe)', true]);
    expect(got).toContainEqual(['The storm killed 20 people.', false]);
  });

  it('takes a line ending with an agency and a photographer after a colon, or a "(Representational)" note, as a caption', () => {
    const got = found(
      'Storm hits the coast\n\nThe storm made landfall on Monday.\n\nWaves break over the sea wall in Port Ellis. ( Agency: Jane Roe )\nThe storm killed 20 people.\n\nFerry traffic stopped for two days in May. (Representational)\nIt left 3,000 homes without power.',
    );
    expect(got).toContainEqual(['Waves break over the sea wall in Port Ellis.', true]);
    expect(got).toContainEqual(['Ferry traffic stopped for two days in May.', true]);
    expect(got).toContainEqual(['The storm killed 20 people.', false]);
    expect(got).toContainEqual(['It left 3,000 homes without power.', false]);
  });
});

describe('a crosshead with commas', () => {
  it('takes a short unpunctuated line between paragraphs as a crosshead, but not a list item', () => {
    const got = found(
      'Harbour jobs rise\n\nThe harbour added 500 jobs in March. Most were full time.\nGrowth was strong in shipping, fishing, and the ferry lines\nShipping added 300 jobs. Fishing added 150.\n  • 50 jobs on the ferries, the rest on the docks\nThe board was pleased.',
    );
    expect(got).toContainEqual(['Growth was strong in shipping, fishing, and the ferry lines', true]);
    expect(got).toContainEqual(['Shipping added 300 jobs.', false]);
    expect(got).toContainEqual(['• 50 jobs on the ferries, the rest on the docks', false]);
  });
});
