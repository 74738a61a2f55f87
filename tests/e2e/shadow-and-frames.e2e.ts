import type { Frame, Page } from '@playwright/test';
import { cardFrame, openTerm, stepTerm } from './card-helpers';
import { expect, setPausedEverywhere, test, waitForEngineIdle } from './fixtures';
import { pageTermsReplies } from '../support/page-terms';
import { badgeText, newestTabId } from '../support/browser';

/*
 * Text that lives outside the document's own tree: open shadow roots (nested too), which are
 * highlighted and work like the rest of the page; a closed one, left alone; and about:blank and
 * srcdoc frames, which the page's content script reads as part of the page.
 */

const PAGE = '/web-components.html';

/** The terms marked inside each open shadow root, by the id of the paragraph they sit in. */
function shadowMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const outer = document.getElementById('note')!.shadowRoot!;
    const inner = outer.querySelector('inner-note')!.shadowRoot!;
    const terms = (root: ParentNode) => [...root.querySelectorAll('mark[data-term]')].map((mark) => mark.getAttribute('data-term')!);
    return { shadow: terms(outer.getElementById('shadow')!), nested: terms(inner) };
  });
}

/** The page's own styles in each shadow root: its adopted sheets still there and unchanged, and its style element. */
function pageShadowStyles(page: Page) {
  return page.evaluate(() => {
    const { pageSheets } = window as unknown as { pageSheets: Map<string, CSSStyleSheet[]> };
    const outer = document.getElementById('note')!.shadowRoot!;
    const inner = outer.querySelector('inner-note')!.shadowRoot!;
    const describe = (root: ShadowRoot, own: CSSStyleSheet[]) => ({
      ownSheetsKept: own.every((sheet) => root.adoptedStyleSheets.includes(sheet)),
      ownRules: own.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join(' ')),
      otherSheets: root.adoptedStyleSheets.filter((sheet) => !own.includes(sheet)).length,
      styleElements: [...root.querySelectorAll('style')].map((style) => style.textContent),
    });
    return { outer: describe(outer, pageSheets.get('outer')!), inner: describe(inner, pageSheets.get('inner')!) };
  });
}

