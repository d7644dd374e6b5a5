import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const finding = (text: string) => analyze([article('a', text)]).sentences[0];
const kind = (text: string) => finding(text)?.kind;

describe('a speech or source verb used as a plural noun', () => {
  it('does not read a word of a list of things as the verb that attributes', () => {
    expect(kind('The stolen records included names, genders, locations and birthdays of members.')).toBe('reporting');
    expect(kind('The leaked files held records such as names and home addresses.')).toBe('reporting');
    expect(kind('The court files list the names, ages and towns of the accused.')).toBe('attributed');
  });

  it('still reads the verb after a named subject', () => {
    expect(kind('The council report names three contractors who were never paid.')).toBe('attributed');
  });
});

describe('weak cues: degree adverbs and words of a legal finding', () => {
  it("does not read a degree adverb as the writer's view where it qualifies how someone presented a thing", () => {
    expect(kind('The regulator said the lender presented the losses as merely temporary while it knew otherwise.')).toBe('attributed');
    expect(kind('The lender presented the losses as merely temporary while it knew otherwise.')).toBe('reporting');
  });

  it('lets a degree adverb alone make only an unsure opinion, too weak to build a round on', () => {
    const s = finding('The new parking fee is merely a tax on commuters.');
    expect(s?.kind).toBe('opinion');
    expect(s?.confidence).toBeLessThan(0.8);
  });

  it('reads a legal word inside a charge as part of the charge', () => {
    expect(kind('The driver was accused of carrying a fake licence at the checkpoint.')).toBe('reporting');
  });
});

describe("the writer's own reading of an event", () => {
  it('reads words that weigh an event or a mood as judgement', () => {
    expect(kind('The ruling is a milestone in the long fight over water rights.')).toBe('opinion');
    expect(kind('The vote was among the most consequential of the decade.')).toBe('opinion');
    // (A consequence in stock words, "boosted hopes", alone is mild: see opinionPrecision.test.ts.)
    expect(kind('The news was a welcome end to a long strike.')).toBe('opinion');
    expect(kind('The club reacted with hysteria to the sale of its captain.')).toBe('opinion');
  });

  it('knows common evaluative words and set phrases beyond the ones the corpus has', () => {
    expect(kind('The verdict was a travesty for the families of the miners.')).toBe('opinion');
    expect(kind('The defeat was yet another setback for the coach.')).toBe('opinion');
    expect(kind('Shrewdly, the board sold the stadium before prices fell.')).toBe('opinion');
    expect(kind('Rescuers made the gruesome discovery on a hillside near the village.')).toBe('opinion');
  });

  it('does not judge a formal term that starts with an evaluative word', () => {
    expect(kind('Nurses checked her vital signs every hour.')).toBe('reporting');
  });
});

describe('words that belong to someone else', () => {
  it('reads a verb of praise as attribution', () => {
    expect(kind('Supporters are heralding the new law as a fresh start for tenants.')).toBe('attributed');
  });

  it("reads one quoted word after a finding as the finder's word, not a sneer", () => {
    expect(kind('The tribunal found the club ‘negligent’ in its care of the pitch.')).not.toBe('opinion');
    expect(kind('The tribunal found him ‘negligent’ in his care of the pitch.')).not.toBe('opinion');
  });

  it('reads a request to do something as an act, even when a clause follows later', () => {
    expect(kind('The judge asked both sides to submit written arguments that could lengthen the sentence.')).toBe('reporting');
  });
});

describe('attribution in other forms', () => {
  it('reads a view credited with "in his view" or "in the words of" as attributed', () => {
    expect(kind('In her view, the new stadium will bring little to the town.')).toBe('attributed');
    expect(kind('The reform, in the words of one union leader, is a step backwards.')).toBe('attributed');
  });

  it('reads documents that reveal and authors who write as sources', () => {
    expect(kind('Court records reveal that the builder skipped two safety checks.')).toBe('attributed');
    expect(kind('The historian writes that the bridge was never finished.')).toBe('attributed');
  });

  it('does not read a participle that opens the sentence as someone speaking', () => {
    expect(kind('Reported thefts rose to 4,000 in the spring.')).toBe('reporting');
    expect(kind('Asked about the delay, the mayor shrugged and walked away.')).toBe('reporting');
  });

  it('reads a tag with the verb first (", said the director.") as attribution, first person included', () => {
    const s = finding('We will keep chasing the money wherever it goes, said the director of the agency.');
    expect(s?.kind).toBe('attributed');
    expect(kind('Ticket sales doubled in the spring, reported the league.')).toBe('attributed');
  });

  it('reads a denial that is neither made nor an opening clause ("Without admitting or denying…") as no claim', () => {
    expect(kind('Without admitting or denying the findings, the bank agreed to pay a fine.')).toBe('reporting');
    expect(kind('Under the deal, the bank neither admits nor denies the findings.')).toBe('reporting');
  });

  it('reads a fear or a worry held by someone as their claim, and the noun or the adjective as not', () => {
    expect(kind('Engineers fear the old dam will not hold through the winter.')).toBe('attributed');
    expect(kind('Both clubs accuse each other of breaking the transfer rules.')).toBe('attributed');
    expect(kind('Fears of a second flood kept the families on higher ground.')).toBe('reporting');
    expect(kind('Parents are worried about the closure of the school.')).toBe('reporting');
  });

  it('reads acknowledging a thing as an act and acknowledging a clause as a claim', () => {
    expect(kind('In court, the builder acknowledged the suffering of the tenants and apologised.')).toBe('reporting');
    expect(kind('The builder acknowledged that the tenants had been let down.')).toBe('attributed');
  });
});

