import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { createMatcher, type PageMatcher } from './matcher';
import { startPageEngine, type PageEngine } from './page-engine';
import { countTerms, revealTerm, sameOriginParents, termMarks } from './page-terms';
import { startTermBadge } from './term-badge';
import { loadPageUi } from './page-ui/load';
import type { HoverCards } from './card/hover-cards';
import type { PageUi } from './page-ui/page-ui';
import { TermIndex } from '../term-index/term-index';
import { indexFrom, OPEN_INDEX_KEYS } from '../term-index/storage';
import { readExtensionFile } from '../term-index/extension-files';
import { PAUSE_KEY, pausedIn, watchPaused } from '../settings/in-page';
import { isPageRequest, type PageRequest, type PageTermsReply, type TermCountReport } from '../messages/protocol';

/** The term index: from storage's copy (`stored` is what was read of it), or from the files until the background has made it. */
async function loadMatcher(stored: Record<string, unknown>): Promise<PageMatcher> {
  const { filter, source } = await indexFrom(stored, browser.storage.local, readExtensionFile, __TERM_INDEX_VERSION__);
  return createMatcher(new TermIndex(filter, source));
}

/**
 * HealthLens in one frame of a page, for the life of its content script: reads the pause setting,
 * runs the page engine while the site is not paused, loads the highlighter and cards on the first
 * term, answers the popup and keeps the badge. Everything it starts is tied to `ctx`, so an update
 * or removal of the extension leaves the page exactly as it was.
 */
export async function runPageSession(ctx: ContentScriptContext): Promise<void> {
  const hostname = location.hostname;
  const isTopFrame = window === window.top;
  // The setting and the index's filter, read in one call (at the end, once the setting is
  // watched); the matcher is made only when first needed, so a paused site does nothing more.
  let stored: Record<string, unknown> = {};
  let matcher: Promise<PageMatcher> | undefined;
  const getMatcher = () => (matcher ??= loadMatcher(stored));
  const scheduler = {
    requestIdle: (callback: (deadline: IdleDeadline) => void) =>
      ctx.requestIdleCallback(callback, { timeout: 500 }),
  };

  /** The page's highlights in reading order: shadow roots and same-origin frames included. */
  const pageMarks = () => termMarks(document, engine?.innerRoots);
  const badge = startTermBadge({
    isTopFrame,
    pageMarks,
    send(count) {
      const report: TermCountReport = { type: 'healthlens:term-count', count };
      if (ctx.isValid) browser.runtime.sendMessage(report).catch(() => {});
    },
    signal: ctx.signal,
  });
  const reportTermCount = (markCount = engine?.markCount ?? 0) => badge.update(markCount);

  // The highlighter and the cards come in one file, loaded when the page first has a term.
  const cardUrl = browser.runtime.getURL('/card.html');
  const startCards = (ui: PageUi) =>
    (cards ??= ui.startHoverCards({
      doc: document, cardUrl, listTerms: pageMarks, escapeFrom: sameOriginParents(), isAlive: () => ctx.isValid, signal: ctx.signal,
    }));
  const loadHighlighter = async () => {
    const ui = await loadPageUi();
    startCards(ui);
    return new ui.Highlighter({ css: ui.highlightCss, onNewRoot: (root) => cards?.watch(root) });
  };
  /** Steps from the keyboard; the cards load here when only child frames have terms. */
  const step = async (direction: 1 | -1) => {
    if (!cards && (paused || pageMarks().length === 0)) return false;
    return (cards ?? startCards(await loadPageUi())).step(direction);
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
  const answer = async (request: PageRequest): Promise<PageTermsReply | boolean> => {
    if (request.type === 'healthlens:reveal-term') return revealTerm(pageMarks(), request.termId);
    if (request.type === 'healthlens:step-term') return step(request.direction);
    return { hostname, paused: paused === true, settled: paused === true || (engine?.isIdle ?? false), counts: countTerms(pageMarks()) };
  };
  const onMessage = (message: unknown) => (isTopFrame && isPageRequest(message) ? answer(message) : undefined);
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

  stored = await browser.storage.local.get([PAUSE_KEY, ...OPEN_INDEX_KEYS]);
  await setPaused(pausedIn(stored, hostname));
}
