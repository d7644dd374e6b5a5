import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analysis';
import { article } from './seeds';

/** Invented pages (not from any corpus). */
const kindOf = (text: string, sentence: string) => analyze([article('a', text)]).sentences.find((s) => s.text.replace(/\s+/g, ' ').includes(sentence))?.kind;

const page = (leadIn: string): string =>
  `Chair Urges Donors to Fund Flood Relief\n\n${leadIn}\n\nMore than 40,000 people have left their homes since the river burst its banks on 2 May. Aid trucks reached the northern towns on Tuesday.\n\nThe world cannot look away from this disaster.\n`;

describe('a page that is a speech', () => {
  it("reads the speech's own sentences by what they say, not as words credited to someone", () => {
    const text = page('Following are the Relief Commission Chair Jane Roe’s remarks at the donors’ conference, in Geneva today:');
    expect(kindOf(text, 'Aid trucks reached the northern towns')).toBe('reporting');
    expect(kindOf(text, 'More than 40,000 people have left')).toBe('reporting');
    expect(kindOf(text, 'The world cannot look away')).not.toBe('attributed');
  });

  it('still reads a statement issued whole as the words of the one who issued it', () => {
    const text = page('Relief Commission Chair Jane Roe issued the following statement after the donors’ conference, in Geneva today:');
    expect(kindOf(text, 'Aid trucks reached the northern towns')).toBe('attributed');
    expect(kindOf(text, 'More than 40,000 people have left')).toBe('attributed');
  });
});

describe('a page that is a transcript', () => {
  const turns =
    'JANE ROE: Good afternoon, everyone. Aid trucks reached the northern towns on Tuesday.\nJOHN DOE: Thank you. The world cannot look away from this disaster.\nJANE ROE: We will take questions now.\n';

  it("reads a briefing's turns by what they say when the page opens with them", () => {
    const text = `Relief Commission Briefing on the Floods, 3 May\n\n${turns}`;
    expect(kindOf(text, 'Aid trucks reached the northern towns')).toBe('reporting');
  });

  it('still reads turns that a report sets out after its own account as the words it quotes', () => {
    const text = `Update on the Flood Response\n\nThe Relief Commission released a record of a call on Tuesday. It shows how officials learned of the trucks. The agency has not said who made the call. The details of the call are set out below:\n\n${turns}`;
    expect(kindOf(text, 'Aid trucks reached the northern towns')).toBe('attributed');
  });
});
