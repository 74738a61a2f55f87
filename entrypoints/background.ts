import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isExplainRequest, isTermCountReport } from '@/messages/protocol';
import { cardContentFor } from '@/glossary/card-content';

/** The badge's colour: the highlight's blue, dark enough for white digits (contrast 4.6:1). */
const BADGE_COLOUR = '#1f6fa3';

// The background keeps the toolbar badge (each page's top frame reports how many distinct terms
// it has; empty for none or paused) and answers hover cards with a term's short explanation, so
// pages never carry the glossary.
export default defineBackground(() => {
  // Chrome's MV3 "action", Firefox MV2's "browserAction".
  const action = browser.action ?? browser.browserAction;
  action.setBadgeBackgroundColor({ color: BADGE_COLOUR }).catch(() => {});
  browser.runtime.onMessage.addListener((message, sender) => {
    if (isExplainRequest(message)) return Promise.resolve(cardContentFor(message.termId) ?? null);
    const tabId = sender.tab?.id;
    if (!isTermCountReport(message) || tabId === undefined || sender.frameId !== 0) return;
    action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' }).catch(() => {});
  });
  // A new page starts with an empty badge; its content script reports once it has terms.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') action.setBadgeText({ tabId, text: '' }).catch(() => {});
  });
});
