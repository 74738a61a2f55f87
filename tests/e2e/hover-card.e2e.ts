import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, test, waitForEngineIdle } from './fixtures';
import { newestTabId } from '../support/browser';

/** The hover card's frame (an extension page inside a closed shadow root), once it exists. */
async function cardFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().endsWith('/card.html'))).toBe(true);
  return page.frames().find((frame) => frame.url().endsWith('/card.html'))!;
}

/** The term whose card is open, or undefined. */
const openTerm = (frame: Frame) => frame.evaluate(() => document.body.dataset.open);

test.describe('the hover card', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
  });

  test('opens after the pointer rests on a term, not before, with the explanation', async ({ page }) => {
    const term = page.locator('#article mark[data-term="thoracentesis"]');
    await term.hover();
    await page.waitForTimeout(150);
    // Nothing yet: the card's frame is made when a card first opens.
    expect(page.frames().filter((frame) => frame.url().endsWith('/card.html'))).toEqual([]);
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await expect(frame.getByRole('heading', { name: 'Thoracentesis' })).toBeVisible();
    await expect(frame.getByRole('dialog')).toContainText('Reviewed');
    // Placed beside the term, never over it.
    const termBox = (await term.boundingBox())!;
    const card = await frame.evaluate(() => JSON.parse(JSON.stringify(document.querySelector('.card')!.getBoundingClientRect())));
    const overlaps = card.left < termBox.x + termBox.width && termBox.x < card.right && card.top < termBox.y + termBox.height && termBox.y < card.bottom;
    expect(overlaps).toBe(false);
  });

  test('closes on Esc, and when the pointer leaves', async ({ page }) => {
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();

    await page.mouse.move(990, 690);
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await page.mouse.move(990, 690);
    await expect.poll(() => openTerm(frame), { timeout: 3000 }).toBeUndefined();
  });

  test('stays open while the pointer moves onto it, and closes from its close button', async ({ page }) => {
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    // The frame covers the viewport from its top left corner, so its coordinates are the page's.
    const centre = (selector: string) =>
      frame.evaluate((sel) => {
        const box = document.querySelector(sel)!.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }, selector);
    const card = await centre('.card');
    await page.mouse.move(card.x, card.y, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await openTerm(frame)).toBe('thoracentesis');
    const close = await centre('.close');
    await page.mouse.click(close.x, close.y);
    await expect.poll(() => openTerm(frame)).toBeUndefined();
  });

  test('"More" opens the full explanation in the card, with related terms and a way back', async ({ page }) => {
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await frame.getByRole('button', { name: 'More about thoracentesis' }).click();
    await expect(frame.getByRole('heading', { name: 'Related terms' })).toBeVisible();
    await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await frame.getByRole('button', { name: '← Back' }).click();
    await expect(frame.getByRole('button', { name: 'More about thoracentesis' })).toBeVisible();
  });

  test('swaps cards when the pointer moves from one term to another', async ({ page }) => {
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await page.locator('#article mark[data-term="sputum-cytology"]').hover();
    await expect.poll(() => openTerm(frame)).toBe('sputum-cytology');
  });

  test('leaves the page as it was: no layout change, and nothing left when paused', async ({ page, context }) => {
    await page.locator('#added-later mark').first().waitFor();
    const before = await page.evaluate(() => ({ text: document.body.textContent, height: document.documentElement.scrollHeight }));
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    expect(await page.evaluate(() => ({ text: document.body.textContent, height: document.documentElement.scrollHeight }))).toEqual(before);
    const worker = context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ pause: { everywhere: true, sites: [] } }));
    await expect.poll(() => page.evaluate(() => document.querySelector('healthlens-card'))).toBeNull();
  });

  test('the keyboard shortcut steps through terms, focusing each and opening its card; Esc returns focus', async ({ page, context }) => {
    // The shortcut is a browser command; the browser delivers it to the background, which sends
    // this message to the active tab. Tests send the same message (headless has no toolbar keys).
    const step = (direction: 1 | -1) => stepTerm(context, direction);
    await page.locator('input[name="q"]').focus();
    const focusedBefore = await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
    await step(1);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-term') ?? null);
    const first = await focused();
    expect(first).not.toBeNull();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe(first);
    await step(1);
    const second = await focused();
    expect(second).not.toBeNull();
    await expect.poll(() => openTerm(frame)).toBe(second);
    await step(-1);
    expect(await focused()).toBe(first);
    // Terms never join the Tab order.
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('mark[data-term]')].every((m) => m.tabIndex < 0))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName)).toBe(focusedBefore);
  });
});

/** Sends the keyboard command's message to the newest tab, from the extension's service worker. */
async function stepTerm(context: BrowserContext, direction: 1 | -1): Promise<void> {
  const tabId = await newestTabId(context);
  await context.serviceWorkers()[0]!.evaluate(
    ([id, dir]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'healthlens:step-term', direction: dir }, { frameId: 0 }),
    [tabId, direction] as const,
  );
}
