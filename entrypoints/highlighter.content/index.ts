import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import preparedForms from 'virtual:healthlens-match-index';
import { loadMatcher, type Matcher } from '@/content/matcher';
import { startPageEngine, type PageEngine } from '@/content/page-engine';
import { countTerms, revealTerm } from '@/content/page-terms';
import { startHoverCards } from '@/content/card/hover-cards';
import { benchmarkHooks } from '@/content/benchmark-hooks';
import { readInPageSettings, watchPaused } from '@/settings/in-page';
import { isPageRequest, type PageRequest, type PageTermsReply, type TermCountReport } from '@/messages/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await readInPageSettings(location.hostname);
    const hooks = settings.benchmarkMode ? benchmarkHooks() : undefined;
    const compile = () => loadMatcher(preparedForms);
    // Compiled on first use, so a paused site pays nothing.
    let matcher: Matcher | undefined;
    const getMatcher = () => (matcher ??= hooks ? hooks.measure('compile', compile) : compile());
    const scheduler = {
      requestIdle: (callback: (deadline: IdleDeadline) => void) =>
        ctx.requestIdleCallback(callback, { timeout: 500 }),
    };
    const isTopFrame = window === window.top;

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

    let engine: PageEngine | undefined;
    let cards: ReturnType<typeof startHoverCards> | undefined;
    const setPaused = (paused: boolean) => {
      if (paused) {
        cards?.stop();
        cards = undefined;
        engine?.stop();
        engine = undefined;
      } else if (!engine && ctx.isValid) {
        cards = startHoverCards({ doc: document, isAlive: () => ctx.isValid, signal: ctx.signal });
        const onIdle = (markCount: number) => {
          hooks?.onIdle(markCount);
          reportTermCount(markCount);
        };
        engine = startPageEngine(document, { matcher: getMatcher(), scheduler, onSlice: hooks?.onSlice, onIdle });
      }
      reportTermCount();
    };
    setPaused(settings.paused);
    const unwatch = watchPaused(location.hostname, setPaused);

    // The popup asks the top frame what the page holds, and to show a term.
    const answer = (request: PageRequest): PageTermsReply | boolean => {
      if (request.type === 'healthlens:reveal-term') return revealTerm(document, request.termId);
      if (request.type === 'healthlens:step-term') return cards?.step(request.direction) ?? false;
      return { hostname: location.hostname, paused: !engine, counts: countTerms(document) };
    };
    const onMessage = (message: unknown) => (isTopFrame && isPageRequest(message) ? Promise.resolve(answer(message)) : undefined);
    browser.runtime.onMessage.addListener(onMessage);

    // Reloaded, updated or removed: leave the page exactly as it was. The browser does not say so
    // to a running page; reading ctx.isValid finds out, so it is read when the reader comes back to
    // the tab and when a term is pointed at (in the cards), and teardown runs then.
    const checkStillThere = () => void ctx.isValid;
    ctx.addEventListener(document, 'visibilitychange', checkStillThere);
    ctx.addEventListener(window, 'focus', checkStillThere);
    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      setPaused(true);
    });
  },
});
