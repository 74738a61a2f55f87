import { deepActiveElement, termAt } from './deep-target';
import { boxInPage } from './term-box';

/** Focuses a term without putting it in the Tab order (tabindex -1, set only on the term reached). */
export function focusTerm(term: HTMLElement): void {
  term.setAttribute('tabindex', '-1');
  term.focus({ preventScroll: true });
}

export interface TermStepperOptions {
  /** The highlighted terms, in page order. */
  listTerms: () => HTMLElement[];
  /** Opens the card of the term reached. */
  onStep: (term: HTMLElement) => void;
}

export interface TermStepper {
  /**
   * Moves to the next (or previous) term from the focused one, or from the top of the viewport,
   * wrapping round at either end: scrolls it into view, focuses it and opens its card. False when
   * the page has no terms.
   */
  step(direction: 1 | -1): boolean;
}

/**
 * Next and previous term from the keyboard shortcut. Esc gives focus back to where it was before
 * the first step, so the reader is not left on a term in the middle of the page.
 */
export function startTermStepper(doc: Document, signal: AbortSignal, { listTerms, onStep }: TermStepperOptions): TermStepper {
  /** Where focus was before the keyboard moved to a term. */
  let focusBefore: Element | null = null;

  function returnFocus(): void {
    if (!focusBefore) return;
    const target = focusBefore as HTMLElement;
    focusBefore = null;
    if (target.isConnected && target.focus) target.focus({ preventScroll: true });
    else (deepActiveElement(doc) as HTMLElement | null)?.blur?.();
  }

  function step(direction: 1 | -1): boolean {
    const terms = listTerms();
    if (terms.length === 0 || signal.aborted) return false;
    // -1 when focus is not on a listed term.
    const from = terms.indexOf(termAt(deepActiveElement(doc))!);
    let index: number;
    if (from >= 0) index = (from + direction + terms.length) % terms.length;
    else {
      // The first term below the top of the viewport (or the last above it, going back).
      const below = terms.findIndex((term) => boxInPage(term, doc).y >= 0);
      index = direction === 1 ? (below < 0 ? 0 : below) : below <= 0 ? terms.length - 1 : below - 1;
      focusBefore = deepActiveElement(doc);
    }
    const term = terms[index]!;
    term.scrollIntoView({ block: 'center', behavior: 'auto' });
    focusTerm(term);
    onStep(term);
    return true;
  }

  doc.addEventListener('keydown', (event) => event.key === 'Escape' && returnFocus(), { capture: true, signal });
  return { step };
}
