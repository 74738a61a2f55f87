import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isTermCountReport, type StepTermRequest } from '@/messages/protocol';
import { copyIndexToStorage } from '@/term-index/storage';
import { readExtensionFile } from '@/term-index/extension-files';

/** The badge's colour: the highlight's blue, dark enough for white digits (contrast 4.6:1). */
const BADGE_COLOUR = '#1f6fa3';

// Besides the term index's copy, the background keeps the toolbar badge: each page's top frame reports how many distinct
// terms it has, and the badge shows that number for the page's tab (empty for none or paused).
export default defineBackground(() => {
  // Pages read the term index from storage, every shard they need in one call: copy it there
  // (on install and update, and whenever the worker starts without it).
  copyIndexToStorage(browser.storage.local, readExtensionFile, __TERM_INDEX_VERSION__).catch(() => {});
  // Chrome's MV3 "action", Firefox MV2's "browserAction".
  const action = browser.action ?? browser.browserAction;
  action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => {});
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermCountReport(message) || tabId === undefined || sender.frameId !== 0) return;
    action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' }).catch(() => {});
  });
  // The keyboard shortcuts (browser commands, so people can change them) step through the terms
  // of the active tab's page.
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = command === 'next-term' ? 1 : command === 'previous-term' ? -1 : 0;
    if (!direction || tab?.id === undefined) return;
    const request: StepTermRequest = { type: 'healthlens:step-term', direction };
    browser.tabs.sendMessage(tab.id, request, { frameId: 0 }).catch(() => {});
  });
  // A new page starts with an empty badge; its content script reports once it has terms.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
});
