import { HIGHLIGHT_SELECTOR, TERM_ATTRIBUTE } from './exclusions';
import { scriptedFrameDocument } from './inner-roots';

/** A class that briefly outlines a revealed highlight (see highlights.css); never changes layout. */
export const REVEALED_CLASS = 'healthlens-revealed';
const REVEAL_MS = 2000;

/** The documents of the frames above this one, as far up as they share its origin. */
export function sameOriginParents(): Document[] {
  const parents: Document[] = [];
  for (let view: Window = window; view !== view.parent; view = view.parent) {
    try {
      parents.push(view.parent.document);
    } catch {
      break;
    }
  }
  return parents;
}

/**
 * The chain from the top document down to `node`: each shadow host or frame it sits in, outermost
 * first, then the node. Two nodes compare by the first link where their chains part, which is
 * always a pair in one tree.
 */
function chainTo(node: Node): Node[] {
  const chain: Node[] = [];
  for (let link: Node | null | undefined = node; link; ) {
    chain.unshift(link);
    const root = link.getRootNode();
    link = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : (root as Document).defaultView?.frameElement;
  }
  return chain;
}

function pageOrder(a: Node, b: Node): number {
  const chainA = chainTo(a);
  const chainB = chainTo(b);
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    if (chainA[i] === chainB[i]) continue;
    return chainA[i]!.compareDocumentPosition(chainB[i]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return chainA.length - chainB.length;
}

/**
 * Every highlight of the page in reading order: in `doc`, in the inner roots given (the engine's
 * open shadow roots and the blank frames it has read), and in same-origin http(s) child frames.
 */
export function termMarks(doc: Document, innerRoots: readonly (ShadowRoot | Document)[] = []): HTMLElement[] {
  const marks = [...doc.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR)];
  const inner: HTMLElement[] = [];
  const roots = new Set<ShadowRoot | Document>(innerRoots);
  // Same-origin http(s) frames, which their own content script highlights.
  for (const frame of doc.querySelectorAll('iframe')) {
    const child = scriptedFrameDocument(frame);
    if (child) roots.add(child);
  }
  for (const root of roots) inner.push(...root.querySelectorAll<HTMLElement>(HIGHLIGHT_SELECTOR));
  return inner.length === 0 ? marks : [...marks, ...inner].sort(pageOrder);
}

/**
 * Each highlighted term and how often it appears, in the order terms first appear on the page.
 *
 * @example countTerms(termMarks(document)) // { 'back-pain': 2, 'lung-cancer': 5 }
 */
export function countTerms(marks: readonly HTMLElement[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const mark of marks) {
    const id = mark.getAttribute(TERM_ATTRIBUTE)!;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/**
 * Scrolls the term's first highlight into view and outlines it for a moment. Returns false when
 * the page has no such highlight (it may have changed since the popup asked).
 */
export function revealTerm(marks: readonly HTMLElement[], termId: string): boolean {
  const mark = marks.find((candidate) => candidate.getAttribute(TERM_ATTRIBUTE) === termId);
  if (!mark) return false;
  const reduceMotion = mark.ownerDocument.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches ?? false;
  mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  mark.classList.add(REVEALED_CLASS);
  setTimeout(() => mark.classList.remove(REVEALED_CLASS), REVEAL_MS);
  return true;
}
