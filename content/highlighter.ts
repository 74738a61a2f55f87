import Mark from 'mark.js/src/lib/mark.js';
import type { TermMatch } from './matcher';
import { HIGHLIGHT_CLASS, TERM_ATTRIBUTE } from './exclusions';
import { RootStyles, type StyledRoot } from './root-styles';

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
  /** The marks' style sheet (highlights.css), for shadow roots and frames (see root-styles.ts). */
  css?: string;
  /** Called the first time a mark goes into an open shadow root or another document than ours. */
  onNewRoot?: (root: StyledRoot) => void;
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

  private readonly roots = new Set<StyledRoot>();
  private readonly styles: RootStyles | undefined;

  constructor(private readonly options: HighlighterOptions = {}) {
    this.styles = options.css ? new RootStyles(options.css) : undefined;
  }

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
    const root = node.getRootNode() as StyledRoot;
    // Our own document has the browser's copy of the sheet; a new root gets ours.
    if (root !== document && !this.roots.has(root)) {
      this.roots.add(root);
      this.styles?.add(root);
      this.options.onNewRoot?.(root);
    }
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
    this.styles?.removeAll();
    this.roots.clear();
  }
}
