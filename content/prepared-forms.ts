import type { TermForms } from '../glossary/match-index';
import type { ContextRules } from '../glossary/context-rules';
import { SEPARATOR_RUN, wordEnd } from './words';

/**
 * The surface forms as the content script carries them, prepared at build time so that a page
 * spends next to nothing before matching, in compact strings (the script's budget is 60 KB).
 * Forms are grouped by the word they begin with (lower case), and the words are sorted into kinds
 * that the prefilter searches for differently (see prefilterSource):
 * - `wholeWords`: words that are a form by themselves ("lung", "ct"), or begin one that goes on
 *   with punctuation ("hodgkin's");
 * - `leadingWords`: words that only ever begin longer forms ("back" of "back pain", "a" of the
 *   look-alike "a meditation on"), and `secondWords`, the beginnings of the words that follow them;
 * - `otherWords`: words with a first or last letter outside ASCII, of either kind (none today).
 * Word lists are "|"-separated, longest first. `groups` holds one group per word, in the order
 * whole, leading, other, "~"-separated: "<term>|<form>|<form>^<term>|<form>", where a term is its
 * index in `ids` in base 36, and a form that begins with its word as written is stored without it
 * ("lung cancer" under "lung" is " cancer"). A group is read only when a page has a hit for its word.
 * `contextLists` and `otherSenses` carry the context rules (glossary/context-rules.ts).
 */
export interface PreparedForms {
  ids: string;
  wholeWords: string;
  leadingWords: string;
  secondWords: string;
  otherWords: string;
  groups: string;
  /** Place codes, time zones, event names and star signs that are forms, and title words: "CT~CT~GP~Cancer~film|…". */
  contextLists: string;
  otherSenses: string;
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
/**
 * How much of a second word the prefilter looks for: four letters tell "back pain" from "back in"
 * nearly as well as whole words do, in half the bytes.
 */
const SECOND_WORD_PREFIX = 4;

/** The word a form begins with, lower case ("" if it begins with punctuation). */
export function firstWordOf(form: string): string {
  return form.slice(0, wordEnd(form, 0)).toLowerCase();
}

/** The word that follows the first one after spaces or hyphens, lower case; "" if none does. */
function secondWordOf(form: string): string {
  const rest = form.slice(wordEnd(form, 0));
  const gap = new RegExp(`^${SEPARATOR_RUN}`).exec(rest);
  if (!gap) return '';
  const after = rest.slice(gap[0].length);
  return after.slice(0, wordEnd(after, 0)).toLowerCase();
}

const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);

/** No context rules: every match stands (for matchers built in tests). */
export const NO_CONTEXT_RULES: ContextRules = { placeCodes: [], timeZones: [], eventNames: [], starSigns: [], titleWords: [], otherSenses: [] };

/**
 * @example prepareForms([{ id: 'lung-cancer', forms: ['lung cancer'] }])
 * // { ids: 'lung-cancer', wholeWords: '', leadingWords: 'lung', secondWords: 'canc', otherWords: '', groups: '^0| cancer', contextLists: '~~~~', otherSenses: '' }
 */
