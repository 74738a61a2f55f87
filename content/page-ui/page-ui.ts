import { Highlighter } from '../highlighter';
import { startHoverCards } from '../card/hover-cards';
import highlightCss from '../highlights.css?inline';

/**
 * Everything that writes to the page or acts on it: the highlighter (with mark.js, and the marks'
 * style sheet for shadow roots) and the hover cards with their keyboard stepping. Built as its own
 * file (entrypoints/page-ui.ts) that the content script loads only once a page has a term to
 * highlight, so a page without one never parses it.
 */
export const pageUi = { Highlighter, startHoverCards, highlightCss };

export type PageUi = typeof pageUi;
