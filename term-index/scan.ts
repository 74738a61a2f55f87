import { FNV_PRIME, FilterKind, HASH_START, PAIR_GAP, PAIR_PREFIX, addToHash, fold } from './format';
import type { TermIndex } from './term-index';
import { isWordUnit } from './words';

/*
 * The scan every text node of a page goes through: one pass over its characters, hashing each
 * word as it goes and asking the word filter about it. No strings are built and nothing is
 * compiled; most words miss the filter at its first bit.
 */

/** Longest run of separators accepted between two words (runs of spaces in page source can be long). */
export const MAX_GAP = 64;

/** Spaces (as RegExp's \s) and hyphens: what may stand between two words of a form. */
export function isSeparatorCode(code: number): boolean {
  return (
    code === 32 || code === 45 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2010 || code === 0x2011 ||
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** For each ASCII unit: its folded code if it is part of a word, else 0 (the hot path's table). */
const ASCII_FOLDED = new Uint8Array(128);
for (let code = 0; code < 128; code++) if (isWordUnit('', 0, code)) ASCII_FOLDED[code] = fold(code);

/** The folded unit at `index` if it is part of a word, else 0. */
function wordUnitAt(text: string, index: number, code: number): number {
  if (code < 128) return ASCII_FOLDED[code]!;
  return isWordUnit(text, index, code) ? fold(code) : 0;
}

/**
 * Where forms may begin in `text`, as a flat list of triples: the word's start, the end of the
 * word to look up (a final "s" left off for a plural), and the shard holding its forms. In order
 * of start; a start may come more than once. Undefined when there is none, as for most text.
 *
 * Written as one loop over the text with a table for ASCII, and no calls for most characters:
 * it runs cold on every page, before the browser has optimised it.
 */
export function findCandidates(text: string, index: TermIndex): number[] | undefined {
  let found: number[] | undefined;
  const length = text.length;
  /** The last word, while it may begin a form of two words and only separators follow it. */
  let leadStart = -1;
  let leadEnd = 0;
  let leadHash = 0;
  let i = 0;
  while (i < length) {
    let code = text.charCodeAt(i);
    let folded = code < 128 ? ASCII_FOLDED[code]! : wordUnitAt(text, i, code);
    if (folded === 0) {
      if (leadStart >= 0 && !(isSeparatorCode(code) && i - leadEnd < MAX_GAP)) leadStart = -1;
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_START;
    let before: number;
    let pair = leadStart >= 0 ? addToHash(leadHash, PAIR_GAP) : 0;
    let pairFound = false;
    for (;;) {
      before = hash;
      hash = Math.imul(hash ^ folded, FNV_PRIME);
      if (leadStart >= 0 && i - start < PAIR_PREFIX) {
        pair = Math.imul(pair ^ folded, FNV_PRIME);
        pairFound ||= index.has(FilterKind.pair, pair);
      }
      if (++i >= length) break;
      code = text.charCodeAt(i);
      folded = code < 128 ? ASCII_FOLDED[code]! : wordUnitAt(text, i, code);
      if (folded === 0) break;
    }
    if (pairFound) (found ??= []).push(leadStart, leadEnd, index.shardOf(leadHash));
    leadStart = -1;
    if (index.has(FilterKind.start, hash)) {
      if (index.has(FilterKind.whole, hash)) (found ??= []).push(start, i, index.shardOf(hash));
      leadStart = start;
      leadEnd = i;
      leadHash = hash;
    }
    // A plural: "biopsies" is not a form, but "biopsie" + "s" may be.
    const last = text.charCodeAt(i - 1);
    if ((last === 115 || last === 83) && i - start > 1 && index.has(FilterKind.start, before) && index.has(FilterKind.whole, before)) {
      (found ??= []).push(start, i - 1, index.shardOf(before));
    }
  }
  return found;
}
