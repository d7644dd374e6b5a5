import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Issue 9: the same exact value of one noun, or one span of time, in long sentences worded apart. Invented sentences. */

type Groups = ReturnType<typeof analyze>['figureGroups'];
const textsWith = (groups: Groups, text: string): string[] =>
  (groups.find((g) => g.members.some((m) => m.text === text))?.members ?? []).map((m) => `${m.article}:${m.text}`).sort();

describe('figure groups: the same value of one noun with words in common', () => {
  it('joins one round count of one noun in two long sentences that share words', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'Officials in the northern valley said on Tuesday that the spring flooding had damaged 300 bridges, leaving several farming villages cut off while engineers from the capital surveyed the roads.',
      ),
      article(
        'b',
        'Repair crews face a long summer: 300 bridges across the valley need work after the flooding, according to a ministry estimate released late on Wednesday by the transport office in the capital.',
      ),
    ]);
    expect(textsWith(figureGroups, '300')).toEqual(['a:300', 'b:300']);
  });

  it('joins one span of time in two long sentences that share words', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'The regatta, which had been postponed for the last two years because of the storms, returned to the harbour this week with crews from eleven towns and a crowd of families on the piers.',
      ),
      article(
        'b',
        'After two years of delays caused by storms, sailors say the regatta feels like a homecoming, and the mayor promised the harbour would host it again next summer with more boats.',
      ),
    ]);
    expect(textsWith(figureGroups, 'two years')).toEqual(['a:two years', 'b:two years']);
  });

  it('still keeps a small count of one noun apart when only a few words are shared', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'The harbour master said four boats were towed back to the harbour after their engines failed in the storm, and the coast guard praised the volunteer crews who went out at night.',
      ),
      article(
        'b',
        'Four boats from the fishing cooperative will join the harbour festival parade next month, organisers said, as the storm season ends and the town prepares for visitors.',
      ),
    ]);
    expect(figureGroups.filter((g) => g.members.some((m) => /^four$/i.test(m.text)))).toEqual([]);
  });
});

describe('figure groups: a bound or estimate that rounds an exact figure of one thing', () => {
  it('joins a floor with the exact count it rounds, on one word in common', () => {
    const { figureGroups } = analyze([
      article('a', 'Aid agencies said on Friday that the landslide had affected more than 360,000 people across three districts, most of them farmers in remote hill villages.'),
      article(
        'b',
        'Donors have pledged $12 million so far, but the appeal still needs another $40 million to reach the 362,000 people the landslide left in need of shelter and food.',
      ),
    ]);
    expect(textsWith(figureGroups, '362,000')).toEqual(['a:more than 360,000', 'b:362,000']);
  });

  it('joins an estimated sum with the same sum written exactly, on one word in common', () => {
    const { figureGroups } = analyze([
      article(
        'a',
        'The question before the judges is whether the ministry could cancel about $430 billion of farm debt without a vote of parliament, and whether the banks had standing to sue.',
      ),
      article(
        'b',
        'Opposition lawmakers cheered outside the courthouse as the ruling struck down the relief program, which had canceled $430 billion in debt for millions of growers across the southern provinces.',
      ),
    ]);
    expect(textsWith(figureGroups, '$430 billion')).toEqual(['a:about $430 billion', 'b:$430 billion']);
  });

  it('does not join a floor on a sum with a larger exact sum on one word in common', () => {
    const { figureGroups } = analyze([
      article('a', 'The bill caps spending for two years and, the speaker said, cuts more than $2 trillion from what the government would otherwise spend over a decade.'),
      article('b', 'Budget analysts estimate the bill will reduce deficits by $2.04 trillion over ten years, including savings on interest, according to the letter.'),
    ]);
    expect(textsWith(figureGroups, '$2.04 trillion')).not.toContain('a:more than $2 trillion');
  });
});

describe('figure groups: a span that runs up to now is the story’s own time', () => {
  it('joins a total given "in the last year" with the same total given without it', () => {
    const { figureGroups } = analyze([
      article('a', 'This new grant brings total flood aid to the island to over $774 million in the last year.'),
      article('b', 'The kingdom is the largest flood donor to the island, providing more than $774 million in flood aid since August.'),
    ]);
    expect(textsWith(figureGroups, 'over $774 million')).toEqual(['a:over $774 million', 'b:more than $774 million']);
  });
});
