import type { BrowserContext } from '@playwright/test';
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

/** For tools outside the test runner: asks until every page is settled, or fails after `timeoutMs`. */
export async function untilPagesSettled(context: BrowserContext, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await allPagesSettled(context))) {
    if (Date.now() > deadline) throw new Error(`HealthLens did not finish reading the page within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
