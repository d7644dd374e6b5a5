import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { createArticle } from '../../../src/core/article';
import { article } from './seeds';
import { kindInVoice } from './probes';

/** Invented sentences (not from any corpus), one rule each. */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(sentence))?.kind;

describe('a view held widely', () => {
  it('credits "is widely seen as", "widely regarded as" to the many who hold it', () => {
    expect(kind('The new ferry route is widely seen as a gamble for the port.')).toBe('attributed');
    expect(kind('The harbour master is widely regarded as the likely successor.')).toBe('attributed');
  });
});

describe('a forecast put as near-certain', () => {
  it('reads "all but guaranteed", "something of a given" as the writer’s guess', () => {
    expect(kindInVoice('A second title is all but guaranteed for the rowing club.')).toBe('opinion');
    expect(kindInVoice('A place in the final is something of a given for the juniors.')).toBe('opinion');
  });

  it('does not take "all but" before a count for a forecast', () => {
    expect(kind('The rowing club won all but three of its races last season.')).toBe('reporting');
  });
});

describe('the writer weighing what an event means', () => {
  it('reads "a major victory", "a rare victory" and "raises questions about" as a view', () => {
    expect(kind('The vote is a major victory for the harbour tenants.')).toBe('opinion');
    expect(kind('The result could mark a rare victory for the small parties.')).toBe('opinion');
    expect(kind('The flooding raises questions about the new drains.')).toBe('opinion');
  });
});

describe('a level hedge before a figure', () => {
  it('reads "perhaps around 300", "is likely about 40" as an estimate, not a guess', () => {
    expect(kind('Perhaps around 300 walkers were on the hill that morning.')).toBe('reporting');
    expect(kind('The number of boats lost is likely about 40.')).toBe('reporting');
  });

  it('still reads a hedge on what will happen as a guess', () => {
    expect(kindInVoice('The new drains are likely to fail in a storm.')).toBe('opinion');
  });
});

describe('words that name or describe, not judge or guess', () => {
  it('does not read "triumph" alone as loaded, nor "seemingly" alone as a guess', () => {
    expect(kind('The rowers celebrated their triumph on the quay in front of 3,000 fans.')).toBe('reporting');
    expect(kind('The runner crossed the line, seemingly with energy to spare.')).toBe('reporting');
  });
});

describe('a present form of a verb of saying', () => {
  it('credits "predicts", "concedes", "…, contends X" as the past forms are', () => {
    expect(kind('The harbour master predicts the tide will turn by noon.')).toBe('attributed');
    expect(kind('Marlow concedes the ferry timetable was rushed.')).toBe('attributed');
    expect(kind('The timetable is unworkable, contends Marlow.')).toBe('attributed');
  });

  it('does not take a plural noun for the verb', () => {
    expect(kind('Their vows were renewed on the quay.')).toBe('reporting');
  });
});

describe('a pressed need said of a thing', () => {
  it('reads "are urgently needed" as the writer weighing it', () => {
    expect(kind('Repairs to the old sea wall are urgently needed.')).toBe('opinion');
  });

  it('does not judge with "urgently needed" set before a noun, nor in a speaker’s clause', () => {
    expect(kind('The grant will buy urgently needed pumps for the valley.')).toBe('reporting');
    expect(kind('The mayor said repairs to the sea wall are urgently needed.')).toBe('attributed');
  });
});

describe('a first-person sentence right after a credited quotation', () => {
  const text =
    'Floods hit the valley on Monday.\n"We will rebuild," the mayor said. I have seen worse floods than this one. We came back then.\nI think the council waited too long.';
  it('goes on in the speaker’s voice within the paragraph', () => {
    expect(kindOf(text, 'I have seen worse')).toBe('attributed');
    expect(kindOf(text, 'We came back then')).toBe('attributed');
  });

  it('leaves a first-person sentence that judges in its own words to the writer', () => {
    const answered = 'Floods hit the valley on Monday.\n"We will rebuild," the mayor said. Frankly, I find that promise ridiculous.';
    expect(kindOf(answered, 'Frankly')).toBe('opinion');
  });

  it('stops at a new paragraph', () => {
    expect(kindOf(text, 'I think the council')).toBe('opinion');
  });
});

describe('a numbered provision with its subsection', () => {
  it('does not take the "(1)" of "section 46(1)" for a figure to check', () => {
    const found = analyze([article('a', 'The board acted under section 46(1) of the harbour act.')]);
    expect(found.sentences[0]?.cues).not.toContain('checkable-detail');
    expect(found.figures).toHaveLength(0);
  });
});

describe('more verbs that credit a claim', () => {
  it('credits "underscores that" after a speaker, and "attribute … to" after a group', () => {
    expect(kind('The harbour master underscores that the quay stands ready for the ferries.')).toBe('attributed');
    expect(kind('Geologists attribute the cracks in the cliff to a shift in the water table.')).toBe('attributed');
  });

  it('still reads "This underscores…" as the writer’s inference, and a participle "attributed to" as a report', () => {
    expect(kind('This underscores that the quay was never ready.')).toBe('opinion');
    expect(kind('Deaths attributed to the storm rose to 40 on Monday.')).toBe('reporting');
  });
});

