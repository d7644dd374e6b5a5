import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { captionOrSignOff, verblessDatedCaption } from '../../../src/core/analysis/generators/common';
import { langPack } from '../../../src/core/analysis/lang';
import { createArticle } from '../../../src/core/article';

/** Invented pages (not from any corpus) for the faults the round-38 audit found (2026-12-05). */
const page = (text: string) => createArticle({ id: 'a', outlet: { en: 'Harbour Desk', es: 'Harbour Desk' }, sourceKind: 'unknown', date: '2024-03-13' }, text);
const sentencesOf = (text: string) => analyze([page(text)]).sentences;
const en = langPack('en');
if (!en) throw new Error('no English pack');

describe('a bill named by dotted capitals and its number', () => {
  it('does not end the sentence at "H.R." before the bill number', () => {
    const texts = sentencesOf('Lawmakers met on Tuesday. I will not oppose H.R. 7521. The bill passed the House.').map((s) => s.text);
    expect(texts).toContain('I will not oppose H.R. 7521.');
  });
});

describe('a picture described on a line of its own', () => {
  it('is a caption when the line opens "Map shows…", not a sentence of the story', () => {
    const text = [
      'Harbour Desk',
      'The ice cover over the bay was the smallest in ten years, the weather office said on Monday.',
      'Map shows blue and white colors spanning most of the bay, indicating areas of thin ice.',
      'The office expects the ice to recover by the end of the decade.',
    ].join('\n\n');
    const shown = sentencesOf(text).find((s) => s.text.startsWith('Map shows'));
    expect(shown?.furniture).toBeTruthy();
    const story = sentencesOf(text).find((s) => s.text.startsWith('The office expects'));
    expect(story?.furniture).toBeFalsy();
  });
});

describe('a caption that names a thing and its day with no verb', () => {
  it('is page words: "The ice cover over the bay on September 28, 2024."', () => {
    expect(verblessDatedCaption('The ice cover over the bay on September 28, 2024.', en)).toBe(true);
    expect(verblessDatedCaption('Flooding in Harbourton on 3 March 2023.', en)).toBe(true);
  });

  it('is not said of a sentence that tells what happened that day', () => {
    expect(verblessDatedCaption('The ice cover peaked on September 28, 2024.', en)).toBe(false);
    expect(verblessDatedCaption('Voting ends on November 5, 2024.', en)).toBe(false);
  });
});

describe('the words after a verbless dated caption on its line', () => {
  it('are the caption going on: "The ozone … on September 28, 2024. The dark blue region is …" is page words', () => {
    const line = 'The ice cover over the bay on September 28, 2024. The thin ice (dark blue region) is the area where the ice is less than 20 centimetres thick.';
    const article = page(
      `Harbour Desk\n\nThe weather office said the ice cover was the smallest in ten years.\n\n${line}\n\nThe office expects the ice to recover by the end of the decade.`,
    );
    const findings = analyze([article]);
    const after = findings.sentences.find((s) => s.text.startsWith('The thin ice'));
    expect(after).toBeDefined();
    expect(captionOrSignOff(article, after?.sentenceId ?? '', after?.text ?? '', en)).toBe(true);
    const story = findings.sentences.find((s) => s.text.startsWith('The office expects'));
    expect(captionOrSignOff(article, story?.sentenceId ?? '', story?.text ?? '', en)).toBe(false);
  });
});
