/**
 * Messages between the content script and the hover card's frame (an extension page shown over
 * the page). The frame covers the viewport but is clipped to the card, so it positions the card
 * itself, in the page's own viewport coordinates, and reports back where it is.
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
  | { type: 'healthlens-card:hide' };

/** Card frame → content script. */
export type FromCardFrame =
  | { type: 'healthlens-card:placed'; card: Box }
  | { type: 'healthlens-card:pointer'; inside: boolean }
  | { type: 'healthlens-card:close' };
