import { browser } from 'wxt/browser';
import type { Box, FromCardFrame, ToCardFrame } from '@/messages/card-frame';
import { HIGHLIGHT_SELECTOR, OWN_UI_ATTRIBUTE, TERM_ATTRIBUTE } from './exclusions';

/** How long the pointer must rest on a term before its card opens: passing over text does nothing. */
export const OPEN_DELAY_MS = 400;
/** How long a card stays after the pointer leaves, so the pointer can move onto it. */
export const CLOSE_GRACE_MS = 300;

/**
 * The hover card. Its frame, an extension page, is laid over the whole viewport inside a closed
 * shadow root and clipped to the card, so the page's CSS cannot reach it and it takes no space on
 * the page; the frame places the card itself and tells us where it is. One card at a time.
 *
 * `isAlive` says whether the extension is still there: after it is updated, reloaded or removed,
 * the first pointer or key on a term finds it gone, and the content script's teardown (which
 * stops the cards and restores the page) runs instead of a card that can no longer load.
 *
 * @example const cards = startHoverCards(document, () => ctx.isValid); ...; cards.stop();
 */
export function startHoverCards(doc: Document, isAlive: () => boolean = () => true) {
  const view = doc.defaultView!;
  const frameOrigin = new URL(browser.runtime.getURL('/')).origin;
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let frameReady: Promise<void> | undefined;
  /** The term whose card is open (or opening). */
  let current: HTMLElement | undefined;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was before the keyboard moved to a term; it goes back there on Esc. */
  let focusBefore: Element | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the open card is on screen yet (it is placed by its frame first). */
  let visible = false;
  /** Whether the reader has clicked or focused inside the card: then only Esc, its close button or scrolling it away close it. */
  let pinned = false;

  const termOf = (target: EventTarget | null) =>
    target instanceof view.Element ? target.closest<HTMLElement>(HIGHLIGHT_SELECTOR) : null;
  const boxOf = (element: Element): Box => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  const post = async (message: ToCardFrame) => {
    await frameReady;
    frame?.contentWindow?.postMessage(message, frameOrigin);
  };
  const style = (element: HTMLElement, properties: Record<string, string>) => {
    for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value, 'important');
  };

  function ensureFrame(): void {
    if (frame) return;
    host = doc.createElement('healthlens-card');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    style(host, { all: 'initial', position: 'fixed', top: '0', left: '0', width: '0', height: '0', 'z-index': '2147483647' });
    const shadow = host.attachShadow({ mode: 'closed' });
    frame = doc.createElement('iframe');
    frame.title = 'HealthLens explanation';
    style(frame, {
      position: 'fixed', top: '0', left: '0', width: '100vw', height: '100vh', border: '0', margin: '0', padding: '0',
      background: 'transparent', 'color-scheme': 'normal', 'clip-path': 'inset(100%)', 'pointer-events': 'none',
      visibility: 'hidden', display: 'block', 'max-width': 'none', 'max-height': 'none', opacity: '1',
    });
    frameReady = new Promise((ready) => frame!.addEventListener('load', () => ready(), { once: true }));
    frame.src = browser.runtime.getURL('/card.html');
    shadow.append(frame);
    doc.documentElement.append(host);
  }

  function open(term: HTMLElement): void {
    clearTimeout(closeTimer);
    current = term;
    pinned = false;
    ensureFrame();
    void post({ type: 'healthlens-card:show', termId: term.getAttribute(TERM_ATTRIBUTE)!, term: boxOf(term) });
  }

  function close(): void {
    clearTimeout(closeTimer);
    if (!current) return;
    const term = current;
    const focusWasInCard = doc.activeElement === host;
    current = undefined;
    visible = false;
    pinned = false;
    if (frame) style(frame, { 'clip-path': 'inset(100%)', 'pointer-events': 'none', visibility: 'hidden' });
    void post({ type: 'healthlens-card:hide' });
    // Closed from inside the card (Esc, its close button): the reader goes back to the term.
    if (focusWasInCard && term.isConnected) {
      term.setAttribute('tabindex', '-1');
      term.focus({ preventScroll: true });
    }
  }

  const closeSoon = () => {
    clearTimeout(closeTimer);
    if (pinned) return;
    closeTimer = setTimeout(close, CLOSE_GRACE_MS);
  };

  function onPointerOver(event: PointerEvent): void {
    const term = termOf(event.target);
    if (!term || !isAlive()) return;
    if (term === current) return clearTimeout(closeTimer);
    clearTimeout(openTimer);
    // A pinned card is not swapped for another term's by passing over it.
    if (pinned) return;
    openTimer = setTimeout(() => open(term), OPEN_DELAY_MS);
  }

  function onPointerOut(event: PointerEvent): void {
    const term = termOf(event.target);
    if (!term || termOf(event.relatedTarget) === term) return;
    clearTimeout(openTimer);
    // Onto the card itself: the card says when the pointer leaves it.
    if (term === current && event.relatedTarget !== host) closeSoon();
  }

  function onFrameMessage(event: MessageEvent<FromCardFrame>): void {
    if (!frame || event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const message = event.data;
    if (message.type === 'healthlens-card:placed' && current) {
      const { x, y, width, height } = message.card;
      const right = view.innerWidth - x - width;
      const bottom = view.innerHeight - y - height;
      style(frame, { 'clip-path': `inset(${y}px ${right}px ${bottom}px ${x}px)`, 'pointer-events': 'auto', visibility: 'visible' });
      if (!visible) void post({ type: 'healthlens-card:visible' });
      visible = true;
    } else if (message.type === 'healthlens-card:pointer') {
      if (message.inside) clearTimeout(closeTimer);
      else closeSoon();
    } else if (message.type === 'healthlens-card:pin') {
      pinned = true;
      clearTimeout(closeTimer);
    } else if (message.type === 'healthlens-card:close') close();
  }

  /** Follows the term on scroll and resize (once a frame); closes once the term is out of sight. */
  let moveQueued = false;
  function onViewportChange(): void {
    if (!current || moveQueued) return;
    moveQueued = true;
    view.requestAnimationFrame(() => {
      moveQueued = false;
      if (!current) return;
      if (!current.isConnected || !isInSight(current)) close();
      else void post({ type: 'healthlens-card:move', term: boxOf(current) });
    });
  }

  /** Whether any of the term is inside the viewport and inside every scrolling box around it. */
  function isInSight(term: HTMLElement): boolean {
    let { top, left, bottom, right } = term.getBoundingClientRect();
    top = Math.max(top, 0);
    left = Math.max(left, 0);
    bottom = Math.min(bottom, view.innerHeight);
    right = Math.min(right, view.innerWidth);
    for (let box = term.parentElement; box && box !== doc.body && box !== doc.documentElement; box = box.parentElement) {
      if (view.getComputedStyle(box).overflow === 'visible') continue;
      const clip = box.getBoundingClientRect();
      top = Math.max(top, clip.top);
      left = Math.max(left, clip.left);
      bottom = Math.min(bottom, clip.bottom);
      right = Math.min(right, clip.right);
    }
    return top < bottom && left < right;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    // Tab on a term whose card is open goes into the card, so its links and buttons can be reached.
    if (event.key === 'Tab' && !event.shiftKey && current && visible && doc.activeElement === current) {
      event.preventDefault();
      frame?.focus();
      void post({ type: 'healthlens-card:focus' });
      return;
    }
    if (event.key !== 'Escape') return;
    clearTimeout(openTimer);
    if (current) close();
    returnFocus();
  };

  function returnFocus(): void {
    if (!focusBefore) return;
    const target = focusBefore;
    focusBefore = null;
    if (target instanceof view.HTMLElement && target.isConnected) target.focus({ preventScroll: true });
    else (doc.activeElement as HTMLElement | null)?.blur?.();
  }

  /**
   * Moves to the next (or previous) highlighted term from the focused one, or from the top of the
   * viewport: scrolls it into view, focuses it and opens its card. Terms stay out of the Tab order
   * (tabindex -1, set only on the term reached). False when the page has no terms.
   */
  function step(direction: 1 | -1): boolean {
    const terms = [...doc.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)];
    if (terms.length === 0) return false;
    const active = termOf(doc.activeElement);
    let index: number;
    if (active) index = (terms.indexOf(active) + direction + terms.length) % terms.length;
    else {
      // The first term below the top of the viewport (or the last above it, going back).
      const below = terms.findIndex((term) => term.getBoundingClientRect().top >= 0);
      index = direction === 1 ? (below < 0 ? 0 : below) : (below <= 0 ? terms.length - 1 : below - 1);
      focusBefore = doc.activeElement;
    }
    const term = terms[index]!;
    term.setAttribute('tabindex', '-1');
    term.scrollIntoView({ block: 'center', behavior: 'auto' });
    term.focus({ preventScroll: true });
    clearTimeout(openTimer);
    open(term);
    return true;
  }

  doc.addEventListener('pointerover', onPointerOver, true);
  doc.addEventListener('pointerout', onPointerOut, true);
  doc.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('message', onFrameMessage);
  view.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  view.addEventListener('resize', onViewportChange, { passive: true });

  return {
    step,
    stop(): void {
      clearTimeout(openTimer);
      close();
      doc.removeEventListener('pointerover', onPointerOver, true);
      doc.removeEventListener('pointerout', onPointerOut, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      view.removeEventListener('message', onFrameMessage);
      view.removeEventListener('scroll', onViewportChange, { capture: true });
      view.removeEventListener('resize', onViewportChange);
      host?.remove();
      host = frame = undefined;
    },
  };
}
