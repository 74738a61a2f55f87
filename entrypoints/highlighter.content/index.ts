import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { createMatcher, type PageMatcher } from '@/content/matcher';
import { startPageEngine, type PageEngine } from '@/content/page-engine';
import { countTerms, revealTerm } from '@/content/page-terms';
import { loadPageUi } from '@/content/page-ui/load';
import type { HoverCards } from '@/content/card/hover-cards';
import { TermIndex } from '@/term-index/term-index';
import { openIndex } from '@/term-index/storage';
import { readExtensionFile } from '@/term-index/extension-files';
import { readPaused, watchPaused } from '@/settings/in-page';
import { isPageRequest, type PageRequest, type PageTermsReply, type TermCountReport } from '@/messages/protocol';

/** The term index: from storage's copy, or from the files until the background has made it. */
async function loadMatcher(): Promise<PageMatcher> {
  const { filter, source } = await openIndex(browser.storage.local, readExtensionFile, __TERM_INDEX_VERSION__);
  return createMatcher(new TermIndex(filter, source));
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const hostname = location.hostname;
    const isTopFrame = window === window.top;
    // Loaded when first needed, so a paused site reads its setting and nothing else.
    let matcher: Promise<PageMatcher> | undefined;
    const getMatcher = () => (matcher ??= loadMatcher());
    const scheduler = {
      requestIdle: (callback: (deadline: IdleDeadline) => void) =>
        ctx.requestIdleCallback(callback, { timeout: 500 }),
    };

    // The toolbar badge shows how many distinct terms the page has; only the top frame reports.
    // The badge starts empty, so a page without terms never needs to send anything.
    let reportedCount = 0;
    let lastMarkCount = -1;
    const reportTermCount = (markCount = engine?.markCount ?? 0) => {
      if (!isTopFrame || !ctx.isValid || markCount === lastMarkCount) return;
      lastMarkCount = markCount;
      // Counting distinct terms reads the page's marks, so only when the number of marks changed.
      const count = markCount > 0 ? Object.keys(countTerms(document)).length : 0;
      if (count === reportedCount) return;
      reportedCount = count;
      const report: TermCountReport = { type: 'healthlens:term-count', count };
      browser.runtime.sendMessage(report).catch(() => {});
    };

    // The highlighter and the cards come in one file, loaded when the page first has a term.
    const cardUrl = browser.runtime.getURL('/card.html');
    const loadHighlighter = async () => {
      const ui = await loadPageUi();
      cards ??= ui.startHoverCards({ doc: document, cardUrl, isAlive: () => ctx.isValid, signal: ctx.signal });
      return new ui.Highlighter();
    };

    /** Unknown until the setting is read. */
    let paused: boolean | undefined;
    let engine: PageEngine | undefined;
    let cards: HoverCards | undefined;
    const stop = () => {
      cards?.stop();
      cards = undefined;
      engine?.stop();
      engine = undefined;
    };
    const setPaused = async (pause: boolean) => {
      paused = pause;
      if (pause) stop();
      else if (!engine) {
        const pageMatcher = await getMatcher();
        // Paused again, or gone, while the index loaded.
        if (paused || engine || !ctx.isValid) return;
        engine = startPageEngine(document, { matcher: pageMatcher, scheduler, loadHighlighter, onIdle: reportTermCount });
      }
      reportTermCount();
    };
    const unwatch = watchPaused(hostname, (pause) => void setPaused(pause));

    // The popup asks the top frame what the page holds, and to show a term.
    const answer = (request: PageRequest): PageTermsReply | boolean => {
      if (request.type === 'healthlens:reveal-term') return revealTerm(document, request.termId);
      if (request.type === 'healthlens:step-term') return cards?.step(request.direction) ?? false;
      return { hostname, paused: paused === true, settled: paused === true || (engine?.isIdle ?? false), counts: countTerms(document) };
    };
    const onMessage = (message: unknown) => (isTopFrame && isPageRequest(message) ? Promise.resolve(answer(message)) : undefined);
    // webextension-polyfill answers with the promise a listener returns.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
    browser.runtime.onMessage.addListener(onMessage);

    // Reloaded, updated or removed: leave the page exactly as it was. The browser does not say so
    // to a running page; reading ctx.isValid finds out, so it is read when the reader comes back to
    // the tab and when a term is pointed at (in the cards), and teardown runs then.
    const checkStillThere = () => void ctx.isValid;
    ctx.addEventListener(document, 'visibilitychange', checkStillThere);
    ctx.addEventListener(window, 'focus', checkStillThere);
    ctx.onInvalidated(() => {
      unwatch();
      // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the listener added above
      browser.runtime.onMessage.removeListener(onMessage);
      paused = true;
      stop();
    });

    await setPaused(await readPaused(hostname));
  },
});
