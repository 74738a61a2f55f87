import type { PageMatcher } from './matcher';
import type { Highlighter } from './highlighter';
import { isExcluded, isSkippedParent } from './exclusions';
import { createIdleWorker, type IdleScheduler } from './idle-worker';
import { observePage, type PageChanges } from './page-observer';
import { textRootOf, trackInnerRoots, type InnerRoot } from './inner-roots';

/** Nodes scanned between two looks at the clock: often enough to keep slices near their budget. */
const NODES_PER_CLOCK_CHECK = 16;
/** Text longer than this is checked for a script or style parent before it is scanned. */
const LONG_TEXT = 2000;

export interface EngineOptions {
  matcher: PageMatcher;
  scheduler: IdleScheduler;
  /**
   * The highlighter, asked for when the first match is found: it comes with mark.js and the cards
   * in a file of its own, so a page with nothing to highlight never loads it.
   */
  loadHighlighter: () => Promise<Highlighter>;
  /** Called each time all work is done, with the number of marks on the page. */
  onIdle?: (markCount: number) => void;
}

/**
 * Highlights a document's terms and keeps them right as the page changes: the initial scan, then
 * only what the page adds or rewrites, all in idle-time slices. `stop()` restores the page exactly.
 *
 * @example const engine = startPageEngine(document, { matcher, scheduler }); ...; engine.stop();
 */
