import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;
const sentences = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.text.replace(/\s+/g, ' '));

describe('plurals that are also speech verbs', () => {
  it('reads "states" after a count, in "member states" or before "which" as a noun', () => {
    expect(kind('Of the 27 member states, 25 took part in the ballot.')).toBe('reporting');
    expect(kind('Ninety-two states voted for the motion on Tuesday.')).toBe('reporting');
    expect(kind('Chile and Peru were among the member states which stayed away.')).toBe('reporting');
  });

  it('still reads "states" after a subject as speech', () => {
    expect(kind('The ministry states that the bridge will reopen in May.')).toBe('attributed');
  });
});

describe('verbs that report a claim only with "that" after them', () => {
  it('credits a finding, a hope or a remark introduced by "that" to its subject', () => {
    expect(kind('The regulator determined that the lender had ignored its own rules.')).toBe('attributed');
    expect(kind('It hopes that the new dam will hold back the spring floods.')).toBe('attributed');
    expect(kind('Local farmers are hoping that the rain will arrive before June.')).toBe('attributed');
    expect(kind('They note that even a small delay would count as a success.')).toBe('attributed');
  });

  it('does not credit hopes or a note that nobody voices', () => {
    expect(kind('The rally lifted high hopes that the market had turned.')).toBe('reporting');
    expect(kind('The volunteers were determined to finish the levee by dawn.')).toBe('reporting');
    expect(kind('She left a note that the shop would open late.')).toBe('reporting');
  });
});

describe('a name given, and keeping rather than saying', () => {
  it('reads "called Name every…" as naming', () => {
    expect(kind('The probe circles a small rock called Vesta every nine hours.')).toBe('reporting');
  });

  it('reads "maintained" with an object as keeping, and with "that" as a claim', () => {
    expect(kind('The firm maintained no offices in the region where the accounts were opened.')).toBe('reporting');
    expect(kind('The firm maintained that it had done nothing wrong.')).toBe('attributed');
  });
});

describe('documents and studies as sources', () => {
  it('credits what studies confirm or suggest to them', () => {
    expect(kind('Two new studies confirm the decline of the river dolphin population.')).toBe('attributed');
  });

  it('credits a long subject opening with a source noun (an acronym in brackets inside it)', () => {
    expect(kind('Analysis of samples taken over the past month by the Coastal Water Office (CWO) field team shows the spill reached the bay.')).toBe('attributed');
  });

  it('does not credit an act whose subject is not a source', () => {
    expect(kind('Workers from the county road department on the night shift cleared the fallen trees by morning.')).toBe('reporting');
  });
});

describe('sentences over the breaks of a wrapped text', () => {
  it('keeps a quotation closed with a comma with its tag over a blank line', () => {
    expect(sentences('"The levee held through the night,"\n\nthe mayor told reporters. Crews went home at six.')[0]).toBe(
      '"The levee held through the night," the mayor told reporters.',
    );
  });

  it('goes on over a line ending on a comma when the next line opens in lower case', () => {
    expect(sentences('The council voted to close the old bridge,\nand to build a new one by 2030.\n\nTraffic was light.')[0]).toBe(
      'The council voted to close the old bridge, and to build a new one by 2030.',
    );
  });

  it('still ends a paragraph that has a full stop', () => {
    expect(sentences('The council voted to close the bridge.\n\nand then it rained.').length).toBe(2);
  });
});

describe('more claims and acts (round 13, second pass)', () => {
  it('credits "made it clear that" and "anticipates that" to their subject', () => {
    expect(kind('The envoy made it clear that the talks would resume in spring.')).toBe('attributed');
    expect(kind('The agency anticipates that the rule would prevent hundreds of illnesses.')).toBe('attributed');
  });

  it('reads what an appeal or a bill is "calling for" as its content, and "is calling for" as speech', () => {
    expect(kind('The council launched its winter appeal, calling for $2 million in donations.')).toBe('reporting');
    expect(kind('The union is calling for a shorter working week.')).toBe('attributed');
  });

  it('reads "we have highlighted" as the writer\'s own voice', () => {
    expect(kind('This year we have highlighted the work of rural clinics.')).toBe('reporting');
  });
});
