import { browser } from 'wxt/browser';
import type { PageTermsReply, PageTermsRequest, RevealTermRequest } from '@/messages/protocol';

/**
 * The tab the popup is about: the active tab of the current window. A `?tab=<id>` in the popup's
 * address names another one, which is how tests open the popup as a page beside the tab under test.
 */
export async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * What the page in `tabId` holds, from its content script (top frame only). Undefined when no
 * content script can run there: browser pages, the web store, files, or a page still loading.
 */
export async function askPageTerms(tabId: number): Promise<PageTermsReply | undefined> {
  const request: PageTermsRequest = { type: 'healthlens:page-terms' };
  try {
    return await browser.tabs.sendMessage<PageTermsRequest, PageTermsReply | undefined>(tabId, request, { frameId: 0 });
  } catch {
    return undefined;
  }
}

/** Asks the page to scroll to a term's first highlight and show it. */
export async function revealOnPage(tabId: number, termId: string): Promise<boolean> {
  const request: RevealTermRequest = { type: 'healthlens:reveal-term', termId };
  try {
    return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}
