/**
 * One visit of one page, measured the way a reader feels it: a plain Chromium, and Chromium with a
 * build of the extension, side by side. Nothing here needs a hook in the product: script time comes
 * from the debugger protocol, highlights from a MutationObserver in an init script, and "done" from
 * the content script's own page-terms reply (settled).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { chromium, expect, type Browser, type BrowserContext } from '@playwright/test';
import { findChromium, launchWithExtension } from '../support/browser';
import { allPagesSettled } from '../support/page-terms';
import { CORPUS_DIR } from '../support/static-server';
import { runFloor } from './page-baselines';

const HIGHLIGHT = 'mark[data-term]';
export const BLANK = '__blank.html';

export interface Visit {
  /** CDP ScriptDuration of the tab, ms: every script that ran in its renderer's main thread. */
  scriptMs: number;
  highlights: number;
  /** DOMContentLoaded to the last highlight inserted, ms (null: none). */
  latencyMs: number | null;
  /** Longest main-thread task after DOMContentLoaded, ms. */
  longestTaskMs: number;
  /** How the visit ended: the extension said it had settled, or a plain tab had loaded. */
  done: 'settled' | 'plain';
  floorMs?: number;
  words?: number;
}

/** Serves corpus pages with the page's own scripts blocked, a blank page, and grown copies. */
export async function startBenchServer() {
  const grown = new Map<string, string>();
  const html = (path: string): string | undefined => {
    if (path === `/${BLANK}`) return '<!doctype html><html><head><title>Blank</title></head><body><p>Nothing here.</p></body></html>';
    // /x<N>/<page>: the page with its body's content repeated N times.
    const repeated = /^\/x(\d+)\/([\w.-]+)$/.exec(path);
    const times = repeated?.[1] ?? '1';
    const name = repeated?.[2] ?? path.slice(1);
    const file = resolve(CORPUS_DIR, name);
    if (!file.startsWith(CORPUS_DIR) || !existsSync(file)) return undefined;
    const key = `${times}/${name}`;
    if (!grown.has(key)) grown.set(key, repeatBody(readFileSync(file, 'utf8'), Number(times)));
    return grown.get(key);
  };
  const server = createServer((request, response) => {
    const body = html(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'",
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise<void>((done) => server.close(() => done())) };
}

function repeatBody(page: string, times: number): string {
  if (times === 1) return page;
  const open = page.search(/<body[^>]*>/i);
  const close = page.toLowerCase().lastIndexOf('</body>');
  if (open < 0 || close < open) return page;
  const start = page.indexOf('>', open) + 1;
  return page.slice(0, start) + page.slice(start, close).repeat(times) + page.slice(close);
}

/** Records, in every page, the last highlight inserted, DOMContentLoaded and long tasks. */
async function instrument(context: BrowserContext) {
  await context.addInitScript((selector: string) => {
    const state = { last: -1, dcl: -1, longest: 0 };
    (window as any).__bench = state;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) {
            state.last = performance.now();
            return;
          }
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => (state.dcl = performance.now()));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (state.dcl >= 0 && entry.startTime + entry.duration >= state.dcl) state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  }, HIGHLIGHT);
}

export async function launchPlain(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext();
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort('blockedbyclient'));
  await instrument(context);
  return { browser, context };
}

export async function launchExtension(extensionDir: string): Promise<BrowserContext> {
  const { context } = await launchWithExtension({ extensionDir });
  await instrument(context);
  return context;
}

/**
 * Opens `url` in a new tab, waits until it is done, reads the metrics, then (plain tab only,
 * `floorPattern` given) runs the floor: after the metrics, so the floor's own time is not counted.
 */
export async function visit(
  context: BrowserContext,
  url: string,
  options: { extension: boolean; floorPattern?: string; words?: boolean; timeoutMs?: number },
): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The page's own scripts are off, so the plain tab is done once loaded; the extension's tab when
  // the content script itself says it has read the whole page.
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const done: Visit['done'] = options.extension ? 'settled' : 'plain';
  if (options.extension) await expect.poll(() => allPagesSettled(context), { timeout: options.timeoutMs ?? 60_000 }).toBe(true);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const state = await page.evaluate((selector) => {
    const s = (window as any).__bench;
    return { ...s, highlights: document.querySelectorAll(selector).length };
  }, HIGHLIGHT);
  const result: Visit = {
    scriptMs,
    highlights: state.highlights,
    latencyMs: state.last >= 0 && state.dcl >= 0 ? state.last - state.dcl : null,
    longestTaskMs: state.longest,
    done,
  };
  if (options.words) result.words = await page.evaluate(() => (document.body.innerText.match(/\S+/g) ?? []).length);
  if (options.floorPattern) result.floorMs = (await page.evaluate(runFloor, options.floorPattern)).ms;
  await page.close();
  return result;
}
