import type { FromCardFrame, ToCardFrame } from '@/messages/card-frame';
import { OWN_UI_ATTRIBUTE, TERM_ATTRIBUTE } from '../exclusions';
import { deepActiveElement, type TermRoot } from './deep-target';
import { boxInPage, isInSight } from './term-box';

export interface CardFrameOptions {
  /** The card page's address (card.html in the extension). */
  cardUrl: string;
  /** The pointer came onto the card, or left it. */
  onPointer: (inside: boolean) => void;
  /** The reader clicked or focused in the card. */
  onPin: () => void;
  /** The card asked to close (Esc in it, its close button), or its term went out of sight. */
  onClose: () => void;
}

export interface CardFrame {
  /** Shows the term's card (the frame places it, then says where: only then is it visible). */
  show(term: HTMLElement): void;
  /** Hides the card; true when focus was in it, so the caller can take the reader back to the term. */
  hide(): boolean;
  /** Whether an event target is the card. */
  isCard(target: EventTarget | null): boolean;
  /** Also follows scrolling in `root`: a scroll inside a shadow root or a child frame never reaches `doc`. */
  watch(root: TermRoot): void;
}

const style = (element: HTMLElement, properties: Record<string, string>) => {
  for (const [name, value] of Object.entries(properties)) element.style.setProperty(name, value, 'important');
};
const HIDDEN = { 'clip-path': 'inset(100%)', 'pointer-events': 'none', visibility: 'hidden' };

/**
 * The hover card's frame, an extension page (card.html), laid over the whole viewport inside a
 * closed shadow root and clipped to the card: the page's CSS cannot reach it and it takes no space
 * on the page. The frame places the card itself and tells us where it is. Made on first show in
 * `doc`; aborting `signal` removes it and every listener.
 */
export function openCardFrame(doc: Document, signal: AbortSignal, { cardUrl, onPointer, onPin, onClose }: CardFrameOptions): CardFrame {
  const view = doc.defaultView!;
  const frameOrigin = new URL(cardUrl).origin;
  let host: HTMLElement | undefined;
  let frame: HTMLIFrameElement | undefined;
  let frameReady: Promise<void> | undefined;
  /** The term whose card is shown. */
  let term: HTMLElement | undefined;
  /** Whether the card is on screen yet (it is placed by its frame first). */
  let visible = false;
  let moveFrame = 0;

  const post = async (message: ToCardFrame) => {
    await frameReady;
    frame?.contentWindow?.postMessage(message, frameOrigin);
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
      background: 'transparent', 'color-scheme': 'normal', 'max-width': 'none', 'max-height': 'none', opacity: '1',
      display: 'block', ...HIDDEN,
    });
    frameReady = new Promise((ready) => frame!.addEventListener('load', () => ready(), { signal }));
    frame.src = cardUrl;
    shadow.append(frame);
    doc.documentElement.append(host);
  }

  function onFrameMessage(event: MessageEvent<FromCardFrame>): void {
    // Only our own frame: the page can post messages to this window too.
    if (!frame || event.source !== frame.contentWindow || event.origin !== frameOrigin) return;
    const message = event.data;
    if (message.type === 'healthlens-card:placed' && term) {
      const { x, y, width, height } = message.card;
      const right = view.innerWidth - x - width;
      const bottom = view.innerHeight - y - height;
      style(frame, { 'clip-path': `inset(${y}px ${right}px ${bottom}px ${x}px)`, 'pointer-events': 'auto', visibility: 'visible' });
      if (!visible) void post({ type: 'healthlens-card:visible' });
      visible = true;
    } else if (message.type === 'healthlens-card:pointer') onPointer(message.inside);
    else if (message.type === 'healthlens-card:pin') onPin();
    else if (message.type === 'healthlens-card:close') onClose();
  }

  /** Follows the term on scroll and resize (once an animation frame); closes once it is out of sight. */
  function onViewportChange(): void {
    if (!term || moveFrame) return;
    moveFrame = view.requestAnimationFrame(() => {
      moveFrame = 0;
      if (!term) return;
      if (!term.isConnected || !isInSight(term, doc)) onClose();
      else void post({ type: 'healthlens-card:move', term: boxInPage(term, doc) });
    });
  }

  // Tab on a term whose card is open goes into the card, so its links and buttons can be reached.
  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.shiftKey || !visible || deepActiveElement(doc) !== term) return;
    event.preventDefault();
    frame!.focus();
    void post({ type: 'healthlens-card:focus' });
  }

  // Scroll and resize cannot be cancelled, so they need no `passive`.
  const watch = (root: TermRoot | Window) => root.addEventListener('scroll', onViewportChange, { capture: true, signal });
  watch(view);
  view.addEventListener('resize', onViewportChange, { signal });
  view.addEventListener('message', onFrameMessage, { signal });
  doc.addEventListener('keydown', onKeyDown, { capture: true, signal });
  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(moveFrame);
    host?.remove();
    host = frame = term = undefined;
  });

  return {
    show(shown) {
      term = shown;
      ensureFrame();
      void post({ type: 'healthlens-card:show', termId: shown.getAttribute(TERM_ATTRIBUTE)!, term: boxInPage(shown, doc) });
    },
    hide() {
      const focusWasInCard = doc.activeElement === host;
      term = undefined;
      visible = false;
      if (frame) style(frame, HIDDEN);
      void post({ type: 'healthlens-card:hide' });
      return focusWasInCard;
    },
    isCard: (target) => target === host,
    watch,
  };
}
