import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented sentences (not from any corpus): rules written from errors that recur across many dev clusters. */
const first = (text: string) => analyze([article('a', text)]).sentences[0];
const kind = (text: string) => first(text)?.kind;

describe('what a thing stands for, in the present tense', () => {
  it("reads a thing that illustrates, underscores or exemplifies something as the writer's reading", () => {
    expect(kind('The settlement illustrates the serious steps the company has taken to repair its controls.')).toBe('opinion');
    expect(kind('This outbreak highlights the importance of vaccinating every child before school.')).toBe('opinion');
    expect(kind("The town's volunteer crews exemplify the quiet courage of rural life.")).toBe('opinion');
    expect(first('The settlement illustrates the serious steps the company has taken to repair its controls.')?.evidence['loaded-words']).toBe('illustrates');
  });

  it('leaves a source, a person or a past-tense account of what someone stressed alone', () => {
    expect(kind('The survey highlights the need for more school nurses.')).not.toBe('opinion');
    expect(kind('The minister highlights the need for more school nurses.')).not.toBe('opinion');
    expect(kind('The report underscored the shortage of nurses in rural counties.')).not.toBe('opinion');
    expect(kind('The settlement highlighted the shortage of nurses in rural counties.')).not.toBe('opinion');
    // A clause stressed is what a speaker says, whatever noun names them.
    expect(kind('The harbour pilot underscores that the channel is safe again.')).toBe('attributed');
  });
});
