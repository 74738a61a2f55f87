import type { TermForms } from '../glossary/match-index';
import { wordEnd } from './words';

/**
 * The surface forms as the content script carries them, prepared at build time so that a page
 * spends next to nothing before matching, in compact strings (the script's budget is 60 KB):
 * - `ids`: every term id once, "|"-separated; elsewhere a term is its index there, in base 36;
 * - `groups`: the forms grouped by the word they begin with (lower case), longest word first:
 *   "~<word>^<term>|<form>|<form>^<term>|<form>~<word>...". A form that begins with its word as
 *   written is stored without it ("lung cancer" under "lung" is " cancer"). These are the words
 *   that begin and end with an ASCII letter or digit (all of today's);
 * - `otherGroups`: the same for words with a first or last letter outside ASCII.
 * The words make the prefilter RegExp; a group is found by one search, and read only when a page
 * has a hit for its word.
 */
export interface PreparedForms {
  ids: string;
  groups: string;
  otherGroups: string;
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
 * // { ids: 'lung-cancer', groups: '~lung^0| cancer', otherGroups: '' }
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
  const encode = (words: string[]) =>
    words
      .map((word) => GROUP + word + [...byFirstWord.get(word)!].map(([term, forms]) => FIELD + [term.toString(36), ...forms].join(ITEM)).join(''))
      .join('');
  return {
    ids: index.map(({ id }) => id).join(ITEM),
    groups: encode(sorted.filter(isPlain)),
    otherGroups: encode(sorted.filter((word) => !isPlain(word))),
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
export function prefilterSource({ groups, otherGroups }: PreparedForms): string {
  // "~lungs^..~lung^.." → "lungs|lung": two native replacements, no loop.
  const words = (encoded: string) => encoded.replace(/\^[^~]*/g, '').slice(1).replace(/~/g, ITEM);
  const alternatives: string[] = [];
  if (groups) alternatives.push(`\\b(?:${words(groups)})s?\\b`);
  if (otherGroups) alternatives.push(`(?<![A-Za-z0-9_])(?:${words(otherGroups)})s?(?![A-Za-z0-9_])`);
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
  let ids: string[] | undefined;
  /** The fields of `word`'s group ("<term>|<form>|..." each), found with one native search. */
  const fieldsOf = (word: string): string[] | undefined => {
    const key = GROUP + word + FIELD;
    for (const encoded of [prepared.groups, prepared.otherGroups]) {
      const at = encoded.indexOf(key);
      if (at < 0) continue;
      const end = encoded.indexOf(GROUP, at + key.length);
      return encoded.slice(at + key.length, end < 0 ? undefined : end).split(FIELD);
    }
    return undefined;
  };
  return (firstWord) => {
    if (parsed.has(firstWord)) return parsed.get(firstWord);
    const fields = fieldsOf(firstWord);
    ids ??= prepared.ids.split(ITEM);
    const forms = fields?.flatMap((field) => {
      const [term = '', ...stored] = field.split(ITEM);
      const termId = ids![parseInt(term, 36)]!;
      // A stored form that does not begin with a word character had its first word taken off.
      return stored.map((form) => ({ termId, form: wordEnd(form, 0) > 0 ? form : firstWord + form }));
    });
    parsed.set(firstWord, forms);
    return forms;
  };
}
