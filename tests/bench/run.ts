/**
 * `npm run bench`: what HealthLens costs real pages, as a reader feels it, in one run:
 *   1. per page (tests/bench/pages.ts): all script time the extension adds (CDP ScriptDuration with
 *      it minus without it) next to a floor run in the plain tab, highlights, latency, longest task;
 *   2. the same pages with the 10,000-form build: does a bigger glossary cost more?
 *   3. one page at 1x, 10x and 100x its text: is the cost linear in the text?
 *   4. the content script's and the index's sizes.
 * Machines are noisy, so the verdicts are ratios within one run. Needs both builds (the npm script
 * makes them). Options: --reps=N (3), --pages=a.html,b.html, --quick (8 pages, 1 rep).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glossary } from '../../glossary';
import { CORPUS_DIR } from '../support/static-server';
import { BLANK, launchExtension, launchPlain, startBenchServer, visit, type Visit } from './measure';
import { BENCH_PAGES, QUICK_PAGES, TEXT_LENGTH_PAGE, TEXT_SCALES } from './pages';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { today: resolve(ROOT, '.output/chrome-mv3'), synthetic: resolve(ROOT, '.output/chrome-mv3-synthetic-10000') };
const SCRIPT_BUDGET = 40 * 1024;

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]));
const QUICK = args.has('quick');
const REPS = Number(args.get('reps') ?? (QUICK ? 1 : 3));
const PAGES = args.get('pages')?.split(',') ?? (QUICK ? QUICK_PAGES : BENCH_PAGES);

const median = (values: Array<number | null | undefined>) => {
  const s = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);
const show = (n: number | null | undefined, digits = 1) => (n == null || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const dirBytes = (dir: string) => readdirSync(dir).reduce((sum, f) => sum + statSync(resolve(dir, f)).size, 0);

/** The floor's vocabulary: every surface form of the glossary, longest first, in one RegExp. */
function floorPattern(): string {
  const forms = [...new Set(glossary.flatMap((entry) => entry.forms))].sort((a, b) => b.length - a.length);
  return `\\b(?:${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`;
}

