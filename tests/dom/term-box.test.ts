import { afterEach, describe, expect, it } from 'vitest';
import { boxInPage, isInSight } from '@/content/card/term-box';

/*
 * Where a term is, in the page's viewport, when it sits in a same-origin child frame or a shadow
 * root. happy-dom lays nothing out and has no `frameElement`, so boxes, borders and the frame a
 * window is in are given here, as a browser would report them; and it computes no default
 * `overflow`, so the pages say `visible` as a browser's would.
 */
const VISIBLE = '<style>* { overflow: visible }</style>';
const at = (element: Element, x: number, y: number, width = 50, height = 16) => {
  element.getBoundingClientRect = () => new DOMRect(x, y, width, height);
};
const border = (frame: HTMLIFrameElement, left: number, top: number) => {
  Object.defineProperty(frame, 'clientLeft', { value: left });
  Object.defineProperty(frame, 'clientTop', { value: top });
};

/** A same-origin child frame in `container`, holding one term; returns the frame and the term. */
function childFrame(container: Element, size = { width: 300, height: 200 }) {
  const frame = container.ownerDocument.createElement('iframe');
  frame.srcdoc = `${VISIBLE}<p><mark class="healthlens-term" data-term="copd">COPD</mark></p>`;
  container.append(frame);
  const view = frame.contentWindow!;
  Object.defineProperty(view, 'frameElement', { value: frame });
  Object.defineProperty(view, 'innerWidth', { value: size.width });
  Object.defineProperty(view, 'innerHeight', { value: size.height });
  return { frame, term: frame.contentDocument!.querySelector('mark')! };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('boxInPage', () => {
  it('is the element’s own box in the page’s document', () => {
    document.body.innerHTML = '<mark>x</mark>';
    const mark = document.querySelector('mark')!;
    at(mark, 12, 34, 56, 18);
    expect(boxInPage(mark, document)).toEqual({ x: 12, y: 34, width: 56, height: 18 });
  });

  it('moves a term in a child frame by where the frame’s content starts: its box plus its border', () => {
    const { frame, term } = childFrame(document.body);
    at(frame, 100, 250, 300, 200);
    border(frame, 2, 3);
    at(term, 10, 20, 40, 16);
    expect(boxInPage(term, document)).toEqual({ x: 112, y: 273, width: 40, height: 16 });
  });

  it('adds up every frame between the term and the page', () => {
    const outer = childFrame(document.body);
    at(outer.frame, 100, 200);
    border(outer.frame, 1, 1);
    const inner = childFrame(outer.frame.contentDocument!.body);
    at(inner.frame, 30, 40);
    border(inner.frame, 5, 5);
    at(inner.term, 7, 9, 40, 16);
    expect(boxInPage(inner.term, document)).toEqual({ x: 100 + 1 + 30 + 5 + 7, y: 200 + 1 + 40 + 5 + 9, width: 40, height: 16 });
  });
});

describe('isInSight', () => {
  it('is true inside the viewport and false once the element is outside it', () => {
    document.body.innerHTML = '<mark>x</mark>';
    const mark = document.querySelector('mark')!;
    at(mark, 10, 100);
    expect(isInSight(mark, document)).toBe(true);
    at(mark, 10, -40);
    expect(isInSight(mark, document)).toBe(false);
    at(mark, 10, innerHeight + 1);
    expect(isInSight(mark, document)).toBe(false);
  });

  it('is false when a scrolling box around it hides it, though it is inside the viewport', () => {
    document.body.innerHTML = `${VISIBLE}<div id="box" style="overflow: auto"><p><mark>x</mark></p></div>`;
    const mark = document.querySelector('mark')!;
    at(document.getElementById('box')!, 0, 100, 400, 100);
    at(mark, 10, 150);
    expect(isInSight(mark, document)).toBe(true);
    at(mark, 10, 250);
    expect(isInSight(mark, document)).toBe(false);
  });

  it('looks past a shadow root to the scrolling box around its host', () => {
    document.body.innerHTML = `${VISIBLE}<div id="box" style="overflow: hidden"><div id="host"></div></div>`;
    at(document.getElementById('box')!, 0, 100, 400, 100);
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<mark>x</mark>';
    const mark = root.querySelector('mark')!;
    at(mark, 10, 250);
    expect(isInSight(mark, document)).toBe(false);
  });

  it('for a term in a child frame, is false once the frame is scrolled out of the page’s viewport', () => {
    const { frame, term } = childFrame(document.body);
    at(term, 10, 20);
    at(frame, 100, 250, 300, 200);
    expect(isInSight(term, document)).toBe(true);
    at(frame, 100, -400, 300, 200);
    expect(isInSight(term, document)).toBe(false);
  });

  it('for a term in a child frame, is false when the part of the frame it is in is hidden by the page', () => {
    document.body.innerHTML = `${VISIBLE}<div id="box" style="overflow: hidden"></div>`;
    const box = document.getElementById('box')!;
    at(box, 0, 0, 1000, 300);
    const { frame, term } = childFrame(box);
    // The frame reaches below the box that clips it; the term is in the frame's hidden part.
    at(frame, 0, 200, 300, 200);
    at(term, 10, 150);
    expect(isInSight(term, document)).toBe(false);
    at(term, 10, 20);
    expect(isInSight(term, document)).toBe(true);
  });
});
