/*
 * What counts as a word: a run of letters, marks, digits and underscores, in any script; the same
 * for the index's build and the page. Answered without building any strings.
 */

/**
 * What may stand between two words of a form: any run of spaces or hyphens (ASCII, Unicode or
 * non-breaking), as RegExp source. The matcher's own character test (matcher.ts) accepts the same.
 */
export const SEPARATOR_RUN = '[\\s\\u2010\\u2011-]+';

const NON_ASCII_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII_WORD_CHAR = new Uint8Array(128);
for (const char of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_') {
  ASCII_WORD_CHAR[char.charCodeAt(0)] = 1;
}
/** What each non-ASCII BMP character is, learnt on first sight: 0 unknown, 1 word, 2 not. */
let bmpCache: Uint8Array | undefined;

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_WORD_CHAR[codePoint] === 1;
  if (codePoint > 0xffff) return NON_ASCII_WORD_CHAR.test(String.fromCodePoint(codePoint));
  bmpCache ??= new Uint8Array(0x10000);
  let known = bmpCache[codePoint];
  if (!known) bmpCache[codePoint] = known = NON_ASCII_WORD_CHAR.test(String.fromCharCode(codePoint)) ? 1 : 2;
  return known === 1;
}

/**
 * The index just after the word that starts at `start` (`start` itself if no word starts there).
 *
 * @example wordEnd('back-pain', 0) // 4
 */
export function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const codePoint = text.codePointAt(i)!;
    if (!isWordCodePoint(codePoint)) break;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Whether the UTF-16 unit `code` at `index` of `text` is part of a word: the scan's test, one unit
 * at a time (both halves of a surrogate pair answer for the whole character).
 */
export function isWordUnit(text: string, index: number, code: number): boolean {
  if (code < 128) return ASCII_WORD_CHAR[code] === 1;
  if (code >= 0xd800 && code <= 0xdbff) return isWordCodePoint(text.codePointAt(index)!);
  if (code >= 0xdc00 && code <= 0xdfff) return index > 0 && isWordCodePoint(text.codePointAt(index - 1)!);
  return isWordCodePoint(code);
}

/**
 * True when the character just before `index` is part of a word, so nothing can start there.
 *
 * @example isWordCharBefore('étumor', 1) // true
 */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  let codePoint = text.charCodeAt(index - 1);
  // The low half of a surrogate pair: look at the whole character.
  if (codePoint >= 0xdc00 && codePoint <= 0xdfff && index >= 2) codePoint = text.codePointAt(index - 2)!;
  return isWordCodePoint(codePoint);
}