async function main() {
  if (!existsSync(CORPUS_DIR)) return console.log(`No corpus at ${CORPUS_DIR}: benchmark skipped.`);
  for (const dir of Object.values(BUILDS))
    if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run "npm run bench", which builds both.`);
  const missing = PAGES.filter((p) => !existsSync(resolve(CORPUS_DIR, p)));
  if (missing.length) throw new Error(`Not in the corpus: ${missing.join(', ')}`);

  const pattern = floorPattern();
  const server = await startBenchServer();
  const plain = await launchPlain();
  const today = await launchExtension(BUILDS.today);
  const synthetic = await launchExtension(BUILDS.synthetic);
  const url = (page: string) => `${server.origin}/${page}`;
  const started = Date.now();
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

  // Warm-up: the background copies the index to storage on install; the first page may wait on it.
  for (const context of [today, synthetic]) for (let i = 0; i < 2; i++) await visit(context, url(PAGES[0]!), { extension: true });

  /** REPS visits of `page` in each given tab, alternating which goes first (noise hits all alike). */
  const measure = async (page: string, withSynthetic: boolean, plainOptions: { floorPattern?: string; words?: boolean }, timeoutMs?: number, reps = REPS) => {
    const runs = { plain: [] as Visit[], today: [] as Visit[], synthetic: [] as Visit[] };
    for (let i = 0; i < reps; i++) {
      const steps = [
        async () => runs.plain.push(await visit(plain.context, url(page), { extension: false, ...plainOptions, timeoutMs })),
        async () => runs.today.push(await visit(today, url(page), { extension: true, timeoutMs })),
        ...(withSynthetic ? [async () => runs.synthetic.push(await visit(synthetic, url(page), { extension: true, timeoutMs }))] : []),
      ];
      for (const step of i % 2 ? steps.reverse() : steps) await step();
    }
    const plainMs = median(runs.plain.map((r) => r.scriptMs));
    const added = (list: Visit[]) => median(list.map((r) => r.scriptMs)) - plainMs;
    return { runs, plainMs, todayMs: added(runs.today), syntheticMs: added(runs.synthetic) };
  };

  // The fixed cost: what the extension adds to a page with nothing to highlight.
  const blank = await measure(BLANK, true, {});
  log(`blank page: today +${show(blank.todayMs)} ms, 10,000 forms +${show(blank.syntheticMs)} ms`);

  console.log('\npage                      floor ms  added ms  ratio  marks  latency  longest(plain)  10k-forms ms  10k/today  done');
  const rows = [];
  for (const page of PAGES) {
    const m = await measure(page, true, { floorPattern: pattern });
    const row = {
      page,
      floorMs: round(median(m.runs.plain.map((r) => r.floorMs))),
      addedMs: round(m.todayMs),
      ratio: round(m.todayMs / Math.max(median(m.runs.plain.map((r) => r.floorMs)), 1), 2),
      highlights: median(m.runs.today.map((r) => r.highlights)),
      latencyMs: round(median(m.runs.today.map((r) => r.latencyMs))),
      longestTaskMs: round(median(m.runs.today.map((r) => r.longestTaskMs))),
      longestPlainTaskMs: round(median(m.runs.plain.map((r) => r.longestTaskMs))),
      syntheticAddedMs: round(m.syntheticMs),
      syntheticOverToday: round(m.syntheticMs / Math.max(m.todayMs, 1), 2),
      syntheticHighlights: median(m.runs.synthetic.map((r) => r.highlights)),
      done: [...m.runs.today, ...m.runs.synthetic].filter((r) => r.done === 'settled').length + `/${REPS * 2} settled`,
      plainScriptMs: round(m.plainMs),
    };
    rows.push(row);
    console.log(
      `${page.slice(0, 24).padEnd(24)} ${show(row.floorMs).padStart(9)} ${show(row.addedMs).padStart(9)} ${show(row.ratio, 2).padStart(6)} ${String(row.highlights).padStart(6)} ${show(row.latencyMs, 0).padStart(8)} ${`${show(row.longestTaskMs, 0)}(${show(row.longestPlainTaskMs, 0)})`.padStart(15)} ${show(row.syntheticAddedMs).padStart(13)} ${show(row.syntheticOverToday, 2).padStart(10)}  ${row.done}`,
    );
  }

  // Text length: the same page grown by repeating its body; 100x takes minutes, so it gets one rep.
  console.log(`\ntext length (${TEXT_LENGTH_PAGE}, body repeated)`);
  const textLength = [];
  for (const times of TEXT_SCALES) {
    const page = times === 1 ? TEXT_LENGTH_PAGE : `x${times}/${TEXT_LENGTH_PAGE}`;
    const m = await measure(page, false, { words: true }, 300_000, times >= 100 ? 1 : REPS);
    const words = median(m.runs.plain.map((r) => r.words));
    const item = {
      times,
      words,
      addedMs: round(m.todayMs),
      msPer1000Words: round((m.todayMs / words) * 1000, 2),
      // Less the blank page's fixed cost, which would otherwise flatter the longer pages.
      msPer1000WordsAboveFixed: round(((m.todayMs - blank.todayMs) / words) * 1000, 2),
      highlights: median(m.runs.today.map((r) => r.highlights)),
      latencyMs: round(median(m.runs.today.map((r) => r.latencyMs))),
      longestTaskMs: round(median(m.runs.today.map((r) => r.longestTaskMs))),
      done: m.runs.today.map((r) => r.done).join(','),
    };
    textLength.push(item);
    console.log(`  ${String(times).padStart(3)}x  ${String(words).padStart(8)} words  +${show(item.addedMs)} ms  ${show(item.msPer1000Words, 2)} ms/1000 words (${show(item.msPer1000WordsAboveFixed, 2)} above the fixed cost)  ${item.highlights} marks  latency ${show(item.latencyMs, 0)} ms  longest task ${show(item.longestTaskMs, 0)} ms  (${item.done})`);
  }
  await Promise.all([plain.browser.close(), today.close(), synthetic.close()]);
  await server.close();

  const scriptBytes = readFileSync(resolve(BUILDS.today, 'content-scripts/highlighter.js')).length;
  const over50 = rows.filter((r) => (r.longestTaskMs ?? 0) > 50);
  const summary = {
    reps: REPS,
    pages: rows.length,
    floorVocabulary: 'every surface form of the glossary, one RegExp',
    medianRatio: round(median(rows.map((r) => r.ratio)), 2),
    fixedCostMs: round(blank.todayMs),
    fixedCostSyntheticMs: round(blank.syntheticMs),
    medianLatencyMs: round(median(rows.map((r) => r.latencyMs))),
    pagesWithATaskOver50Ms: over50.map((r) => `${r.page} (${r.longestTaskMs} ms; ${r.longestPlainTaskMs} ms without the extension)`),
    medianSyntheticOverToday: round(median(rows.map((r) => r.syntheticOverToday)), 2),
    totalSyntheticOverToday: round(rows.reduce((s, r) => s + (r.syntheticAddedMs ?? 0), 0) / rows.reduce((s, r) => s + (r.addedMs ?? 0), 0), 2),
    contentScriptBytes: scriptBytes,
    contentScriptBudgetBytes: SCRIPT_BUDGET,
    indexBytes: dirBytes(resolve(BUILDS.today, 'index')),
    indexBytesSynthetic: dirBytes(resolve(BUILDS.synthetic, 'index')),
    runSeconds: round((Date.now() - started) / 1000, 0),
  };
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log('\nSummary');
  console.log(`  added script ms / floor ms, median over ${rows.length} pages: ${show(summary.medianRatio, 2)}x (goal ≤ 1.5x)`);
  console.log(`  fixed cost (blank page):      ${show(summary.fixedCostMs)} ms (10,000-form build ${show(summary.fixedCostSyntheticMs)} ms)`);
  console.log(`  latency DCL → last highlight: ${show(summary.medianLatencyMs, 0)} ms (median)`);
  console.log(`  pages with a task over 50 ms: ${over50.length}${over50.length ? ': ' + summary.pagesWithATaskOver50Ms.join(', ') : ''}`);
  console.log(`  10,000-form build / today's:  ${show(summary.medianSyntheticOverToday, 2)}x median per page, ${show(summary.totalSyntheticOverToday, 2)}x over the total (goal within 1.2x)`);
  console.log(`  text length:                  ${textLength.map((t) => `${t.times}x ${show(t.msPer1000Words, 2)} (${show(t.msPer1000WordsAboveFixed, 2)})`).join(', ')} ms per 1,000 words (above the fixed cost)`);
  console.log(`  content script:               ${kb(scriptBytes)} of a ${kb(SCRIPT_BUDGET)} budget (${scriptBytes <= SCRIPT_BUDGET ? 'within' : 'OVER'})`);
  console.log(`  index files:                  ${kb(summary.indexBytes)} today, ${kb(summary.indexBytesSynthetic)} with 10,000 forms`);

  const outDir = resolve(ROOT, 'bench-results');
  await mkdir(outDir, { recursive: true });
  await writeFile(resolve(outDir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), summary, blank, rows, textLength }, null, 2));
  console.log(`\nEvery figure: bench-results/latest.json (${summary.runSeconds} s)`);
}

await main();
