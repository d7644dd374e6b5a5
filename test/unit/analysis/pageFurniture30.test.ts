import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts: an image's written-out description, a crosshead run into its paragraph, a machine's timestamp. */
const furniture = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text, s.furniture]);

describe("an image's description written out for readers who cannot see it", () => {
  it('takes a line whose pieces include a "Text overlay:" label as a caption, every sentence of it', () => {
    const found = furniture(
      'Flu found in goats\nCurrent Situation\nThree brown goats standing in a barn beside a tractor. Text overlay: "agency.gov/flu" and the agency logo\nOn May 2, 2030, the agency confirmed a case of flu in a goat herd. The herd is in Ohio.',
    );
    expect(found).toContainEqual(['Three brown goats standing in a barn beside a tractor.', true]);
    expect(found).toContainEqual(['Text overlay: "agency.gov/flu" and the agency logo', true]);
    expect(found).toContainEqual(['On May 2, 2030, the agency confirmed a case of flu in a goat herd.', false]);
  });

  it('leaves a long paragraph that mentions an overlay alone', () => {
    const found = furniture(
      'Flu found in goats\nThe agency confirmed a case of flu in a goat herd on May 2. The herd is in Ohio. Farmers were told to watch for signs. Image description: none was given. The agency will update its page weekly as tests come back from the labs in three states, it said, and it urged vets to report sick animals at once so that herds can be tested.',
    );
    expect(found).toContainEqual(['The herd is in Ohio.', false]);
  });
});

describe('a crosshead in sentence case run into its paragraph on a page that lost its line breaks', () => {
  it("cuts the heading off where its words come back in the paragraph's first words", () => {
    const found = furniture(
      'Aid for the harbour Date: 2030-03-02 10:00:00+00:00 The board met on Monday. It approved the plan. Board, donors fund repairs Board funding covers repairs by donors to the piers and the sea wall after the storm. Work starts in May.',
    );
    expect(found).toContainEqual(['Board, donors fund repairs', true]);
    expect(found).toContainEqual(['Board funding covers repairs by donors to the piers and the sea wall after the storm.', false]);
  });

  it('leaves a sentence that names the same place twice alone', () => {
    const found = furniture('Talks\nThe talks began. U.S. officials met U.S. allies in Brussels on Monday to discuss the aid plan. They agreed.');
    expect(found).toContainEqual(['U.S. officials met U.S. allies in Brussels on Monday to discuss the aid plan.', false]);
  });
});

describe("a machine's timestamp run into the text", () => {
  it('cuts "Date: 2030-…+00:00" off the headline and the first sentence, as furniture', () => {
    const found = furniture('Aid for the harbour [1] [] Date: 2030-03-02 10:00:00+00:00 The board approved a $5 million plan on Monday. It will vote again in May.');
    expect(found).toContainEqual(['Date: 2030-03-02 10:00:00+00:00', true]);
    expect(found).toContainEqual(['The board approved a $5 million plan on Monday.', false]);
  });

  it("keeps a record's quoted value with its field", () => {
    const found = furniture('Records\n"created_at": "2030-04-10T03:20:04.223217Z",\nThe board approved a $5 million plan on Monday. It will vote again in May.');
    expect(found).toContainEqual(['"created_at": "2030-04-10T03:20:04.223217Z",', true]);
  });
});

describe("a government site's notices about itself", () => {
  it('marks the banner, an archive notice and a pointer to another page by its title as furniture', () => {
    const found = furniture(
      "U.S. flag An official website of the United States government.\nThis is archived content from the Harbour Department website.\nThe harbour board raised its fees by 5% on Tuesday.\nMore details on the fees may be found on the board's website: Harbour Fees 2030 (May 2030).\nTrade through the port fell in the spring.",
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual(['The harbour board raised its fees by 5% on Tuesday.', 'Trade through the port fell in the spring.']);
  });
});

describe("an agency's caption of an older picture", () => {
  it('takes sentences opened by "FILE -" as captions, even run together after the story', () => {
    const found = furniture(
      'Senate passes harbour bill\nThe Senate passed the harbour bill 69-30 on Tuesday. The House votes next month.\nFILE - Trucks wait to cross the harbour bridge, Jan. 29, 2030. FILE - An aerial view of the port, taken on Jan. 30, 2030.',
    );
    expect(found.filter(([, f]) => !f).map(([text]) => text)).toEqual(['The Senate passed the harbour bill 69-30 on Tuesday.', 'The House votes next month.']);
  });
});

describe('a statement given out whole, with no quotation marks', () => {
  const kinds = (text: string) =>
    analyze([article('a', text)])
      .sentences.filter((s) => !s.furniture)
      .map((s) => [s.text, s.kind]);

  it('is the speaker’s to the end, over paragraphs, even where a paragraph has no "we"', () => {
    const found = kinds(
      'Aid for the valley\n\nHarbour City (Wire.News) Secretary Jane Roe released the following statement:\n\nThe flood that struck the valley on May 2 deepened a long crisis. We offer our sympathy to the families.\n\nThis new aid will reach 20,000 people with tents and water.\n\nWe stand with the people of the valley.',
    );
    expect(found).toContainEqual(['This new aid will reach 20,000 people with tents and water.', 'attributed']);
    expect(found).toContainEqual(['The flood that struck the valley on May 2 deepened a long crisis.', 'attributed']);
    expect(found).toContainEqual(['We stand with the people of the valley.', 'attributed']);
  });

  it('does not run a list of terms on as someone’s words', () => {
    const found = kinds(
      'Rail deal\n\nUnder the settlement, the railway has agreed to:\n\nPay a $15 million penalty for the spill.\n\nSpend $25 million on a health programme for ten years.',
    );
    expect(found).toContainEqual(['Spend $25 million on a health programme for ten years.', 'reporting']);
  });
});

describe('a caption that points at its picture', () => {
  it('takes "This combination of pictures…" and "In this undated photo…" as captions, but not a sentence about a photo', () => {
    const found = furniture(
      'Vote count goes on\nThe count went on through the night. This combination of pictures created on Feb. 9, 2030, shows the two candidates voting.\nIn this undated photo, the mayor greets voters.\nThis photo was doctored, the election board said on Monday.',
    );
    expect(found).toContainEqual(['This combination of pictures created on Feb. 9, 2030, shows the two candidates voting.', true]);
    expect(found).toContainEqual(['In this undated photo, the mayor greets voters.', true]);
    expect(found).toContainEqual(['This photo was doctored, the election board said on Monday.', false]);
  });
});

describe('captions run together on one line', () => {
  it('takes a dated picture description beside a caption as a caption too', () => {
    const found = furniture(
      'Vote count goes on\nThe count went on through the night. It ends on Friday.\nElectoral workers count ballots at the council hall in Port Ellis, Feb. 9, 2030. This combination of pictures created on Feb. 9, 2030, shows the two candidates voting.',
    );
    expect(found).toContainEqual(['Electoral workers count ballots at the council hall in Port Ellis, Feb. 9, 2030.', true]);
    expect(found).toContainEqual(['It ends on Friday.', false]);
  });
});
