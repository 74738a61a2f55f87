import { computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import type { Box } from '@/messages/card-frame';

/** Space kept between the card and the term, and between the card and the viewport's edges. */
const GAP = 6;
const EDGE = 8;

/**
 * Places the card next to the term (given as a box in viewport pixels), with Floating UI: below it
 * when there is room, above it otherwise (whichever fits better), never taller than the room on
 * that side (it scrolls inside instead), shifted sideways to stay inside the viewport, never over
 * the term. `fillHeight` makes the card as tall as that room allows (up to `maxFill` pixels) so its
 * size does not depend on what is in it. `side` keeps a card on the side it was first placed, so
 * a card that grows (a new view) stays under the reader's pointer. Whole pixels, so text stays crisp.
 */
export async function placeCard(
  card: HTMLElement,
  term: Box,
  { fillHeight = false, maxFill = 560, side }: { fillHeight?: boolean; maxFill?: number; side?: Placement } = {},
): Promise<{ box: Box; side: Placement }> {
  const reference = {
    getBoundingClientRect: () => ({ ...term, top: term.y, left: term.x, right: term.x + term.width, bottom: term.y + term.height }),
  };
  const { x, y, placement } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: side ?? 'bottom-start',
    middleware: [
      offset(GAP),
      ...(side ? [] : [flip({ padding: EDGE, fallbackStrategy: 'bestFit' })]),
      size({
        padding: EDGE,
        apply({ availableHeight }) {
          const room = Math.max(120, Math.floor(availableHeight));
          card.style.maxHeight = `${room}px`;
          card.style.height = fillHeight ? `${Math.min(room, maxFill)}px` : '';
        },
      }),
      shift({ padding: EDGE }),
    ],
  });
  const left = Math.round(x);
  const top = Math.round(y);
  Object.assign(card.style, { left: `${left}px`, top: `${top}px` });
  const { width, height } = card.getBoundingClientRect();
  return { box: { x: left, y: top, width, height }, side: placement };
}
