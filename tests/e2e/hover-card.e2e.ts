import type { Frame, Page } from '@playwright/test';
import { expect, test, waitForEngineIdle } from './fixtures';

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
});
