import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;

describe('a statement quoted over several paragraphs', () => {
  const statement = [
    'The mayor issued a statement after the council vote.',
    '"Tonight the council chose to keep the library open. I am grateful to every volunteer.',
    'The building will need a new roof within two years. Repairs will start in the spring.',
    'Our town keeps its promises."',
    'The council meets again in March.',
  ].join('\n');

  it('reads the paragraphs between the opening and the closing mark as the speaker’s words', () => {
    expect(kindOf(statement, 'The building will need')).toBe('attributed');
    expect(kindOf(statement, 'Repairs will start')).toBe('attributed');
    expect(kindOf(statement, 'Our town keeps')).toBe('attributed');
  });

  it('does not lend the quote to the paragraph after the closing mark', () => {
    expect(kindOf(statement, 'The council meets again')).toBe('reporting');
  });

  it('reads a statement whose closing mark was lost at the end of the text as quoted to its end', () => {
    const text =
      'The senator released the following statement on the ruling.\n“Families in our state were let down today. The court has stepped back.\nThe new rules take effect in June. Clinics will have to close within weeks.';
    expect(kindOf(text, 'The new rules take effect')).toBe('attributed');
    expect(kindOf(text, 'Clinics will have to close')).toBe('attributed');
  });

  it('leaves plain paragraphs alone when a new quote opens after them (the first was left open by mistake)', () => {
    const text = 'The coach spoke after the match.\n"We were not good enough tonight.\nThe club will appeal the red card on Monday.\n"We go again next week," he said.';
    expect(kindOf(text, 'The club will appeal')).toBe('reporting');
  });

  it('reads a closing mark turned the wrong way at the start of a quote as opening it', () => {
    const text = '“The grant is good news for the valley,” said the governor. ”We know fast internet keeps young people here, and I am glad the money came.”';
    expect(kindOf(text, '”We know fast internet')).toBe('attributed');
  });
});

describe('a heading that names a statement and who gives it', () => {
  const text = [
    'The agency recalled 40,000 heaters on Tuesday.',
    'Statement of the Director on the Heater Recall:',
    'We are recalling these heaters because two homes caught fire last winter.',
    'I urge every owner to unplug the heater today.',
  ].join('\n');

  it('reads the paragraphs under "Statement of … :" as that person’s words', () => {
    expect(kindOf(text, 'We are recalling these heaters')).toBe('attributed');
    expect(kindOf(text, 'I urge every owner')).toBe('attributed');
  });

  it('leaves the sentence before the heading as reporting', () => {
    expect(kindOf(text, 'The agency recalled')).toBe('reporting');
  });
});

describe('a body recalling its own products', () => {
  it('reads "We are recalling these strollers…" as an act reported, not speech', () => {
    expect(kindOf('We are recalling these strollers because the wheels can come off.', 'We are recalling')).toBe('reporting');
    expect(kindOf('The maker is recalling those kettles after two burns.', 'The maker')).toBe('reporting');
  });

  it('still reads a memory told as a clause as someone’s words', () => {
    expect(kindOf('She recalled these were the hardest weeks of the season.', 'She recalled')).toBe('attributed');
  });
});

describe('a participle that qualifies a noun is not someone speaking', () => {
  it('reads "no confirmed cases" and "the recently confirmed cases" as reporting', () => {
    expect(kindOf('There are still no confirmed infections outside the capital.', 'There are')).toBe('reporting');
    expect(kindOf('Leaving aside the newly reported infections, most patients were farm workers.', 'Leaving aside')).toBe('reporting');
  });

  it('still reads a source confirming a claim as attributed', () => {
    expect(kindOf('The ministry recently confirmed that two more villages were affected.', 'The ministry')).toBe('attributed');
  });
});

describe('"our planet" in science writing', () => {
  it('reads "our planet" and "our solar system" as no first-person voice', () => {
    expect(kindOf('As the comet swings past, its distance from our planet shrinks.', 'As the comet')).toBe('reporting');
    expect(kindOf('Jupiter is the largest world in our solar system.', 'Jupiter')).toBe('reporting');
  });

  it('still hears the writer in "our town"', () => {
    expect(kindOf('Our town deserves a better bridge.', 'Our town')).toBe('opinion');
  });
});

describe('a noun phrase that opens like an order', () => {
  it('reads "Contact tracing is ongoing…" and "Follow up visits are possible…" as reporting, not advice', () => {
    expect(kindOf('Contact tracing is continuing in three districts.', 'Contact tracing')).toBe('reporting');
    expect(kindOf('Follow up visits are possible in the coming weeks.', 'Follow up')).toBe('reporting');
  });

  it('still reads an order to the reader as advice', () => {
    expect(kindOf('Check the label before you buy any eggs.', 'Check the label')).toBe('opinion');
    expect(kindOf('Do not be fooled by the cheap offers.', 'Do not')).toBe('opinion');
  });
});

describe('a quotation that names a thing quotes no one', () => {
  it('reads a quoted title or a quoted label before its noun as reporting', () => {
    expect(kindOf('The “Books for Every Child” programme is part of the council’s “Reading Town” plan.', 'The “Books')).toBe('reporting');
    expect(kindOf('The jars carry “best before” stamps from June 2025.', 'The jars')).toBe('reporting');
    expect(kindOf('Managers put the firm’s “lean staffing model” ahead of a proper “safety culture” at the plant.', 'Managers')).toBe('reporting');
  });

  it('still reads quoted words with no one named as someone’s words', () => {
    expect(kindOf('The lawyers plan to file "within a few days."', 'The lawyers')).toBe('attributed');
  });
});

describe('a hedge inside a relative clause', () => {
  it('reads "after a storm that reportedly…" as the writer’s report, the hedge qualifying a detail', () => {
    expect(kindOf('Aid trucks reached the valley after a storm that reportedly flattened 300 homes.', 'Aid trucks')).toBe('reporting');
    expect(kindOf('The crater was left by a meteor that was estimated to weigh 10 tonnes.', 'The crater')).toBe('reporting');
  });

  it('still reads a hedged main claim as attributed', () => {
    expect(kindOf('The storm reportedly flattened 300 homes on Friday.', 'The storm')).toBe('attributed');
  });
});
