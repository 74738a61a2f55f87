/**
 * The messages between the popup, the background and the content script. Nothing here ever
 * leaves the browser: these go between the extension's own pages and scripts.
 */

/** Popup → content script (top frame): what is on this page? */
export interface PageTermsRequest {
  type: 'healthlens:page-terms';
}

/** The content script's answer: the page's host and each term found, with how often it appears. */
export interface PageTermsReply {
  hostname: string;
  paused: boolean;
  /** Whether HealthLens has finished reading the page (false while text is still being scanned). */
  settled: boolean;
  /** Term id → number of highlights on the page, in the order the terms first appear. */
  counts: Record<string, number>;
}

/** Popup → content script (top frame): scroll to a term's first highlight and show it briefly. */
export interface RevealTermRequest {
  type: 'healthlens:reveal-term';
  termId: string;
}

/** Content script → background: how many distinct terms the page has now (0 when paused). */
export interface TermCountReport {
  type: 'healthlens:term-count';
  count: number;
}

/** Background → content script (top frame), from the keyboard command: go to the next or previous term. */
export interface StepTermRequest {
  type: 'healthlens:step-term';
  direction: 1 | -1;
}

export type PageRequest = PageTermsRequest | RevealTermRequest | StepTermRequest;

const PAGE_REQUEST_TYPES = new Set(['healthlens:page-terms', 'healthlens:reveal-term', 'healthlens:step-term']);

export function isPageRequest(message: unknown): message is PageRequest {
  return typeof message === 'object' && message !== null && PAGE_REQUEST_TYPES.has((message as { type?: string }).type ?? '');
}

export function isTermCountReport(message: unknown): message is TermCountReport {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as TermCountReport).type === 'healthlens:term-count' &&
    Number.isInteger((message as TermCountReport).count)
  );
}

/** A page that backs an explanation. */
export interface CardSource {
  title: string;
  publisher: string;
  url: string;
}

/**
 * What a hover card shows, in its summary and in "More": one glossary entry as the build writes
 * it to its own file (`cardFilePath`), which the card's frame and the popup's term view read.
 */
export interface CardContent {
  id: string;
  name: string;
  summary: string;
  whenToGetHelp?: string;
  /** For medicines: the main safety facts. */
  safety?: string;
  /** The first source, shown in the summary. */
  source: CardSource;
  reviewed: string;
  /** Whether the card offers the lung-screening eligibility check. */
  offersScreeningCheck: boolean;
  /** The longer explanation, for "More". */
  details?: string;
  /** Every source, for "More" (the first is `source`). */
  sources: CardSource[];
  /** Related entries, with the names their links show, so a card needs no other entry to draw them. */
  related?: { id: string; name: string }[];
}

/**
 * Where the build puts a term's CardContent (see `glossary/card-files.ts`), as a path inside the
 * extension: one small JSON file per entry, so a card loads only the term it shows.
 *
 * @example cardFilePath('pack-year') // 'terms/pack-year.json'
 */
export function cardFilePath(termId: string): string {
  return `terms/${termId}.json`;
}
