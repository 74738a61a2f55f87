import { LOOK_ALIKE_ID, type TermForms } from '../term-index/forms';
import type { ContextRules } from '../glossary/context-rules';
import { buildIndex, type BuiltIndex } from '../term-index/build';
import { foldWord } from '../term-index/format';
import { findCandidates, isSeparatorCode, MAX_GAP } from '../term-index/scan';
import { TermIndex, type PendingForm } from '../term-index/term-index';
import { isWordCharBefore, wordEnd } from '../term-index/words';
import { compileContextRules, type CompiledContextRules } from './context-rules';

/** One term found in a string: `text.slice(start, end)` is the matched surface form. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
}

export interface Matcher {
  /** Every term in `text`, left to right, never overlapping; the longest form wins at a position. */
  findAll(text: string): readonly TermMatch[];
}

/*
 * How it works, in two steps:
 * 1. The scan (term-index/scan.ts) hashes each word of a text and asks the word filter whether a
 *    form may begin there; most text has no such word, and is done with.
 * 2. At each candidate, the few forms that begin with that word (from the shard that holds them)
 *    are compared with the text there, and the longest that fits wins, unless its context says it
 *    means something else (context-rules.ts).
 * Forms are read from shards fetched on demand: `load()` them for a text's candidates first.
 */

const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);
/** Characters that, next to a match, make it part of a URL, an address or a file name. */
const URLISH_NEIGHBOUR = new Set(['/', '\\', '@', '#', '=', '~', '&']);

/** Words may be joined by any kind of space or by a hyphen (ASCII, Unicode or non-breaking). */
const isSeparator = (char: string | undefined) => char !== undefined && isSeparatorCode(char.charCodeAt(0));

const isApostrophe = (char: string | undefined) => char === "'" || char === '\u2019' || char === '\u2018';

function sameLetter(textChar: string, formChar: string, exactCase: boolean): boolean {
  if (textChar === formChar) return true;
  if (isApostrophe(textChar) && isApostrophe(formChar)) return true;
  return !exactCase && textChar.toLowerCase() === formChar;
}

/**
 * Where `form` ends if it is written at `start` in `text`, or -1. Separators in the form match any
 * run of separators; a form with a capital letter matches only in its own case, a lower-case form
 * in any case; a final "s" may follow (lower case only after capitals: "CTs", never "CTS").
 */
function formEnd(text: string, start: number, form: string, exactCase: boolean): number {
  let at = start;
  for (let i = 0; i < form.length; ) {
    if (isSeparator(form[i])) {
      while (isSeparator(form[i])) i++;
      const gapStart = at;
      while (at - gapStart < MAX_GAP && isSeparator(text[at])) at++;
      if (at === gapStart) return -1;
      continue;
    }
    const char = text[at];
    if (char === undefined || !sameLetter(char, form[i]!, exactCase)) return -1;
    at++;
    i++;
  }
  if (wordEnd(text, at) === at) return at;
  const plural = text[at] === 's' || (!exactCase && text[at] === 'S');
  return plural && wordEnd(text, at + 1) === at + 1 ? at + 1 : -1;
}

function isUrlish(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before && URLISH_NEIGHBOUR.has(before)) return true;
  if (after && URLISH_NEIGHBOUR.has(after)) return true;
  // "www.copd.org": a dot joined to a word on its far side.
  if (before === '.' && isWordCharBefore(text, start - 1)) return true;
  if (after === '.' && wordEnd(text, end + 1) > end + 1) return true;
  return false;
}

/** A form ready to compare: lower case unless it has a capital, which makes it exact. */
interface ComparableForm {
  termId: string;
  form: string;
  exactCase: boolean;
}

function toComparable({ termId, form }: PendingForm): ComparableForm {
  // A form with any capital letter changes when lower-cased (cheaper than a Unicode RegExp).
  const exactCase = form !== form.toLowerCase();
  return { termId, form: exactCase ? form : form.toLowerCase(), exactCase };
}

/** Where forms may begin in a text, as findCandidates gives them. */
export type Candidates = readonly number[];

export interface PageMatcher extends Matcher {
  /** Where forms may begin in `text`, or undefined (most text). */
  candidates(text: string): Candidates | undefined;
  /** Whether the forms for these candidates are loaded, so `match` can run now. */
  isReady(candidates: Candidates): boolean;
  /** Loads the forms for these candidates. */
  load(candidates: Candidates): Promise<void>;
  /** Every term at these candidates of `text` (their forms loaded), left to right, never overlapping. */
  match(text: string, candidates: Candidates): readonly TermMatch[];
}

