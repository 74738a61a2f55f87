import type { Box } from '@/messages/card-frame';

/** The frame element whose document holds `element`; none once in `doc`. */
const frameAround = (element: Element, doc: Document) =>
  element.ownerDocument === doc ? null : element.ownerDocument.defaultView?.frameElement;

/** Where a frame's content starts, in its parent's viewport: inside its border. */
function contentOrigin(frame: Element): [x: number, y: number] {
  const { left, top } = frame.getBoundingClientRect();
  return [left + frame.clientLeft, top + frame.clientTop];
}

/**
 * Where an element's box is in `doc`'s viewport. A term in a same-origin child frame has its box in
 * that frame's viewport, so it is moved by where each frame around it starts.
 */
export function boxInPage(element: Element, doc: Document): Box {
  const { width, height } = element.getBoundingClientRect();
  let { x, y } = element.getBoundingClientRect();
  for (let frame = frameAround(element, doc); frame; frame = frameAround(frame, doc)) {
    const [dx, dy] = contentOrigin(frame);
    x += dx;
    y += dy;
  }
  return { x, y, width, height };
}

/** The box that lays an element out: its parent, or the host of the shadow root it is in. */
const layoutParent = (element: Element): Element | null | undefined =>
  element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host;

/**
 * Whether any of the element is inside the viewport and inside every scrolling box around it, out
 * through shadow hosts and any frames between it and `doc`.
 */
export function isInSight(element: Element, doc: Document): boolean {
  let { top, left, bottom, right } = element.getBoundingClientRect();
  const clip = (box: { top: number; left: number; bottom: number; right: number }) => {
    top = Math.max(top, box.top);
    left = Math.max(left, box.left);
    bottom = Math.min(bottom, box.bottom);
    right = Math.min(right, box.right);
  };
  for (let inner: Element | null | undefined = element; inner; ) {
    const { body, documentElement, defaultView: view } = inner.ownerDocument;
    clip({ top: 0, left: 0, bottom: view!.innerHeight, right: view!.innerWidth });
    for (let box = layoutParent(inner); box && box !== body && box !== documentElement; box = layoutParent(box)) {
      if (view!.getComputedStyle(box).overflow !== 'visible') clip(box.getBoundingClientRect());
    }
    // On out to the frame's own document, with what is left of the box in its coordinates.
    inner = frameAround(inner, doc);
    if (inner) {
      const [dx, dy] = contentOrigin(inner);
      top += dy;
      bottom += dy;
      left += dx;
      right += dx;
    }
  }
  return top < bottom && left < right;
}
