import type { Frame, Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { cardBox, cardFrame, hoverTerm, openTerm, stepTerm, clickInCard } from './card-helpers';
import { cardHistory, letCardTimersRunOut, recordCardHistory } from './card-timing';
import { expect, test, waitForEngineIdle } from './fixtures';

const VIEWPORT = { width: 1000, height: 700 };

/** A picture of the open card, inset from its rounded corners and shadow (which show the page). */
async function cardPicture(page: Page, selector: string): Promise<PNG> {
  const frame = await hoverTerm(page, selector, 'thoracentesis');
  await frame.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const card = await cardBox(frame);
  const inset = 10;
  const shot = await page.screenshot({ clip: { x: card.x + inset, y: card.y + inset, width: card.width - 2 * inset, height: card.height - 2 * inset } });
  return PNG.sync.read(shot);
}

/** Where every element of the page is, to show opening a card moves nothing. */
const layoutOf = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => !element.matches('mark[data-term]'))
      .map((element) => JSON.stringify(element.getBoundingClientRect())),
  );

test.describe('the hover card on hostile and dark pages', () => {
  test('looks and works the same, and the page does not move', async ({ page, server }) => {
    await page.setViewportSize(VIEWPORT);
    const pictures: Record<string, PNG> = {};
    for (const name of ['plain', 'hostile', 'dark']) {
      await page.goto(`${server.origin}/card/${name}.html`);
      await waitForEngineIdle(page);
      const before = await layoutOf(page);
      pictures[name] = await cardPicture(page, 'mark[data-term="thoracentesis"]');
      expect(await layoutOf(page), `${name}: layout`).toEqual(before);
      // It works there too: "More" and the close button.
      const frame = page.frames().find((f) => f.url().endsWith('/card.html'))!;
      await clickInCard(page, frame.getByRole('button', { name: 'More about thoracentesis' }));
      await expect(frame.getByRole('heading', { name: 'Sources' })).toBeVisible();
      await clickInCard(page, frame.getByRole('button', { name: 'Close' }));
      await expect.poll(() => openTerm(frame)).toBeUndefined();
    }
    const plain = pictures.plain!;
    for (const name of ['hostile', 'dark']) {
      const other = pictures[name]!;
      expect([other.width, other.height], `${name}: size`).toEqual([plain.width, plain.height]);
      const differing = pixelmatch(plain.data, other.data, undefined, plain.width, plain.height, { threshold: 0.1 });
      expect(differing / (plain.width * plain.height), `${name}: share of pixels that differ`).toBeLessThan(0.002);
    }
  });

  test('follows the reader’s dark mode and reduced motion, whatever the page', async ({ page, server }) => {
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${server.origin}/card/dark.html`);
    await waitForEngineIdle(page);
    const cardStyle = (frame: Frame) =>
      frame.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.card')!);
        return { background: style.backgroundColor, animation: style.animationName };
      });
    // A dark page, a reader in light mode: a light card that fades in.
    let frame = await hoverTerm(page, 'mark[data-term="thoracentesis"]', 'thoracentesis');
    expect(await cardStyle(frame)).toEqual({ background: 'rgb(255, 255, 255)', animation: 'appear' });
    await page.keyboard.press('Escape');

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/card/plain.html`);
    await waitForEngineIdle(page);
    frame = await hoverTerm(page, 'mark[data-term="thoracentesis"]', 'thoracentesis');
    expect(await cardStyle(frame)).toEqual({ background: 'rgb(30, 35, 40)', animation: 'none' });
  });
});

test.describe('the hover card’s position', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${server.origin}/card/edges.html`);
    await waitForEngineIdle(page);
  });

  for (const [corner, termId] of [
    ['top-left', 'thoracentesis'],
    ['top-right', 'biopsy'],
    ['bottom-left', 'spirometry'],
    ['bottom-right', 'bronchoscopy'],
  ] as const) {
    test(`stays inside the viewport and off the term at the ${corner}`, async ({ page }) => {
      const term = page.locator(`#${corner} mark`);
      const frame = await hoverTerm(page, `#${corner} mark`, termId);
      const card = await cardBox(frame);
      const box = (await term.boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.y).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(VIEWPORT.width);
      expect(card.y + card.height).toBeLessThanOrEqual(VIEWPORT.height);
      const overlaps = card.x < box.x + box.width && box.x < card.x + card.width && card.y < box.y + box.height && box.y < card.y + card.height;
      expect(overlaps).toBe(false);
      // Below terms at the top, above terms at the bottom.
      if (corner.startsWith('top')) expect(card.y).toBeGreaterThanOrEqual(box.y + box.height);
      else expect(card.y + card.height).toBeLessThanOrEqual(box.y);
    });
  }

  /** Rests the pointer on the middle of the card, which keeps it open while things scroll under it. */
  async function restOnCard(page: Page, card: { x: number; y: number; width: number; height: number }) {
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 4 });
  }

  test('follows a term in a scrolled box as the box scrolls', async ({ page }) => {
    await page.locator('#box').evaluate((box) => (box.scrollTop = 40));
    const frame = await hoverTerm(page, '#boxed mark[data-term="hemoptysis"]', 'hemoptysis');
    const before = await cardBox(frame);
    await restOnCard(page, before);
    const termBefore = (await page.locator('#boxed mark[data-term="hemoptysis"]').boundingBox())!;
    await page.locator('#box').evaluate((box) => (box.scrollTop = 60));
    const termAfter = (await page.locator('#boxed mark[data-term="hemoptysis"]').boundingBox())!;
    expect(termAfter.y).toBeCloseTo(termBefore.y - 20, 0);
    await expect.poll(async () => (await cardBox(frame)).y).toBeCloseTo(before.y - 20, 0);
  });

  test('closes when a scrolled box hides its term, though the term is still inside the viewport', async ({ page, context, server }) => {
    await recordCardHistory(context);
    // Opened from the keyboard, with the pointer far away: only the scrolling can close it.
    await page.mouse.move(5, 350);
    await page.locator('#bottom-right mark').evaluate((term: HTMLElement) => {
      term.tabIndex = -1;
      term.focus();
    });
    await stepTerm(context, 1);
    const frame = await cardFrame(page);
    await expect.poll(() => openTerm(frame)).toBe('hemoptysis');
    // It does not close by itself, however long it is left.
    await letCardTimersRunOut(context, server);
    expect(await cardHistory(frame)).toEqual(['hemoptysis']);
    await page.locator('#box').evaluate((box) => (box.scrollTop = box.scrollHeight));
    const term = (await page.locator('#boxed mark[data-term="hemoptysis"]').boundingBox())!;
    expect(term.y + term.height).toBeGreaterThan(0);
    await expect.poll(() => openTerm(frame)).toBeUndefined();
  });

  test('follows the term when the page scrolls, and closes when it leaves the viewport', async ({ page }) => {
    await page.evaluate(() => {
      document.body.style.height = '3000px';
      window.scrollTo(0, 100);
    });
    const frame = await hoverTerm(page, '#boxed mark[data-term="hemoptysis"]', 'hemoptysis');
    const before = await cardBox(frame);
    await restOnCard(page, before);
    await page.evaluate(() => window.scrollTo(0, 130));
    await expect.poll(async () => (await cardBox(frame)).y).toBeCloseTo(before.y - 30, 0);
    await page.evaluate(() => window.scrollTo(0, 1000));
    await expect.poll(() => openTerm(frame)).toBeUndefined();
  });
});