/**
 * The matcher over a term index (term-index/term-index.ts).
 *
 * Rules: whole words only; the longest form wins; lower-case forms match in any case, forms with
 * a capital only as written (ALK, never "alk" or "walk"); spaces and hyphens are interchangeable
 * ("pack year", "pack-year"); a final "s" makes a regular plural; nothing inside URL-like words;
 * forms of the term LOOK_ALIKE_ID are matched only to be skipped (see glossary/look-alikes.ts).
 */
export function createMatcher(index: TermIndex): PageMatcher {
  /** Comparable forms by shard and folded first word, made on first use. */
  const comparable = new Map<string, ComparableForm[]>();
  // Compiled at the first match, so pages without terms never pay for it.
  let context: CompiledContextRules | undefined;

  function formsFor(shard: number, key: string): ComparableForm[] {
    let forms = comparable.get(key);
    if (!forms) comparable.set(key, (forms = index.formsFor(shard, key).map(toComparable)));
    return forms;
  }

  function shardsOf(candidates: Candidates): number[] {
    const shards: number[] = [];
    for (let c = 2; c < candidates.length; c += 3) shards.push(candidates[c]!);
    return shards;
  }

  function match(text: string, candidates: Candidates): readonly TermMatch[] {
    const matches: TermMatch[] = [];
    let taken = 0;
    for (let c = 0; c < candidates.length; ) {
      const start = candidates[c]!;
      let best: TermMatch | undefined;
      let bestExact = false;
      // Every word looked up at this start: the word itself, its singular, or the first of two.
      for (; c < candidates.length && candidates[c] === start; c += 3) {
        if (start < taken) continue;
        const key = foldWord(text.slice(start, candidates[c + 1]));
        for (const { termId, form, exactCase } of formsFor(candidates[c + 2]!, key)) {
          const end = formEnd(text, start, form, exactCase);
          if (end > (best?.end ?? -1) && !isUrlish(text, start, end)) {
            best = { start, end, termId };
            bestExact = exactCase;
          }
        }
      }
      if (!best) continue;
      taken = best.end;
      // A look-alike phrase ("British Airways") is skipped whole, term and all.
      if (best.termId === LOOK_ALIKE_ID) continue;
      context ??= compileContextRules(index.context ?? NO_CONTEXT_RULES);
      // Another sense: skipped like a look-alike phrase, so nothing in it is highlighted.
      if (!context.skips(text, best.start, best.end, bestExact)) matches.push(best);
    }
    return matches;
  }

  return {
    candidates: (text) => findCandidates(text, index),
    isReady: (candidates) => shardsOf(candidates).every((shard) => index.isLoaded(shard)) && index.context !== undefined,
    load: (candidates) => index.load(shardsOf(candidates)),
    match,
    findAll(text) {
      const candidates = findCandidates(text, index);
      return candidates ? match(text, candidates) : NO_MATCHES;
    },
  };
}

/** No context rules: every match stands (for matchers built in tests). */
export const NO_CONTEXT_RULES: ContextRules = { placeCodes: [], timeZones: [], eventNames: [], starSigns: [], titleWords: [], otherSenses: [] };

/**
 * A matcher with every form in memory, built as the extension's index is (for tests and tools).
 *
 * @example
 * const matcher = compileMatcher([{ id: 'copd', forms: ['COPD'] }, { id: 'back-pain', forms: ['back pain'] }]);
 * matcher.findAll('Back pain and COPD'); // [{ start: 0, end: 9, termId: 'back-pain' }, { start: 14, end: 18, termId: 'copd' }]
 */
export function compileMatcher(forms: readonly TermForms[], rules: ContextRules = NO_CONTEXT_RULES): PageMatcher {
  return createMatcher(inMemoryIndex(buildIndex(forms, rules)));
}

/** A built index read straight from memory, every shard loaded. */
export function inMemoryIndex(built: BuiltIndex): TermIndex {
  const index = new TermIndex(built.filter);
  built.shards.forEach((shard, n) => index.addShard(n, shard));
  index.setContext(built.context);
  return index;
}
