import { describe, expect, it, vi } from 'vitest';
import { createI18n, switchLanguage } from '../../../src/i18n';
import { cachedT } from '../../../src/ui/context';

describe('the UI looks fixed strings up once per language', () => {
  it('shows the same words as i18next, and the new language after a switch', async () => {
    const i18n = createI18n('en');
    const t = cachedT(i18n);
    expect(t('app.title')).toBe(i18n.t('app.title'));
    const english = t('desk.find');
    await switchLanguage(i18n, 'es');
    expect(t('desk.find')).toBe(i18n.t('desk.find'));
    expect(t('desk.find')).not.toBe(english);
  });

  it('asks i18next once for a fixed string, and every time for a string with options', () => {
    const i18n = createI18n('en');
    const spy = vi.spyOn(i18n, 't');
    const t = cachedT(i18n);
    t('desk.find');
    t('desk.find');
    cachedT(i18n)('desk.find');
    expect(spy).toHaveBeenCalledTimes(1);
    t('results.points', { points: 1, max: 2 });
    t('results.points', { points: 2, max: 2 });
    expect(spy).toHaveBeenCalledTimes(3);
    expect(t('results.points', { points: 2, max: 2 })).toBe(i18n.t('results.points', { points: 2, max: 2 }));
  });
});
