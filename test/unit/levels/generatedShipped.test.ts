import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLevelText } from '../../../src/core/levelLoad';
import { generateRounds } from '../../../src/core/generate';
import { LEVELS_DIR, loadNodeLibrary, ROOT } from '../../../src/cli/nodeLibrary';

/**
 * Level 05 asks the engine for its rounds (`generate` entries), so a change to the engine changes
 * what players of a shipped level are asked. Its rounds were checked against the seed articles'
 * words (test/fixtures/level-05/README.md); this fails when they change, until they are checked
 * again and the file below replaced (UPDATE_LEVEL_05=1 rewrites it).
 */
const CHECKED = join(ROOT, 'test', 'fixtures', 'level-05', 'generated-rounds.json');

describe('the engine-made rounds of shipped level 05', () => {
  it('are the ones that were checked against the articles', () => {
    const { library } = loadNodeLibrary();
    const loaded = loadLevelText('levels/05-engine-rounds.json', readFileSync(join(LEVELS_DIR, '05-engine-rounds.json'), 'utf8'), library, generateRounds);
    expect(loaded.ok).toBe(true);
    const rounds = loaded.ok ? JSON.parse(JSON.stringify(loaded.level.rounds)) : null;
    if (process.env.UPDATE_LEVEL_05 === '1') writeFileSync(CHECKED, `${JSON.stringify(rounds, null, 2)}\n`);
    expect(rounds).toEqual(JSON.parse(readFileSync(CHECKED, 'utf8')));
  });
});
