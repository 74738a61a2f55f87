import type { TermForms } from '../glossary/match-index';
import { wordEnd } from './words';

/**
 * The surface forms as the content script carries them, prepared at build time so that a page
 * spends next to nothing before matching, in compact strings (the script's budget is 60 KB):
 * - `ids`: every term id once, "|"-separated; elsewhere a term is its index there, in base 36;
 * - `words`: the words forms begin with (lower case), "|"-separated, longest first: those that
 *   begin and end with an ASCII letter or digit (all of today's);
 * - `otherWords`: the rest (a first or last letter outside ASCII), in the same format;
 * - `groups`: for each word, in the order of `words` then `otherWords`, the forms that begin with
 *   it, "~"-separated: "^<term>|<form>|<form>^<term>|<form>~...". A form that begins with its
 *   word as written is stored without it ("lung cancer" under "lung" is " cancer").
 * The words make the prefilter RegExp as they are; a group is read only when a page has a hit
 * for its word.
 */
export interface PreparedForms {
  ids: string;
  words: string;
  otherWords: string;
  groups: string;
}

/** One form waiting to be compared with page text. */
export interface PendingForm {
  termId: string;
  form: string;
}

const GROUP = '~';
const FIELD = '^';
const ITEM = '|';
/** Characters a surface form can never contain, because the encoding uses them. */
export const RESERVED_FORM_CHARACTERS = [GROUP, FIELD, ITEM];

/** A letter, digit or underscore: what `\b` in a RegExp without the u flag counts as a word character. */
const ASCII_WORD = /^[A-Za-z0-9_]$/;

/** The word a form begins with, lower case ("" if it begins with punctuation). */
export function firstWordOf(form: string): string {
  return form.slice(0, wordEnd(form, 0)).toLowerCase();
}

/**
 * @example prepareForms([{ id: 'lung-cancer', forms: ['lung cancer'] }])
 * // { ids: 'lung-cancer', words: 'lung', otherWords: '', groups: '^0| cancer' }
 */
export function prepareForms(index: readonly TermForms[]): PreparedForms {
  const byFirstWord = new Map<string, Map<number, string[]>>();
  index.forEach(({ forms }, term) => {
    for (const form of forms.map((f) => f.trim())) {
      const firstWord = firstWordOf(form);
      if (!firstWord) continue;
      const stored = form.startsWith(firstWord) ? form.slice(firstWord.length) : form;
      const byTerm = byFirstWord.get(firstWord) ?? new Map<number, string[]>();
      byTerm.set(term, [...(byTerm.get(term) ?? []), stored]);
      byFirstWord.set(firstWord, byTerm);
    }
  });
  // Longest first, so that the prefilter's alternation tries "lungs" before "lung".
  const sorted = [...byFirstWord.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const isPlain = (word: string) => ASCII_WORD.test(word[0]!) && ASCII_WORD.test(word[word.length - 1]!);
  const words = sorted.filter(isPlain);
  const otherWords = sorted.filter((word) => !isPlain(word));
  const groups = [...words, ...otherWords].map((word) =>
    [...byFirstWord.get(word)!].map(([term, forms]) => FIELD + [term.toString(36), ...forms].join(ITEM)).join(''),
  );
  return {
    ids: index.map(({ id }) => id).join(ITEM),
    words: words.join(ITEM),
    otherWords: otherWords.join(ITEM),
    groups: groups.join(GROUP),
  };
}

/**
 * The source of the prefilter RegExp: every first word in one alternation, standing alone (no
 * ASCII letter, digit or underscore on either side; an "s" may follow). Hits are a superset of
 * true matches: the matcher checks Unicode word boundaries exactly.
 *
 * ASCII-edged words are wrapped in `\b`, which V8 scans many times faster than the same test
 * written as lookarounds; the others need the lookarounds. Words are letters, marks and digits
 * only, so they need no escaping; the page pays one string concatenation.
 */
export function prefilterSource({ words, otherWords }: PreparedForms): string {
  const alternatives: string[] = [];
  if (words) alternatives.push(`\\b(?:${words})s?\\b`);
  if (otherWords) alternatives.push(`(?<![A-Za-z0-9_])(?:${otherWords})s?(?![A-Za-z0-9_])`);
  return alternatives.length > 0 ? alternatives.join('|') : '(?!)';
}

/**
 * Reads groups on demand: the function it returns gives the forms that begin with `word` (lower
 * case), or undefined if none do. Each group is parsed once, the first time a page needs it.
 *
 * @example groupReader(prepared)('lung') // [{ termId: 'lung-cancer', form: 'lung cancer' }, ...]
 */
export function groupReader(prepared: PreparedForms): (firstWord: string) => PendingForm[] | undefined {
  const parsed = new Map<string, PendingForm[] | undefined>();
  // Split on the first hit only: pages without any hit never pay for it.
  let groupOf: Map<string, string> | undefined;
  let ids: string[] | undefined;
  return (firstWord) => {
    if (parsed.has(firstWord)) return parsed.get(firstWord);
    if (!groupOf) {
      const allWords = [prepared.words, prepared.otherWords].filter(Boolean).join(ITEM).split(ITEM);
      const groups = prepared.groups.split(GROUP);
      groupOf = new Map(allWords.map((word, i) => [word, groups[i]!]));
      ids = prepared.ids.split(ITEM);
    }
    const group = groupOf.get(firstWord);
    const forms = group?.slice(1).split(FIELD).flatMap((field) => {
      const [term = '', ...stored] = field.split(ITEM);
      const termId = ids![parseInt(term, 36)]!;
      // A stored form that does not begin with a word character had its first word taken off.
      return stored.map((form) => ({ termId, form: wordEnd(form, 0) > 0 ? form : firstWord + form }));
    });
    parsed.set(firstWord, forms);
    return forms;
  };
}
