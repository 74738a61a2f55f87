/** A tree our marks can be in that the browser's content-script CSS does not reach. */
export type StyledRoot = ShadowRoot | Document;

/**
 * The marks' style sheet (highlights.css) in open shadow roots and blank frames' documents: the
 * browser puts it in the page's own document only. Each root gets our sheet added to its adopted
 * sheets, beside the page's own, which are left exactly as they are; `removeAll()` takes ours out.
 * A sheet can be adopted only in the window it was made in, so there is one per window.
 */
export class RootStyles {
  private readonly sheets = new Map<Window, CSSStyleSheet>();
  private readonly styled = new Map<StyledRoot, CSSStyleSheet>();

  constructor(private readonly css: string) {}

  /** Adds our sheet to `root`, once. */
  add(root: StyledRoot): void {
    if (this.styled.has(root)) return;
    const view = (root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument).defaultView;
    if (!view) return;
    let sheet = this.sheets.get(view);
    if (!sheet) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(this.css);
      this.sheets.set(view, sheet);
    }
    root.adoptedStyleSheets.push(sheet);
    this.styled.set(root, sheet);
  }

  removeAll(): void {
    for (const [root, sheet] of this.styled) {
      const ours = root.adoptedStyleSheets.indexOf(sheet);
      if (ours >= 0) root.adoptedStyleSheets.splice(ours, 1);
    }
    this.styled.clear();
  }
}
