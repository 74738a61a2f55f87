import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCardFrame, type CardFrame } from '@/content/card/card-frame';
import type { FromCardFrame, ToCardFrame } from '@/messages/card-frame';

/*
 * The card's frame as the page and the frame see it: what is on the page, what is posted to the
 * frame, and what the frame's messages do. happy-dom loads no extension page, so the frame's
 * window is a stand-in that records what it is sent, and its address is recorded, not loaded; the
 * frame itself is reached through the shadow root it was put in (closed to the page).
 */
const cardUrl = 'chrome-extension://healthlens-test/card.html';
const frameOrigin = new URL(cardUrl).origin;
let controller: AbortController;
let card: CardFrame;
let term: HTMLElement;
let frame: HTMLIFrameElement;
let frameWindow: { postMessage: ReturnType<typeof vi.fn<(message: unknown, origin: string) => void>> };
let calls: string[];
let frameSource: ReturnType<typeof vi.fn<(url: string) => void>>;

const host = () => document.querySelector('healthlens-card');
/** Lets pending posts (which wait for the frame to load) go out. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
const posted = () => frameWindow.postMessage.mock.calls.map(([message, origin]) => ({ ...(message as ToCardFrame), origin }));
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs the view as a Window here
const fromFrame = (data: FromCardFrame, { source = frameWindow as unknown, origin = frameOrigin } = {}) =>
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
const at = (element: Element, x: number, y: number, width = 60, height = 16) => {
  element.getBoundingClientRect = () => new DOMRect(x, y, width, height);
};
const scrollOf = (target: EventTarget) => target.dispatchEvent(new Event('scroll'));

/** Shows `term`'s card and stands in for its frame's window once the frame has loaded. */
async function showCard(): Promise<void> {
  const attachShadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
  card.show(term);
  const shadow = attachShadow.mock.results[0]!.value as ShadowRoot;
  frame = shadow.querySelector('iframe')!;
  Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
  frame.dispatchEvent(new Event('load'));
  await settle();
}

