import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/**
 * Opinion calls need evidence in the writer's own words: invented sentences (not from any corpus)
 * where a judgement word only names a thing or reports a size, one rule each.
 */
const kind = (text: string) => analyze([article('a', text)]).sentences[0]?.kind;

describe('judgement words that only name a thing', () => {
  it('does not read a word of a name as a judgement', () => {
    expect(kind('The mayor answered critics in a post on Brilliant Harbour, the town forum, on Monday.')).toBe('reporting');
    // The same word in the writer's own clause still judges.
    expect(kind('The mayor gave a brilliant answer to his critics on Monday.')).toBe('opinion');
  });

  it('does not read a label set before a name as sarcasm or a scare quote', () => {
    expect(kind('The council will publish its so-called Harbour Review on Thursday.')).toBe('reporting');
    expect(kind('The payment was made by the club\'s former lawyer and "enforcer" Tom Reed in 2019.')).toBe('reporting');
    expect(kind('The council will publish its so-called review on Thursday.')).toBe('opinion');
  });
});

describe('words of size or weight that news uses too', () => {
  const kinds = (text: string) => analyze([article('a', text)]).sentences.map((s) => s.kind);

  it('does not call a sentence opinion on a word of size or a stock consequence alone', () => {
    expect(kind('The storm caused massive damage to the harbour on Tuesday.')).toBe('reporting');
    expect(kind('The court rejected the appeal on Monday, dealing a major blow to the mayor.')).toBe('reporting');
    expect(kind('The news boosted hopes for a quick end to the strike.')).toBe('reporting');
    expect(kind('The court overturned its landmark ruling on fishing rights on Monday.')).toBe('reporting');
  });

  it('keeps words that weigh importance as full judgements', () => {
    expect(kind('The video of the arrest, shared widely on Monday, played a vital role in the verdict.')).toBe('opinion');
    expect(kind('The court issued a pivotal decision on fishing rights on Monday.')).toBe('opinion');
  });

  it('still calls it opinion when the word is what the sentence says of its subject', () => {
    expect(kind('The ruling is a major blow to the mayor.')).toBe('opinion');
    expect(kind('The ruling is a landmark for the town.')).toBe('opinion');
    expect(kind('The damage to the harbour was truly massive.')).toBe('opinion');
  });

  it('still calls it opinion with a second cue of the writer, or in a passage in the writer’s voice', () => {
    expect(kind('The storm will probably cause massive damage to the harbour.')).toBe('opinion');
    const piece = kinds(
      'I have lived by this harbour for forty years. What a week it has been! We watched the storm roll in. It caused massive damage to the pier. I doubt the council will ever repair it.',
    );
    expect(piece[3]).toBe('opinion');
  });
});

describe('the clause a speech verb carries', () => {
  it('reads "we" after "…, but has warned that" as the speaker’s, as after "…, but warned that"', () => {
    expect(kind('The minister wants more police, but has warned that we all face higher taxes.')).toBe('attributed');
    expect(kind('The minister wants more police, but warned that we all face higher taxes.')).toBe('attributed');
  });
});

describe('a judgement of what a source says', () => {
  it('credits "the alarming report called…" to the report, not to the writer', () => {
    expect(kind('The alarming study called the losses “historic” and added that farmers would suffer most.')).toBe('attributed');
    // Without a source carrying it, the same word is the writer's.
    expect(kind('The alarming study was published on Monday by the farm institute.')).toBe('opinion');
  });

  it('credits a judgement of an investigation or an audit to the source that ran it', () => {
    expect(kind('In a scathing investigation, the Valley Courier revealed that the mill had dumped waste in the river for years.')).toBe('attributed');
    expect(kind('A scathing audit found that the mill had dumped waste in the river for years.')).toBe('attributed');
  });
});

describe('an organisation narrating its own acts', () => {
  it('does not read "our" or "you" in a sentence that narrates a named party’s past act as the writer’s view', () => {
    expect(kind('On May 3, Harbourline sent a notice to owners of our older ferry models.')).toBe('reporting');
    expect(kind('The Harbour Agency released the findings to you early this morning.')).toBe('reporting');
    // A first-person subject with a view, or an "our" beside no event, is still the writer's.
    expect(kind('We believe our older ferry models are safe.')).toBe('opinion');
    expect(kind('These ferries are the pride of our coast.')).toBe('opinion');
  });
});

describe('a Roman numeral in a name', () => {
  it('does not cut "The Working Group I report" into a heading and an "I" sentence', () => {
    const found = analyze([article('a', 'The Study Group I report is the first part of the review. It was published on Monday.')]).sentences;
    expect(found[0]?.text).toBe('The Study Group I report is the first part of the review.');
    expect(found[0]?.kind).toBe('reporting');
  });
});

describe('a court’s finding reported', () => {
  it('reads a legal word after "struck down … as" as the court’s finding', () => {
    expect(kind('The appeals court struck down the fishing quota as unlawful on Monday.')).toBe('reporting');
  });
});

describe('what a document shows', () => {
  it('reads "It shows…" as telling what a thing shows, and "This shows…" as the writer’s inference', () => {
    const [, it2] = analyze([article('a', 'The harbour survey was published on Monday. It shows how the silt has moved since 1990.')]).sentences;
    expect(it2?.kind).toBe('reporting');
    const [, this2] = analyze([article('a', 'The harbour survey was published on Monday. This shows the council ignored the silt for years.')]).sentences;
    expect(this2?.kind).toBe('opinion');
  });
});

describe('one judging word in a side part of a plain report', () => {
  const found = (text: string, start: string) => analyze([article('a', text)]).sentences.find((s) => s.text.startsWith(start));

  it('reads a word in a relative clause, a participle clause, a phrase set off by commas or an opening phrase as colouring a report', () => {
    const text =
      'The ridge trail reopened on Saturday.\n' +
      'Among the first hikers was a couple who described their harrowing climb down the scree.\n' +
      'The ranger spoke for ten minutes, pausing twice between triumphant remarks.\n' +
      'The ballot question, in the form of a confusingly worded amendment, asked whether to keep the levy.\n' +
      'Weeks after the tragic fire at the depot, the fire chief said that 12 engines had been replaced.';
    expect(found(text, 'Among the first hikers')?.kind).toBe('reporting');
    expect(found(text, 'The ranger spoke')?.kind).toBe('reporting');
    expect(found(text, 'The ballot question')?.kind).toBe('reporting');
    expect(found(text, 'Weeks after the tragic fire')?.kind).toBe('attributed');
    // (Not sure enough to build a round on.)
    expect(found(text, 'Among the first hikers')?.confidence).toBeLessThan(0.8);
  });

  it('still reads the word as the writer’s when the main clause carries it, or in a passage with the writer’s voice', () => {
    expect(kind('The rescuers made a harrowing climb down the scree.')).toBe('opinion');
    const column =
      'I have walked this ridge for twenty years.\n' +
      'Why does the county never fix the rails?\n' +
      'Among the first hikers was a couple who described their harrowing climb down the scree.\n' +
      'I think the trail should stay shut.';
    expect(found(column, 'Among the first hikers')?.kind).toBe('opinion');
  });
});