describe('straight single quotation marks', () => {
  it("reads words in straight single marks as quoted, so the speaker's 'I' is not the writer's", () => {
    expect(kind("The coach added: 'This is the worst night of my career.'")).toBe('attributed');
  });

  it("does not take a plural's apostrophe or a decade for a quotation mark", () => {
    const s = finding("The players' union said in the '90s that it would appeal.");
    expect(s?.cues).not.toContain('quotation-marks');
  });
});

describe('the reader addressed', () => {
  it("reads practical information for the reader as reporting, and a jab at the reader as the writer's voice", () => {
    expect(kind('If you bought a season ticket, you can claim a refund until March.')).toBe('reporting');
    expect(kind('If you have a pass, you can board the ferry before noon.')).toBe('reporting');
    expect(kind('Please let us know if the form does not load.')).toBe('reporting');
    expect(kind('You know exactly how this story ends.')).toBe('opinion');
  });
});

describe('"claimed" as taking, and as saying', () => {
  it('reads "claimed lives", "claimed victory" as events and "claimed that…", "claimed to have…" as claims', () => {
    expect(kind('The landslide claimed more than 300 lives.')).toBe('reporting');
    expect(kind('The cyclist claimed victory in the final stage.')).toBe('reporting');
    expect(kind('The cyclist claimed the crash was caused by a spectator.')).toBe('attributed');
    expect(kind('The driver claimed to have been asleep at the time.')).toBe('attributed');
  });
});

describe('a first person who narrates', () => {
  it('reads "we" narrating what the organisation did as reporting, and "we" holding a view as the writer\'s voice', () => {
    const kinds = analyze([
      article(
        'a',
        'On June 2, we discovered that a stranger had copied part of our member list.\n\nWe have alerted the police and the regulator.\n\nWe believe the club has never been better run.',
      ),
    ]).sentences.map((s) => s.kind);
    expect(kinds).toEqual(['reporting', 'reporting', 'opinion']);
  });

  it('does not take the modal "may" for the month as a checkable detail', () => {
    expect(finding('The leak may have exposed the addresses of members.')?.evidence['checkable-detail']).toBeUndefined();
  });
});

describe('a report of rules is not an opinion piece', () => {
  it('keeps the plain sentences of a report full of "must" and "should" as reporting', () => {
    const text = [
      'Under the new code, clubs must publish their accounts within 90 days.',
      'Clubs that miss the deadline could lose points.',
      'Players must also be told when their contracts are sold on.',
      'Smaller clubs should register with the league by the end of the season.',
      'The code applies to every club in the top four divisions.',
      'Clubs must also appoint a finance officer.',
      'The code was approved by the league last spring.',
    ].join('\n\n');
    const kinds = analyze([article('a', text)]).sentences.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'opinion')).toEqual([]);
  });
});

describe('hedged attribution in the passive', () => {
  it('reads a belief or an estimate credited to no one ("are feared dead", "is estimated to") as attributed', () => {
    expect(kind('Six climbers are feared dead after the avalanche.')).toBe('attributed');
    expect(kind('The fire is estimated to have destroyed 400 homes.')).toBe('attributed');
    expect(kind('It is thought that the bridge was never inspected.')).toBe('attributed');
  });

  it('does not read an estimated figure used as a plain noun phrase as attributed', () => {
    expect(kind('The estimated cost of the bridge is $40 million.')).toBe('reporting');
  });
});

describe('reported speech that runs on', () => {
  it('reads a "would" sentence right after reported words as still reporting them, and only unsurely', () => {
    const found = analyze([
      article('a', 'The coach said the new pitch was a mistake.\n\nIt would cost the club more than it could afford.\n\nThe pitch would be laid in the summer.'),
    ]).sentences;
    expect(found.map((s) => s.kind)).toEqual(['attributed', 'attributed', 'reporting']);
    expect(found[1]?.confidence).toBeLessThan(0.9);
  });
});

describe("what a study's participants reported", () => {
  it('reads a counted group reporting a thing as a finding, and reporting a clause as a claim', () => {
    expect(kind('Nine percent of the runners reported cramp in the last mile.')).toBe('reporting');
    expect(kind('Four residents reported that the alarm never sounded.')).toBe('attributed');
    expect(kind('The agency reported 40 new cases on Monday.')).toBe('attributed');
  });
});

describe('a degree adverb on an act', () => {
  it('reads "simply", "merely" on what someone did as a plain account in a passage without the writer\'s voice', () => {
    expect(kind('The landlords simply refused to repair the roof.')).toBe('reporting');
    expect(kind('The council merely postponed the vote on the budget.')).toBe('reporting');
  });

  it('still reads a degree adverb on what a thing is as a view', () => {
    expect(kind('The new parking fee is merely a tax on commuters.')).toBe('opinion');
  });
});