export function prepareForms(index: readonly TermForms[], rules: ContextRules = NO_CONTEXT_RULES): PreparedForms {
  const byFirstWord = new Map<string, Map<number, string[]>>();
  /** The second words of each first word's longer forms. */
  const secondsOf = new Map<string, Set<string>>();
  const whole = new Set<string>();
  index.forEach(({ forms }, term) => {
    for (const form of forms.map((f) => f.trim())) {
      const firstWord = firstWordOf(form);
      if (!firstWord) continue;
      const stored = form.startsWith(firstWord) ? form.slice(firstWord.length) : form;
      const byTerm = byFirstWord.get(firstWord) ?? new Map<number, string[]>();
      byTerm.set(term, [...(byTerm.get(term) ?? []), stored]);
      byFirstWord.set(firstWord, byTerm);
      const second = secondWordOf(form);
      if (second) secondsOf.set(firstWord, (secondsOf.get(firstWord) ?? new Set()).add(second));
      else whole.add(firstWord);
    }
  });
  const isPlain = (word: string) => ASCII_WORD.test(word[0]!) && ASCII_WORD.test(word[word.length - 1]!);
  const words = [...byFirstWord.keys()].sort(longestFirst);
  const wholeWords = words.filter((word) => isPlain(word) && whole.has(word));
  const leadingWords = words.filter((word) => isPlain(word) && !whole.has(word));
  const otherWords = words.filter((word) => !isPlain(word));
  const secondBeginnings = leadingWords.flatMap((word) => [...secondsOf.get(word)!].map((second) => second.slice(0, SECOND_WORD_PREFIX)));
  const secondWords = [...new Set(secondBeginnings)].sort(longestFirst);
  const encode = (word: string) =>
    [...byFirstWord.get(word)!].map(([term, forms]) => FIELD + [term.toString(36), ...forms].join(ITEM)).join('');
  return {
    ids: index.map(({ id }) => id).join(ITEM),
    wholeWords: wholeWords.join(ITEM),
    leadingWords: leadingWords.join(ITEM),
    secondWords: secondWords.join(ITEM),
    otherWords: otherWords.join(ITEM),
    groups: [...wholeWords, ...leadingWords, ...otherWords].map(encode).join(GROUP),
    contextLists: [rules.placeCodes, rules.timeZones, rules.eventNames, rules.starSigns, rules.titleWords].map((list) => list.join(ITEM)).join(GROUP),
    otherSenses: rules.otherSenses.map(({ forms, words }) => forms.join(ITEM) + FIELD + words.join(ITEM)).join(GROUP),
  };
}

/**
 * The source of the prefilter RegExp, in up to three alternatives: a word that is a form by
 * itself, standing alone (an "s" may follow); a word that only begins longer forms, and only when
 * spaces or hyphens and the beginning of a word that can follow it come next ("back pain", never
 * "back in"), so that common words rarely stop the scan; and words with letters outside ASCII.
 * Hits are a superset of true matches: the matcher checks each form and Unicode word boundaries
 * exactly.
 *
 * ASCII-edged words are wrapped in `\b`, which V8 scans many times faster than the same test
 * written as lookarounds; the others need the lookarounds. Words are letters, marks and digits
 * only, so they need no escaping; the page pays a few string concatenations.
 */
export function prefilterSource({ wholeWords, leadingWords, secondWords, otherWords }: PreparedForms): string {
  const alternatives: string[] = [];
  if (wholeWords) alternatives.push(`\\b(?:${wholeWords})s?\\b`);
  if (leadingWords) alternatives.push(`\\b(?:${leadingWords})(?=${SEPARATOR_RUN}(?:${secondWords}))`);
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
  // Split on the first read only: a page without hits never pays for it.
  let words: string[] | undefined;
  let groups: string[] | undefined;
  let ids: string[] | undefined;
  const list = (joined: string) => (joined ? joined.split(ITEM) : []);
  return (firstWord) => {
    if (parsed.has(firstWord)) return parsed.get(firstWord);
    words ??= [...list(prepared.wholeWords), ...list(prepared.leadingWords), ...list(prepared.otherWords)];
    groups ??= prepared.groups.split(GROUP);
    ids ??= prepared.ids.split(ITEM);
    const at = words.indexOf(firstWord);
    const forms =
      at < 0
        ? undefined
        : groups[at]!.split(FIELD).slice(1).flatMap((field) => {
            const [term = '', ...stored] = field.split(ITEM);
            const termId = ids![parseInt(term, 36)]!;
            // A stored form that does not begin with a word character had its first word taken off.
            return stored.map((form) => ({ termId, form: wordEnd(form, 0) > 0 ? form : firstWord + form }));
          });
    parsed.set(firstWord, forms);
    return forms;
  };
}
