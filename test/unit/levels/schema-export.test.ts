import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelJsonSchema, levelJsonSchemaText, SCHEMA_FILE } from '../../../src/cli/levels-schema';
import { CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES } from '../../../src/core/levelSchema';
import { SOURCE_KINDS } from '../../../src/core/article';
import { exampleText, LEVELS_DIR, runCli, shippedLevelFiles } from './helpers';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json };

/**
 * Just enough of JSON Schema to check the keywords z.toJSONSchema writes for a level (no
 * validator library: zod stays the authority; this only shows editors will not flag a good level).
 */
function schemaErrors(schema: Schema, value: Json, at = ''): string[] {
  const errors: string[] = [];
  const fail = (why: string): string[] => [`${at || '/'}: ${why}`];
  const type = schema.type as string | undefined;
  if (type) {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    const fits = type === 'integer' ? Number.isInteger(value) : actual === type;
    if (!fits) return fail(`expected ${type}`);
  }
  if ('const' in schema && value !== schema.const) return fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return fail('not in enum');
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(...fail('too short'));
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) errors.push(...fail('pattern'));
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(...fail('too small'));
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(...fail('too big'));
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(...fail('too few items'));
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(...fail('too many items'));
    if (schema.items && typeof schema.items === 'object') value.forEach((v, i) => errors.push(...schemaErrors(schema.items as Schema, v, `${at}/${i}`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const req of (schema.required ?? []) as string[]) if (!(req in value)) errors.push(...fail(`missing ${req}`));
    for (const [k, v] of Object.entries(value)) {
      if (schema.propertyNames) errors.push(...schemaErrors(schema.propertyNames as Schema, k, `${at}/${k}(name)`));
      if (props[k]) errors.push(...schemaErrors(props[k], v, `${at}/${k}`));
      else if (schema.additionalProperties === false) errors.push(...fail(`unknown property ${k}`));
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...schemaErrors(schema.additionalProperties as Schema, v, `${at}/${k}`));
      }
    }
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => schemaErrors(s as Schema, value, at).length === 0)) {
    errors.push(...fail('matches no anyOf branch'));
  }
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => schemaErrors(s as Schema, value, at).length === 0).length !== 1) {
    errors.push(...fail('does not match exactly one oneOf branch'));
  }
  return errors;
}

const schema = (): Schema => JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Schema;

describe('levels/level.schema.json', () => {
  it('is exactly what the zod schema exports (run `npm run -s levels:schema` after changing src/core/levelSchema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(levelJsonSchemaText());
  });

  it('has a title and description, and keeps the .describe() texts as editor hints', () => {
    const s = levelJsonSchema() as Schema;
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.title).toBe('Lateral level');
    expect(String(s.description)).toMatch(/levels\/README\.md/);
    const props = s.properties as Record<string, Schema>;
    expect(props.seed?.description).toBe('Seed for shuffling: the same seed plays the same');
    expect(props.title?.description).toMatch(/Text in each of the level's languages/);
    const text = JSON.stringify(s);
    expect(text).toContain('A passage copied exactly from that article (line breaks and spacing may differ)');
    expect(text).toContain('Every article id among the options that carries the quote (copies count)');
  });

  it('is the input shape: fields with a default may be left out', () => {
    const s = levelJsonSchema() as Schema;
    expect(s.required).toEqual(['format', 'id', 'title', 'description', 'languages', 'seed', 'articles', 'rounds']);
    const props = s.properties as Record<string, Schema>;
    expect(props.order?.default).toBe(100);
    expect(props.shuffleRounds?.default).toBe(false);
    expect(JSON.stringify(s)).toContain('"required":["id","outlet","text"]');
  });

  it('lists every fixed value of the zod schema', () => {
    const text = JSON.stringify(levelJsonSchema());
    for (const list of [CUES, FIGURE_REASONS, OPINION_KINDS, ROUND_TYPES, SOURCE_KINDS]) {
      expect(text).toContain(JSON.stringify(list));
    }
  });

  it('accepts every shipped level and the README example', () => {
    for (const f of shippedLevelFiles()) {
      const level = JSON.parse(readFileSync(join(LEVELS_DIR, f), 'utf8')) as Json;
      expect(schemaErrors(schema(), level), f).toEqual([]);
    }
    expect(schemaErrors(schema(), JSON.parse(exampleText()) as Json)).toEqual([]);
  });

  it('rejects what zod rejects for shape (so the structural check above means something)', () => {
    const level = JSON.parse(exampleText()) as { rounds: { type?: string }[]; seed?: unknown };
    (level.rounds[1] as { type: string }).type = 'opinion';
    delete level.seed;
    expect(schemaErrors(schema(), level as Json)).toEqual(['/: missing seed', '/rounds/1: matches no anyOf branch']);
  });
});

describe('levels:schema CLI', { timeout: 120_000 }, () => {
  it('--check exits 0 when levels/level.schema.json is up to date', async () => {
    const r = await runCli('levels-schema.ts', ['--check']);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trim()).toBe('levels/level.schema.json: up to date');
  });

  it('--check exits 1 and writes nothing when the file drifted; without --check it rewrites it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lateral-schema-')), 'level.schema.json');
    const drifted = levelJsonSchemaText().replace('"Seed for shuffling', '"Old seed text');
    writeFileSync(file, drifted);
    const check = await runCli('levels-schema.ts', ['--check', '--out', file]);
    expect(check.code).toBe(1);
    expect(check.err).toMatch(/level\.schema\.json: out of date with src\/core\/levelSchema\.ts; run `npm run -s levels:schema`/);
    expect(readFileSync(file, 'utf8')).toBe(drifted);

    const write = await runCli('levels-schema.ts', ['--out', file]);
    expect(write.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(levelJsonSchemaText());
  });
});
