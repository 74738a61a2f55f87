import { expect, test, waitForEngineIdle } from './fixtures';
import type { ExtensionGlobal } from '../support/browser';

test.describe('an update or reload of the extension', () => {
  test('leaves an open page exactly as it was, with no errors, once the reader points at a term', async ({ page, server, context, pageErrors }) => {
    await page.goto(`${server.origin}/demo.html`);
    // The demo adds a paragraph after loading; once it is highlighted, the page is complete.
    await page.waitForSelector('#added-later mark');
    await waitForEngineIdle(page);
    const text = await page.evaluate(() => document.body.textContent);
    const term = page.locator('#article mark[data-term="thoracentesis"]');
    await expect(term).toHaveCount(1);
    await term.scrollIntoViewIfNeeded();
    const box = (await term.boundingBox())!;

    // What an update does to the running page: the extension behind its content script goes away.
    const worker = context.serviceWorkers()[0]!;
    const gone = new Promise((closed) => worker.once('close', closed));
    await worker.evaluate(() => (globalThis as ExtensionGlobal).chrome.runtime.reload()).catch(() => {});
    await gone;

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('mark[data-term]')).toHaveCount(0);
    expect(await page.evaluate(() => document.body.textContent)).toBe(text);
    // Every text node is whole again, and no card frame was left behind.
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((el) =>
        [...el.childNodes].some((n, i, all) => n.nodeType === 3 && all[i + 1]?.nodeType === 3),
      ).length,
    );
    expect(split).toBe(0);
    await expect(page.locator('healthlens-card')).toHaveCount(0);
    expect(pageErrors).toEqual([]);
  });
});
