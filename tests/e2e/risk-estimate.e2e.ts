import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { axeViolationsInCard, clickInCard, hoverTerm } from './card-helpers';
import { expect, test, waitForEngineIdle } from './fixtures';
import { screeningForm } from './screening-form';

/*
 * The personal-risk step (PLCOm2012) in the popup and in a hover card. Expected figures are worked
 * examples from tests/unit/risk-model.test.ts, where each was checked against an independent
 * implementation (resplab/PLCOm2012): there, 65, Black, high-school graduate, BMI 24, COPD,
 * smoking 20 a day for 45 years gives 0.0876161 (8.8%, 88 in 1,000).
 */

async function openScreeningInPopup(page: Page, extensionId: string): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.getByRole('tab', { name: 'Screening check' }).click();
  return page;
}

/** The 65-year-old of the worked example, with smoking as periods (shared with the guideline form). */
async function fillWorkedExample(target: Page | Frame, click: (locator: ReturnType<Page['getByLabel']>) => Promise<void>) {
  await target.getByLabel('Your age').fill('65');
  await click(target.getByLabel('I smoke now'));
  await click(target.getByLabel('Work them out for me'));
  await target.getByLabel('Cigarettes a day').fill('20');
  await target.getByLabel('For how many years').fill('45');
  await click(screeningForm(target).symptoms('No'));
  await click(target.getByRole('button', { name: 'Estimate my personal risk' }));
  await target.getByLabel('Highest level of school you finished').selectOption('2');
  await target.getByLabel('Height in cm').fill('170');
  await target.getByLabel('Weight in kg').fill('69.36');
  const group = (name: RegExp) => target.getByRole('group', { name });
  await click(group(/COPD/).getByLabel('Yes'));
  await click(group(/any kind of cancer/).getByLabel('No'));
  await click(group(/parent, brother or sister/).getByLabel('No'));
  await target.getByLabel('Race or ethnic group').selectOption('black');
}

