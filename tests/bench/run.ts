/**
 * `npm run bench`: how fast HealthLens highlights the real pages of ../shared/corpus/pages, next to
 * a floor and naive mark.js measured in the same browser, on the same page, in the same run.
 * Machines are noisy, so the results are ratios; see README "Benchmark".
 *
 * Runs on the benchmark build (HEALTHLENS_BENCH=1 wxt build), whose only extra is the floor's
 * content script; the content script measured is byte for byte the one users get.
 *
 * Options: --pages=N (first N pages only), --repeat=N (engine and floor runs per page, default 5),
 * --no-naive (skip mark.js, the slow part).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { glossary } from '../../glossary';
import { launchWithExtension, setExtensionStorage } from '../support/browser';
import { CORPUS_DIR, startStaticServer } from '../support/static-server';
import { runNaiveMarkJs, type BaselineRun } from './page-baselines';

const ROOT = resolve(import.meta.dirname, '../..');
/** The benchmark build: the extension plus the floor's content script (`npm run bench` builds it). */
const BENCH_EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-bench');
const args = new Map(
  process.argv.slice(2).map((arg): [string, string | undefined] => {
    const [name = '', value] = arg.replace(/^--/, '').split('=');
    return [name, value];
  }),
);
const REPEAT = Number(args.get('repeat') ?? 5);
const WITH_NAIVE = !args.has('no-naive');

interface EngineRun {
  /** Main-thread time: matcher compile plus every slice. */
  totalMs: number;
  longestTaskMs: number;
  /** The median over runs of each run's longest task: what a reader typically gets. */
  typicalLongestTaskMs?: number;
  highlights: number;
  /** From DOMContentLoaded to the engine going idle with the page fully highlighted. */
  doneAfterDclMs: number;
}

interface PageResult {
  page: string;
  words: number;
  engine: EngineRun;
  floor: BaselineRun;
  naive?: BaselineRun;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const medianBy = <T>(runs: T[], key: (run: T) => number) => {
  const target = median(runs.map(key));
  return runs.reduce((best, run) => (Math.abs(key(run) - target) < Math.abs(key(best) - target) ? run : best));
};

/** Every surface form, escaped, longest first, in one flat alternation with word boundaries. */
function floorPattern(): { pattern: string; forms: string[] } {
  const forms = [...new Set(glossary.flatMap((entry) => entry.forms))].sort((a, b) => b.length - a.length);
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { pattern: `\\b(?:${escaped.join('|')})\\b`, forms };
}

/** Which of the extension's two content scripts does its work on the next page load. */
async function setMode(context: BrowserContext, mode: 'engine' | 'floor' | 'neither', pattern: string) {
  await setExtensionStorage(context, {
    pause: { everywhere: mode !== 'engine', sites: [] },
    benchmarkFloorPattern: mode === 'floor' ? pattern : null,
  });
}

async function measureEngine(page: Page, url: string): Promise<EngineRun> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('healthlens:idle').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const work = [
      ...performance.getEntriesByName('healthlens:compile'),
      ...performance.getEntriesByName('healthlens:slice'),
    ];
    const idle = performance.getEntriesByName('healthlens:idle')[0] as PerformanceMark;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      totalMs: work.reduce((sum, entry) => sum + entry.duration, 0),
      longestTaskMs: Math.max(...work.map((entry) => entry.duration)),
      highlights: idle.detail as number,
      doneAfterDclMs: idle.startTime - navigation.domContentLoadedEventStart,
    };
  });
}

/** The floor, run by the benchmark build's floor content script (see entrypoints/bench-floor.content). */
async function measureFloor(page: Page, url: string): Promise<BaselineRun> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('healthlens:floor').length > 0, null, { timeout: 60_000 });
  return page.evaluate(() => (performance.getEntriesByName('healthlens:floor')[0] as PerformanceMark).detail as BaselineRun);
}

