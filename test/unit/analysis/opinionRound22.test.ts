import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { article } from './seeds';

/** Invented sentences (not from any corpus), one rule each. */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;
const kindIn = (outlet: string, text: string, sentence: string) =>
  analyze([createArticle({ id: 'p', outlet: { en: outlet, es: outlet }, sourceKind: 'unknown', date: '2024-03-04' }, text)]).sentences.find((s) => s.text.startsWith(sentence))
    ?.kind;

describe('a hedge that asserts no guess of the writer’s', () => {
  it('reads a hedge on a figure or on its trend as an estimate a report carries', () => {
    const text = 'Floods hit the valley towns overnight.\nThe counts of damaged homes are likely to rise further as crews reach the hills.';
    expect(kindOf(text, 'The counts of damaged homes')).toBe('reporting');
    expect(kindOf('Floods hit the valley towns overnight.\nDozens of homes were flooded, with perhaps even more damaged upstream.', 'Dozens of homes')).toBe('reporting');
  });

  it('reads a hedge inside a question the sentence mentions as no claim', () => {
    const text = 'The probe was launched in March.\nThe aim of the test was to learn how the coating might slow the heat.';
    expect(kindOf(text, 'The aim of the test')).toBe('reporting');
  });

  it('still reads a hedge on what will happen as the writer’s guess, in a passage in the writer’s voice', () => {
    expect(kindOf('Our view\nWe think the probe was a fiasco.\nThe coating is likely to fail in the heat.', 'The coating is likely')).toBe('opinion');
    expect(kindOf('Our view\nWe think the probe was a fiasco.\nPerhaps the coating was never good enough.', 'Perhaps the coating')).toBe('opinion');
  });
});

describe('a word of sorrow judges', () => {
  it('reads "a sad day" in the writer’s own clause as a view', () => {
    expect(kindOf('The mill closed on Friday.\nIt is a sad day for the valley.', 'It is a sad day')).toBe('opinion');
  });
});

describe('a publisher credited with a verb of saying in its own release is a speaker', () => {
  const outlet = 'Harbour Safety Agency (via Coast News)';
  it('credits "the Agency cautions that…" and "…, the Agency stated." to it', () => {
    const text =
      'Spring tides arrive next week.\nThe Harbour Safety Agency cautions that now is the time to move boats to deep water.\nThe tides will reach the quay walls twice, the Harbour Safety Agency stated.';
    expect(kindIn(outlet, text, 'The Harbour Safety Agency cautions')).toBe('attributed');
    expect(kindIn(outlet, text, 'The tides will reach')).toBe('attributed');
  });

  it('still reads its acts and its own findings as its account', () => {
    const text = 'Spring tides arrive next week.\nThe Harbour Safety Agency announced that the ferry will resume on Monday.';
    expect(kindIn(outlet, text, 'The Harbour Safety Agency announced')).toBe('reporting');
  });
});

describe('a speaker’s past role, in the first person, is a fact', () => {
  it('reads "I was the officer on duty…" as a report', () => {
    expect(kindOf('The ferry ran aground at dawn.\nI was the officer on duty at the harbour that night.', 'I was the officer')).toBe('reporting');
  });

  it('still hears a view in "I was a fool…" or "I was wrong…"', () => {
    expect(kindOf('The ferry ran aground at dawn.\nI was a fool to trust the old charts.', 'I was a fool')).toBe('opinion');
  });
});

describe('"state" and "states" are verbs of saying only with a claim after them', () => {
  it('reads the nouns as nouns', () => {
    expect(kindOf('The outbreak grew.\nThe agency is working with state health partners to trace the outbreak.', 'The agency is working')).toBe('reporting');
    expect(kindOf('The outbreak grew.\nStates, cities and tribes will use the grants to build clinics.', 'States, cities')).toBe('reporting');
  });

  it('still credits "the rule states that…" to the rule', () => {
    expect(kindOf('The outbreak grew.\nThe rule states that clinics must report every case within a day.', 'The rule states')).toBe('attributed');
  });
});

describe('a verb of naming after a comma names a thing', () => {
  it('reads ", called the…" as a name given, not someone calling', () => {
    expect(kindOf('The shelf is melting.\nAround it glows the outer layer of the ice, called the rind.', 'Around it glows')).toBe('reporting');
  });

  it('still credits a speaker who calls a thing so', () => {
    expect(kindOf('The shelf is melting.\nThe minister called the melting a warning to every coastal town.', 'The minister called')).toBe('attributed');
  });
});

