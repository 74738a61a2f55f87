import { termAt, termOf, type TermRoot } from './deep-target';

/** How long the pointer must rest on a term before its card opens: passing over text does nothing. */
export const OPEN_DELAY_MS = 400;
/** How long a card stays after the pointer leaves, so the pointer can move onto it. */
export const CLOSE_GRACE_MS = 300;

export interface HoverIntentOptions {
  /** Read on each pointer over a term: false once the extension is gone (see hover-cards.ts). */
  isAlive: () => boolean;
  /** Whether a pointer leaving a term went onto the card, which then reports the pointer itself. */
  isCard: (target: EventTarget | null) => boolean;
  onOpen: (term: HTMLElement) => void;
  onClose: (term: HTMLElement) => void;
}

export interface HoverIntent {
  /** Opens a term's card at once (from the keyboard). */
  openNow(term: HTMLElement): void;
  /** The card says the pointer came onto it (it stays) or left it (it closes after the grace). */
  pointerOnCard(inside: boolean): void;
  /** The reader clicked or focused in the card: only Esc, its close button or scrolling close it. */
  pin(): void;
  close(): void;
  /** Also listens in `root`: pointer moves within one shadow tree, or inside a child frame, never reach `doc`. */
  watch(root: TermRoot): void;
}

/**
 * Decides when a term's card opens and closes, from where the pointer rests and Esc; one card at a
 * time, listening on `doc`. Knows nothing of how the card is shown. Everything stops when `signal`
 * aborts.
 */
export function watchHoverIntent(
  doc: Document,
  signal: AbortSignal,
  { isAlive, isCard, onOpen, onClose }: HoverIntentOptions,
): HoverIntent {
  /** The term whose card is open (or opening). */
  let current: HTMLElement | undefined;
  let pinned = false;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelOpen = () => clearTimeout(openTimer);
  const cancelClose = () => clearTimeout(closeTimer);

  function open(term: HTMLElement): void {
    cancelOpen();
    cancelClose();
    current = term;
    pinned = false;
    onOpen(term);
  }

  function close(): void {
    cancelClose();
    if (!current) return;
    const term = current;
    current = undefined;
    pinned = false;
    onClose(term);
  }

  function closeSoon(): void {
    cancelClose();
    if (!pinned) closeTimer = setTimeout(close, CLOSE_GRACE_MS);
  }

  // Each handler is safe to run twice for one event (a root and `doc` can both hear it).
  function onPointerOver(event: Event): void {
    const term = termOf(event);
    if (!term || !isAlive()) return;
    if (term === current) return cancelClose();
    cancelOpen();
    // A pinned card is not swapped for another term's by passing over it.
    if (!pinned) openTimer = setTimeout(() => open(term), OPEN_DELAY_MS);
  }

  function onPointerOut(event: Event): void {
    const term = termOf(event);
    const to = (event as PointerEvent).relatedTarget;
    if (!term || termAt(to) === term) return;
    cancelOpen();
    if (term === current && !isCard(to)) closeSoon();
  }

  function onKeyDown(event: Event): void {
    if ((event as KeyboardEvent).key !== 'Escape') return;
    cancelOpen();
    close();
  }

  function watch(root: TermRoot): void {
    const options = { capture: true, signal };
    root.addEventListener('pointerover', onPointerOver, options);
    root.addEventListener('pointerout', onPointerOut, options);
    root.addEventListener('keydown', onKeyDown, options);
  }

  watch(doc);
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
  });

  return {
    openNow: open,
    pointerOnCard: (inside) => (inside ? cancelClose() : closeSoon()),
    pin() {
      pinned = true;
      cancelClose();
    },
    close,
    watch,
  };
}