async function childFrame(page: Page, selector: string): Promise<Frame> {
  const frame = await page.locator(selector).elementHandle().then((handle) => handle.contentFrame());
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

test.describe('open shadow roots and same-origin frames', () => {
  test.beforeEach(async ({ page, server }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${server.origin}${PAGE}`);
    await expect(page.locator('#in-blank')).toHaveCount(0); // the frame's text is not the top document's
    await expect(page.locator('health-note #nested mark[data-term="copd"]')).toHaveCount(1);
    await waitForEngineIdle(page);
  });

  test('terms in open shadow roots, nested ones too, are highlighted; a closed one is left alone', async ({ page }) => {
    expect(await shadowMarks(page)).toEqual({ shadow: ['chest-x-ray', 'lung-cancer'], nested: ['smoking', 'copd'] });
    expect(await page.evaluate(() => (window as unknown as { closedRoot: ShadowRoot }).closedRoot.querySelectorAll('mark').length)).toBe(0);
    // Styled like any other term, by our own sheet in the shadow root.
    const decoration = await page.locator('health-note #nested mark[data-term="copd"]').evaluate((mark) => getComputedStyle(mark).textDecorationLine);
    expect(decoration).toBe('underline');
  });

  test('a component added later is highlighted too', async ({ page }) => {
    await page.evaluate(() => {
      const note = document.createElement('health-note');
      note.id = 'later';
      document.body.append(note);
    });
    await expect(page.locator('#later #nested mark[data-term="copd"]')).toHaveCount(1);
    await expect(page.locator('#later #shadow mark[data-term="lung-cancer"]')).toHaveCount(1);
  });

  test('the page’s own shadow styles are never changed, and ours go when HealthLens is paused', async ({ page, context }) => {
    const styles = await pageShadowStyles(page);
    const expectedOwn = (ours: number) => ({
      outer: { ownSheetsKept: true, ownRules: ['p { color: rgb(60, 20, 20); }'], otherSheets: ours, styleElements: ['p { margin: 0 0 1rem; }'] },
      inner: { ownSheetsKept: true, ownRules: ['p { color: rgb(20, 60, 20); }'], otherSheets: ours, styleElements: [] },
    });
    expect(styles).toEqual(expectedOwn(1));
    // The page's colours still apply inside its components.
    expect(await page.locator('health-note #nested').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(20, 60, 20)');

    await setPausedEverywhere(context, true);
    await expect.poll(() => shadowMarks(page)).toEqual({ shadow: [], nested: [] });
    expect(await pageShadowStyles(page)).toEqual(expectedOwn(0));
    const text = await page.evaluate(() => document.getElementById('note')!.shadowRoot!.getElementById('shadow')!.textContent);
    expect(text).toBe('A chest X-ray may show signs of lung cancer.');
    // The frames too: no marks, no sheet of ours, their text as it was.
    const srcdoc = await childFrame(page, '#srcdoc-frame');
    await expect(srcdoc.locator('mark')).toHaveCount(0);
    expect(await srcdoc.evaluate(() => ({ sheets: document.adoptedStyleSheets.length, html: document.body.innerHTML })))
      .toEqual({ sheets: 0, html: '<p id="in-srcdoc">A biopsy takes a small sample of tissue.</p>' });
  });

  test('srcdoc and about:blank frames are highlighted and styled, and a term’s card opens over the page', async ({ page }) => {
    const srcdoc = await childFrame(page, '#srcdoc-frame');
    const blank = await childFrame(page, '#blank-frame');
    await expect(srcdoc.locator('#in-srcdoc mark[data-term="biopsy"]')).toHaveCount(1);
    await expect(blank.locator('#in-blank mark[data-term="wheezing"]')).toHaveCount(1);
    for (const frame of [srcdoc, blank]) {
      expect(await frame.locator('mark[data-term]').evaluate((mark) => getComputedStyle(mark).textDecorationLine)).toBe('underline');
    }

    await srcdoc.locator('mark[data-term="biopsy"]').hover();
    const card = await cardFrame(page);
    expect(card.parentFrame()).toBe(page.mainFrame());
    await expect.poll(() => openTerm(card)).toBe('biopsy');
    await expect(card.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card.getByRole('dialog')).toBeHidden();
  });

  test('a frame out of sight is read when it comes into view, not before', async ({ page }) => {
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '4000px';
      const frame = document.createElement('iframe');
      frame.id = 'far-frame';
      frame.srcdoc = '<p id="far">Radon testing kits are cheap.</p>';
      document.body.append(spacer, frame);
    });
    const far = await childFrame(page, '#far-frame');
    await expect(far.locator('#far')).toHaveCount(1);
    await waitForEngineIdle(page);
    await expect(far.locator('mark')).toHaveCount(0);
    await page.locator('#far-frame').scrollIntoViewIfNeeded();
    await expect(far.locator('#far mark[data-term="radon"]')).toHaveCount(1);
  });

  test('the hover card opens on a term in a nested shadow root', async ({ page }) => {
    await page.locator('health-note #nested mark[data-term="copd"]').hover();
    const card = await cardFrame(page);
    await expect.poll(() => openTerm(card)).toBe('copd');
    await expect(card.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card.getByRole('dialog')).toBeHidden();
  });

  test('the keyboard steps through every term in reading order, into shadow roots and frames', async ({ page, context }) => {
    const inReadingOrder = ['lungs', 'emphysema', 'lungs', 'chest-x-ray', 'lung-cancer', 'smoking', 'copd', 'biopsy', 'wheezing', 'radon', 'lungs'];
    for (const term of inReadingOrder) {
      await stepTerm(context, 1);
      await expect.poll(async () => openTerm(await cardFrame(page))).toBe(term);
    }
  });

  test('the toolbar badge counts a frame’s terms, also ones the frame gets later', async ({ page, context }) => {
    const tabId = await newestTabId(context);
    await expect.poll(() => badgeText(context, tabId)).toBe('9');
    const blank = await childFrame(page, '#blank-frame');
    await blank.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">A spirometry test checks how well you breathe.</p>'));
    await expect(blank.locator('#later mark[data-term="spirometry"]')).toHaveCount(1);
    await expect.poll(() => badgeText(context, tabId)).toBe('10');
  });

  test('the popup’s list of the page’s terms includes them', async ({ context }) => {
    const [reply] = await pageTermsReplies(context);
    expect(Object.keys(reply!.counts)).toEqual(['lungs', 'emphysema', 'chest-x-ray', 'lung-cancer', 'smoking', 'copd', 'biopsy', 'wheezing', 'radon']);
  });
});

test('in a same-origin http frame with a script of its own, the card opens there and Esc in the page closes it', async ({ page, server }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${server.origin}/demo.html`);
  await waitForEngineIdle(page);
  const frame = page.frames().find((child) => child.url().endsWith('/demo-frame.html'))!;
  const term = frame.locator('mark[data-term]').first();
  await term.scrollIntoViewIfNeeded();
  const termId = await term.getAttribute('data-term');
  await term.hover();
  await expect.poll(() => frame.childFrames().some((child) => child.url().endsWith('/card.html'))).toBe(true);
  const card = frame.childFrames().find((child) => child.url().endsWith('/card.html'))!;
  await expect.poll(() => openTerm(card)).toBe(termId);
  await expect(card.getByRole('dialog')).toBeVisible();
  // Focus is still in the page, not in the frame: Esc is heard there.
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
  await page.keyboard.press('Escape');
  await expect(card.getByRole('dialog')).toBeHidden();
});
