import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTermStepper, type TermStepper } from '@/content/card/term-stepper';

/*
 * Next and previous term from the keyboard: which term is reached, that it is focused without
 * joining the Tab order, and that Esc gives focus back. happy-dom lays nothing out, so each term
 * is given where it is on screen (its top, in viewport pixels).
 */
let controller: AbortController;
let stepper: TermStepper;
let opened: string[];
let scrolled: string[];
let terms: HTMLElement[];

const term = (id: string) => terms.find((t) => t.dataset.term === id)!;
const focusedTerm = () => document.activeElement?.getAttribute('data-term') ?? null;
const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));

/** Puts the terms at these tops; the page order is the order given. */
function placeTerms(tops: Record<string, number>): void {
  document.body.innerHTML = `<input id="search">${Object.keys(tops)
    .map((id) => `<p><mark class="healthlens-term" data-term="${id}">${id}</mark></p>`)
    .join('')}`;
  terms = [...document.querySelectorAll<HTMLElement>('mark')];
  for (const t of terms) {
    const top = tops[t.dataset.term!]!;
    t.getBoundingClientRect = () => new DOMRect(10, top, 50, 16);
    t.scrollIntoView = () => scrolled.push(t.dataset.term!);
  }
}

function start(listTerms = () => terms): void {
  stepper = startTermStepper(document, controller.signal, { listTerms, onStep: (t) => opened.push(t.dataset.term!) });
}

beforeEach(() => {
  controller = new AbortController();
  opened = [];
  scrolled = [];
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

describe('term stepper', () => {
  it('starts at the first term below the top of the viewport, scrolls to it, focuses it and opens its card', () => {
    placeTerms({ above: -300, 'just-above': -20, first: 40, later: 900 });
    start();
    expect(stepper.step(1)).toBe(true);
    expect(focusedTerm()).toBe('first');
    expect(scrolled).toEqual(['first']);
    expect(opened).toEqual(['first']);
  });

  it('going back, starts at the last term above the top of the viewport', () => {
    placeTerms({ above: -300, 'just-above': -20, first: 40, later: 900 });
    start();
    stepper.step(-1);
    expect(focusedTerm()).toBe('just-above');
  });

  it('steps in page order from the focused term and wraps round at both ends', () => {
    placeTerms({ a: 10, b: 200, c: 400 });
    start();
    const reached = [1, 1, 1, 1, -1, -1].map((direction) => {
      stepper.step(direction as 1 | -1);
      return focusedTerm();
    });
    expect(reached).toEqual(['a', 'b', 'c', 'a', 'c', 'b']);
    expect(opened).toEqual(reached);
  });

  it('follows the order the caller lists, not the order of the document', () => {
    placeTerms({ a: 10, b: 200, c: 400 });
    start(() => [term('c'), term('a'), term('b')]);
    term('c').tabIndex = -1;
    term('c').focus();
    stepper.step(1);
    expect(focusedTerm()).toBe('a');
    stepper.step(1);
    expect(focusedTerm()).toBe('b');
  });

  it('keeps terms out of the Tab order', () => {
    placeTerms({ a: 10, b: 200 });
    start();
    stepper.step(1);
    stepper.step(1);
    expect(terms.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1']);
  });

  it('Esc gives focus back to where it was before the first step', () => {
    placeTerms({ a: 10, b: 200 });
    start();
    document.getElementById('search')!.focus();
    stepper.step(1);
    stepper.step(1);
    expect(focusedTerm()).toBe('b');
    press('Escape');
    expect(document.activeElement?.id).toBe('search');
    // Only once: a later Esc leaves focus where the reader put it.
    term('a').focus();
    press('Escape');
    expect(focusedTerm()).toBe('a');
  });

  it('steps on from a term focused inside an open shadow root', () => {
    placeTerms({ a: 10, c: 400 });
    const host = document.createElement('div');
    term('a').parentElement!.after(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<mark class="healthlens-term" data-term="b" tabindex="-1">b</mark>';
    const inShadow = host.shadowRoot!.querySelector<HTMLElement>('mark')!;
    inShadow.getBoundingClientRect = () => new DOMRect(10, 200, 50, 16);
    inShadow.scrollIntoView = () => {};
    start(() => [term('a'), inShadow, term('c')]);
    inShadow.focus();
    // The document sees only the host as focused.
    expect(document.activeElement).toBe(host);
    stepper.step(1);
    expect(focusedTerm()).toBe('c');
  });

  it('says so when the page has no terms', () => {
    placeTerms({});
    start();
    expect(stepper.step(1)).toBe(false);
    expect(opened).toEqual([]);
  });

  it('does nothing after its signal aborts', () => {
    placeTerms({ a: 10 });
    start();
    document.getElementById('search')!.focus();
    stepper.step(1);
    controller.abort();
    press('Escape');
    expect(focusedTerm()).toBe('a');
    expect(stepper.step(1)).toBe(false);
    expect(opened).toEqual(['a']);
  });
});

