import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article, seedArticles } from './seeds';

describe('quotes', () => {
  it('reads straight, curly and guillemet quotes with their speaker', () => {
    const { quotes } = analyze([
      article(
        'a',
        '"This is a critical moment," Mr Blinken said in his opening remarks.\n“We look at what is visible to all,” he said.\nMeanwhile, Lavrov described the talks as «constructive and useful» and left.',
      ),
    ]);
    expect(quotes.map((q) => [q.text, q.marks, q.speaker])).toEqual([
      ['This is a critical moment', 'straight', 'Blinken'],
      ['We look at what is visible to all', 'curly', 'Blinken'],
      ['constructive and useful', 'guillemets', 'Lavrov'],
    ]);
  });

  it('reads a paragraph that opens with a straight single quote (the analysis used to never return)', () => {
    const { quotes } = analyze([
      article(
        'a',
        "Relief teams reached the valley on Tuesday.\n\n'Fear of the dead is often misplaced,' according to the report. 'Bodies rarely spread disease.'\n\nWork went on.",
      ),
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['Fear of the dead is often misplaced', 'Bodies rarely spread disease.']);
  });

  it('copes with unbalanced marks', () => {
    const { quotes } = analyze([
      article(
        'a',
        'We have heard officials say they do not intend to invade. Indeed, he repeated that to me today,” Blinken told reporters.\n«It is time for the free world to stand up.\nNext paragraph.',
      ),
    ]);
    expect(quotes[0]).toMatchObject({ balanced: false, speaker: 'Blinken' });
    expect(quotes[0]?.text.startsWith('We have heard officials')).toBe(true);
    expect(quotes[1]).toMatchObject({ balanced: false, text: 'It is time for the free world to stand up.' });
  });

  it('flags quote drift: Lavrov\'s "open and useful" against «constructive and useful»', () => {
    const { quoteDrift } = analyze(seedArticles());
    const lavrov = quoteDrift.find((d) => d.quote.text === 'constructive and useful');
    expect(lavrov).toBeDefined();
    expect(lavrov?.other.text).toBe('open and useful');
    expect(lavrov?.otherArticles).toEqual(['000', '004']);
    expect(lavrov?.other.quoted).toBe(false);
  });

  it('does not flag the same quote carried verbatim', () => {
    const { quoteDrift } = analyze([
      article('a', 'He warned of a "united, swift and severe" response if Russia invades Ukraine.'),
      article('b', 'Blinken warned of a «united, swift and severe» response if Russia does invade.'),
    ]);
    expect(quoteDrift).toEqual([]);
  });
});
