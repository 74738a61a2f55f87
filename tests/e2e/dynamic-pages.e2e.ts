import { expect, markedTerms, test, waitForEngineIdle } from './fixtures';

test('a Preact app that re-renders and unmounts highlighted text keeps its text right', async ({ page, server, pageErrors }) => {
  await page.goto(`${server.origin}/preact-page.html`);
  await page.waitForFunction(() => (window as unknown as { appReady?: boolean }).appReady);
  await expect(page.locator('#app mark[data-term="copd"]').first()).toBeVisible();

  for (const step of [1, 2, 3, 0, 3, 1]) {
    await page.evaluate((i) => (window as unknown as { renderStep(i: number): void }).renderStep(i), step);
    // Once HealthLens has caught up with the change, compare with a clean render of the same step.
    await waitForEngineIdle(page);
    const { actual, expected } = await page.evaluate((i) => ({
      actual: document.getElementById('app')!.textContent,
      expected: (window as unknown as { expectedText(i: number): string }).expectedText(i),
    }), step);
    expect(actual, `text after step ${step}`).toBe(expected);
  }
  expect(await markedTerms(page, '#app')).toContain('copd');
  expect(pageErrors).toEqual([]);
});

test('follows single-page navigation: new views get highlighted', async ({ page, server }) => {
  await page.goto(`${server.origin}/demo.html`);
  await waitForEngineIdle(page);
  await page.evaluate(() => {
    history.pushState({}, '', '/article/2');
    document.querySelector('#article')!.innerHTML = '<h1>Second view</h1><p id="view-2">Radon gas raises the risk of lung cancer.</p>';
  });
  await expect(page.locator('#view-2 mark[data-term="radon"]')).toHaveCount(1);
  await expect(page.locator('#view-2 mark[data-term="lung-cancer"]')).toHaveCount(1);
});