test.describe('the personal risk estimate', () => {
  test('in the popup: the worked example gives 8.8%, 88 of 1,000 people, against both thresholds', async ({ page, extensionId }) => {
    const popup = await openScreeningInPopup(page, extensionId);
    await fillWorkedExample(popup, (locator) => locator.click());
    await expect(popup.getByText('From your smoking periods above: on average 20 cigarettes a day over 45 years.')).toBeVisible();
    await expect(popup.getByText('Body-mass index (BMI): 24')).toBeVisible();
    await expect(popup.getByText('About 8.8% chance of being diagnosed with lung cancer in the next 6 years.')).toBeVisible();
    const picture = popup.getByRole('img', { name: /Of 1,000 people with answers like yours, about 88 would be diagnosed/ });
    await expect(picture).toBeVisible();
    expect(await picture.locator('circle').count()).toBe(1000);
    expect(await picture.locator('circle.diagnosed').count()).toBe(88);
    const lines = popup.locator('.reference-lines li');
    await expect(lines.nth(0)).toContainText('1.51%');
    await expect(lines.nth(0)).toContainText('Your estimate is at or above it.');
    await expect(lines.nth(0).getByRole('link')).toHaveAttribute('href', 'https://doi.org/10.1371/journal.pmed.1001764');
    await expect(lines.nth(1)).toContainText('1.7%');
    await expect(lines.nth(1).getByRole('link')).toHaveAttribute('href', 'https://doi.org/10.1016/S1470-2045(21)00590-8');
    // 65, 45 pack-years, smoking now: every guideline recommends screening, and the model agrees.
    await expect(popup.locator('.risk-result .notice')).toHaveCount(0);
    const { violations } = await new AxeBuilder({ page: popup }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // "Prefer not to say": the range across all six groups, said plainly.
    await popup.getByLabel('Race or ethnic group').selectOption('prefer-not-to-say');
    await expect(popup.getByRole('status').filter({ hasText: 'chance of being diagnosed' })).toContainText(/About \d+(\.\d)?% to \d+(\.\d)?% chance/);
    await expect(popup.getByText('You preferred not to give a group')).toBeVisible();
    expect(await popup.locator('.icon-array circle.maybe').count()).toBeGreaterThan(0);
  });

  test('says plainly when the guidelines and the model disagree, and when the model does not apply', async ({ page, extensionId }) => {
    const popup = await openScreeningInPopup(page, extensionId);
    await fillWorkedExample(popup, (locator) => locator.click());
    // At 85 every guideline's age range is passed, while the model's risk only rises with age.
    await popup.getByLabel('Your age').fill('85');
    await expect(popup.getByText('The guidelines do not recommend screening for you, but your estimated risk is at or above')).toBeVisible();
    await expect(popup.getByText('The model was built on people aged 55 to 74. At 85, the estimate is less certain.')).toBeVisible();

    // A light smoker a guideline still recommends screening for, whose risk is low.
    await popup.getByLabel('Your age').fill('50');
    await popup.getByLabel('Cigarettes a day').fill('40');
    await popup.getByLabel('For how many years').fill('10');
    await popup.getByRole('group', { name: /COPD/ }).getByLabel('No').check();
    await popup.getByLabel('Race or ethnic group').selectOption('hispanic');
    await popup.getByLabel('Highest level of school you finished').selectOption('6');
    await expect(popup.getByText('A guideline recommends screening for you, but your estimated risk is lower than both thresholds.')).toBeVisible();

    await popup.getByLabel('I have never smoked').check();
    await expect(popup.getByText('This model is only for people who have smoked')).toBeVisible();
    await expect(popup.locator('.risk-result')).toHaveCount(0);
  });

  test('gives each bad answer its own message and no estimate', async ({ page, extensionId }) => {
    const popup = await openScreeningInPopup(page, extensionId);
    await popup.getByLabel('Your age').fill('60');
    await popup.getByLabel('I used to smoke').check();
    await screeningForm(popup).quitYears().fill('10');
    await popup.getByLabel('I know my pack-years').check();
    await popup.getByLabel('Pack-years', { exact: true }).fill('30');
    await popup.getByRole('button', { name: 'Estimate my personal risk' }).click();
    const perDay = popup.getByLabel('Cigarettes a day, on average');
    await perDay.fill('0');
    await perDay.blur();
    await expect(popup.getByText('Cigarettes a day must be more than 0.')).toBeVisible();
    await expect(perDay).toHaveAttribute('aria-invalid', 'true');
    const years = popup.getByLabel('Years you smoked in all');
    await years.fill('50');
    await years.blur();
    await expect(popup.getByText("At age 60, years smoked plus years since quitting can't be more than 55.")).toBeVisible();
    const height = popup.getByLabel('Height in cm');
    await height.fill('300');
    await height.blur();
    await expect(popup.getByText('Enter a height between 120 and 230 cm.')).toBeVisible();
    await height.fill('150');
    const weight = popup.getByLabel('Weight in kg');
    await weight.fill('290');
    await weight.blur();
    await expect(popup.getByText(/That height and weight give a BMI above 70/)).toBeVisible();
    await expect(popup.getByText('Answer every question above to see your estimate.')).toBeVisible();
    await expect(popup.locator('.risk-result')).toHaveCount(0);
  });

  test('inline, in a hover card on the page', async ({ page, server }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const frame = await hoverTerm(page, '#article mark[data-term="pack-year"] >> nth=0', 'pack-year');
    await clickInCard(page, frame.getByRole('button', { name: 'Is screening recommended for me?' }));
    await fillWorkedExample(frame, (locator) => clickInCard(page, locator));
    await expect(frame.getByText('About 8.8% chance of being diagnosed with lung cancer in the next 6 years.')).toBeVisible();
    expect(await frame.locator('.icon-array circle.diagnosed').count()).toBe(88);
    expect(await axeViolationsInCard(frame)).toEqual([]);
  });
});
