/**
 * `npm start`: opens Chromium with the built extension on the project's demo page.
 * With a display, the browser stays open until you close it. Without one (a server, CI), it runs
 * headless and saves screenshots of the highlighted page to a folder it prints.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, newestTabId } from '../tests/support/browser';
import { untilPagesSettled } from '../tests/support/page-terms';
import { startStaticServer } from '../tests/support/static-server';
import { screeningForm } from '../tests/e2e/screening-form';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startStaticServer();
const { context } = await launchWithExtension({ headless: !hasDisplay, blockOtherHosts: !hasDisplay });
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1100, height: 900 });
await page.goto(`${server.origin}/demo.html`);
await untilPagesSettled(context);
const highlights = await page.locator('mark[data-term]').count();

if (hasDisplay) {
  console.log(`HealthLens is running on ${page.url()} (${highlights} highlights). Close the browser to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'demo-page.png'), fullPage: true });
  await page.locator('#article').screenshot({ path: resolve(SCREENSHOT_DIR, 'demo-article.png') });
  // The article's first screen, small enough for the README.
  const box = (await page.locator('#article').boundingBox())!;
  await page.screenshot({
    path: resolve(SCREENSHOT_DIR, 'demo-first-screen.png'),
    clip: { x: box.x, y: box.y, width: box.width, height: 460 },
  });
  await screenshotCard(page, 'thoracentesis', 'hover-card.png');
  // A medicine's card, with its safety facts and when to get help.
  await screenshotCard(page, 'pain-medicine', 'hover-card-medicine.png');
  await screenshotInlineCheck(page);
  await screenshotPopup(context);
  console.log(`No display found, so HealthLens ran headless: ${highlights} highlights on the demo page.`);
  console.log(`Screenshots saved in ${SCREENSHOT_DIR}`);
  await context.close();
}
await server.close();

/**
 * The popup's views, opened as a page about the demo tab (`?tab=`, as the popup tests do): the
 * look-up, a term, the terms on the page, and the screening check with answers filled in.
 */
async function screenshotPopup(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  const extensionId = new URL(worker.url()).host;
  const tabId = await newestTabId(context);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 560, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const shot = (name: string) => popup.screenshot({ path: resolve(SCREENSHOT_DIR, `popup-${name}.png`), fullPage: true });

  await popup.getByRole('combobox').fill('brochoscopy');
  await popup.getByRole('option').first().waitFor();
  await shot('look-up');
  await popup.getByRole('combobox').press('Enter');
  // The term view draws once its file (terms/<id>.json) has loaded.
  await popup.locator('article.term').waitFor();
  await shot('term');
  await popup.getByRole('button', { name: '← Back' }).click();
  await popup.getByRole('tab', { name: /On this page/ }).click();
  await popup.getByRole('heading', { name: /terms on this page/ }).waitFor();
  await shot('this-page');
  await popup.getByRole('tab', { name: 'Screening check' }).click();
  await popup.getByLabel('Your age').fill('78');
  await popup.getByLabel('I used to smoke').check();
  await screeningForm(popup).quitYears().fill('10');
  await popup.getByLabel('Work them out for me').check();
  await popup.getByLabel('Cigarettes a day').fill('30');
  await popup.getByLabel('For how many years').fill('25');
  await screeningForm(popup).symptoms('No').check();
  await shot('screening');
  // The personal-risk step for the same person.
  await popup.getByRole('button', { name: 'Estimate my personal risk' }).click();
  await popup.getByLabel('Highest level of school you finished').selectOption('2');
  await popup.getByLabel('Height in cm').fill('172');
  await popup.getByLabel('Weight in kg').fill('80');
  await popup.getByRole('group', { name: /COPD/ }).getByLabel('Yes').check();
  await popup.getByRole('group', { name: /any kind of cancer/ }).getByLabel('No').check();
  await popup.getByRole('group', { name: /parent, brother or sister/ }).getByLabel('Yes').check();
  await popup.getByLabel('Race or ethnic group').selectOption('white');
  await popup.locator('.risk-result').screenshot({ path: resolve(SCREENSHOT_DIR, 'popup-risk.png') });
  await popup.close();
}

/** The hover card open over a term in the demo article, saved as `file`. */
async function screenshotCard(page: Page, termId: string, file: string): Promise<void> {
  const term = page.locator(`#article mark[data-term="${termId}"]`).first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  const isCard = (url: string) => url.endsWith('/card.html');
  const openTerm = () => page.frames().find((f) => isCard(f.url()))?.evaluate(() => document.body.dataset.open);
  for (let i = 0; i < 50 && (await openTerm()) !== termId; i++) {
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(200);
  // The card's frame covers the viewport, so the card's box is in page coordinates.
  const frame = page.frames().find((f) => isCard(f.url()))!;
  const card = await frame.evaluate(() => {
    const { top, bottom, left } = document.querySelector('.card')!.getBoundingClientRect();
    return { top, bottom, left };
  });
  const termBox = (await term.boundingBox())!;
  const top = Math.max(0, Math.min(card.top, termBox.y) - 20);
  const bottom = Math.max(card.bottom, termBox.y + termBox.height) + 20;
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, file), clip: { x: Math.max(0, card.left - 40), y: top, width: 720, height: bottom - top } });
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
}

/** The screening check opened from the card of "pack-year", filled in, beside the article. */
async function screenshotInlineCheck(page: Page): Promise<void> {
  const term = page.locator('#article mark[data-term="pack-year"]').first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  const frame = page.frames().find((f) => f.url().endsWith('/card.html'))!;
  const offer = frame.getByRole('button', { name: 'Is screening recommended for me?' });
  await offer.waitFor();
  await offer.click({ force: true });
  await frame.getByLabel('Your age').fill('66');
  await frame.getByLabel('I used to smoke').check({ force: true });
  await screeningForm(frame).quitYears().fill('8');
  await frame.getByLabel('Pack-years', { exact: true }).fill('25');
  await screeningForm(frame).symptoms('No').check({ force: true });
  // Scrolled (inside the card) so the answers given and the guidelines' verdicts both show.
  await frame.locator('.card').evaluate((card) => {
    const results = card.querySelector<HTMLElement>('.results-heading')!;
    card.scrollTop = results.offsetTop - card.clientHeight / 3;
  });
  await page.waitForTimeout(200);
  const card = await frame.evaluate(() => {
    const { top, bottom, left } = document.querySelector('.card')!.getBoundingClientRect();
    return { top, bottom, left };
  });
  const termBox = (await term.boundingBox())!;
  const top = Math.max(0, Math.min(card.top, termBox.y) - 20);
  const bottom = Math.max(card.bottom, termBox.y + termBox.height) + 20;
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'inline-check.png'), clip: { x: Math.max(0, card.left - 40), y: top, width: 760, height: bottom - top } });
  await page.keyboard.press('Escape');
}
