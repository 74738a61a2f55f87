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
