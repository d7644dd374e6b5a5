import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('sources named by an acronym or a list of names', () => {
  it('reads "WHO" in capitals as the organisation, not the pronoun "who"', () => {
    expect(kind('The outbreak is spreading fast in the north, WHO said.')).toBe('attributed');
    expect(kind('The World Health Organization (WHO) said the outbreak was spreading fast.')).toBe('attributed');
    expect(kind('The cholera outbreak is spreading, the World Health Organization (WHO) said on Friday.')).toBe('attributed');
    // The pronoun still opens a relative clause that only describes someone.
    expect(kind('Nurses who said they were exhausted left the ward in the spring.')).toBe('reporting');
  });

  it('reads a list of names with a comma before "and" as one subject', () => {
    expect(kind('Oxfam, Save the Children, and the Red Cross said the camps were overcrowded.')).toBe('attributed');
  });
});

describe('the progressive of a speech verb', () => {
  it('credits "are warning", "is saying" to their subject', () => {
    expect(kind('Doctors are warning that the hospitals will soon run out of beds.')).toBe('attributed');
    expect(kind('Aid groups are warning against rushed burials in the valley.')).toBe('attributed');
  });
});

describe("the writer's own advice and judgement without an evaluative word", () => {
  it('reads "it is important that…" and its kin as the writer\'s judgement', () => {
    expect(kind('It is important that families receive support quickly.')).toBe('opinion');
    expect(kind('It is therefore essential to keep the mountain roads open during the storm.')).toBe('opinion');
  });

  it('reads "it is worth noting that…" and "it is important to note that…" as a formula that points, not a judgement', () => {
    // (As the dev keys label them: purdue-doj-settlement-2020, warmest-year-2023.)
    expect(kind('It is worth noting that the club has won only twice this season.')).toBe('reporting');
    expect(kind('It is important to note that the ruling does not bar a later appeal.')).toBe('reporting');
  });

  it('leaves an open question and a reported judgement alone', () => {
    expect(kind('It was not clear whether the match would go ahead.')).toBe('reporting');
    expect(kind('The mayor said it is important that families receive support quickly.')).toBe('attributed');
  });
});

describe('a modal over two verbs', () => {
  it('does not read the second verb under "may" or "shall" as a report of speech', () => {
    expect(kind('The firm could confirm or deny that the talks had failed.')).toBe('reporting');
    expect(kind('No one shall publish or reveal the names of the witnesses.')).toBe('reporting');
  });
});

describe('a quotation with no verb of speech', () => {
  it("reads words in quotation marks as someone's words", () => {
    expect(kind('They plan to open the new bridge "within a few days."')).toBe('attributed');
    expect(kind('The memo set out one condition: "No staff will be moved before the spring."')).toBe('attributed');
  });

  it('does not take a title or a term named for a quotation of someone', () => {
    expect(kind('The band played "Sweet Caroline" twice before the final whistle.')).toBe('reporting');
    expect(kind('The practice, known as "quiet quitting", has spread among young staff.')).toBe('reporting');
    expect(kind('The council put out a “boil water” notice for the east of the town.')).toBe('reporting');
  });
});

describe("the writer's guess at what follows", () => {
  it('reads "could mean" and "little chance" as speculation when no one is credited with them', () => {
    expect(kindInVoice('But the jump in prices could mean a sharper rise in rates this winter.')).toBe('opinion');
    expect(kindInVoice('There is little chance of the dispute being settled before the summer.')).toBe('opinion');
    expect(kind('Analysts said the jump in prices could mean a sharper rise in rates.')).toBe('attributed');
  });
});

describe('"concluded" as an end and as a finding', () => {
  it('reads an event that concludes as an act, and a panel that concluded a claim as a report of it', () => {
    expect(kind('The festival starts on Friday and concludes on Sunday with a parade.')).toBe('reporting');
    expect(kind('The inquiry concluded that the fire was started deliberately.')).toBe('attributed');
  });
});

describe('judging a belief or finding the good in bad news', () => {
  it('reads "unfounded" fears and a "bright spot" as the writer\'s judgement, and a speaker\'s as theirs', () => {
    expect(kind('There is often unfounded fear among parents about the new vaccine.')).toBe('opinion');
    expect(kind('The one bright spot for the club was its youth academy.')).toBe('opinion');
    expect(kind('The minister said the fears were unfounded.')).toBe('attributed');
  });
});