describe('a named party’s plan is an event, whatever the voice around it', () => {
  const text =
    'What a week it has been for our town!\nWe are so proud of every volunteer.\nI cannot thank them enough.\nEngineers will inspect the old bridge before the crowds arrive.\nWe love this place.\nIsn’t it wonderful?';

  it('reads "Engineers will inspect…" in a voiced passage as a report', () => {
    expect(kindOf(text, 'Engineers will inspect')).toBe('reporting');
  });

  it('still reads a plain sentence with no act in that passage in its voice', () => {
    expect(kindOf(text.replace('Engineers will inspect the old bridge before the crowds arrive.', 'The old bridge is the heart of it all.'), 'The old bridge is')).toBe('opinion');
  });
});

describe('an adjective of need said of the subject judges its weight', () => {
  it('reads "X is essential to…" and "X remains critical for…" as a view', () => {
    const text =
      'The county opened two clinics in May.\nThis outreach is also essential to reach families far from town.\nSteady funding remains critical for keeping the clinics open.';
    expect(kindOf(text, 'This outreach is also essential')).toBe('opinion');
    expect(kindOf(text, 'Steady funding remains critical')).toBe('opinion');
  });

  it('leaves a condition ("is necessary for the bill to pass") and a plain state as a report', () => {
    expect(kindOf('The vote is on Friday.\nHer support is necessary for the bill to pass.', 'Her support')).toBe('reporting');
    expect(kindOf('The storm hit on Friday.\nTwo patients are in critical condition.', 'Two patients')).toBe('reporting');
  });
});

describe('a verb of finding in an infinitive credits no source', () => {
  it('reads "…to show the…" and "no data to show that…" as the writer’s report', () => {
    const text = 'The survey ran in spring.\nThe results are set out by region to show the gaps between towns.\nThe clinic has no records to show that the drug was given.';
    expect(kindOf(text, 'The results are set out')).toBe('reporting');
    expect(kindOf(text, 'The clinic has no records')).toBe('reporting');
  });

  it('still credits a source that goes on or seems to show', () => {
    expect(kindOf('The survey ran in spring.\nThe survey data continue to show that fewer teens smoke.', 'The survey data')).toBe('attributed');
  });
});

describe('a verb of praise credits the view to its speaker', () => {
  it('reads "X applauded…" and "X commends…" as attributed', () => {
    const text = 'The council passed the budget on Monday.\nSenator Jane Roe applauded the council’s vote on the new budget.\nThe mayor commends the members for their work.';
    expect(kindOf(text, 'Senator Jane Roe applauded')).toBe('attributed');
    expect(kindOf(text, 'The mayor commends')).toBe('attributed');
  });

  it('credits a Congresswoman in her own office’s release, as a named official', () => {
    const text = 'The court ruled on Friday.\nCongresswoman Jane Roe, chair of the Rivers Caucus, applauds the ruling:\n"This is a good day."';
    expect(kindIn('Office of Congresswoman Jane Roe', text, 'Congresswoman Jane Roe, chair')).toBe('attributed');
  });
});

describe('a tally credited to the name before "reports"', () => {
  it('reads "The Health Department reports 41 cases" and "X reports as of…" as attributed', () => {
    const text =
      'Measles is spreading in the region.\nThe Valley Health Department reports 41 cases since March.\nThe Hill County Clinic (HCC) reports as of May 2 there are no cases in the county.';
    expect(kindOf(text, 'The Valley Health Department')).toBe('attributed');
    expect(kindOf(text, 'The Hill County Clinic')).toBe('attributed');
  });

  it('leaves "reports" a noun opening the sentence', () => {
    const text = 'Measles is spreading in the region.\nEarly reports 2 days ago were wrong.';
    expect(kindOf(text, 'Early reports')).toBe('reporting');
  });
});

describe('a participle of a speech verb after a preposition qualifies the noun after it', () => {
  it('reads "cuts in projected spending" and "a share of estimated costs" as the writer’s report', () => {
    const text = 'The budget was published in May.\nCuts in projected spending would reach $2 billion by 2030.\nThe plan pays for a share of estimated repair costs in 2031.';
    expect(kindOf(text, 'Cuts in projected spending')).toBe('reporting');
    expect(kindOf(text, 'The plan pays for')).toBe('reporting');
  });

  it('still credits a speaker named before the verb', () => {
    expect(kindOf('The budget office wrote to the committee.\nThe office projected spending would reach $2 billion by 2030.', 'The office projected')).toBe('attributed');
  });
});

