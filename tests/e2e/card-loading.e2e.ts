import type { Frame, Page } from '@playwright/test';
import { cardFrame, clickInCard, hoverTerm, openTerm, stepTerm } from './card-helpers';
import { expect, test, waitForEngineIdle } from './fixtures';
import { glossary } from '../../glossary';
import { cardContentFor } from '../../glossary/card-content';
import { GUIDELINES } from '../../screening/guidelines';
import { PLCOM2012_SOURCE } from '../../screening/risk-model';
import { PAGE_UI_FILE } from '../../content/page-ui/handover';

/**
 * What the card's frame loads before anything in it is clicked: under 40 KB of its own code
 * besides Preact (about 13 KB). Today about 48 KB in all; the glossary made it 297 KB.
 */
const FIRST_CARD_JS_BUDGET = 56_000;

/**
 * The extension's files the browser has fetched so far, in order, with repeats (the test fixture
 * records every request; the extension's own pages are the card's frame here).
 */
const extensionFiles = (requests: URL[], extensionId: string) =>
  requests.filter((url) => url.protocol === 'chrome-extension:' && url.host === extensionId).map((url) => url.pathname);

/** The text of each script among `paths`, as the frame gets it, by path. */
async function scriptsOf(frame: Frame, paths: string[]): Promise<Map<string, string>> {
  const scripts = [...new Set(paths.filter((path) => path.endsWith('.js')))];
  const texts = await frame.evaluate((list) => Promise.all(list.map((path) => fetch(path).then((r) => r.text()))), scripts);
  return new Map(scripts.map((path, i) => [path, texts[i]!]));
}

/** A stretch of each entry's summary long enough to be its own (plain characters, as a bundle keeps them). */
const summaryMarks = glossary.map(({ id, summary }) => {
  const [mark] = summary.match(/[A-Za-z0-9 ,.]{24,}/g)!.sort((a, b) => b.length - a.length);
  return { id, mark: mark.trim() };
});

/** Hovers a term and waits for its card; the frame is new, so what it fetched is this card's alone. */
async function firstCard(page: Page, selector: string, termId: string) {
  const frame = await hoverTerm(page, selector, termId);
  await expect(frame.getByRole('dialog')).toBeVisible();
  return frame;
}


/** The card's own reads (the content script's reads of the term index, index/*, are not the card's). */
const isCardFile = (path: string) => path.endsWith('.json') && !path.startsWith('/index/');
/** The card frame's scripts (the content script loads the page UI, PAGE_UI_FILE, itself). */
const cardScripts = (paths: string[]) => paths.filter((path) => path !== PAGE_UI_FILE);