/** Naive mark.js, or undefined on pages where it fails (deep pages overflow its recursion). */
async function measureNaive(page: Page, url: string, forms: string[], markJs: string): Promise<BaselineRun | undefined> {
  await page.goto(url);
  // Evaluated through the debugger protocol, so the page's script-src 'none' does not stop it.
  await page.evaluate(`${markJs}\n;undefined`);
  try {
    return await page.evaluate(runNaiveMarkJs, forms);
  } catch (error) {
    console.log(`  naive mark.js failed on this page: ${String(error).split('\n')[0]}`);
    return undefined;
  }
}

/** The JS heap the extension adds on a page: used heap after GC, with it on minus paused. */
async function measureHeap(context: BrowserContext, page: Page, url: string, pattern: string): Promise<number> {
  const session = await context.newCDPSession(page);
  const usedAfterGc = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  };
  await setMode(context, 'neither', pattern);
  await page.goto(url);
  const paused = await usedAfterGc();
  await setMode(context, 'engine', pattern);
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('healthlens:idle').length > 0);
  const active = await usedAfterGc();
  await session.detach();
  return active - paused;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  if (!existsSync(CORPUS_DIR)) {
    console.log(`No corpus at ${CORPUS_DIR}: nothing to benchmark.`);
    return;
  }
  const limit = args.has('pages') ? Number(args.get('pages')) : Infinity;
  const pages = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.html')).sort().slice(0, limit);
  const { pattern, forms } = floorPattern();
  const markJs = readFileSync(resolve(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const server = await startStaticServer();
  const { context } = await launchWithExtension({ extensionDir: BENCH_EXTENSION_DIR });
  await setExtensionStorage(context, { benchmarkMode: true });
  const page = await context.newPage();
  const results: PageResult[] = [];

  console.log(`${pages.length} pages, ${REPEAT} runs each of engine and floor${WITH_NAIVE ? ', 1 of naive mark.js' : ''}`);
  console.log('page                               words  marks  engine ms  longest  floor ms  engine/floor  naive/engine');
  for (const name of pages) {
    const url = `${server.origin}/corpus/${name}?csp=none`;
    const engineRuns: EngineRun[] = [];
    const floorRuns: BaselineRun[] = [];
    // Alternate engine and floor runs, and which goes first, so that noise on this shared machine
    // (and a fresh renderer process, which compiles everything anew) hits both alike.
    for (let i = 0; i < REPEAT; i++) {
      const runEngine = async () => {
        await setMode(context, 'engine', pattern);
        engineRuns.push(await measureEngine(page, url));
      };
      const runFloor = async () => {
        await setMode(context, 'floor', pattern);
        floorRuns.push(await measureFloor(page, url));
      };
      if (i % 2 === 0) await runEngine().then(runFloor);
      else await runFloor().then(runEngine);
    }
    const words = await page.evaluate(() => (document.body.innerText.match(/\S+/g) ?? []).length);
    await setMode(context, 'neither', pattern);
    const naive = WITH_NAIVE ? await measureNaive(page, url, forms, markJs) : undefined;
    const engine = medianBy(engineRuns, (run) => run.totalMs);
    engine.typicalLongestTaskMs = median(engineRuns.map((run) => run.longestTaskMs));
    engine.longestTaskMs = Math.max(...engineRuns.map((run) => run.longestTaskMs));
    const floor = medianBy(floorRuns, (run) => run.ms);
    results.push({ page: name, words, engine, floor, naive });
    console.log(
      [
        name.slice(0, 33).padEnd(33),
        String(words).padStart(7),
        String(engine.highlights).padStart(6),
        fixed(engine.totalMs).padStart(10),
        fixed(engine.longestTaskMs).padStart(8),
        fixed(floor.ms).padStart(9),
        fixed(ratio(engine.totalMs, floor.ms), 2).padStart(13),
        (naive ? fixed(ratio(naive.ms, engine.totalMs), 0) : '–').padStart(13),
      ].join(' '),
    );
  }
  await setMode(context, 'engine', pattern);

  const largest = [...pages].sort((a, b) => readFileSync(resolve(CORPUS_DIR, b)).length - readFileSync(resolve(CORPUS_DIR, a)).length)[0]!;
  const heapBytes = await measureHeap(context, page, `${server.origin}/corpus/${largest}?csp=none`, pattern);
  await context.close();
  await server.close();

  const script = readFileSync(resolve(BENCH_EXTENSION_DIR, 'content-scripts/highlighter.js'));
  const withNaive = results.filter((r) => r.naive);
  const summary = {
    pages: results.length,
    medianEngineOverFloor: median(results.map((r) => ratio(r.engine.totalMs, r.floor.ms))),
    medianNaiveOverEngine: WITH_NAIVE ? median(withNaive.map((r) => ratio(r.naive!.ms, r.engine.totalMs))) : undefined,
    naiveFailedOn: results.filter((r) => WITH_NAIVE && !r.naive).map((r) => r.page),
    medianEngineMs: median(results.map((r) => r.engine.totalMs)),
    medianFloorMs: median(results.map((r) => r.floor.ms)),
    medianNaiveMs: WITH_NAIVE ? median(withNaive.map((r) => r.naive!.ms)) : undefined,
    longestTaskMs: Math.max(...results.map((r) => r.engine.longestTaskMs)),
    longestTaskPage: results.reduce((a, b) => (b.engine.longestTaskMs > a.engine.longestTaskMs ? b : a)).page,
    longestTypicalTaskMs: Math.max(...results.map((r) => r.engine.typicalLongestTaskMs!)),
    pagesWithATaskOver50Ms: results.filter((r) => r.engine.longestTaskMs > 50).map((r) => r.page),
    medianDoneAfterDclMs: median(results.map((r) => r.engine.doneAfterDclMs)),
    medianHighlights: median(results.map((r) => r.engine.highlights)),
    contentScriptBytes: script.length,
    contentScriptGzipBytes: gzipSync(script).length,
    heapPage: largest,
    heapBytes,
  };

  console.log('\nSummary');
  console.log(`  engine time / floor time, median:        ${fixed(summary.medianEngineOverFloor, 2)}x (target ≤ 1.5x)`);
  if (WITH_NAIVE) {
    console.log(`  naive mark.js time / engine time, median: ${fixed(summary.medianNaiveOverEngine!, 0)}x (target ≥ 50x; over the ${withNaive.length} pages where mark.js finished)`);
  }
  console.log(`  longest engine task on any page:         ${fixed(summary.longestTaskMs)} ms on ${summary.longestTaskPage} (target ≤ 50 ms), in any of ${REPEAT} runs`);
  console.log(`  longest task, median over runs, worst page: ${fixed(summary.longestTypicalTaskMs)} ms`);
  console.log(`  median engine / floor / naive time:      ${fixed(summary.medianEngineMs)} / ${fixed(summary.medianFloorMs)} / ${WITH_NAIVE ? fixed(summary.medianNaiveMs!) : '–'} ms`);
  console.log(`  DOMContentLoaded to fully highlighted:   ${fixed(summary.medianDoneAfterDclMs)} ms (median)`);
  console.log(`  highlights per page:                     ${summary.medianHighlights} (median)`);
  console.log(`  content script:                          ${kb(summary.contentScriptBytes)} minified, ${kb(summary.contentScriptGzipBytes)} gzipped (target ≤ 60 KB)`);
  console.log(`  JS heap added on the largest page:       ${kb(summary.heapBytes)} (${largest})`);

  const outDir = resolve(ROOT, 'bench-results');
  await mkdir(outDir, { recursive: true });
  await writeFile(resolve(outDir, 'latest.json'), JSON.stringify({ date: new Date().toISOString(), summary, results }, null, 2));
  console.log(`\nEvery figure: ${resolve(outDir, 'latest.json')}`);
}

await main();