describe('an -s form of a speech verb before "from" is a plural noun', () => {
  it('reads "pledges from Spain and Peru" as no one speaking', () => {
    const text = 'The fund met in Oslo.\nThe goal is met; late pledges from Spain and Peru are awaited.';
    expect(kindOf(text, 'The goal is met')).toBe('reporting');
  });

  it('still credits a speaker whose verb has a clause after it', () => {
    expect(kindOf('The fund met in Oslo.\nThe mayor pledges that the city will give $2 million.', 'The mayor pledges')).toBe('attributed');
  });
});

describe('a contracted impersonal passive credits a claim to no one in particular', () => {
  it('reads "it’s estimated that…" as "it is estimated that…"', () => {
    const text = 'The fund met in Oslo.\nOver ten years, it’s estimated that the fund has saved 5 million lives and sharply cut deaths.';
    expect(kindOf(text, 'Over ten years')).toBe('attributed');
  });
});

describe('a verb of calling that is as often a label on a thing', () => {
  it('credits "The agency has labeled the group a top threat" to the agency', () => {
    expect(kindOf('The group was shut down.\nThe agency has labeled the group a top 5 threat.', 'The agency has labeled')).toBe('attributed');
  });

  it('leaves "jars labeled with a red cap" a description', () => {
    expect(kindOf('The group was shut down.\nThe jars labeled with a red cap were pulled.', 'The jars labeled')).toBe('reporting');
  });
});

describe('a feeling or resolve the subject professes is its stance', () => {
  it('reads "The county is proud to…" and "The board is committed to…" as a view', () => {
    const text = 'The fair opened on Monday.\nThe county is proud to be the oldest host of the fair.\nThe board is committed to keeping entry free for children.';
    expect(kindOf(text, 'The county is proud')).toBe('opinion');
    expect(kindOf(text, 'The board is committed')).toBe('opinion');
  });

  it('leaves a first-person formula and a crime "committed" alone', () => {
    expect(kindOf('The fair opened on Monday.\nWe are pleased to partner with the county on 12 new stalls.', 'We are pleased')).toBe('reporting');
    expect(kindOf('The fair opened on Monday.\nTwo thefts were committed at the gate on Tuesday.', 'Two thefts')).toBe('reporting');
  });
});

describe('the -ing form of a speech verb that reports an act', () => {
  it('reads "is responding to the outbreak" and "opposed adding a rule" as acts, not speech', () => {
    const text =
      'Flu cases rose in May.\nThe state is responding to the outbreak in the north, providing clinics and tests.\nMost voters opposed adding a new rule to the charter.';
    expect(kindOf(text, 'The state is responding')).toBe('reporting');
    expect(kindOf(text, 'Most voters opposed')).toBe('reporting');
  });

  it('still credits the -ing form with a claim after it', () => {
    expect(kindOf('Flu cases rose in May.\nThe mayor is asking whether the clinics can stay open.', 'The mayor is asking')).toBe('attributed');
  });
});

describe('writing a document is an act', () => {
  it('reads "Justice Roe wrote the opinion for the majority" as an act, "She wrote the law was void" as speech', () => {
    const text = 'The court ruled on Friday.\nJustice Jane Roe wrote the opinion for the majority.\nShe wrote the law was void.';
    expect(kindOf(text, 'Justice Jane Roe wrote')).toBe('reporting');
    expect(kindOf(text, 'She wrote the law')).toBe('attributed');
  });
});

describe('rounds23: a view a named group holds, in the passive, is theirs', () => {
  it('reads "has been accepted by economists" and "is widely seen by analysts" as attributed', () => {
    expect(kindOf('Harbour trade fell again in June.\nTraditionally, two falls in a row have been accepted by economists to mark a slump.', 'Traditionally, two falls')).toBe(
      'attributed',
    );
    expect(kindOf('Harbour trade fell again in June.\nThe fee rise is widely seen by analysts as the cause.', 'The fee rise')).toBe('attributed');
  });

  it('still reads a thing done by a group as reported', () => {
    expect(kindOf('Harbour trade fell again in June.\nThe new quay was built by engineers from the valley in 1950.', 'The new quay')).toBe('reporting');
  });
});
