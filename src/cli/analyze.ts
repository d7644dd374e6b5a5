import { analyze, type Findings } from '../core/analysis';
import { readArticleFiles } from './readArticleFiles';
import { isMain, runMain } from './cliMain';

const USAGE = `usage: npm run -s analyze -- FILE... [--json]
  Reads news articles (plain text or Markdown, optional front matter with id, outlet, byline, date)
  and prints what a careful reader finds across them: copies, figures, figure groups,
  opinion cues per sentence, quotes and quote drift.`;

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0) {
    console.error(`error: unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error(`error: no article files given\n${USAGE}`);
    return 2;
  }
  const { files, problems } = readArticleFiles(paths);
  for (const p of problems) console.error(`error: ${p}`);
  if (files.length === 0) {
    console.error('error: no article could be read, so there is nothing to analyse');
    return 1;
  }
  const findings = analyze(files.map((f) => f.article));
  const notes: string[] = [];
  if (files.length === 1) notes.push('only one article: copies, figure groups and quote drift need at least two to compare');
  if (findings.figures.length === 0) notes.push('no figures found in the text');
  for (const n of notes) console.error(`note: ${n}`);
  if (json) console.log(JSON.stringify(toJson(findings), null, 2));
  else console.log(report(findings));
  return problems.length > 0 ? 1 : 0;
}

/** The documented JSON shape: each figure and group member carries its article and matched text. */
function toJson(f: Findings): unknown {
  const figure = (x: Findings['figures'][number]) => ({
    id: x.id,
    article: x.article,
    text: x.text,
    kind: x.kind,
    value: x.value,
    low: x.low,
    high: x.high,
    bound: x.bound,
    unit: x.unit,
    unitClass: x.unitClass,
    subject: x.subject,
    scheduled: x.scheduled,
    relative: x.relative,
    sourced: x.sourced,
    ...(x.parts ? { parts: x.parts } : {}),
    ...(x.partOf ? { partOf: x.partOf } : {}),
    sentenceId: x.sentenceId,
    sentence: x.sentence,
  });
  return {
    articles: f.articles,
    copies: f.copies,
    figures: f.figures.map(figure),
    figureGroups: f.figureGroups.map((g) => ({ ...g, members: g.members.map(figure) })),
    sentences: f.sentences.map((s) => ({
      article: s.article,
      id: s.sentenceId,
      text: s.text,
      kind: s.kind,
      cues: s.cues,
      evidence: s.evidence,
      confidence: s.confidence,
      furniture: s.furniture,
    })),
    quotes: f.quotes.map((q) => ({ id: q.id, article: q.article, text: q.text, speaker: q.speaker, marks: q.marks, balanced: q.balanced, sentenceId: q.sentenceId })),
    quoteDrift: f.quoteDrift.map((d) => ({
      speaker: d.speaker,
      quote: { article: d.quote.article, text: d.quote.text, articles: d.quoteArticles },
      other: { article: d.other.article, text: d.other.text, quoted: d.other.quoted, articles: d.otherArticles },
      similarity: d.similarity,
    })),
  };
}

function clip(s: string, n = 110): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function report(f: Findings): string {
  const out: string[] = [];
  const outlet = new Map(f.articles.map((a) => [a.id, a.outlet]));
  const name = (id: string): string => `${id} (${outlet.get(id) ?? '?'})`;
  out.push(`ARTICLES (${f.articles.length})`);
  for (const a of f.articles) out.push(`  ${name(a.id)}: ${a.sentences} sentences, ${a.words} words`);

  out.push('', `COPIES (${f.copies.length} shared passages)`);
  if (f.copies.length === 0) out.push('  none found');
  for (const c of f.copies) {
    out.push(`  ${c.id}: ${c.sentences} sentences shared, ${c.identicalSentences} identical, similarity ${c.similarity}`);
    for (const k of c.carriers)
      out.push(`    ${name(k.article)} ${k.firstSentence}–${k.lastSentence}: ${k.words} words, ${Math.round(k.shareOfArticle * 100)}% of the article: "${clip(k.text, 70)}"`);
  }

  out.push('', `FIGURE GROUPS (${f.figureGroups.length})`);
  if (f.figureGroups.length === 0) out.push('  none: no figure appears in two articles about the same subject');
  for (const g of f.figureGroups) {
    out.push(`  ${g.id}: ${g.subject}`);
    out.push(`    verdict: ${g.verdict}${g.reason ? ` (${g.reason})` : ''}${g.confident ? '' : ', not confident'}: ${g.why}`);
    for (const m of g.members) out.push(`    ${name(m.article)}: "${m.text}"${m.scheduled ? ' [planned]' : ''}${m.sourced ? ' [names its source]' : ''} — ${clip(m.sentence, 80)}`);
  }

  out.push('', `FIGURES (${f.figures.length})`);
  for (const x of f.figures) {
    const range = x.bound === 'exact' ? `${x.value}` : `${x.low}–${x.high ?? '∞'} (${x.bound})`;
    out.push(`  ${x.article} "${x.text}" = ${range} ${x.kind === 'count' ? x.unit || '(no unit)' : x.kind}${x.subject && x.subject !== x.unit ? ` — ${x.subject}` : ''}`);
  }

  out.push('', `QUOTES (${f.quotes.length})`);
  for (const q of f.quotes)
    out.push(
      `  ${q.article} ${q.speaker ?? '(speaker not named)'}: ${q.marks === 'guillemets' ? '«' : '"'}${clip(q.text, 90)}${q.marks === 'guillemets' ? '»' : '"'}${q.balanced ? '' : ' [unbalanced marks]'}`,
    );

  out.push('', `QUOTE DRIFT (${f.quoteDrift.length})`);
  if (f.quoteDrift.length === 0) out.push('  none found');
  for (const d of f.quoteDrift) {
    out.push(`  ${d.speaker ?? '?'}: ${d.quoteArticles.join(', ')} "${clip(d.quote.text, 80)}"`);
    out.push(`      vs ${d.otherArticles.join(', ')} "${clip(d.other.text, 80)}"${d.other.quoted ? '' : ' (not in quotation marks)'}`);
  }

  const counts = { reporting: 0, attributed: 0, opinion: 0 };
  for (const s of f.sentences) counts[s.kind]++;
  out.push('', `SENTENCES (${f.sentences.length}: ${counts.reporting} reporting, ${counts.attributed} attributed, ${counts.opinion} opinion)`);
  for (const s of f.sentences) {
    if (s.furniture) continue;
    out.push(`  ${s.sentenceId} ${s.kind.padEnd(10)} ${s.cues.length ? `[${s.cues.join(', ')}] ` : ''}${clip(s.text, 90)}`);
  }
  return out.join('\n');
}

if (isMain(import.meta.url)) runMain(main);
