/*
 * Text a walk of the document never reaches: open shadow roots (web components), and the documents
 * of same-origin about:blank and srcdoc frames, which no content script of their own reads (the
 * browser injects ours into http(s) frames only). Closed shadow roots are the page's alone.
 */

/** A tree the engine reads besides the document: an open shadow root, or a blank frame's document. */
export type InnerRoot = ShadowRoot | Document;

/**
 * What a frame's attributes say it holds: a blank frame (no address, about:blank, srcdoc), which
 * our script reads from the parent; a same-origin page, which has a content script of its own; or
 * anything else. Asked before reaching into a frame: that costs the browser milliseconds per frame
 * (a world of ours in it, or a security error), and pages carry dozens of ad frames.
 */
function frameKind(frame: HTMLIFrameElement): 'blank' | 'same-origin' | 'other' {
  if (frame.hasAttribute('srcdoc')) return 'blank';
  const src = frame.getAttribute('src');
  if (!src || src === 'about:blank') return 'blank';
  try {
    return new URL(src, frame.baseURI).origin === frame.ownerDocument.location.origin ? 'same-origin' : 'other';
  } catch {
    return 'other';
  }
}

function contentDocumentOf(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The document of a same-origin http(s) frame, which its own content script highlights. */
export function scriptedFrameDocument(frame: HTMLIFrameElement): Document | null {
  return frameKind(frame) === 'same-origin' ? contentDocumentOf(frame) : null;
}

/** The document of an about:blank or srcdoc frame (one still blank: not navigated away), else null. */
function blankFrameDocument(frame: HTMLIFrameElement): Document | null {
  const inner = contentDocumentOf(frame);
  const url = inner?.URL;
  return url === 'about:blank' || url === 'about:srcdoc' ? inner : null;
}

/** Where a root's text starts: a shadow root itself, a frame document's body. */
export function textRootOf(root: InnerRoot): Node | null {
  return root.nodeType === Node.DOCUMENT_NODE ? (root as Document).body : root;
}

/**
 * Custom elements (the only kind with a hyphen in its name: web components, the usual shadow
 * hosts) and frames, found by the browser's own XPath engine: looking at every element from script
 * would cost a wrapper per element. A shadow root put on a built-in element (a div) is not found.
 */
const HOSTS_AND_FRAMES = "descendant-or-self::*[contains(local-name(), '-') or local-name() = 'iframe']";

/**
 * The inner roots in the subtrees the engine scans: `search` each one, and `onRoot` is called once
 * for each new root. A frame is followed as it loads new documents (a srcdoc frame starts with an
 * empty about:blank one).
 */
export function trackInnerRoots(onRoot: (root: InnerRoot) => void, signal: AbortSignal) {
  const roots = new Map<InnerRoot, HTMLIFrameElement | undefined>();
  const frames = new WeakSet<HTMLIFrameElement>();
  /**
   * A frame is read once it comes into view: reaching into a frame's document costs the browser
   * a world of ours in it, a millisecond or two each, and pages carry dozens of empty ad frames,
   * most of them never scrolled to.
   */
  let sight: IntersectionObserver | undefined;
  const seen = new WeakSet<HTMLIFrameElement>();

  function add(root: InnerRoot, frame?: HTMLIFrameElement): void {
    if (roots.has(root)) return;
    roots.set(root, frame);
    onRoot(root);
  }

  function addFrameDocument(frame: HTMLIFrameElement): void {
    const inner = blankFrameDocument(frame);
    if (inner?.documentElement) add(inner, frame);
  }

  function isLive(root: InnerRoot): boolean {
    const frame = roots.get(root);
    return frame ? frame.isConnected && frame.contentDocument === root : root.isConnected;
  }

  function visit(element: Element): void {
    const shadow = element.shadowRoot;
    if (shadow) add(shadow);
    if (element.localName !== 'iframe') return;
    const frame = element as HTMLIFrameElement;
    if (frames.has(frame) || frameKind(frame) !== 'blank') return;
    frames.add(frame);
    frame.addEventListener('load', () => seen.has(frame) && addFrameDocument(frame), { signal });
    sight ??= watchSight();
    sight.observe(frame);
  }

  function watchSight(): IntersectionObserver {
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const frame = entry.target as HTMLIFrameElement;
        observer.unobserve(frame);
        seen.add(frame);
        addFrameDocument(frame);
      }
    });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
    return observer;
  }

  return {
    /** Finds the shadow roots and blank frames in `root` (an element, a shadow root or a text node). */
    search(root: Node): void {
      if (root.nodeType === Node.TEXT_NODE) return;
      // XPath does not take a shadow root as its context, only each of its children.
      const contexts = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? [...(root as ShadowRoot).children] : [root];
      for (const context of contexts) {
        const found = (context.ownerDocument ?? document).evaluate(HOSTS_AND_FRAMES, context, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
        for (let i = 0; i < found.snapshotLength; i++) visit(found.snapshotItem(i) as Element);
      }
    },
    /** The roots still on the page, in the order they were found; the others are forgotten. */
    live(): InnerRoot[] {
      for (const root of roots.keys()) if (!isLive(root)) roots.delete(root);
      return [...roots.keys()];
    },
  };
}
