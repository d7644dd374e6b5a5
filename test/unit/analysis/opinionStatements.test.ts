import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus): statements, rulings and wire leads. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.replace(/\s+/g, ' ').includes(sentence))?.kind;

describe('quotes in hard-wrapped text', () => {
  it('keeps a quote that runs over a wrapped line, and its closing tag, together', () => {
    const text =
      'The council met on Tuesday to discuss the budget for the coming year.\n"Although I am cutting the budget, we will not close a single\nlibrary in this city, whatever the cost of keeping every one of\nthem open turns out to be," Smith said.\n';
    expect(kindOf(text, 'Although I am cutting')).toBe('attributed');
  });

  it("reads a statement's paragraphs opened with a quotation mark and left open as the speaker's", () => {
    const text =
      'Today the mayor released the following statement on the plan.\n\n“For three months I have listened to residents in every ward of this city and\nI have heard their worries. My concerns about the cost have only grown since the\nspring and I cannot support it.\n\n“I will keep working with the council on a better plan.”\n';
    expect(kindOf(text, 'My concerns about the cost')).toBe('attributed');
  });
});

describe('speech verbs after an opening clause', () => {
  it('reads a speech verb after a closed time clause as the main clause', () => {
    expect(kind('In a letter sent after the hearing, Jones repeated he would not resign.')).toBe('attributed');
  });

  it('still reads a speech act inside a time clause as an event', () => {
    expect(kind('The shares fell sharply after the company warned it would miss its targets.')).toBe('reporting');
  });
});

describe('court rulings', () => {
  it("reads a legal word after a verb of ruling as the court's finding, reported", () => {
    expect(kind('The appeal court ruled on Friday that the new parking charges were unlawful.')).toBe('reporting');
    expect(kind('A tribunal found the dismissal of the two nurses unlawful in March.')).toBe('reporting');
  });

  it("still reads a legal word with no ruling before it as the writer's word", () => {
    expect(kind('The unlawful parking charges have cost drivers dearly.')).not.toBe('reporting');
  });
});

describe('wire credits at the end of a sentence', () => {
  it('reads ", Agency reports." as the agency\'s account', () => {
    expect(kind('The ferry company has cancelled all crossings until the weekend because of the storm, Reuters reports.')).toBe('attributed');
  });
});

describe('declaring and revealing as acts', () => {
  it('reads "declared X a Y" and "revealed details" as acts reported', () => {
    expect(kind('The governor declared the flooded county a disaster area on Sunday.')).toBe('reporting');
    expect(kind('The carmaker also revealed details of its battery plant for the first time.')).toBe('reporting');
  });

  it('still reads a declaration or a revelation with a clause as a claim carried', () => {
    expect(kind('The governor declared that the county would get federal help.')).toBe('attributed');
    expect(kind('The carmaker revealed it had lost money on every car it sold.')).toBe('attributed');
  });
});

describe('promises and retorts', () => {
  it("reads a vow to act as the speaker's claim", () => {
    expect(kind('The mayor has vowed to reopen every closed library before the next election.')).toBe('attributed');
  });

  it('reads "fired back" as a source answering', () => {
    expect(kind('The rival campaign fired back in a statement on Sunday.')).toBe('attributed');
  });
});

describe('speech words used as nouns and adjectives', () => {
  it("reads analysts' estimates as a plural noun, not a source speaking", () => {
    expect(kind('Quarterly sales rose 8 percent to $4.1 billion, just above analyst estimates of $4 billion.')).toBe('reporting');
    expect(kind('Subscribers came in at 12.2 million, vs. Street estimates for 12.5 million.')).toBe('reporting');
  });

  it('reads a plural followed by a modal as a noun', () => {
    expect(kind('The two countries signed a treaty in 2019 under which their visa claims would be handled in Geneva.')).toBe('reporting');
  });

  it('reads a participle after a determiner or an ordinal as an adjective', () => {
    expect(kind('The island recorded its first confirmed case in April and now has 45.')).toBe('reporting');
  });

  it('still reads "warns of" and "estimates that" as a source speaking', () => {
    expect(kind('The agency warns of 300 more job losses at the plant next year.')).toBe('attributed');
    expect(kind('The agency estimates that 300 more jobs will go at the plant next year.')).toBe('attributed');
  });
});

describe('speech verbs in relative clauses', () => {
  it('reads a speech verb in a relative clause on a noun as describing a thing', () => {
    expect(kind('The bank raised its rate by a full point, more than the half point that the governor had hinted at in May.')).toBe('reporting');
    expect(kind('The board upheld an earlier review that found the club had broken the spending rules.')).toBe('reporting');
  });

  it('still reads "said that" as a claim carried', () => {
    expect(kind('The governor said that the bank would raise its rate again in June.')).toBe('attributed');
  });
});

describe('judgement in news leads', () => {
  it('reads a setback, a plan in tatters and unwelcome news as judgement', () => {
    expect(kind('The vote is a major setback to the mayor’s plan for a new tram line.')).toBe('opinion');
    expect(kind('The mayor’s tram plan is in tatters after the council vote.')).toBe('opinion');
    expect(kind('The quarterly report brought unwelcome news for the shareholders.')).toBe('opinion');
  });

  it('tells "striking down" the verb from "striking" the judgement', () => {
    expect(kind('The court closed the case on Monday by striking down the new parking charges.')).toBe('reporting');
    expect(kind('The gap between the two schools is striking.')).toBe('opinion');
  });
});

describe("the writer's guesses and hedged conclusions", () => {
  it('reads "This could…" and "This mood may…" opening a sentence as the writer guessing', () => {
    expect(kindInVoice('This could push the council to look for a buyer for the stadium.')).toBe('opinion');
    expect(kindInVoice('This mood may keep shoppers away from the high street until spring.')).toBe('opinion');
  });

  it('reads "That would suggest…" as a conclusion the writer draws', () => {
    expect(kind('That would suggest two more rate rises before the end of the year.')).toBe('opinion');
  });

  it('does not read a guess credited to a source, or "could not", as the writer\'s', () => {
    expect(kind('This could not be confirmed by the ministry on Sunday.')).toBe('reporting');
    expect(kind('This could push prices higher, the bank said.')).toBe('attributed');
  });
});

describe('relative clauses between commas', () => {
  it('finds the main verb after a relative clause that describes the subject', () => {
    expect(kind('The housing agency, which tracks rents across the region, projects another 5% rise in rents next year.')).toBe('attributed');
  });

  it('still ends the main clause at a relative clause at the end', () => {
    expect(kind('Rents rose 5% last year in the region, which the agency projects will continue.')).toBe('reporting');
  });
});

describe('bullets under a speech verb and a colon', () => {
  it("reads the bullets as the source's words", () => {
    const text =
      'The central bank raised its main rate on Thursday.\nThe committee announced the following actions and analysis:\n • 7-2 policy vote\n • Higher energy prices are likely to keep inflation high this year\n';
    expect(kindOf(text, 'Higher energy prices')).toBe('attributed');
    expect(kindOf(text, '7-2 policy vote')).toBe('reporting');
  });
});
