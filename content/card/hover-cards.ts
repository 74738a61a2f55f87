import { HIGHLIGHT_SELECTOR } from '../exclusions';
import { openCardFrame } from './card-frame';
import type { TermRoot } from './deep-target';
import { watchHoverIntent } from './hover-intent';
import { focusTerm, startTermStepper } from './term-stepper';

export interface HoverCardsOptions {
  doc: Document;
  /** The card page's address (card.html in the extension). */
  cardUrl: string;
  /** The highlighted terms in page order, for stepping; by default the marks in `doc`. */
  listTerms?: () => HTMLElement[];
  /**
   * Whether the extension is still there. After it is updated, reloaded or removed, the first
   * pointer on a term must find it gone, so the content script's teardown (which stops the cards
   * and restores the page) runs instead of a card that can no longer load.
   */
  isAlive?: () => boolean;
  /**
   * Documents of same-origin parent frames. In a same-origin http(s) child frame, which runs a
   * content script of its own, a card opens on hover while keyboard focus stays in the parent, so
   * Esc is heard there too.
   */
  escapeFrom?: Document[];
  /** Aborting stops the cards as `stop()` does (the content script passes `ctx.signal`). */
  signal?: AbortSignal;
}

export interface HoverCards {
  /** Steps to the next (or previous) term and opens its card; false when there are none. */
  step(direction: 1 | -1): boolean;
  /**
   * Also hears the pointer and scrolling in `root`, an open shadow root or a same-origin child
   * frame's document, where they never reach `doc`. (Tab into the card and Esc back to where focus
   * was are still heard in `doc` only.)
   */
  watch(root: TermRoot): void;
  /** Closes the card, removes its frame and every listener and timer. */
  stop(): void;
}

/**
 * The hover cards: a card opens when the pointer rests on a term or the keyboard steps to one,
 * one card at a time.
 *
 * @example const cards = startHoverCards({ doc: document, cardUrl, isAlive: () => ctx.isValid, signal: ctx.signal });
 */
export function startHoverCards({
  doc,
  cardUrl,
  listTerms = () => [...doc.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)],
  isAlive = () => true,
  escapeFrom = [],
  signal,
}: HoverCardsOptions): HoverCards {
  const stopped = new AbortController();
  const own = stopped.signal;
  const intent = watchHoverIntent(doc, own, {
    isAlive,
    isCard: (target) => card.isCard(target),
    onOpen: (term) => card.show(term),
    onClose(term) {
      // Closed from inside the card (Esc, its close button): the reader goes back to the term.
      if (card.hide() && term.isConnected) focusTerm(term);
    },
  });
  const card = openCardFrame(doc, own, { cardUrl, onPointer: (inside) => intent.pointerOnCard(inside), onPin: () => intent.pin(), onClose: () => intent.close() });
  const stepper = startTermStepper(doc, own, { listTerms, onStep: (term) => intent.openNow(term) });

  for (const parent of escapeFrom) {
    parent.addEventListener('keydown', (event) => event.key === 'Escape' && intent.close(), { capture: true, signal: own });
  }

  const stop = () => {
    // Closed first, so focus in the card goes back to its term before the frame goes.
    intent.close();
    stopped.abort();
  };
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true, signal: own });

  return {
    step: (direction) => stepper.step(direction),
    watch(root) {
      intent.watch(root);
      card.watch(root);
    },
    stop,
  };
}