describe('a hyphenated title in its body’s own release', () => {
  it('credits "The Secretary-General underscores that…" to the person, not the publisher', () => {
    const release = createArticle(
      { id: 'r', outlet: { en: 'Harbour Union, office of the Secretary-General', es: 'Harbour Union' }, sourceKind: 'unknown', date: '2024-03-04' },
      'The Secretary-General underscores that the Harbour Union stands ready to help the valley.',
    );
    expect(analyze([release]).sentences[0]?.kind).toBe('attributed');
  });
});

describe('an exhortation in the first person plural', () => {
  it('reads "Let’s make …", "Let us …" as the speaker’s will, whatever detail it names', () => {
    expect(kindOf('The floods hit in May.\nLet’s make 2025 a year of hope for the valley.', 'Let’s make')).toBe('opinion');
    expect(kindOf('The floods hit in May.\nLet us come together for the valley.', 'Let us')).toBe('opinion');
    expect(kindOf('The floods hit in May.\nLet’s make 2025 a year of hope for families in need.', 'Let’s make')).toBe('opinion');
  });

  it('leaves one inside a speaker’s quoted words to the speaker', () => {
    expect(kindOf('The floods hit in May.\n“Let’s rebuild together,” the mayor said.', '“Let’s')).toBe('attributed');
  });
});

describe('a present "raises concerns about"', () => {
  it('reads it as the writer weighing an event', () => {
    expect(kind('The second crash raises concerns about the town’s old buses.')).toBe('opinion');
  });
});

describe('a count estimated with no source named', () => {
  it('reads "150 sheds are estimated to have been…" as the tally reported', () => {
    expect(kind('A total of 150 sheds are estimated to have been washed away.')).toBe('reporting');
  });

  it('still credits an estimate to a source that is named', () => {
    expect(kind('Some 40 sheds are estimated to have been flooded, the harbour master said.')).toBe('attributed');
  });
});

describe('a first-person word that is also a noun', () => {
  it('reads "the mine" as a noun, not the writer', () => {
    expect(kind('The old tin mine was shut after the flood.')).toBe('reporting');
  });

  it('still reads the pronoun after "of" or "be" as the writer', () => {
    expect(kind('That old boat of mine sank in the harbour.')).toBe('opinion');
  });
});

describe('a passive with an adverb or "not" after "be"', () => {
  it('does not read "is not directly threatened" as someone threatening', () => {
    expect(kind('The ferry service currently is not directly threatened by the strike.')).toBe('reporting');
  });

  it('still credits an active verb after an auxiliary and an adverb', () => {
    expect(kind('The harbour master has repeatedly warned that the quay could flood.')).toBe('attributed');
  });
});

describe('a body setting a tally', () => {
  it('credits "put the toll at", "has placed the number of … at", "put it at" to whoever set it', () => {
    expect(kind('Local officials put the death toll at more than 40.')).toBe('attributed');
    expect(kind('The harbour board has placed the number of boats lost at about 120.')).toBe('attributed');
    expect(kind('The county revised the toll on Sunday and put it at 28.')).toBe('attributed');
  });

  it('does not credit a setting with no tally or no count', () => {
    expect(kind('The swimmer set a record at the Games in 2021.')).toBe('reporting');
    expect(kind('The storm put the harvest at risk.')).toBe('reporting');
  });
});

describe('a participle "raising questions about"', () => {
  it('reads it as the writer weighing an event', () => {
    expect(kind('The ferry sank in calm water, raising questions about its hull.')).toBe('opinion');
  });
});

describe('an agreement is an act, unless a claim follows', () => {
  it('reads "agreed to pay…", "agreed in the accord to…" as the act reported', () => {
    expect(kind('The ferry company has agreed to pay $4 million to settle the claims.')).toBe('reporting');
    expect(kind('The towns agreed in the 2019 accord to share the harbour dues.')).toBe('reporting');
  });

  it('still credits "agreed that…"', () => {
    expect(kind('Both councils agreed that the harbour dues were too high.')).toBe('attributed');
  });
});

describe('a plural noun opening the sentence, and a source that highlights or discloses', () => {
  it('does not read "Estimates of…" opening a sentence as a verb of saying', () => {
    expect(kind('Estimates of the damage have varied widely since the storm.')).toBe('reporting');
  });

  it('credits "the report highlights…", "the study discloses…" to the source', () => {
    expect(kind('The report highlights the need for more lifeboats on the route.')).toBe('attributed');
    expect(kind('The study further discloses a small fall in the catch.')).toBe('attributed');
  });

  it('does not take "the highlights of…" for a verb', () => {
    expect(kind('The highlights of the regatta were shown twice.')).toBe('reporting');
  });
});

describe('a road named "I-" and a number, and "a reminder of"', () => {
  it('does not read the "I" of "I-84" as the writer', () => {
    expect(kind('The ring road around the port is signed as I-84.')).toBe('reporting');
  });

  it('reads "is a reminder of" as the writer drawing a lesson', () => {
    expect(kind('The second flood is a reminder of the cost of neglect.')).toBe('opinion');
  });
});

describe('conceding an election', () => {
  it('reads "conceded defeat" as an act, "conceded that…" as a claim', () => {
    expect(kind('The harbour mayor conceded defeat and congratulated her rival.')).toBe('reporting');
    expect(kind('The harbour mayor conceded that the ferry plan had failed.')).toBe('attributed');
  });
});
