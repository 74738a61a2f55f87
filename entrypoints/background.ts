import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isTermCountReport } from '@/messages/protocol';

/** The badge's colour: the highlight's blue, dark enough for white digits (contrast 4.6:1). */
const BADGE_COLOUR = '#1f6fa3';

// The background only keeps the toolbar badge: each page's top frame reports how many distinct
// terms it has, and the badge shows that number for the page's tab (empty for none or paused).
export default defineBackground(() => {
  // Chrome's MV3 "action", Firefox MV2's "browserAction".
  const action = browser.action ?? browser.browserAction;
  action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => {});
  browser.runtime.onMessage.addListener((message, sender) => {
    const tabId = sender.tab?.id;
    if (!isTermCountReport(message) || tabId === undefined || sender.frameId !== 0) return;
    action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' }).catch(() => {});
  });
  // A new page starts with an empty badge; its content script reports once it has terms.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
});
