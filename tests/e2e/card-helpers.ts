import type { BrowserContext, Frame, Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from './fixtures';
import { newestTabId, type ExtensionGlobal } from '../support/browser';

/** The hover card's frame (an extension page inside a closed shadow root), once it exists. */
export async function cardFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().endsWith('/card.html'))).toBe(true);
  return page.frames().find((frame) => frame.url().endsWith('/card.html'))!;
}

/** The term whose card is open, or undefined. */
export const openTerm = (frame: Frame) => frame.evaluate(() => document.body.dataset.open);

/** Hovers a highlighted term and waits for its card; returns the card's frame. */
export async function hoverTerm(page: Page, selector: string, termId: string): Promise<Frame> {
  await page.locator(selector).hover();
  const frame = await cardFrame(page);
  await expect.poll(() => openTerm(frame)).toBe(termId);
  await expect.poll(() => page.evaluate(() => document.querySelector('healthlens-card') !== null)).toBe(true);
  return frame;
}

/** The open card's box, in the page's viewport pixels (the frame covers the viewport from 0,0). */
export function cardBox(frame: Frame): Promise<{ x: number; y: number; width: number; height: number }> {
  return frame.evaluate(() => {
    const { x, y, width, height } = document.querySelector('.card')!.getBoundingClientRect();
    return { x, y, width, height };
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What the card's frame has once axe-core's script has run in it: the little of axe we use. */
type WithAxe = typeof window & {
  axe: {
    run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { html: string }[] }[] }>;
  };
};

/**
 * Runs axe-core inside the card's frame, where it really is (a closed shadow root that page-level
 * scans cannot enter), and returns its violations.
 */
export async function axeViolationsInCard(frame: Frame): Promise<{ id: string; help: string; nodes: string[] }[]> {
  // Colours are only right once the card's fade-in has finished (none with reduced motion).
  await frame.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  return frame.evaluate(async () => {
    const axe = (window as WithAxe).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.html) }));
  });
}

/** Sends the keyboard command's message to the newest tab, from the extension's service worker. */
export async function stepTerm(context: BrowserContext, direction: 1 | -1): Promise<void> {
  const tabId = await newestTabId(context);
  await context.serviceWorkers()[0]!.evaluate(
    ([id, dir]) => (globalThis as ExtensionGlobal).chrome.tabs.sendMessage(id, { type: 'healthlens:step-term', direction: dir }, { frameId: 0 }),
    [tabId, direction] as const,
  );
}

/**
 * Clicks an element in the card with the real mouse, as a reader would. The card's frame covers
 * the viewport from its top left corner, so frame coordinates are page coordinates. An element
 * scrolled out of sight inside the card is first scrolled into view within the card only
 * (Playwright's own scrolling also scrolls the page, which moves the term and can close the card;
 * and its check that nothing covers the element cannot see into the closed shadow root).
 */
export async function clickInCard(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  const point = await target.evaluate((element) => {
    const card = element.closest('.card')!;
    const box = element.getBoundingClientRect();
    const cardBox = card.getBoundingClientRect();
    if (box.top < cardBox.top || box.bottom > cardBox.bottom) card.scrollTop += box.top - cardBox.top - cardBox.height / 3;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x: x + width / 2, y: y + height / 2 };
  });
  await page.mouse.click(point.x, point.y);
}
