import type { BrowserContext, Frame } from '@playwright/test';
import { hoverTerm } from './card-helpers';
import { waitForEngineIdle } from './fixtures';
import type { StaticServer } from '../support/static-server';

/*
 * What the card did, and how to let its timers run out, without fixed waits: tests that show a
 * card does not close or swap wait on the product's own timers instead of on the clock.
 */

/**
 * From now on, every card's frame keeps the history of what it was told: the term of each card it
 * showed, and "(closed)" for each hide. Call before the page's first card opens.
 */
export async function recordCardHistory(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (!location.href.endsWith('/card.html')) return;
    const history: string[] = [];
    (window as unknown as { healthlensCardHistory: string[] }).healthlensCardHistory = history;
    addEventListener('message', (event) => {
      if (event.data?.type === 'healthlens-card:show') history.push(event.data.termId);
      else if (event.data?.type === 'healthlens-card:hide') history.push('(closed)');
    });
  });
}

/** The history `recordCardHistory` kept in this card's frame. */
export const cardHistory = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { healthlensCardHistory: string[] }).healthlensCardHistory);

/**
 * Returns once at least OPEN_DELAY_MS (longer than CLOSE_GRACE_MS) have passed, measured by the
 * product: in another tab the reader rests the pointer on a term, and its card opens that long
 * after. The page under test is left alone, its pointer where it was, so any card it would have
 * opened or closed by then has done so.
 */
export async function letCardTimersRunOut(context: BrowserContext, server: StaticServer): Promise<void> {
  const other = await context.newPage();
  await other.goto(`${server.origin}/card/plain.html`);
  await waitForEngineIdle(other);
  await hoverTerm(other, 'mark[data-term="thoracentesis"]', 'thoracentesis');
  await other.close();
}