export function startPageEngine(doc: Document, options: EngineOptions) {
  const { matcher, scheduler } = options;
  let highlighter: Highlighter | undefined;
  /** Set once the highlighter has been asked for; false if it could not be loaded. */
  let highlighterLoad: Promise<void> | false | undefined;
  /** Subtrees (elements or text nodes) waiting to be scanned, in the order they were queued. */
  const queue = new Set<Node>();
  let walker: TreeWalker | undefined;
  /** Ends the listeners the engine adds (frames' load events). */
  const lifetime = new AbortController();
  /** Open shadow roots and blank frames' documents, scanned like the page (inner-roots.ts). */
  const innerRoots = trackInnerRoots(addInnerRoot, lifetime.signal);
  /** Text with words that may begin a form, waiting for those forms to be fetched. */
  const waiting = new Set<Text>();
  let loads = 0;
  let stopped = false;
  let idle = false;
  let idleWaiters: (() => void)[] = [];

  function scanText(node: Text): void {
    const text = node.data;
    if (text.length < 3) return;
    // The parent is looked at only for long text (skipping big inline scripts unscanned) or text
    // with a match: in a content script's fresh world, every element touched costs a new wrapper.
    if (text.length > LONG_TEXT) {
      const parent = node.parentElement;
      if (!parent || isSkippedParent(parent)) return;
    }
    const candidates = matcher.candidates(text);
    if (!candidates) return;
    if (!matcher.isReady(candidates)) {
      // Scanned again once its forms are in (it may have changed by then).
      waiting.add(node);
      loads++;
      void matcher.load(candidates).then(
        () => loaded(),
        () => loaded(),
      );
      return;
    }
    const matches = matcher.match(text, candidates);
    if (matches.length === 0) return;
    const parent = node.parentElement;
    if (!parent || isOwn(node) || highlighter?.isSplit(node) || isExcluded(parent)) return;
    if (highlighter) highlighter.highlight(node, matches);
    else waitForHighlighter(node);
  }

  /** Parks `node` until the highlighter is in, then scans it again. */
  function waitForHighlighter(node: Text): void {
    if (highlighterLoad === false) return;
    waiting.add(node);
    if (highlighterLoad) return;
    loads++;
    highlighterLoad = options.loadHighlighter().then(
      (loadedHighlighter) => {
        if (!stopped) highlighter = loadedHighlighter;
        loaded();
      },
      () => {
        highlighterLoad = false;
        waiting.clear();
        loaded();
      },
    );
  }

  function isOwn(node: Node): boolean {
    return highlighter?.isOwn(node) ?? false;
  }

  /** The next queued subtree that is still on the page and not inside another queued one. */
  function nextRoot(): Node | undefined {
    for (const root of queue) {
      queue.delete(root);
      if (!root.isConnected || hasQueuedAncestor(root)) continue;
      return root;
    }
    return undefined;
  }

  function hasQueuedAncestor(node: Node): boolean {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) {
      if (queue.has(parent)) return true;
    }
    return false;
  }

  function loaded(): void {
    loads--;
    if (stopped) return;
    for (const node of waiting) queue.add(node);
    waiting.clear();
    worker.wake();
  }

  const worker = createIdleWorker(
    scheduler,
    (shouldYield) => {
      idle = false;
      // Page changes that arrived before this slice are handled first; then ours are written.
      applyChanges(observer.takeChanges());
      while (!shouldYield()) {
        if (!walker || !walker.currentNode.isConnected) {
          const root = nextRoot();
          if (!root) break;
          if (root.nodeType === Node.TEXT_NODE) {
            scanText(root as Text);
            continue;
          }
          // The walker goes into neither shadow roots nor frames: they are looked for first.
          innerRoots.search(root);
          walker = (root.ownerDocument ?? doc).createTreeWalker(root, NodeFilter.SHOW_TEXT);
        }
        // Check the clock every few nodes: performance.now() is cheap but not free.
        for (let i = 0; i < NODES_PER_CLOCK_CHECK; i++) {
          const next = walker.nextNode();
          if (!next) {
            walker = undefined;
            break;
          }
          scanText(next as Text);
        }
      }
      // Our own DOM writes are not changes to react to.
      observer.discardPending();
      return walker !== undefined || queue.size > 0;
    },
    {
      onDone: () => {
        if (loads > 0) return;
        idle = true;
        for (const resolve of idleWaiters) resolve();
        idleWaiters = [];
        options.onIdle?.(highlighter?.markCount ?? 0);
      },
    },
  );

  /** Scans an inner root (and later its changes) like the rest of the page. */
  function addInnerRoot(root: InnerRoot): void {
    observer.observe(root);
    const text = textRootOf(root);
    if (text) queue.add(text);
    worker.wake();
  }

  function applyChanges(changes: PageChanges): void {
    if (changes.rescan) {
      if (highlighter) undoAllBrokenSplits(highlighter);
      queue.clear();
      walker = undefined;
      if (doc.body) queue.add(doc.body);
      for (const root of innerRoots.live()) {
        const text = textRootOf(root);
        if (text) queue.add(text);
      }
      return;
    }
    if (highlighter) undoBrokenSplits(highlighter, changes);
    else for (const node of changes.rewrittenText) queue.add(node);
    for (const node of changes.added) {
      if (!isOwn(node)) queue.add(node);
    }
  }

  function undoAllBrokenSplits(writer: Highlighter): void {
    for (const original of writer.allSplits()) {
      if (!writer.isIntact(original)) writer.unsplit(original);
    }
  }

  /** Takes our marks out of text the page rewrote, removed or moved apart, and queues it again. */
  function undoBrokenSplits(writer: Highlighter, changes: PageChanges): void {
    for (const node of changes.rewrittenText) {
      const owner = writer.isOwn(node) ? writer.ownerOfPiece(node) : node;
      if (owner && writer.isSplit(owner)) writer.unsplit(owner);
      if (owner) queue.add(owner);
    }
    for (const node of changes.removed) {
      if (writer.isSplit(node)) writer.unsplit(node);
    }
    if (changes.removed.some((node) => node.nodeType === Node.ELEMENT_NODE)) {
      // Split text inside a removed subtree left with it; forget it so it can be collected.
      for (const original of writer.allSplits()) {
        if (!original.isConnected) writer.unsplit(original);
      }
    }
    for (const parent of changes.changedParents) {
      for (const original of writer.splitsIn(parent)) {
        if (!writer.isIntact(original)) {
          writer.unsplit(original);
          queue.add(original);
        }
      }
    }
  }

  const observer = observePage(doc, () => {
    idle = false;
    worker.wake();
  });
  if (doc.body) queue.add(doc.body);
  worker.wake();

  return {
    /** The open shadow roots and blank frames' documents the engine reads, in the order found. */
    get innerRoots(): InnerRoot[] {
      return innerRoots.live();
    },
    /** How many marks are on the page now. */
    get markCount(): number {
      return highlighter?.markCount ?? 0;
    },
    /** Whether all the page's text is highlighted (nothing queued, scanning or being fetched). */
    get isIdle(): boolean {
      return idle;
    },
    /** Resolves when the engine is next idle (at once if it is now). */
    whenIdle(): Promise<void> {
      return idle ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** Stops all work and restores every text node that was split. */
    stop(): void {
      worker.stop();
      waiting.clear();
      observer.disconnect();
      stopped = true;
      highlighter?.removeAll();
      queue.clear();
      lifetime.abort();
      walker = undefined;
    },
  };
}

export type PageEngine = ReturnType<typeof startPageEngine>;
