import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented page texts in the shape of agency releases and wire copy (issue 9): furniture and sentences apart. */
const found = (text: string) => analyze([article('a', text)]).sentences.map((s) => [s.text.replace(/\s+/g, ' '), s.furniture]);

describe('hard-wrapped lines (a release pasted from a PDF)', () => {
  it('keeps a sentence whole over single line breaks, and a blank line still ends it', () => {
    const got = found(
      'Harbour report published\n\nThe harbour board said the new report covers the most recent survey of the\nwater and the shore, bringing together ten years of\nreadings. It was approved on Monday.\n\nNo stop ends this line\nBut the next one opens a new paragraph.',
    );
    expect(got).toContainEqual(['The harbour board said the new report covers the most recent survey of the water and the shore, bringing together ten years of readings.', false]);
    expect(got).toContainEqual(['It was approved on Monday.', false]);
    expect(got).toContainEqual(['But the next one opens a new paragraph.', false]);
  });

  it('takes a title block in title case with no closing stop as furniture, even when a stop cuts it in two', () => {
    const got = found(
      'Harbour report published\n\nThe board published its yearly report on the harbour on Monday. It found the water cleaner.\n\nHarbour Review 2030: The State of the Water. Report of the Harbour Board to the\nCity Council of Port Ellis\n\nThe report runs to 300 pages.',
    );
    expect(got).toContainEqual(['Harbour Review 2030: The State of the Water.', true]);
    expect(got).toContainEqual(['Report of the Harbour Board to the City Council of Port Ellis', true]);
    expect(got).toContainEqual(['The report runs to 300 pages.', false]);
  });
});