beforeEach(() => {
  // Where the frame is sent is recorded; happy-dom loads no page there (nor about:blank), only
  // an empty srcdoc.
  frameSource = vi.fn<(url: string) => void>();
  vi.spyOn(HTMLIFrameElement.prototype, 'src', 'set').mockImplementation(function (this: HTMLIFrameElement, url: string) {
    frameSource(url);
    this.srcdoc = '';
  });
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  document.body.innerHTML = '<style>* { overflow: visible }</style><p>Read about <mark class="healthlens-term" data-term="copd">COPD</mark>.</p>';
  term = document.querySelector('mark')!;
  at(term, 100, 200);
  frameWindow = { postMessage: vi.fn<(message: unknown, origin: string) => void>() };
  calls = [];
  controller = new AbortController();
  card = openCardFrame(document, controller.signal, {
    cardUrl,
    onPointer: (inside) => calls.push(`pointer ${inside ? 'in' : 'out'}`),
    onPin: () => calls.push('pin'),
    onClose: () => calls.push('close'),
  });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the card frame', () => {
  it('is made on the first card only, as an extension page in a closed shadow root', async () => {
    expect(host()).toBeNull();
    await showCard();
    expect(host()!.parentElement).toBe(document.documentElement);
    expect(host()!.shadowRoot).toBeNull();
    expect(host()!.hasAttribute('data-healthlens-ui')).toBe(true);
    expect(frameSource.mock.calls).toEqual([[cardUrl]]);
    // Hidden until the frame says where the card is.
    expect(frame.style.getPropertyValue('visibility')).toBe('hidden');
  });

  it('tells the frame which term to show and where it is, once the frame has loaded, and only to the extension’s origin', async () => {
    const attachShadow = vi.spyOn(HTMLElement.prototype, 'attachShadow');
    card.show(term);
    frame = (attachShadow.mock.results[0]!.value as ShadowRoot).querySelector('iframe')!;
    Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
    await settle();
    expect(posted()).toEqual([]);
    frame.dispatchEvent(new Event('load'));
    await settle();
    expect(posted()).toEqual([{ type: 'healthlens-card:show', termId: 'copd', term: { x: 100, y: 200, width: 60, height: 16 }, origin: frameOrigin }]);
  });

  it('clips the frame to the card the frame placed, and says once that it is visible', async () => {
    await showCard();
    fromFrame({ type: 'healthlens-card:placed', card: { x: 100, y: 230, width: 300, height: 200 } });
    fromFrame({ type: 'healthlens-card:placed', card: { x: 100, y: 230, width: 300, height: 220 } });
    await settle();
    const bottom = innerHeight - 230 - 220;
    const right = innerWidth - 100 - 300;
    expect(frame.style.getPropertyValue('clip-path')).toBe(`inset(230px ${right}px ${bottom}px 100px)`);
    expect(frame.style.getPropertyValue('visibility')).toBe('visible');
    expect(frame.style.getPropertyValue('pointer-events')).toBe('auto');
    expect(posted().filter((m) => m.type === 'healthlens-card:visible')).toHaveLength(1);

    expect(card.hide()).toBe(false);
    await settle();
    expect(frame.style.getPropertyValue('visibility')).toBe('hidden');
    expect(frame.style.getPropertyValue('clip-path')).toBe('inset(100%)');
    expect(posted().at(-1)!.type).toBe('healthlens-card:hide');
  });

  it('obeys only its own frame: the same messages from the page or another origin do nothing', async () => {
    await showCard();
    const messages: FromCardFrame[] = [
      { type: 'healthlens-card:pointer', inside: true },
      { type: 'healthlens-card:pin' },
      { type: 'healthlens-card:close' },
    ];
    for (const message of messages) fromFrame(message, { source: window });
    for (const message of messages) fromFrame(message, { origin: 'https://page.example' });
    fromFrame({ type: 'healthlens-card:placed', card: { x: 0, y: 0, width: 10, height: 10 } }, { source: window });
    expect(calls).toEqual([]);
    expect(frame.style.getPropertyValue('visibility')).toBe('hidden');
    for (const message of messages) fromFrame(message);
    fromFrame({ type: 'healthlens-card:pointer', inside: false });
    expect(calls).toEqual(['pointer in', 'pin', 'close', 'pointer out']);
  });

  it('follows its term as the page scrolls, once an animation frame', async () => {
    await showCard();
    at(term, 100, 150);
    scrollOf(document);
    scrollOf(document);
    vi.advanceTimersToNextFrame();
    await settle();
    expect(posted().filter((m) => m.type === 'healthlens-card:move')).toEqual([
      { type: 'healthlens-card:move', term: { x: 100, y: 150, width: 60, height: 16 }, origin: frameOrigin },
    ]);
    expect(calls).toEqual([]);
  });

  it('asks to close once its term is scrolled out of sight, or leaves the page', async () => {
    await showCard();
    at(term, 100, -100);
    scrollOf(window);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(['close']);

    at(term, 100, 200);
    card.show(term);
    term.remove();
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(['close', 'close']);
  });

  it('follows scrolling inside a shadow root, which never reaches the window, once given the root', async () => {
    const shadowHost = document.createElement('div');
    document.body.append(shadowHost);
    const root = shadowHost.attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="box"><mark class="healthlens-term" data-term="copd">COPD</mark></div>';
    term = root.querySelector('mark')!;
    at(term, 100, 200);
    await showCard();
    const box = root.getElementById('box')!;
    at(term, 100, -100);
    scrollOf(box);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
    card.watch(root);
    scrollOf(box);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual(['close']);
  });

  it('Tab on the focused term moves focus into the card, once the card is on screen', async () => {
    await showCard();
    term.tabIndex = -1;
    term.focus();
    const tab = () => {
      const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true, composed: true });
      term.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(tab()).toBe(false);
    fromFrame({ type: 'healthlens-card:placed', card: { x: 100, y: 230, width: 300, height: 200 } });
    expect(tab()).toBe(true);
    await settle();
    expect(posted().at(-1)!.type).toBe('healthlens-card:focus');
  });

  it('once its signal aborts, is gone from the page and hears nothing more', async () => {
    await showCard();
    controller.abort();
    expect(host()).toBeNull();
    fromFrame({ type: 'healthlens-card:close' });
    at(term, 100, -100);
    scrollOf(window);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cancels an animation frame already asked for when its signal aborts', async () => {
    await showCard();
    at(term, 100, -100);
    scrollOf(window);
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersToNextFrame();
    expect(calls).toEqual([]);
  });
});
