import { expect, test, waitForEngineIdle } from './fixtures';

test('health words used in another sense are left alone on the page; the same words used for health are highlighted', async ({ page, server }) => {
  await page.goto(`${server.origin}/other-senses.html`);
  await waitForEngineIdle(page);
  // Postal and time-zone "CT", the Monaco GP, PET bottles, a horoscope, the Liver Building, a smoking-hot pan.
  expect(await page.locator('p.other mark[data-term]').allTextContents()).toEqual([]);
  expect(await page.locator('p.health mark[data-term]').allTextContents()).toEqual(['CT', 'GP', 'PET scan', 'liver', 'Quitting smoking', 'lungs']);
});
