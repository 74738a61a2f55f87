import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS, watchHoverIntent, type HoverIntent } from '@/content/card/hover-intent';

/*
 * When a card opens and closes, driven by the pointer and Esc, on fake timers. The callbacks
 * record what the reader would see: which term's card opened, and which closed.
 */
let controller: AbortController;
let intent: HoverIntent;
let events: string[];
let alive: boolean;
/** Stands in for the card: a pointer leaving a term onto it does not close it. */
let card: HTMLElement;

const term = (id: string) => document.querySelector<HTMLElement>(`mark[data-term="${id}"]`)!;
const pointer = (type: 'pointerover' | 'pointerout', target: Element, relatedTarget: Element | null = null, composed = true) =>
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed, relatedTarget }));
/** The pointer moves from `from` onto `to`, as the browser reports it. */
const move = (from: Element, to: Element) => {
  pointer('pointerout', from, to);
  pointer('pointerover', to, from);
};
const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = `
    <p id="text">Read about <mark class="healthlens-term" data-term="biopsy">biopsy</mark> and
      <mark class="healthlens-term" data-term="copd">COPD</mark> here.</p>
    <div id="card"></div>`;
  card = document.getElementById('card')!;
  events = [];
  alive = true;
  controller = new AbortController();
  intent = watchHoverIntent(document, controller.signal, {
    isAlive: () => alive,
    isCard: (target) => target === card,
    onOpen: (t) => events.push(`open ${t.dataset.term}`),
    onClose: (t) => events.push(`close ${t.dataset.term}`),
  });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('hover intent', () => {
  it('opens a card once the pointer has rested on a term for OPEN_DELAY_MS, not before', () => {
    move(document.getElementById('text')!, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open biopsy']);
  });

  it('never opens a card while the pointer only passes over a term', () => {
    const text = document.getElementById('text')!;
    move(text, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    move(term('biopsy'), text);
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(events).toEqual([]);
  });

  it('closes the card CLOSE_GRACE_MS after the pointer leaves its term, and keeps it if the pointer comes back in time', () => {
    const text = document.getElementById('text')!;
    move(text, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(term('biopsy'), text);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    move(text, term('biopsy'));
    vi.advanceTimersByTime(10 * CLOSE_GRACE_MS);
    expect(events).toEqual(['open biopsy']);

    move(term('biopsy'), text);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    expect(events).toEqual(['open biopsy']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open biopsy', 'close biopsy']);
  });

  it('keeps the card while the pointer is on it, and closes it after the grace once the card says the pointer left', () => {
    move(document.getElementById('text')!, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    pointer('pointerout', term('biopsy'), card);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(10 * CLOSE_GRACE_MS);
    expect(events).toEqual(['open biopsy']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events).toEqual(['open biopsy', 'close biopsy']);
  });

  it('swaps cards when the pointer rests on another term', () => {
    move(document.getElementById('text')!, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(term('biopsy'), term('copd'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    // The grace is shorter than the delay: the first card goes before the second comes.
    expect(events).toEqual(['open biopsy', 'close biopsy', 'open copd']);
  });

  it('keeps a pinned card when the pointer leaves or rests on another term, until Esc', () => {
    const text = document.getElementById('text')!;
    move(text, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pin();
    move(term('biopsy'), text);
    move(text, term('copd'));
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(10 * (OPEN_DELAY_MS + CLOSE_GRACE_MS));
    expect(events).toEqual(['open biopsy']);
    press('Escape');
    expect(events).toEqual(['open biopsy', 'close biopsy']);
  });

  it('Esc closes the open card and cancels one about to open', () => {
    move(document.getElementById('text')!, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(term('biopsy'), term('copd'));
    press('Escape');
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(events).toEqual(['open biopsy', 'close biopsy']);
  });

  it('opens nothing once the extension is gone', () => {
    alive = false;
    move(document.getElementById('text')!, term('biopsy'));
    vi.advanceTimersByTime(10 * OPEN_DELAY_MS);
    expect(events).toEqual([]);
  });

  it('finds a term inside an open shadow root, though the document sees the event on the shadow host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>A <mark class="healthlens-term" data-term="copd">COPD</mark> test.</p>';
    const inner = host.shadowRoot!.querySelector('mark')!;
    // What a browser hands a listener on the document: the target retargeted to the host, the
    // real target first in the composed path. (happy-dom does not retarget, so it is built here.)
    const event = new PointerEvent('pointerover', { bubbles: true, composed: true, relatedTarget: document.getElementById('text') });
    Object.defineProperty(event, 'composedPath', { value: () => [inner, inner.parentElement, host.shadowRoot, host, document.body, document.documentElement, document, window] });
    host.dispatchEvent(event);
    expect(event.target).toBe(host);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(events).toEqual(['open copd']);
  });

  it('hears pointer moves inside a shadow tree, which never reach the document, once given its root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span>A</span> <mark class="healthlens-term" data-term="copd">COPD</mark> test.</p>';
    const inner = root.querySelector('mark')!;
    const span = root.querySelector('span')!;
    // Within one shadow tree the browser stops pointerover/pointerout at the shadow root.
    const within = (type: 'pointerover' | 'pointerout', target: Element, related: Element) => pointer(type, target, related, false);
    within('pointerover', inner, span);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(events).toEqual([]);

    intent.watch(root);
    within('pointerover', inner, span);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    within('pointerout', inner, span);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events).toEqual(['open copd', 'close copd']);
  });

  it('does nothing after its signal aborts: no pending open, no pending close, no listener', () => {
    const text = document.getElementById('text')!;
    move(text, term('biopsy'));
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(term('biopsy'), text);
    move(text, term('copd'));
    controller.abort();
    vi.advanceTimersByTime(10 * (OPEN_DELAY_MS + CLOSE_GRACE_MS));
    move(term('copd'), term('biopsy'));
    press('Escape');
    vi.advanceTimersByTime(10 * (OPEN_DELAY_MS + CLOSE_GRACE_MS));
    expect(events).toEqual(['open biopsy']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
