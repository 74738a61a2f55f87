import type { ContextRules } from '../glossary/context-rules';
import { isWordCharBefore, wordEnd } from '../term-index/words';

/*
 * The rules of glossary/context-rules.ts, applied to one match in its text. Called only for a
 * match, never on the scan's hot path, so it may build small strings.
 */

/** A word written with one capital and then lower case ("Liver", "Hitchcock's"; not "LIVER" or "liver"). */
const TITLE_WORD = /^[A-Z][a-z]+(?:['’]s)?$/;
/** A time just before: "7 p.m. ", "7pm ", "19:30 ". */
const TIME_BEFORE = /\d(?::\d\d)?\s?(?:[ap]\.?m\.?\s|\s)$/i;

export interface CompiledContextRules {
  /**
   * Whether the match at [start, end) in `text` means something other than the term; `exactCase`
   * for a form with capitals (matched only as written), which is never taken for part of a name.
   */
  skips(text: string, start: number, end: number, exactCase: boolean): boolean;
}

/** Whether [start…] begins a sentence: nothing but spaces, quotes or brackets after ".", "!", "?", ":" or the text's start. */
function startsSentence(text: string, start: number): boolean {
  const from = Math.max(0, start - 16);
  const before = text.slice(from, start).replace(/[\s"'“‘([]+$/, '');
  return before === '' ? from === 0 || /\n\s*$/.test(text.slice(from, start)) : /[.!?:;]["'”’)\]]*$/.test(before);
}

/** Prose, not a heading Written Like This: more lower-case words (of 3 letters or more) than capitalised ones. */
function isProse(text: string): boolean {
  const lower = text.match(/(?:^|\s)[a-z]{3,}/g)?.length ?? 0;
  const capitalised = text.match(/(?:^|\s)[A-Z][a-z]+/g)?.length ?? 0;
  return lower > capitalised;
}

/** Whether `word` (lower case, maybe of two words) stands as a whole word in `lower`. */
function hasWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!isWordCharBefore(lower, at) && wordEnd(lower, at + word.length) === at + word.length) return true;
  }
  return false;
}

/** The rules, ready to apply (see glossary/context-rules.ts for what each means). */
export function compileContextRules(rules: ContextRules): CompiledContextRules {
  const places = new Set(rules.placeCodes);
  const zones = new Set(rules.timeZones);
  const events = new Set(rules.eventNames);
  const signs = new Set(rules.starSigns);
  const titleWords = rules.titleWords;
  const senses = new Map<string, string[]>();
  for (const { forms, words } of rules.otherSenses) {
    for (const form of forms) senses.set(form, [...(senses.get(form) ?? []), ...words]);
  }
  /** The other sense's words for a match as written: its own, or those of its lower-case form. */
  const sensesOf = (match: string) => {
    const written = match.replace(/[\s\u2010\u2011-]+/g, ' ');
    const singular = written.replace(/s$/, '');
    return senses.get(written) ?? senses.get(singular) ?? senses.get(written.toLowerCase()) ?? senses.get(singular.toLowerCase());
  };

  return {
    skips(text, start, end, exactCase) {
      const written = text.slice(start, end);
      const before = text.slice(Math.max(0, start - 24), start);
      if (places.has(written) && (/[A-Z][a-z]+, $/.test(before) || /^ \d{5}\b/.test(text.slice(end, end + 7)))) return true;
      if (zones.has(written) && TIME_BEFORE.test(before)) return true;
      if (events.has(written) && /\bthe [A-Z][a-z]+ $/.test(before)) return true;
      // A horoscope's entry: "Cancer: a good week to…".
      if (signs.has(written) && start === text.search(/\S/) && /^:\s+[a-z]/.test(text.slice(end))) return true;
      const lower = text.toLowerCase();
      if (sensesOf(written)?.some((word) => hasWord(lower, word))) return true;
      // Part of a name or a title: a capitalised word in the middle of a sentence of prose, or
      // before another capitalised word ("Dizzy Gillespie"), or beside the words of films and books.
      if (exactCase || !TITLE_WORD.test(written.replace(/s$/, '')) || !isProse(text)) return false;
      const next = text[end] === ' ' ? text.slice(end + 1, wordEnd(text, end + 1)) : '';
      if (!startsSentence(text, start) || TITLE_WORD.test(next)) return true;
      return titleWords.some((word) => hasWord(lower, word));
    },
  };
}
