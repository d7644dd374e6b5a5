import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../core/analysis';
import type { OpinionKind } from '../core/analysis/types';
import { isMain, runMain, type CliMain } from './cliMain';
import { loadProbes, PROBE_SETS, PROBES_DIR, probeArticles, readJsonFiles, type Probe } from './figureProbes';
import { emptyConfusion, opinionCause } from './kindsConfusion';
import { findSentence, SENTENCE_KINDS } from './qualityScore';

/**
 * `npm run -s kinds:probes [-- --verbose]`: the engine's sentence kinds on the invented news stories of
 * test/fixtures/probes, against hand labels written blind (`kinds/<set>/<story>.json`, see the probes' README). The dev
 * corpus is mostly official texts; these are wire, newspaper, broadcaster and press-office news, the text teachers paste.
 * `tuned` prints per story (and, with --verbose, every sentence read as another kind with the cue that decided it);
 * `untuned` prints its total only, as figures:probes does. A key sentence the engine does not find counts as wrong.
 */

export interface KindLabel {
  article: string;
  text: string;
  kind: OpinionKind;
}

export interface KindProbe {
  story: string;
  sentences: KindLabel[];
}

export interface KindScore {
  right: number;
  total: number;
  /** Key kind → engine kind (or 'missing') → count. */
  confusion: Record<string, Record<string, number>>;
  /** Each sentence read as another kind: key kind, engine kind, the cue behind it, the sentence. */
  wrong: string[];
}

const KIND_DIR = join(PROBES_DIR, 'kinds');

export function loadKindProbes(set: (typeof PROBE_SETS)[number]): KindProbe[] {
  const dir = join(KIND_DIR, set);
  return existsSync(dir) ? readJsonFiles<KindProbe>(dir) : [];
}

export function scoreKinds(probe: Probe, labels: KindProbe): KindScore {
  const findings = analyze(probeArticles(probe));
  const confusion = emptyConfusion();
  const wrong: string[] = [];
  let right = 0;
  for (const label of labels.sentences) {
    const s = findSentence(findings, label.article, label.text);
    const read = s ? s.kind : 'missing';
    (confusion[label.kind] as Record<string, number>)[read]! += 1;
    if (read === label.kind) right += 1;
    else wrong.push(`${label.kind} → ${read}${s ? ` [${opinionCause(s)}; cues ${s.cues.join(',') || '-'}]` : ''}: ${label.text}`);
  }
  return { right, total: labels.sentences.length, confusion, wrong };
}

export const main: CliMain = (argv) => {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  for (const set of PROBE_SETS) {
    const stories = new Map(loadProbes(set).map((p) => [p.id, p]));
    let right = 0;
    let total = 0;
    const confusion = emptyConfusion();
    for (const labels of loadKindProbes(set)) {
      const probe = stories.get(labels.story);
      if (!probe) {
        console.log(`problem: kinds/${set}/${labels.story}.json labels a story that is not in ${set}/`);
        return 1;
      }
      const s = scoreKinds(probe, labels);
      right += s.right;
      total += s.total;
      for (const [k, row] of Object.entries(s.confusion)) for (const [j, n] of Object.entries(row)) (confusion[k] as Record<string, number>)[j]! += n;
      // The untuned set prints its totals only: its stories are not to be read while the engine is changed.
      if (set === 'tuned') {
        console.log(`${probe.id.padEnd(28)} kinds ${(s.right / Math.max(1, s.total)).toFixed(2)} (${s.right}/${s.total})`);
        if (verbose) for (const w of s.wrong) console.log(`    ${w}`);
      }
    }
    if (set === 'tuned' && total > 0) {
      const cols = [...SENTENCE_KINDS, 'missing'];
      console.log(`key \\ engine ${cols.map((c) => c.padStart(11)).join('')}`);
      for (const k of SENTENCE_KINDS) console.log(`${k.padEnd(12)} ${cols.map((j) => String(confusion[k]?.[j] ?? 0).padStart(11)).join('')}`);
    }
    console.log(`TOTAL ${set.padEnd(8)} sentence kinds ${(right / Math.max(1, total)).toFixed(3)} (${right}/${total})`);
  }
  return 0;
};

if (isMain(import.meta.url)) runMain(main);
