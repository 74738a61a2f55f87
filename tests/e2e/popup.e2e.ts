import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, waitForEngineIdle } from './fixtures';
import { pageTermsReplies } from '../support/page-terms';
import { screeningForm } from './screening-form';
import { badgeText, newestTabId, type ExtensionGlobal } from '../support/browser';

/** The browser's id for the tab showing `page`, which must be the tab opened last. */
async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  expect(context.pages().at(-1)).toBe(page);
  return newestTabId(context);
}

/** Opens the popup as a page; with `forTab`, it is about that tab (as if opened from its toolbar). */
async function openPopup(context: BrowserContext, extensionId: string, forTab?: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html${forTab ? `?tab=${forTab}` : ''}`);
  return popup;
}

/** No accessibility violations that axe can find in the popup as it is now. */
async function expectNoAxeViolations(popup: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page: popup }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('the popup: look-up', () => {
  test('finds terms as you type, forgives typos, and opens a full explanation from the keyboard', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByRole('combobox', { name: 'Look up a health term' });
    await expect(search).toBeFocused();

    await search.fill('brochoscopy');
    await expect(popup.getByRole('option').first()).toContainText('Bronchoscopy');
    await expectNoAxeViolations(popup);

    await search.fill('thora');
    const options = popup.getByRole('option');
    await expect(options.filter({ hasText: 'Thoracentesis' })).toHaveCount(1);
    await expect(options.filter({ hasText: 'Thoracoscopy' })).toHaveCount(1);
    await search.fill('thoracentisis');
    await expect(options.first()).toContainText('Thoracentesis');
    await search.press('Enter');

    const heading = popup.getByRole('heading', { level: 2, name: 'Thoracentesis' });
    await expect(heading).toBeFocused();
    const sources = popup.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await sources.count()).toBeGreaterThan(0);
    for (const link of await sources.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(popup.getByText(/^Reviewed \d+ \w+ 20\d\d\./)).toBeVisible();
    await expectNoAxeViolations(popup);

    // Related terms open in place; Back returns to the search, query kept.
    await popup.getByRole('region', { name: 'Related terms' }).getByRole('button').first().click();
    await expect(popup.getByRole('heading', { level: 2 })).not.toHaveText('Thoracentesis');
    await popup.getByRole('button', { name: '← Back' }).click();
    await expect(search).toHaveValue('thoracentisis');
  });

  test('moves through results with the arrow keys and says clearly when nothing matches', async ({ context, extensionId }) => {
    const popup = await openPopup(context, extensionId);
    const search = popup.getByRole('combobox');
    await search.fill('lung');
    const second = popup.getByRole('option').nth(1);
    const secondName = (await second.locator('.result-name').textContent())!;
    await search.press('ArrowDown');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
    await search.press('Enter');
    await expect(popup.getByRole('heading', { level: 2 })).toHaveText(secondName);

    await popup.getByRole('button', { name: '← Back' }).click();
    await search.fill('zzqxv');
    await expect(popup.getByRole('status')).toHaveText('No term matches “zzqxv”. Check the spelling, or try another word for it.');
    await expect(popup.getByRole('option')).toHaveCount(0);
  });
});

test.describe('the popup: this page', () => {
  test('lists the page’s terms with counts, shows one on the page, and badges the toolbar icon', async ({ context, extensionId, page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    // The demo page adds a paragraph after load; count once it is highlighted too.
    await waitForEngineIdle(page);
    await page.locator('#added-later mark').first().waitFor();
    const tabId = await tabIdOf(context, page);
    // The page's terms: its frame's (same-origin) too.
    const distinct = await page.evaluate(() => {
      const docs = [document, ...[...document.querySelectorAll('iframe')].map((frame) => frame.contentDocument!)];
      return new Set(docs.flatMap((doc) => [...doc.querySelectorAll('mark[data-term]')].map((m) => m.getAttribute('data-term')))).size;
    });
    await expect.poll(() => badgeText(context, tabId)).toBe(String(distinct));

    const popup = await openPopup(context, extensionId, tabId);
    await popup.getByRole('tab', { name: /On this page/ }).click();
    await expect(popup.getByRole('heading', { name: `${distinct} terms on this page` })).toBeVisible();
    const thoracentesis = popup.getByRole('listitem').filter({ hasText: 'Thoracentesis' });
    await expect(thoracentesis).toContainText('1 time');
    const backPainCount = await page.locator('mark[data-term="back-pain"]').count();
    expect(backPainCount).toBeGreaterThan(1);
    const backPain = popup.getByRole('listitem').filter({ has: popup.getByRole('button', { name: 'Show Back pain on the page' }) });
    await expect(backPain).toContainText(`${backPainCount} times`);
    await expectNoAxeViolations(popup);

    await thoracentesis.getByRole('button', { name: 'Show Thoracentesis on the page' }).click();
    const mark = page.locator('mark[data-term="thoracentesis"]');
    await expect(mark).toHaveClass(/healthlens-revealed/);
    await expect(mark).toBeInViewport();
    // The outline goes away by itself.
    await expect(mark).not.toHaveClass(/healthlens-revealed/, { timeout: 5000 });

    await thoracentesis.getByRole('button', { name: 'Explain Thoracentesis' }).click();
    await expect(popup.getByRole('heading', { level: 2, name: 'Thoracentesis' })).toBeVisible();
  });

  test('the badge counts a term that appears later in a same-origin frame with a script of its own', async ({ context, page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    await page.locator('#added-later mark').first().waitFor();
    const tabId = await tabIdOf(context, page);
    const frame = page.frames().find((child) => child.url().endsWith('/demo-frame.html'))!;
    await expect(frame.locator('mark[data-term]').first()).toBeVisible();
    const before = Number(await badgeText(context, tabId));
    expect(before).toBeGreaterThan(0);
    // A term the page has nowhere else, added to the frame only: its own content script marks it
    // and asks the top frame to count again.
    expect(await page.locator('mark[data-term="spirometry"]').count()).toBe(0);
    await frame.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id="later">A spirometry test checks how well you breathe.</p>'));
    await expect(frame.locator('#later mark[data-term="spirometry"]')).toHaveCount(1);
    await expect.poll(() => badgeText(context, tabId)).toBe(String(before + 1));
  });

  test('pauses this site and everywhere at once, without a reload, and remembers it', async ({ context, extensionId, page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const before = await page.evaluate(() => document.body.innerHTML);
    const marks = page.locator('mark[data-term]');
    const tabId = await tabIdOf(context, page);
    const popup = await openPopup(context, extensionId, tabId);

    const site = popup.getByRole('switch', { name: /On this site/ });
    await expect(popup.getByText('(127.0.0.1)')).toBeVisible();
    await site.check();
    await expect(marks).toHaveCount(0);
    await expect.poll(() => badgeText(context, tabId)).toBe('');
    await expect(popup.getByText('HealthLens is paused on this page.')).toBeVisible();
    await popup.getByRole('tab', { name: /On this page/ }).click();
    await expect(popup.getByText(/HealthLens is paused here/)).toBeVisible();

    // Kept across popup openings and page loads.
    await popup.reload();
    await expect(popup.getByRole('switch', { name: /On this site/ })).toBeChecked();
    await page.reload();
    // The reloaded page says it is paused and done, and has no marks.
    await waitForEngineIdle(page);
    expect((await pageTermsReplies(context)).map((reply) => reply.paused)).toEqual([true]);
    await expect(marks).toHaveCount(0);

    await popup.getByRole('switch', { name: /On this site/ }).uncheck();
    await expect(marks).not.toHaveCount(0);
    await popup.getByRole('switch', { name: 'Everywhere' }).check();
    await expect(marks).toHaveCount(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before.replace(/<mark[^>]*>|<\/mark>/g, ''));
    await popup.getByRole('switch', { name: 'Everywhere' }).uncheck();
    await expect(marks).not.toHaveCount(0);
  });

  test('explains plainly when the page is one HealthLens cannot read', async ({ context, extensionId }) => {
    // Opened on its own, the popup is about its own tab: an extension page, closed to content scripts.
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('tab', { name: /On this page/ }).click();
    await expect(popup.getByText(/HealthLens can’t read this page/)).toBeVisible();
    await expect(popup.getByRole('switch', { name: /On this site/ })).toHaveCount(0);
    await expect(popup.getByRole('switch', { name: 'Everywhere' })).toBeVisible();
  });
});

test.describe('the popup: screening check', () => {
  async function openScreening(context: BrowserContext, extensionId: string): Promise<Page> {
    const popup = await openPopup(context, extensionId);
    await popup.getByRole('tab', { name: 'Screening check' }).click();
    return popup;
  }
  const guideline = (popup: Page, name: string) => popup.getByRole('region', { name });

  test('shows each guideline’s answer, criterion by criterion, and where they differ', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    await popup.getByLabel('Your age').fill('60');
    await popup.getByLabel('I smoke now').check();
    await popup.getByLabel('I know my pack-years').check();
    await popup.getByLabel('Pack-years', { exact: true }).fill('30');
    await screeningForm(popup).symptoms('No').check();
    for (const name of ['USPSTF (2021)', 'American Cancer Society (2023)', 'Medicare (2022)']) {
      await expect(guideline(popup, name)).toContainText('Screening recommended');
    }
    await expect(popup.getByRole('status').filter({ hasText: 'USPSTF' })).toContainText('USPSTF (2021): screening recommended.');
    await expectNoAxeViolations(popup);

    await popup.getByLabel('Your age').fill('78');
    await expect(guideline(popup, 'Medicare (2022)')).toContainText('Not recommended by this guideline');
    await expect(guideline(popup, 'Medicare (2022)')).toContainText('78 is over 77.');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Screening recommended');
    await expect(popup.getByText('At age 78, you meet USPSTF (2021) and American Cancer Society (2023) on this point, but not Medicare (2022).')).toBeVisible();

    await popup.getByLabel('I used to smoke').check();
    await screeningForm(popup).quitYears().fill('20');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('You quit 20 years ago: more than 15 years.');
    await expect(guideline(popup, 'American Cancer Society (2023)')).toContainText('Screening recommended');
  });

  test('decides the 15-year line on years and months, and the 20-pack-year line on the exact total', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    const form = screeningForm(popup);
    await popup.getByLabel('Your age').fill('70');
    await popup.getByLabel('I used to smoke').check();
    await form.quitYears().fill('15');
    await form.quitMonths().fill('8');
    await popup.getByLabel('Work them out for me').check();
    // 7 a day for 4 years and 12 a day for 31: exactly 20 pack-years.
    await popup.getByLabel('Cigarettes a day').fill('7');
    await popup.getByLabel('For how many years').fill('4');
    await popup.getByRole('button', { name: 'Add another period' }).click();
    const second = popup.getByRole('group', { name: 'Period 2' });
    await second.getByLabel('Cigarettes a day').fill('12');
    await second.getByLabel('For how many years').fill('31');
    await form.symptoms('No').check();
    await expect(popup.getByText('Total: 20 pack-years')).toBeVisible();
    await expect(guideline(popup, 'American Cancer Society (2023)')).toContainText('20 pack-years is at least 20.');
    await expect(guideline(popup, 'American Cancer Society (2023)')).toContainText('Screening recommended');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('You quit 15 years and 8 months ago: more than 15 years.');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Not recommended by this guideline');
    await form.quitMonths().fill('');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Screening recommended');
    await form.quitMonths().fill('12');
    await form.quitMonths().blur();
    await expect(popup.getByRole('alert')).toHaveText('Enter 0 to 11 months; put whole years in the years box.');
    await expectNoAxeViolations(popup);
  });

  test('asks about other serious health problems and says what the answer changes', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    const form = screeningForm(popup);
    await popup.getByLabel('Your age').fill('65');
    await popup.getByLabel('I smoke now').check();
    await popup.getByLabel('I know my pack-years').check();
    await popup.getByLabel('Pack-years', { exact: true }).fill('40');
    await form.symptoms('No').check();
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Optional question, not answered.');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Screening recommended');
    await form.otherHealthProblems('Yes').check();
    for (const name of ['USPSTF (2021)', 'American Cancer Society (2023)']) {
      await expect(guideline(popup, name)).toContainText('Not recommended by this guideline');
      await expect(guideline(popup, name)).toContainText('Screening is not advised when other health problems rule out lung surgery');
    }
    await expect(guideline(popup, 'Medicare (2022)')).toContainText('Screening recommended');
    await expect(guideline(popup, 'Medicare (2022)')).toContainText('The decision visit talks through how your health affects screening');
    await expect(guideline(popup, 'Medicare (2022)')).toContainText('Then your doctor or nurse orders the scan.');
    await form.otherHealthProblems('Not sure').check();
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Ask your doctor whether your other health problems change this.');
    await expect(guideline(popup, 'USPSTF (2021)')).toContainText('Screening recommended');
    await expectNoAxeViolations(popup);
  });

  test('works out pack-years from periods of smoking, showing the calculation', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    await popup.getByLabel('Work them out for me').check();
    await popup.getByLabel('Cigarettes a day').fill('10');
    await popup.getByLabel('For how many years').fill('20');
    await expect(popup.getByText('10 cigarettes a day = 0.5 packs × 20 years = 10 pack-years')).toBeVisible();
    await popup.getByRole('button', { name: 'Add another period' }).click();
    const second = popup.getByRole('group', { name: 'Period 2' });
    await second.getByLabel('Count in').selectOption('packs');
    await second.getByLabel('Packs a day').fill('1');
    await second.getByLabel('For how many years').fill('15');
    await expect(popup.getByText('Total: 25 pack-years')).toBeVisible();
    await expectNoAxeViolations(popup);
  });

  test('gives each bad answer its own message, tied to its field, and no verdict', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    const age = popup.getByLabel('Your age');
    await age.fill('sixty');
    await age.blur();
    await expect(popup.getByRole('alert')).toHaveText('Enter age as a number, using digits only.');
    await expect(age).toHaveAttribute('aria-invalid', 'true');
    await expect(age).toHaveAccessibleDescription(/Enter age as a number/);
    for (const name of ['USPSTF (2021)', 'American Cancer Society (2023)', 'Medicare (2022)']) {
      await expect(guideline(popup, name)).toContainText('Fix the answers marked above');
      await expect(guideline(popup, name)).not.toContainText('Screening recommended');
    }
    await age.fill('130');
    await expect(popup.getByRole('alert')).toHaveText('Enter an age between 18 and 120.');
    await age.fill('45.5');
    await expect(popup.getByRole('alert')).toHaveText('Enter age in whole numbers, without decimals.');
    await expectNoAxeViolations(popup);

    await age.fill('40');
    await popup.getByLabel('I used to smoke').check();
    const quit = screeningForm(popup).quitYears();
    await quit.fill('50');
    await quit.blur();
    await expect(popup.getByRole('alert')).toHaveText("At age 40, you can't have quit more than 35 years ago.");

    await popup.getByLabel('Work them out for me').check();
    const perDay = popup.getByLabel('Cigarettes a day');
    await perDay.fill('500');
    await perDay.blur();
    await expect(popup.getByText('Enter at most 200 cigarettes a day.')).toBeVisible();
  });

  test('tells anyone with symptoms to see a doctor now, under every guideline, never to be screened', async ({ context, extensionId }) => {
    const popup = await openScreening(context, extensionId);
    // Someone every guideline would otherwise screen.
    await popup.getByLabel('Your age').fill('60');
    await popup.getByLabel('I smoke now').check();
    await popup.getByLabel('I know my pack-years').check();
    await popup.getByLabel('Pack-years', { exact: true }).fill('30');
    await screeningForm(popup).symptoms('Yes').check();
    const banner = popup.getByRole('alert');
    await expect(banner).toContainText('Please see a doctor or nurse about these symptoms now');
    await expect(banner).toContainText('call 911 (or your local emergency number)');
    for (const name of ['USPSTF (2021)', 'American Cancer Society (2023)', 'Medicare (2022)']) {
      await expect(guideline(popup, name)).toContainText('See a doctor about your symptoms now, not screening');
      await expect(guideline(popup, name)).not.toContainText('Screening recommended');
    }
    await expect(popup.getByRole('status').filter({ hasText: 'symptoms' })).toHaveText(
      'With symptoms, no guideline recommends screening: see a doctor about your symptoms now.',
    );
  });

  test('keeps answers only when asked, and forgets them on request', async ({ context, extensionId }) => {
    let popup = await openScreening(context, extensionId);
    await popup.getByLabel('Your age').fill('66');
    await popup.reload();
    await popup.getByRole('tab', { name: 'Screening check' }).click();
    await expect(popup.getByLabel('Your age')).toHaveValue('');

    await popup.getByLabel('Your age').fill('66');
    await popup.getByLabel('Remember my answers on this device').check();
    await popup.close();
    popup = await openScreening(context, extensionId);
    await expect(popup.getByLabel('Your age')).toHaveValue('66');
    await expect(popup.getByLabel('Remember my answers on this device')).toBeChecked();

    await popup.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(popup.getByLabel('Your age')).toHaveValue('');
    const stored = await context.serviceWorkers()[0]!.evaluate(() => (globalThis as ExtensionGlobal).chrome.storage.local.get('screeningAnswers'));
    expect(stored).toEqual({});
  });
});
