/** The class and attribute every highlight carries; `mark[data-term]` is the public contract. */
export const HIGHLIGHT_CLASS = 'healthlens-term';
export const TERM_ATTRIBUTE = 'data-term';
/** Selects HealthLens's highlights (and nothing a page wrote itself). */
export const HIGHLIGHT_SELECTOR = `mark.${HIGHLIGHT_CLASS}[${TERM_ATTRIBUTE}]`;
/** Marks HealthLens's own in-page UI, which is never highlighted. */
export const OWN_UI_ATTRIBUTE = 'data-healthlens-ui';

/**
 * Parents whose text is never a reader's prose, checked by name before any matching: a cheap
 * first filter on the hot path. SVG and MathML names are lower case.
 */
const SKIPPED_PARENT_NAMES = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION', 'TITLE', 'MARK',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'BUTTON', 'SELECT',
]);

/**
 * Everything under these is left alone: code, form controls, editable areas, SVG, maths, our UI,
 * and site navigation (menus are not prose; a card popping over a menu gets in the way).
 */
const EXCLUDED_ANCESTORS = [
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'mark', 'title', '[contenteditable]',
  '[role="textbox"]', 'nav', '[role="navigation"]', `[${OWN_UI_ATTRIBUTE}]`,
].join(',');

/**
 * True when text directly inside `parent` is obviously not prose, by name alone: the hot-path
 * check, run for every text node, so it skips script and style text before any matching.
 */
export function isSkippedParent(parent: Element): boolean {
  return SKIPPED_PARENT_NAMES.has(parent.nodeName);
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * True when text inside `parent` must not be highlighted. Called only for text that has a match,
 * so the ancestor walk stays off the hot path.
 *
 * @example isExcluded(document.querySelector('code')!) // true
 */
export function isExcluded(parent: Element): boolean {
  if (isSkippedParent(parent) || parent.namespaceURI !== HTML_NAMESPACE) return true;
  // Not `isContentEditable`: it makes the browser recalculate the page's styles first.
  if (parent.ownerDocument.designMode === 'on') return true;
  return parent.closest(EXCLUDED_ANCESTORS) !== null;
}
