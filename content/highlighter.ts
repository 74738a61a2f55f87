import Mark from 'mark.js/src/lib/mark.js';
import type { TermMatch } from './matcher';
import { HIGHLIGHT_CLASS, TERM_ATTRIBUTE } from './exclusions';

/**
 * What highlighting did to one of the page's text nodes. mark.js splits the node: the page's own
 * node keeps the text before the first match, and our marks and text pieces follow it.
 */
interface Split {
  fullText: string;
  firstPart: string;
  pieces: ChildNode[];
}

type RangeWithTerm = { start: number; length: number; termId: string };

export interface HighlighterOptions {
  /**
   * The marks' style sheet (highlights.css). The browser puts it in the page's document only; a
   * shadow root gets its own copy, added to its adopted sheets beside the page's own, which are
   * left as they are, and taken out again by `removeAll()`.
   */
  css?: string;
  /** Called the first time a mark goes into an open shadow root. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Wraps matches in `<mark data-term>` elements and undoes that exactly. The only importer of
 * mark.js, so the wrapping library can be replaced in one place.
 */
export class Highlighter {
  private readonly splits = new Map<Text, Split>();
  /** Our marks and text pieces, mapped to the page's text node they came from. */
  private readonly ownerOf = new WeakMap<Node, Text>();

  /** How many marks are on the page now. */
  markCount = 0;

  /** The shadow roots given our style sheet. */
  private readonly styledRoots = new Set<ShadowRoot>();
  private sheet: CSSStyleSheet | undefined;

  constructor(private readonly options: HighlighterOptions = {}) {}

  /** Wraps each match of `node`'s text (matches must be sorted and not overlap). */
  highlight(node: Text, matches: readonly TermMatch[]): void {
    const fullText = node.data;
    const nextBefore = node.nextSibling;
    const ranges: RangeWithTerm[] = matches.map((m) => ({
      start: m.start,
      length: m.end - m.start,
      termId: m.termId,
    }));
    // mark.js accepts any node as its context; a text node limits it to exactly that node.
    new Mark(node as unknown as HTMLElement).markRanges(ranges, {
      element: 'mark',
      className: HIGHLIGHT_CLASS,
      each: (element, range) => {
        element.setAttribute(TERM_ATTRIBUTE, (range as unknown as RangeWithTerm).termId);
      },
    });
    const pieces: ChildNode[] = [];
    for (let piece = node.nextSibling; piece && piece !== nextBefore; piece = piece.nextSibling) {
      pieces.push(piece);
      this.ownerOf.set(piece, node);
    }
    if (pieces.length === 0) return;
    this.markCount += pieces.filter((piece) => piece.nodeType === Node.ELEMENT_NODE).length;
    this.splits.set(node, { fullText, firstPart: node.data, pieces });
    const root = node.getRootNode();
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE) this.styleShadowRoot(root as ShadowRoot);
  }

  private styleShadowRoot(root: ShadowRoot): void {
    if (this.styledRoots.has(root)) return;
    this.styledRoots.add(root);
    if (this.options.css) {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        this.sheet.replaceSync(this.options.css);
      }
      root.adoptedStyleSheets.push(this.sheet);
    }
    this.options.onShadowRoot?.(root);
  }

  /** True for nodes HealthLens added (marks and the text pieces between them). */
  isOwn(node: Node): boolean {
    return this.ownerOf.has(node);
  }

  /** The page's text node that `node` (one of ours) was split from. */
  ownerOfPiece(node: Node): Text | undefined {
    return this.ownerOf.get(node);
  }

  /** True when `node` is a page text node we split. */
  isSplit(node: Node): node is Text {
    return this.splits.has(node as Text);
  }

  /**
   * Takes our pieces of `original` out of the page. The page's text is put back only when the page
   * has not rewritten the node meanwhile: a framework that set new text must keep it.
   */
  unsplit(original: Text): void {
    const split = this.splits.get(original);
    if (!split) return;
    this.splits.delete(original);
    for (const piece of split.pieces) {
      if (piece.nodeType === Node.ELEMENT_NODE) this.markCount -= 1;
      piece.remove();
    }
    if (original.data === split.firstPart) original.data = split.fullText;
  }

  /**
   * True when `original` and its pieces still sit together, in order, and unchanged: anything else
   * means the page moved or rewrote them and the split must be undone.
   */
  isIntact(original: Text): boolean {
    const split = this.splits.get(original);
    if (!split) return true;
    if (!original.isConnected || original.data !== split.firstPart) return false;
    let expected: ChildNode = original;
    for (const piece of split.pieces) {
      if (expected.nextSibling !== piece) return false;
      expected = piece;
    }
    return true;
  }

  /** The split page text nodes whose parent is `parent`. */
  splitsIn(parent: Node): Text[] {
    const found: Text[] = [];
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (this.splits.has(child as Text)) found.push(child as Text);
    }
    return found;
  }

  /** Every split page text node. */
  allSplits(): Text[] {
    return [...this.splits.keys()];
  }

  /** Restores every text node we split: the page is as it was before highlighting. */
  removeAll(): void {
    for (const original of this.allSplits()) this.unsplit(original);
    this.markCount = 0;
    for (const root of this.styledRoots) {
      const sheets = root.adoptedStyleSheets;
      const ours = this.sheet ? sheets.indexOf(this.sheet) : -1;
      if (ours >= 0) sheets.splice(ours, 1);
    }
    this.styledRoots.clear();
  }
}
