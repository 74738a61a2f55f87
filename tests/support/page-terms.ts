import { expect, type BrowserContext } from '@playwright/test';
import type { PageTermsReply } from '../../messages/protocol';

/**
 * What the content script of each open web page answers the popup's "what is on this page?", asked
 * from the extension's service worker. HealthLens has no "tabs" permission, so tabs come without
 * their addresses: every tab is asked, and pages without HealthLens (extension pages) give nothing.
 */
export async function pageTermsReplies(context: BrowserContext): Promise<PageTermsReply[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const tabs: Array<{ id: number }> = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((tab) => chrome.tabs.sendMessage(tab.id, { type: 'healthlens:page-terms' }, { frameId: 0 }).catch(() => undefined)),
    );
    return replies.filter((reply) => reply !== undefined);
  });
}

/** Whether every open web page says HealthLens has finished reading it (and there is one). */
export async function allPagesSettled(context: BrowserContext): Promise<boolean> {
  const replies = await pageTermsReplies(context);
  return replies.length > 0 && replies.every((reply) => reply.settled);
}

/** For tools outside the test runner: waits until every page says it is settled, or fails. */
export async function untilPagesSettled(context: BrowserContext, timeoutMs = 60_000): Promise<void> {
  await expect.poll(() => allPagesSettled(context), { timeout: timeoutMs, message: 'HealthLens finished reading the page' }).toBe(true);
}
