/**
 * Messages between the content script and the hover card's frame (an extension page shown over
 * the page). The frame covers the viewport but is clipped to the card, so it positions the card
 * itself, in the page's own viewport coordinates, and reports back where it is. Nothing the reader
 * types into the card is ever sent: the page can see these messages.
 */

/** A box in viewport pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Content script → card frame. */
export type ToCardFrame =
  | { type: 'healthlens-card:show'; termId: string; term: Box }
  | { type: 'healthlens-card:move'; term: Box }
  /** The card is on screen now: a good moment to announce it to screen readers. */
  | { type: 'healthlens-card:visible' }
  /** The reader pressed Tab on the term: focus moves into the card. */
  | { type: 'healthlens-card:focus' }
  | { type: 'healthlens-card:hide' };

/** Card frame → content script. */
export type FromCardFrame =
  | { type: 'healthlens-card:placed'; card: Box }
  | { type: 'healthlens-card:pointer'; inside: boolean }
  /** The reader clicked or moved focus into the card: it stays until closed on purpose. */
  | { type: 'healthlens-card:pin' }
  | { type: 'healthlens-card:close' };
