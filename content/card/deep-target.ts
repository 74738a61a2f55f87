import { HIGHLIGHT_SELECTOR } from '../exclusions';

/*
 * The real target of an event or of focus, for terms inside open shadow roots and same-origin
 * child frames, where the page's document sees only the shadow host or the frame.
 */

/** A place whose events the cards listen to: the page, an open shadow root, a same-origin frame's document. */
export type TermRoot = Document | ShadowRoot;

/**
 * The highlighted term an element is in, if any. Not `instanceof Element`: an element from a
 * same-origin child frame comes from another window, whose Element is another class.
 */
export const termAt = (target: EventTarget | null | undefined): HTMLElement | null | undefined =>
  (target as Partial<Element> | null | undefined)?.closest?.<HTMLElement>(HIGHLIGHT_SELECTOR);

/** The term under an event: its first target, since `event.target` is retargeted to a shadow host. */
export const termOf = (event: Event) => termAt(event.composedPath()[0]);

/** The focused element inside `active`, through open shadow roots and same-origin frames. */
const deepest = (active: Element | null): Element | null => {
  const inner = active?.shadowRoot?.activeElement ?? (active as HTMLIFrameElement | null)?.contentDocument?.activeElement;
  return inner ? deepest(inner) : active;
};

/** The focused element, where `document.activeElement` names only the shadow host or the frame. */
export const deepActiveElement = (doc: Document) => deepest(doc.activeElement);
