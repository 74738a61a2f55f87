import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, markedTerms, test, waitForEngineIdle } from './fixtures';
import { EXTENSION_DIR } from '../support/browser';
import { PAGE_UI_FILE } from '../../content/page-ui/handover';
import { glossary } from '../../glossary';

/** The content script's budget, whatever the glossary's size: the index is data, read on demand. */
const CONTENT_SCRIPT_BUDGET = 40 * 1024;
const CONTENT_SCRIPT = join(EXTENSION_DIR, 'content-scripts/highlighter.js');

/** How often the page has loaded the page UI (the highlighter and cards) so far. */
const pageUiLoads = (requests: URL[]) => requests.filter((url) => url.pathname === PAGE_UI_FILE).length;

/** Forms long enough to be the glossary's own words, not code: none may be in the content script. */
const distinctiveForms = glossary.flatMap((entry) => entry.forms ?? []).filter((form) => /^[a-z]{11,}$/i.test(form));

test.describe('what the content script costs a page', () => {
  test(`is at most ${CONTENT_SCRIPT_BUDGET / 1024} KB and holds no glossary words`, () => {
    expect(statSync(CONTENT_SCRIPT).size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    const code = readFileSync(CONTENT_SCRIPT, 'utf8').toLowerCase();
    expect(distinctiveForms.length).toBeGreaterThan(20);
    expect(distinctiveForms.filter((form) => code.includes(form.toLowerCase()))).toEqual([]);
  });

  test('a page without health terms never loads the highlighter; a term added later does, once', async ({ page, server, requests }) => {
    const url = `${server.origin}/no-terms.html`;
    await page.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Recipes</title><main><p>Mix the flour and the sugar, then bake for twenty minutes.</p></main>' }),
    );
    await page.goto(url);
    await waitForEngineIdle(page);
    expect(pageUiLoads(requests)).toBe(0);

    await page.evaluate(() => {
      const note = document.createElement('p');
      note.id = 'note';
      note.textContent = 'Smoking raises the risk of lung cancer. Lung cancer screening can help.';
      document.querySelector('main')!.append(note);
    });
    await expect(page.locator('#note mark[data-term="lung-cancer-screening"]')).toHaveCount(1);
    await waitForEngineIdle(page);
    expect(await markedTerms(page, '#note')).toEqual(['smoking', 'lung-cancer', 'lung-cancer-screening']);
    expect(pageUiLoads(requests)).toBe(1);
  });
});
