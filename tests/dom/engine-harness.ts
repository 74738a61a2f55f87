import { compileMatcher } from '@/content/matcher';
import { startPageEngine, type PageEngine } from '@/content/page-engine';
import { Highlighter } from '@/content/highlighter';

export const testMatcher = compileMatcher([
  { id: 'back-pain', forms: ['back pain'] },
  { id: 'lung-cancer', forms: ['lung cancer'] },
  { id: 'copd', forms: ['COPD'] },
  { id: 'biopsy', forms: ['biopsy', 'biopsies'] },
]);

/** Runs idle callbacks on timers, so tests can wait for the engine with `settle()`. */
export const timerScheduler = {
  requestIdle(callback: (deadline: IdleDeadline) => void) {
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 0);
  },
};

export function start(doc: Document = document): PageEngine {
  return startPageEngine(doc, { matcher: testMatcher, scheduler: timerScheduler, loadHighlighter: () => Promise.resolve(new Highlighter()) });
}

/** Waits until pending idle slices and mutation callbacks have run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** The term ids of the marks in `root`, in order. */
export function markedTerms(root: ParentNode = document.body): string[] {
  return [...root.querySelectorAll('mark[data-term]')].map((m) => m.getAttribute('data-term')!);
}

/*
 * happy-dom has no XPath. The engine asks the browser's XPath for custom elements and frames
 * (content/inner-roots.ts); this stands in for that one query, with the same answer.
 */
if (typeof (document as Partial<Document>).evaluate !== 'function') {
  const ORDERED_NODE_SNAPSHOT_TYPE = 7;
  Object.assign(globalThis, { XPathResult: { ORDERED_NODE_SNAPSHOT_TYPE } });
  Object.assign(Object.getPrototypeOf(document) as object, {
    evaluate(this: Document, _expression: string, context: Node) {
      const found: Element[] = [];
      const wanted = (element: Element) => element.localName.includes('-') || element.localName === 'iframe';
      if (context.nodeType === Node.ELEMENT_NODE && wanted(context as Element)) found.push(context as Element);
      const walker = this.createTreeWalker(context, NodeFilter.SHOW_ELEMENT);
      for (let next = walker.nextNode(); next; next = walker.nextNode()) if (wanted(next as Element)) found.push(next as Element);
      return { snapshotLength: found.length, snapshotItem: (i: number) => found[i] ?? null };
    },
  });
}
