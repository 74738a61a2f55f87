import { LOOK_ALIKE_ID, type TermForms } from '../glossary/match-index';
import type { ContextRules } from '../glossary/context-rules';
import { compileContextRules, type CompiledContextRules } from './context-rules';
import { groupReader, NO_CONTEXT_RULES, prefilterSource, prepareForms, type PendingForm, type PreparedForms } from './prepared-forms';
import { isWordCharBefore, wordEnd } from './words';

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
 * 1. A prefilter: one flat, case-insensitive RegExp of the words that begin some form (a word that
 *    only begins longer forms counts only when a word that can follow it does). The browser runs
 *    it natively over each text node; most text nodes have no hit at all.
 * 2. At each hit, the few forms that begin with that word are compared with the text there, and
 *    the longest that fits wins, unless its context says it means something else (context-rules.ts).
 * Everything is prepared at build time (prepared-forms.ts), so a page compiles nothing but the
 * prefilter before it starts.
 */

const NO_MATCHES: readonly TermMatch[] = Object.freeze([]);
/** Longest run of separators accepted between two words (runs of spaces in page source can be long). */
const MAX_GAP = 64;
/** Characters that, next to a match, make it part of a URL, an address or a file name. */
const URLISH_NEIGHBOUR = new Set(['/', '\\', '@', '#', '=', '~', '&']);

/** Words may be joined by any kind of space or by a hyphen (ASCII, Unicode or non-breaking). */
function isSeparator(char: string | undefined): boolean {
  return char === ' ' || char === '-' || char === '\u2010' || char === '\u2011' || (char !== undefined && /\s/.test(char));
}

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

/**
 * Compiles every surface form into one single-pass matcher.
 *
 * Rules: whole words only; the longest form wins; lower-case forms match in any case, forms with
 * a capital only as written (ALK, never "alk" or "walk"); spaces and hyphens are interchangeable
 * ("pack year", "pack-year"); a final "s" makes a regular plural; nothing inside URL-like words;
 * forms of the term LOOK_ALIKE_ID are matched only to be skipped (see glossary/look-alikes.ts).
 *
 * @example
 * const matcher = compileMatcher([{ id: 'copd', forms: ['COPD'] }, { id: 'back-pain', forms: ['back pain'] }]);
 * matcher.findAll('Back pain and COPD'); // [{ start: 0, end: 9, termId: 'back-pain' }, { start: 14, end: 18, termId: 'copd' }]
 */
export function compileMatcher(index: readonly TermForms[], rules: ContextRules = NO_CONTEXT_RULES): Matcher {
  return loadMatcher(prepareForms(index, rules));
}

/** The matcher from forms prepared at build time (see prepared-forms.ts); the content script's way in. */
export function loadMatcher(prepared: PreparedForms): Matcher {
  const prefilter = new RegExp(prefilterSource(prepared), 'gi');
  const readGroup = groupReader(prepared);
  const comparable = new Map<string, ComparableForm[]>();
  // Compiled at the first match, so pages without terms never pay for it.
  let context: CompiledContextRules | undefined;

  /** The forms that begin with the word `word` (any case), ready to compare. */
  function formsFor(word: string): ComparableForm[] {
    const key = word.toLowerCase();
    let forms = comparable.get(key);
    if (!forms) comparable.set(key, (forms = (readGroup(key) ?? []).map(toComparable)));
    return forms;
  }

  /** The longest acceptable match starting at `start`, given the prefilter's hit there. */
  function matchAt(text: string, start: number, hit: string): TermMatch | undefined {
    if (isWordCharBefore(text, start)) return undefined;
    // The hit is a first word, or a first word with a plural "s".
    const candidates = formsFor(hit);
    const forms = hit.length > 1 && /s$/i.test(hit) ? [...candidates, ...formsFor(hit.slice(0, -1))] : candidates;
    let best: TermMatch | undefined;
    let bestExact = false;
    for (const { termId, form, exactCase } of forms) {
      const end = formEnd(text, start, form, exactCase);
      if (end > (best?.end ?? -1) && !isUrlish(text, start, end)) {
        best = { start, end, termId };
        bestExact = exactCase;
      }
    }
    if (!best || best.termId === LOOK_ALIKE_ID) return best;
    context ??= compileContextRules(prepared.contextLists, prepared.otherSenses);
    // Another sense: skipped like a look-alike phrase, so nothing in it is highlighted.
    return context.skips(text, best.start, best.end, bestExact) ? { ...best, termId: LOOK_ALIKE_ID } : best;
  }

  return {
    findAll(text) {
      // Most text has no hit at all: test() answers that without building a match object.
      prefilter.lastIndex = 0;
      if (!prefilter.test(text)) return NO_MATCHES;
      prefilter.lastIndex = 0;
      const matches: TermMatch[] = [];
      for (let hit = prefilter.exec(text); hit; hit = prefilter.exec(text)) {
        const match = matchAt(text, hit.index, hit[0]);
        if (match) {
          // A look-alike phrase ("British Airways") is skipped whole, term and all.
          if (match.termId !== LOOK_ALIKE_ID) matches.push(match);
          prefilter.lastIndex = match.end;
        }
      }
      return matches;
    },
  };
}
