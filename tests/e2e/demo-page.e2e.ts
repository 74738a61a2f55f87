import { expect, markedTerms, setPausedEverywhere, test, waitForEngineIdle } from './fixtures';
import { REFERENCE_ARTICLE_TERMS } from '../fixtures/reference-terms';

test.describe('the demo page with the built extension', () => {
  test('highlights the article and nothing in excluded places', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const article = await markedTerms(page, '#article');
    for (const term of ['back-pain', 'lung-cancer', 'ct-scan', 'pet-scan', 'thoracentesis', 'nsclc', 'sclc', 'pack-year', 'copd', 'alk']) {
      expect(article, term).toContain(term);
    }
    expect(await markedTerms(page, '#excluded')).toEqual([]);
    expect(await markedTerms(page, '#site-nav')).toEqual([]);
    expect(await markedTerms(page, '#search')).toEqual([]);
    // The mark is the public contract: a mark element with the term id and our class.
    const mark = page.locator('#article mark[data-term="thoracentesis"]');
    await expect(mark).toHaveText('thoracentesis');
    await expect(mark).toHaveClass('healthlens-term');
  });

  test('highlights every term a reader of the reference article would look up', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const article = new Set(await markedTerms(page, '#article'));
    expect(REFERENCE_ARTICLE_TERMS.filter((term) => !article.has(term))).toEqual([]);
  });

  test('matches the longest form and whole words', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    await expect(page.locator('mark[data-term="nsclc"]').first()).toHaveText('non-small cell lung cancer');
    await expect(page.locator('mark[data-term="fine-needle-aspiration"]')).toHaveText('fine needle aspiration biopsy');
    await expect(page.locator('mark[data-term="pack-year"]').first()).toHaveText('pack-year');
  });

  test('highlights content added after load and inside the same-origin iframe', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await expect(page.locator('#added-later mark[data-term="mesothelioma"]')).toBeVisible();
    const frame = page.frameLocator('#frame');
    await expect(frame.locator('mark[data-term="pleural-effusion"]')).toHaveText('pleural effusion');
  });

  test('a highlighted link still follows its href', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    const mark = page.locator('#screening-link mark');
    await expect(mark).toBeVisible();
    await mark.click();
    await expect(page).toHaveURL(/#screening$/);
  });

  test('keeps the text, layout and errors of the page as they were', async ({ page, server, pageErrors, context }) => {
    await setPausedEverywhere(context, true);
    await page.goto(`${server.origin}/demo.html`);
    await page.waitForSelector('#added-later');
    const plain = await page.evaluate(() => ({ text: document.body.textContent, height: document.body.scrollHeight, box: JSON.stringify(document.querySelector('#article p')!.getBoundingClientRect()) }));
    expect(await page.locator('mark[data-term]').count()).toBe(0);

    await setPausedEverywhere(context, false);
    await page.reload();
    await page.waitForSelector('#added-later mark');
    const highlighted = await page.evaluate(() => ({ text: document.body.textContent, height: document.body.scrollHeight, box: JSON.stringify(document.querySelector('#article p')!.getBoundingClientRect()) }));
    expect(highlighted).toEqual(plain);
    expect(pageErrors).toEqual([]);
  });

  test('pausing restores the page exactly, and resuming highlights again', async ({ page, server, context }) => {
    await page.goto(`${server.origin}/demo.html`);
    await page.waitForSelector('#added-later mark');
    await setPausedEverywhere(context, true);
    await expect(page.locator('mark[data-term]')).toHaveCount(0);
    // Every text node is whole again: no element has two text nodes side by side.
    const split = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((el) =>
        [...el.childNodes].some((n, i, all) => n.nodeType === 3 && all[i + 1]?.nodeType === 3),
      ).length,
    );
    expect(split).toBe(0);
    await setPausedEverywhere(context, false);
    await expect(page.locator('#article mark[data-term="thoracentesis"]')).toHaveCount(1);
  });

  test('makes no network request of its own', async ({ page, server, requests }) => {
    await page.goto(`${server.origin}/demo.html`);
    await page.waitForSelector('#added-later mark');
    // The frame's own copy of HealthLens has fetched what it needs once its terms are marked.
    await expect(page.frames()[1]!.locator('mark[data-term="pleural-effusion"]')).toHaveCount(1);
    await waitForEngineIdle(page);
    const offPage = requests.filter(
      (url) => url.origin !== server.origin && url.protocol !== 'chrome-extension:',
    );
    expect(offPage.map(String)).toEqual([]);
    // Only the page's own documents (and the browser's favicon probe) came from the server.
    const fromServer = new Set(requests.filter((url) => url.origin === server.origin).map((url) => url.pathname));
    fromServer.delete('/favicon.ico');
    expect(fromServer).toEqual(new Set(['/demo.html', '/demo-frame.html']));
  });
});
