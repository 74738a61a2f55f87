import { existsSync, readdirSync } from 'node:fs';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension, setExtensionStorage } from '../support/browser';
import { CORPUS_DIR, startStaticServer, type StaticServer } from '../support/static-server';
import { allPagesSettled } from '../support/page-terms';

/*
 * Integrity across ../shared/corpus/pages (real saved pages): with HealthLens, every page's text is
 * the same as without it, and pausing leaves the DOM exactly as if HealthLens had never run.
 */
const pages = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.html')).sort() : [];
/** Pages also run with their own scripts on, to catch errors HealthLens might cause in them. */
const SCRIPTED_PAGES = 8;

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let server: StaticServer;
let page: Page;

test.beforeAll(async () => {
  if (pages.length === 0) return;
  server = await startStaticServer();
  ({ context } = await launchWithExtension());
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

async function setPaused(paused: boolean): Promise<void> {
  await setExtensionStorage(context, { pause: { everywhere: paused, sites: [] } });
}

async function waitForIdle(): Promise<void> {
  // What HealthLens itself reports: every text of the page read and highlighted.
  await expect.poll(() => allPagesSettled(context), { timeout: 30_000 }).toBe(true);
}

const snapshot = () => page.evaluate(() => ({ text: document.documentElement.textContent, html: document.documentElement.outerHTML }));

test('the corpus folder is present', () => {
  test.skip(pages.length === 0, `SKIPPED: no corpus at ${CORPUS_DIR}; integrity tests did not run`);
  expect(pages.length).toBeGreaterThan(100);
});

for (const name of pages) {
  test(`corpus page keeps its text and is restored exactly: ${name}`, async () => {
    const url = `${server.origin}/corpus/${name}?csp=none`;
    await setPaused(true);
    await page.goto(url, { waitUntil: 'load' });
    const untouched = await snapshot();

    await setPaused(false);
    await page.goto(url, { waitUntil: 'load' });
    await waitForIdle();
    const highlighted = await snapshot();
    expect(highlighted.text === untouched.text, 'text with highlights equals the text without').toBe(true);

    await setPaused(true);
    await expect(page.locator('mark[data-term]')).toHaveCount(0);
    const restored = await snapshot();
    expect(restored.html === untouched.html, 'paused page equals the page HealthLens never touched').toBe(true);
  });
}

for (const name of pages.slice(0, SCRIPTED_PAGES)) {
  test(`corpus page with its own scripts shows no new errors: ${name}`, async () => {
    const url = `${server.origin}/corpus/${name}`;
    const errorsWhile = async (paused: boolean) => {
      const errors: string[] = [];
      const onError = (error: Error) => errors.push(error.message);
      page.on('pageerror', onError);
      await setPaused(paused);
      await page.goto(url, { waitUntil: 'load' });
      // Paused or not, HealthLens says when it is done with the page: errors it caused come before.
      await waitForIdle();
      page.off('pageerror', onError);
      return errors;
    };
    const without = await errorsWhile(true);
    const withExtension = await errorsWhile(false);
    expect(withExtension.filter((message) => !without.includes(message))).toEqual([]);
  });
}
