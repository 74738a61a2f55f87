import type { Frame, Page } from '@playwright/test';
import { hoverTerm, openTerm, clickInCard } from './card-helpers';
import { expect, test, waitForEngineIdle } from './fixtures';
import { screeningForm } from './screening-form';

/** The snooping page's window (tests/fixtures/card/snoop.html): `sweep` gathers all its scripts can read. */
type SnoopWindow = typeof window & {
  sweep(): { found: string; heard: string; frames: number; shadows: number };
};

/** Opens the screening check from a screening term's card; returns the card's frame. */
async function openInlineCheck(page: Page, selector: string, termId: string): Promise<Frame> {
  const frame = await hoverTerm(page, selector, termId);
  await clickInCard(page, frame.getByRole('button', { name: 'Is screening recommended for me?' }));
  await expect(frame.getByRole('heading', { name: 'Is lung cancer screening recommended for me?' })).toBeFocused();
  return frame;
}

test.describe('the inline screening check', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: 1000, height: 700 }));

  test('opens from a screening term’s card on the page and gives each guideline’s answer', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const frame = await openInlineCheck(page, '#article mark[data-term="pack-year"] >> nth=0', 'pack-year');
    await frame.getByLabel('Your age').fill('60');
    await clickInCard(page, frame.getByLabel('I smoke now'));
    await frame.getByLabel('Pack-years', { exact: true }).fill('30');
    await clickInCard(page, screeningForm(frame).symptoms('No'));
    for (const name of ['USPSTF (2021)', 'American Cancer Society (2023)', 'Medicare (2022)']) {
      await expect(frame.getByRole('region', { name })).toContainText('Screening recommended');
    }
    // Bad input gets its own message there too, and no verdict.
    const age = frame.getByLabel('Your age');
    await age.fill('sixty');
    await age.blur();
    await expect(frame.getByRole('alert')).toHaveText('Enter age as a number, using digits only.');
    await expect(frame.getByRole('region', { name: 'USPSTF (2021)' })).toContainText('Fix the answers marked above');
    // The card stays beside the term, inside the viewport, and scrolls inside itself.
    const card = await frame.evaluate(() => {
      const element = document.querySelector('.card')!;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right, scrolls: element.scrollHeight > element.clientHeight };
    });
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(700);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(1000);
    expect(card.scrolls).toBe(true);
    // Back to the summary, and closed with Esc.
    await clickInCard(page, frame.getByRole('button', { name: '← Back' }));
    await expect(frame.getByRole('button', { name: 'Is screening recommended for me?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect.poll(() => openTerm(frame)).toBeUndefined();
  });

  test('is offered only on screening terms', async ({ page, server }) => {
    await page.goto(`${server.origin}/demo.html`);
    await waitForEngineIdle(page);
    const frame = await hoverTerm(page, '#article mark[data-term="thoracentesis"]', 'thoracentesis');
    await expect(frame.getByRole('button', { name: 'More about thoracentesis' })).toBeVisible();
    await expect(frame.getByRole('button', { name: 'Is screening recommended for me?' })).toHaveCount(0);
  });

  test('keeps the answers from the page: its scripts hear and find none of them', async ({ page, server }) => {
    await page.goto(`${server.origin}/card/snoop.html`);
    await waitForEngineIdle(page);
    // The snooping works: what is typed into the page's own box is heard and found.
    await page.locator('#page-input').fill('control-answer-5309');
    const control = await page.evaluate(() => (window as SnoopWindow).sweep());
    expect(control.found).toContain('control-answer-5309');
    expect(control.heard).toContain('control-answer-5309');
    await page.locator('#page-input').fill('');

    const frame = await openInlineCheck(page, 'mark[data-term="pack-year"]', 'pack-year');
    await frame.getByLabel('Your age').pressSequentially('71');
    await clickInCard(page, frame.getByLabel('I used to smoke'));
    await screeningForm(frame).quitYears().pressSequentially('13');
    await frame.getByLabel('Pack-years', { exact: true }).pressSequentially('38.25');
    await clickInCard(page, screeningForm(frame).symptoms('Yes'));
    await clickInCard(page, frame.getByLabel('Remember my answers on this device'));
    await expect(frame.getByRole('region', { name: 'USPSTF (2021)' })).toContainText('71 is within 50 to 80.');
    await expect(frame.getByRole('region', { name: 'USPSTF (2021)' })).toContainText('See a doctor about your symptoms now');
    await expect(frame.getByText('Please see a doctor or nurse about these symptoms now', { exact: false })).toBeVisible();

    const seen = await page.evaluate(() => (window as SnoopWindow).sweep());
    // The card's frame sits in a closed shadow root: the page's window.frames does not even list it.
    expect(seen.frames).toBe(0);
    expect(seen.found).not.toContain('read frame');
    for (const answer of ['71', '13', '38.25', 'I used to smoke', 'Please see a doctor', 'is within 50 to 80', 'See a doctor about your symptoms']) {
      expect(seen.found, answer).not.toContain(answer);
      expect(seen.heard, answer).not.toContain(answer);
    }
  });
});
