import type { TermForms } from '../glossary/match-index';
import { wordEnd } from './words';

/**
 * The surface forms as the content script carries them, prepared at build time so that a page
 * spends next to nothing before matching, in a compact string (the script's budget is 60 KB):
 * - `ids`: every term id once, "|"-separated; elsewhere a term is its index there, in base 36;
 * - `groups`: the forms grouped by first word (lower case), longest first word first:
 *   "~<first word>^<term>|<form>|<form>^<term>|<form>~<first word>...". A form that begins with
 *   its group's word as written is stored without it ("lung cancer" in group "lung" is " cancer").
 * A group is looked up only when a page has a hit for its word.
 * - `prefilter`: the source of the RegExp that finds those first words (see prefilterSource).
 */
export interface PreparedForms {
  ids: string;
  groups: string;
  prefilter: string;
}

/** One form waiting to go into the matcher's trie. */
export interface PendingForm {
  termId: string;
  form: string;
}

const GROUP = '~';
const FIELD = '^';
const ITEM = '|';
/** Characters a surface form can never contain, because the encoding uses them. */
export const RESERVED_FORM_CHARACTERS = [GROUP, FIELD, ITEM];

/** The word a form begins with, lower case ("" if it begins with punctuation). */
export function firstWordOf(form: string): string {
  return form.slice(0, wordEnd(form, 0)).toLowerCase();
}

/**
 * @example prepareForms([{ id: 'lung-cancer', forms: ['lung cancer'] }])
 * // { ids: 'lung-cancer', groups: '~lung^0| cancer', prefilter: '\\b(?:lung)s?\\b' }
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
  const firstWords = [...byFirstWord.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  let groups = '';
  for (const firstWord of firstWords) {
    groups += GROUP + firstWord;
    for (const [term, forms] of byFirstWord.get(firstWord)!) {
      groups += FIELD + [term.toString(36), ...forms].join(ITEM);
    }
  }
  return { ids: index.map(({ id }) => id).join(ITEM), groups, prefilter: prefilterSource(firstWords) };
}

/** A letter, digit or underscore: what `\b` in a RegExp without the u flag counts as a word character. */
const ASCII_WORD = /^[A-Za-z0-9_]$/;

/**
 * The source of the prefilter RegExp: every first word in one alternation, standing alone (no
 * ASCII letter, digit or underscore on either side; an "s" may follow). Hits are a superset of
 * true matches: the matcher checks Unicode word boundaries exactly.
 *
 * Words that begin and end with an ASCII letter or digit (all of today's) are wrapped in `\b`,
 * which V8 scans many times faster than the same test written as lookarounds; any others get the
 * lookarounds, in a second alternation. Built at build time, like the rest of PreparedForms.
 */
function prefilterSource(firstWords: readonly string[]): string {
  const plain: string[] = [];
  const other: string[] = [];
  for (const word of firstWords) {
    (ASCII_WORD.test(word[0]!) && ASCII_WORD.test(word[word.length - 1]!) ? plain : other).push(word);
  }
  // First words are letters, marks and digits only, so they need no escaping.
  const alternatives: string[] = [];
  if (plain.length > 0) alternatives.push(`\\b(?:${plain.join('|')})s?\\b`);
  if (other.length > 0) alternatives.push(`(?<![A-Za-z0-9_])(?:${other.join('|')})s?(?![A-Za-z0-9_])`);
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
  return (firstWord) => {
    if (parsed.has(firstWord)) return parsed.get(firstWord);
    const key = GROUP + firstWord + FIELD;
    const at = prepared.groups.indexOf(key);
    let forms: PendingForm[] | undefined;
    if (at >= 0) {
      const groupEnd = prepared.groups.indexOf(GROUP, at + key.length);
      const fields = prepared.groups.slice(at + key.length, groupEnd < 0 ? undefined : groupEnd).split(FIELD);
      ids ??= prepared.ids.split(ITEM);
      forms = fields.flatMap((field) => {
        const [term = '', ...stored] = field.split(ITEM);
        const termId = ids![parseInt(term, 36)]!;
        // A stored form that does not begin with a word character had its first word taken off.
        return stored.map((form) => ({ termId, form: wordEnd(form, 0) > 0 ? form : firstWord + form }));
      });
    }
    parsed.set(firstWord, forms);
    return forms;
  };
}
