import { describe, expect, it } from 'vitest';
import { figuresExplanation } from '../../../src/core/analysis/explain';

const outlet = (name: string) => ({ en: name, es: name });
const ocha = outlet('OCHA');
const voa = outlet('VOA');
const usaid = outlet('USAID');
const figures = [
  { outlet: ocha, figure: '537' },
  { outlet: voa, figure: '349' },
];

describe('the figures feedback says truthfully who names the figure’s source', () => {
  it('one outlet of two: "Only OCHA says"', () => {
    const text = figuresExplanation(figures, false, 'different-date', [ocha]);
    expect(text.en).toContain('Only OCHA says whose figure it is.');
    expect(text.es).toContain('Solo OCHA dice de quién es la cifra.');
  });

  it('every outlet names its source: no "Only", and no singular verb for two', () => {
    const text = figuresExplanation(figures, false, 'different-date', [ocha, voa]);
    expect(text.en).toContain('Each says whose figure it is.');
    expect(text.en).not.toContain('Only');
    expect(text.es).toContain('Todos dicen de quién es la cifra.');
  });

  it('two outlets of three: a plural verb', () => {
    const text = figuresExplanation([...figures, { outlet: usaid, figure: '400' }], false, 'different-date', [ocha, voa]);
    expect(text.en).toMatch(/Only OCHA and VOA say whose figure it is\./);
    expect(text.es).toMatch(/Solo OCHA y VOA dicen de quién es la cifra\./);
  });
});
