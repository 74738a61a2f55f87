import type { Locator } from '@playwright/test';
import { axeViolationsInCard, cardBox, cardFrame, hoverTerm, openTerm, stepTerm, clickInCard } from './card-helpers';
import { cardHistory, letCardTimersRunOut, recordCardHistory } from './card-timing';
import { expect, test, waitForEngineIdle } from './fixtures';
import { findTerm } from '../../glossary';

/** The middle of a term, where the pointer goes. */
async function middleOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('the hover card', () => {
  test.beforeEach(async ({ page, server, context }) => {
    await recordCardHistory(context);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
  });

  test('opens after the pointer rests on a term, not while it passes over it, with the explanation', async ({ page, context, server }) => {
    const term = page.locator('#article mark[data-term="thoracentesis"]');
    await term.scrollIntoViewIfNeeded();
    // Over thoracentesis and on to the word before it, where the pointer stays.
    const over = await middleOf(term);
    await page.mouse.move(over.x, over.y);
    await page.mouse.move((await term.boundingBox())!.x - 6, over.y);
    await letCardTimersRunOut(context, server);
    // No card, nor even its frame: the frame is made when a card first opens.
    expect(page.frames().filter((frame) => frame.url().endsWith('/card.html'))).toEqual([]);

    await term.hover();
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

  test('a medicine’s card carries its safety facts and when to get help', async ({ page }) => {
    const frame = await hoverTerm(page, '#article mark[data-term="pain-medicine"]', 'pain-medicine');
    const entry = findTerm('pain-medicine')!;
    const dialog = frame.getByRole('dialog');
    await expect(dialog).toContainText(`Safety: ${entry.safety}`);
    await expect(dialog).toContainText(`When to get help: ${entry.whenToGetHelp}`);
    await expect(dialog).toContainText('call 911 (or your local emergency number)');
    // The same in full, from "More".
    await clickInCard(page, frame.getByRole('button', { name: /^More about/ }));
    await expect(frame.getByRole('region', { name: 'Safety' })).toContainText(entry.safety!);
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

  test('stays open while the pointer moves onto it, and closes from its close button', async ({ page, context, server }) => {
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
    // Across the gap between term and card, over the page (which starts the close grace), onto the card.
    const termBox = (await page.locator('#article mark[data-term="thoracentesis"]').boundingBox())!;
    const cardArea = await cardBox(frame);
    const termBottom = termBox.y + termBox.height;
    const gapY = cardArea.y >= termBottom ? (termBottom + cardArea.y) / 2 : (cardArea.y + cardArea.height + termBox.y) / 2;
    await page.mouse.move(termBox.x + termBox.width / 2, gapY);
    await page.mouse.move(card.x, card.y, { steps: 2 });
    // Longer than the close grace, with the pointer resting on the card: it never closed.
    await letCardTimersRunOut(context, server);
    expect(await cardHistory(frame)).toEqual(['thoracentesis']);
    const close = await centre('.close');
    await page.mouse.click(close.x, close.y);
    await expect.poll(() => openTerm(frame)).toBeUndefined();
  });

  test('"More" opens the full explanation in the card, with related terms and a way back', async ({ page }) => {
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await clickInCard(page, frame.getByRole('button', { name: 'More about thoracentesis' }));
    await expect(frame.getByRole('heading', { name: 'Related terms' })).toBeVisible();
    await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await clickInCard(page, frame.getByRole('button', { name: '← Back' }));
    await expect(frame.getByRole('button', { name: 'More about thoracentesis' })).toBeVisible();
  });

  test('once the reader clicks in it, the card stays put until closed on purpose', async ({ page, context, server }) => {
    const frame = await hoverTerm(page, '#article mark[data-term="thoracentesis"]', 'thoracentesis');
    await clickInCard(page, frame.getByRole('button', { name: 'More about thoracentesis' }));
    await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
    // The bigger view stays on the same side of the term, so it is still under the pointer.
    // Moving away, or over another term, neither closes nor swaps it.
    await page.mouse.move(990, 690, { steps: 3 });
    await page.locator('#article mark[data-term="sputum-cytology"]').hover();
    // Longer than both the close grace and the open delay, with the pointer resting on the other term.
    await letCardTimersRunOut(context, server);
    expect(await cardHistory(frame)).toEqual(['thoracentesis']);
    await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();
    // A new card is not pinned: leaving it closes it.
    await page.mouse.move(990, 690);
    await page.locator('#article mark[data-term="sputum-cytology"]').hover();
    await expect.poll(() => openTerm(frame)).toBe('sputum-cytology');
    await page.mouse.move(990, 690);
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

  test('screen readers hear the term and its summary; Tab goes into the card and Esc comes back to the term', async ({ page, context }) => {
    await page.locator('input[name="q"]').focus();
    await stepTerm(context, 1);
    const termId = (await page.evaluate(() => document.activeElement?.getAttribute('data-term')))!;
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe(termId);
    const name = await frame.locator('#card-title').textContent();
    const summary = await frame.locator('#card-summary').textContent();
    // The announcement is a polite live region in the card's frame.
    const announcer = frame.getByRole('status');
    await expect(announcer).toHaveText(`${name}: ${summary} Press Tab for more.`);
    // The card is a dialog named by the term and described by its summary.
    await expect(frame.getByRole('dialog', { name: name! })).toHaveAccessibleDescription(summary!);

    await page.keyboard.press('Tab');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.className)).toBe('card');
    await page.keyboard.press('Tab');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-term'))).toBe(termId);
    await expect(announcer).toHaveText('');
  });

  test('axe finds no accessibility violations in the open card, in each of its views', async ({ page }) => {
    const frame = await hoverTerm(page, '#article mark[data-term="pack-year"] >> nth=0', 'pack-year');
    expect(await axeViolationsInCard(frame)).toEqual([]);
    await clickInCard(page, frame.getByRole('button', { name: 'More about pack-year' }));
    await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
    expect(await axeViolationsInCard(frame)).toEqual([]);
    await clickInCard(page, frame.getByRole('button', { name: '← Back' }));
    await clickInCard(page, frame.getByRole('button', { name: 'Is screening recommended for me?' }));
    await expect(frame.getByRole('heading', { name: 'Is lung cancer screening recommended for me?' })).toBeFocused();
    expect(await axeViolationsInCard(frame)).toEqual([]);
  });
});
