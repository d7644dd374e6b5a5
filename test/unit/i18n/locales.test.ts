import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, createI18n, detectLanguage, hasStrings, switchLanguage } from '../../../src/i18n';
import en from '../../../locales/en.json';
import es from '../../../locales/es.json';

const RESOURCES = { en, es };
import { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES } from '../../../src/core/levelSchema';
import { SKILLS } from '../../../src/core/rounds';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : flatten(v, `${prefix}${k}.`)));
}

/** A plural key `x_one` stands for `x`; each language needs its own plural forms. */
function baseKeys(keys: string[]): Set<string> {
  return new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
}

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('locales', () => {
  const en = flatten(RESOURCES.en as Tree);

  it.each(LANGUAGES.map((l) => [l]))('%s has every key English has, and no extra', (lang) => {
    const keys = flatten(RESOURCES[lang] as Tree);
    expect([...baseKeys(keys)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it.each(LANGUAGES.map((l) => [l]))('%s has every plural form its language needs', (lang) => {
    const keys = new Set(flatten(RESOURCES[lang] as Tree));
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = [...baseKeys(en)].filter((k) => en.includes(`${k}_other`));
    for (const k of plurals) for (const f of forms) expect(keys.has(`${k}_${f}`), `${lang}: ${k}_${f}`).toBe(true);
  });

  it('has a label for every fixed answer the levels can use', () => {
    const keys = new Set(flatten(RESOURCES.en as Tree));
    const needed = [
      ...OPINION_KINDS.map((k) => `kind.${k}`),
      ...CUES.map((c) => `cue.${c}`),
      ...FIGURE_REASONS.map((r) => `reason.${r}`),
      ...ROUND_TYPES.map((t) => `roundType.${t}`),
      ...SKILLS.map((s) => `results.skill.${s}`),
      'conflict.yes',
      'conflict.no',
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('has every key the code asks for by name', () => {
    const keys = baseKeys(flatten(RESOURCES.en as Tree));
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it('translates with plurals and no HTML escaping', () => {
    const i18n = createI18n('es', { es });
    expect(i18n.t('title.rounds', { count: 1 })).toBe('1 ronda');
    expect(i18n.t('title.rounds', { count: 3 })).toBe('3 rondas');
    expect(i18n.t('feedback.showIn', { outlet: '<b>&' })).toBe('Verlo en <b>&');
  });

  it("speaks English until another language's strings are there, then switches to it", async () => {
    const i18n = createI18n('es');
    expect(i18n.t('title.rounds', { count: 3 })).toBe('3 rounds');
    expect(hasStrings(i18n, 'es')).toBe(false);
    await switchLanguage(i18n, 'es');
    expect(hasStrings(i18n, 'es')).toBe(true);
    expect(i18n.language).toBe('es');
    expect(i18n.t('title.rounds', { count: 3 })).toBe('3 rondas');
  });

  it('maps browser languages to a supported one', () => {
    expect(detectLanguage(['es-MX', 'en'])).toBe('es');
    expect(detectLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage(['de'])).toBe('en');
  });
});

describe('the copy note after a who-said-it round', () => {
  // Shown for every round with more than one answer, reprints that credit the wire service (AP in the
  // Aceh levels) included: it must not claim that the copy names no source.
  it('says the words appear in several outlets without claiming that none of them credits the source', async () => {
    for (const lang of LANGUAGES) {
      const i18n = createI18n(lang, RESOURCES);
      const note = i18n.t('feedback.copied', { outlets: 'A · B' });
      expect(note).toContain('A · B');
      expect(note).not.toMatch(/without credit|neither names|sin citar|ninguno nombra/i);
    }
  });
});
