import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHoverCards, type HoverCards } from '@/content/card/hover-cards';
import { OPEN_DELAY_MS } from '@/content/card/hover-intent';

/*
 * The hover cards put together, as the content script starts them: a card shows as the card's
 * frame on the page (`healthlens-card`), and stopping, or the caller's signal aborting, leaves the
 * page as it was with nothing left running.
 */
let controller: AbortController;
let cards: HoverCards | undefined;

const cardOnPage = () => document.querySelector('healthlens-card') !== null;
const term = () => document.querySelector<HTMLElement>('mark')!;
const rest = (target: Element) => {
  target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, relatedTarget: document.body }));
  vi.advanceTimersByTime(OPEN_DELAY_MS);
};

beforeEach(() => {
  vi.useFakeTimers();
  // happy-dom loads no extension page (nor about:blank); an empty srcdoc stands in.
  vi.spyOn(HTMLIFrameElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLIFrameElement) {
    this.srcdoc = '';
  });
  document.body.innerHTML = '<p>Read about <mark class="healthlens-term" data-term="copd">COPD</mark> and <mark class="healthlens-term" data-term="biopsy">biopsy</mark>.</p>';
  controller = new AbortController();
});

afterEach(() => {
  cards?.stop();
  cards = undefined;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('startHoverCards', () => {
  it('shows a card when the pointer rests on a term', () => {
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    expect(cardOnPage()).toBe(false);
    rest(term());
    expect(cardOnPage()).toBe(true);
  });

  it('when the caller’s signal aborts, removes the card and does nothing more: no pending card, no listener, no timer', () => {
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    rest(term());
    document.querySelectorAll('mark')[1]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    controller.abort();
    expect(cardOnPage()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    rest(term());
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(cardOnPage()).toBe(false);
    expect(cards.step(1)).toBe(false);
    expect(cardOnPage()).toBe(false);
  });

  it('stop() leaves the page as it was, and a later abort of the caller’s signal changes nothing', () => {
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    rest(term());
    cards.stop();
    expect(cardOnPage()).toBe(false);
    rest(term());
    expect(cardOnPage()).toBe(false);
    expect(() => controller.abort()).not.toThrow();
    expect(cardOnPage()).toBe(false);
  });

  it('stopping with focus in the card gives focus back to its term, as the frame goes', () => {
    const attachShadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    rest(term());
    const frame = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector('iframe')!;
    frame.focus();
    expect(document.activeElement).toBe(document.querySelector('healthlens-card'));
    cards.stop();
    expect(document.activeElement).toBe(term());
  });

  it('starts stopped when the caller’s signal has already aborted', () => {
    controller.abort();
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    rest(term());
    expect(cardOnPage()).toBe(false);
  });

  it('shows nothing once the extension is gone', () => {
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', isAlive: () => false, signal: controller.signal });
    rest(term());
    expect(cardOnPage()).toBe(false);
  });

  it('steps through the page’s highlights by default, and through the caller’s list when given one', () => {
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', signal: controller.signal });
    expect(cards.step(1)).toBe(true);
    expect(document.activeElement?.getAttribute('data-term')).toBe('copd');
    expect(cardOnPage()).toBe(true);
    cards.stop();

    const listed = [document.querySelectorAll<HTMLElement>('mark')[1]!];
    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', listTerms: () => listed, signal: controller.signal });
    cards.step(1);
    expect(document.activeElement?.getAttribute('data-term')).toBe('biopsy');
    cards.stop();

    cards = startHoverCards({ doc: document, cardUrl: 'chrome-extension://healthlens-test/card.html', listTerms: () => [], signal: controller.signal });
    expect(cards.step(1)).toBe(false);
  });
});