test.describe('what a hover card loads', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1000, height: 700 }));

  test('its term’s own file and a small script with no glossary in it; the screening check only when opened', async ({ page, server, requests, extensionId }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const frame = await firstCard(page, '#article mark[data-term="pack-year"] >> nth=0', 'pack-year');

    const loaded = extensionFiles(requests, extensionId);
    expect(loaded.filter((path) => path.startsWith('/chunks/card-'))).toHaveLength(1);
    expect(loaded.filter(isCardFile)).toEqual(['/terms/pack-year.json']);
    const scripts = await scriptsOf(frame, cardScripts(loaded));
    expect(scripts.size).toBeGreaterThan(0);
    const everything = [...scripts.values()].join('\n');
    // The marks are text a script carrying the glossary keeps: the popup's, which searches it, has them all.
    const popupHtml = await frame.evaluate(() => fetch('/popup.html').then((response) => response.text()));
    const popupScripts = await scriptsOf(frame, [...popupHtml.matchAll(/(?:src|href)="(\/chunks\/[^"]+\.js)"/g)].map((match) => match[1]!));
    const popupText = [...popupScripts.values()].join('\n');
    expect(summaryMarks.filter(({ mark }) => !popupText.includes(mark)).map(({ id }) => id)).toEqual([]);
    expect(summaryMarks.filter(({ mark }) => everything.includes(mark)).map(({ id }) => id)).toEqual([]);
    const bytes = [...scripts.values()].reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0);
    expect(bytes).toBeLessThan(FIRST_CARD_JS_BUDGET);
    // No screening rules or risk model yet.
    const screeningMarks = [GUIDELINES[0]!.source.url, PLCOM2012_SOURCE.url];
    for (const mark of screeningMarks) expect(everything).not.toContain(mark);

    const beforeOpening = requests.length;
    await clickInCard(page, frame.getByRole('button', { name: 'Is screening recommended for me?' }));
    await expect(frame.getByRole('heading', { name: 'Is lung cancer screening recommended for me?' })).toBeFocused();
    const added = extensionFiles(requests.slice(beforeOpening), extensionId).filter((path) => !loaded.includes(path));
    const addedScripts = await scriptsOf(frame, added);
    expect(addedScripts.size).toBeGreaterThan(0);
    const screening = [...addedScripts.values()].join('\n');
    for (const mark of screeningMarks) expect(screening).toContain(mark);
    expect(summaryMarks.filter(({ mark }) => screening.includes(mark)).map(({ id }) => id)).toEqual([]);
  });

  test('a related term’s file only when it is opened, and each file once', async ({ page, server, requests, extensionId }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const frame = await firstCard(page, '#article mark[data-term="thoracentesis"]', 'thoracentesis');
    await clickInCard(page, frame.getByRole('button', { name: 'More about thoracentesis' }));
    const related = frame.getByRole('region', { name: 'Related terms' });
    await expect(related.getByRole('button', { name: 'Pleural effusion' })).toBeVisible();
    const json = () => extensionFiles(requests, extensionId).filter(isCardFile);
    expect(json()).toEqual(['/terms/thoracentesis.json']);

    await clickInCard(page, related.getByRole('button', { name: 'Pleural effusion' }));
    const pleuralEffusion = cardContentFor('pleural-effusion')!;
    await expect(frame.getByRole('heading', { level: 2, name: pleuralEffusion.name })).toBeFocused();
    await expect(frame.getByRole('dialog')).toContainText(pleuralEffusion.summary);
    expect(json()).toEqual(['/terms/thoracentesis.json', '/terms/pleural-effusion.json']);

    // The same card again: drawn from what was fetched, not fetched again.
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();
    await page.mouse.move(990, 690);
    await page.locator('#article mark[data-term="thoracentesis"]').hover();
    await expect.poll(() => openTerm(frame)).toBe('thoracentesis');
    await expect(frame.getByRole('heading', { name: 'Thoracentesis' })).toBeVisible();
    expect(json()).toEqual(['/terms/thoracentesis.json', '/terms/pleural-effusion.json']);
  });

  test('an id the glossary does not have closes the open card, and the next term’s card still opens', async ({ page, context, server, requests, extensionId }) => {
    await page.goto(`${server.origin}/card/plain.html`);
    await waitForEngineIdle(page);
    // A page can write marks that look like highlights, with any id; known ones between them.
    const made = ['no-such-term', 'sputum-cytology', '../card', 'sputum-cytology', 'Thoracentesis'];
    await page.evaluate((ids) => {
      for (const id of ids) {
        const mark = document.createElement('mark');
        mark.className = 'healthlens-term';
        mark.dataset.term = id;
        mark.textContent = id;
        const line = document.createElement('p');
        line.append(mark);
        document.body.append(line);
      }
    }, made);
    // The keyboard shortcut opens each term's card in turn, whatever is open: the page's own
    // highlights first, then the made-up marks.
    await stepTerm(context, 1);
    const frame = await cardFrame(page);
    const highlights = await page.locator('#text mark[data-term]').count();
    for (let i = 1; i < highlights; i++) await stepTerm(context, 1);
    await expect.poll(() => openTerm(frame)).toBe(await page.locator('#text mark[data-term]').last().getAttribute('data-term'));
    for (const id of made) {
      await stepTerm(context, 1);
      if (id === 'sputum-cytology') {
        await expect.poll(() => openTerm(frame)).toBe(id);
        await expect(frame.getByRole('heading', { name: 'Sputum cytology' })).toBeVisible();
      } else {
        await expect.poll(() => openTerm(frame), { message: id }).toBeUndefined();
        expect(await frame.evaluate(() => document.querySelector('.card'))).toBeNull();
      }
    }
    // A kebab-case id was looked for and not found; the others ('../card', 'Thoracentesis') never reached a fetch.
    // (The content script's own reads of the term index, index/*, are not the card's.)
    const json = extensionFiles(requests, extensionId).filter(isCardFile);
    expect(json).toContain('/terms/sputum-cytology.json');
    expect(json).toContain('/terms/no-such-term.json');
    expect(json.filter((path) => !/^\/terms\/[a-z0-9-]+\.json$/.test(path))).toEqual([]);
  });

  test('the build wrote every entry’s file, holding its card content', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/card.html`);
    const files = await page.evaluate(
      (ids) => Promise.all(ids.map((id) => fetch(`/terms/${id}.json`).then((response) => response.json()))),
      glossary.map(({ id }) => id),
    );
    expect(files).toEqual(glossary.map(({ id }) => JSON.parse(JSON.stringify(cardContentFor(id)))));
  });
});
