import { HIGHLIGHT_SELECTOR, TERM_ATTRIBUTE } from './exclusions';

/** A class that briefly outlines a revealed highlight (see highlights.css); never changes layout. */
export const REVEALED_CLASS = 'healthlens-revealed';
const REVEAL_MS = 2000;

function highlights(doc: Document): NodeListOf<HTMLElement> {
  return doc.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR);
}

/**
 * Each highlighted term and how often it appears, in the order terms first appear on the page.
 *
 * @example countTerms(document) // { 'back-pain': 2, 'lung-cancer': 5 }
 */
export function countTerms(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of highlights(doc)) {
    const id = mark.getAttribute(TERM_ATTRIBUTE)!;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/**
 * Scrolls the term's first highlight into view and outlines it for a moment. Returns false when
 * the page has no such highlight (it may have changed since the popup asked).
 */
export function revealTerm(doc: Document, termId: string): boolean {
  const mark = [...highlights(doc)].find((candidate) => candidate.getAttribute(TERM_ATTRIBUTE) === termId);
  if (!mark) return false;
  const reduceMotion = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  mark.classList.add(REVEALED_CLASS);
  setTimeout(() => mark.classList.remove(REVEALED_CLASS), REVEAL_MS);
  return true;
}
