import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Box } from '@/messages/card-frame';

/** Space kept between the card and the term, and between the card and the viewport's edges. */
const GAP = 6;
const EDGE = 8;

/**
 * Places the card next to the term (given as a box in viewport pixels), with Floating UI: below it
 * when there is room, above it otherwise, shifted to stay inside the viewport, never over the term.
 */
export async function placeCard(card: HTMLElement, term: Box): Promise<Box> {
  const reference = {
    getBoundingClientRect: () => ({ ...term, top: term.y, left: term.x, right: term.x + term.width, bottom: term.y + term.height }),
  };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [offset(GAP), flip({ padding: EDGE }), shift({ padding: EDGE })],
  });
  Object.assign(card.style, { left: `${x}px`, top: `${y}px` });
  const { width, height } = card.getBoundingClientRect();
  return { x, y, width, height };
}
