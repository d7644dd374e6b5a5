import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { levelSchema } from '../core/levelSchema';
import { LEVELS_DIR } from './nodeLibrary';
import { isMain, runMain } from './cliMain';

/**
 * `levels:schema [--check] [--out FILE]`: export the zod level schema (the single definition of a
 * level) as JSON Schema, so editors can complete and explain fields while a teacher types.
 * `--check` writes nothing and exits 1 when the file on disk differs from the zod schema.
 */
export const SCHEMA_FILE = join(LEVELS_DIR, 'level.schema.json');

const USAGE = `usage: npm run -s levels:schema -- [--check] [--out FILE]
  Writes ${'levels/level.schema.json'} from the zod schema in src/core/levelSchema.ts.
  --check  write nothing; exit 1 if the file differs from what would be written`;

export function levelJsonSchema(): Record<string, unknown> {
  // io 'input': fields with a default (order, shuffleRounds, sourceKind) are optional to write.
  const generated = z.toJSONSchema(levelSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Lateral level',
    description:
      'A level of Lateral: its articles and its rounds. Generated from src/core/levelSchema.ts by `npm run -s levels:schema`; do not edit by hand. See levels/README.md.',
    ...rest,
  };
}

/** The exact text of levels/level.schema.json. */
export function levelJsonSchemaText(): string {
  return JSON.stringify(levelJsonSchema(), null, 2) + '\n';
}

export function main(argv: string[]): number {
  let check = false;
  let out = SCHEMA_FILE;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--check') check = true;
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) {
        console.error('error: --out needs a file name');
        return 2;
      }
      out = v;
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`error: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  const shown = relative(process.cwd(), out) || out;
  const text = levelJsonSchemaText();
  let onDisk: string | undefined;
  try {
    onDisk = readFileSync(out, 'utf8');
  } catch {
    onDisk = undefined;
  }
  if (check) {
    if (onDisk === text) {
      console.log(`${shown}: up to date`);
      return 0;
    }
    console.error(`${shown}: ${onDisk === undefined ? 'missing' : 'out of date with src/core/levelSchema.ts'}; run \`npm run -s levels:schema\` and commit the result`);
    return 1;
  }
  if (onDisk === text) {
    console.log(`${shown}: already up to date`);
    return 0;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    console.error(`error: cannot write ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 1;
  }
  console.log(`wrote ${shown}`);
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
