/*
 * The term index's format, shared by the build (build.ts), the background (which copies it into
 * storage, see storage.ts) and the page (term-index.ts, scan.ts): names, how a word is hashed, and
 * where a hash lands in the word filter.
 *
 * The index is three kinds of file in the built extension:
 * - `index/words.txt`: the word filter, a bit set of hashes (a Bloom filter) of the words that can
 *   begin a form, in base64. A page's text is checked against it word by word; most words miss.
 *   Its first 16 bytes are a header: FORMAT_VERSION, log2 of the number of bits, the number of
 *   shards, 0 (little-endian 32-bit numbers).
 * - `index/forms-<n>.json`: the forms themselves, in shards by their first word's hash, read only
 *   when a page has a word that may begin one of them.
 * - `index/context.json`: the context rules (glossary/context-rules.ts), read with the first shard.
 * The background copies them into storage.local under the keys below, so that a page reads the
 * shards it needs in one call; a page finds the files themselves if storage is not ready yet.
 */

export const FORMAT_VERSION = 1;
export const FILTER_FILE = 'index/words.txt';
export const FILTER_HEADER_BYTES = 16;
export const CONTEXT_FILE = 'index/context.json';
export const shardFile = (shard: number) => `index/forms-${shard}.json`;

/** The storage.local keys of the index's copy: which index it is, then the files. */
export const STORED_VERSION_KEY = 'termIndex:version';
export const STORED_FILTER_KEY = 'termIndex:filter';
export const STORED_CONTEXT_KEY = 'termIndex:context';
export const storedShardKey = (shard: number) => `termIndex:shard:${shard}`;
export const STORED_KEY_PREFIX = 'termIndex:';

/** A shard as stored: lower-case first word → the forms that begin with it, each as [termId, ...forms]. */
export type StoredShard = Record<string, [string, ...string[]][]>;

/**
 * What the filter holds, as hashes tagged by kind. Every word is checked for `start`; only the
 * few that may start a form are checked further.
 */
export const FilterKind = {
  /** The word begins some form. */
  start: 0x3c6ef372,
  /** The word is a form by itself, or begins one that goes on with punctuation ("hodgkin" of "Hodgkin's"). */
  whole: 0x1e3779b9,
  /** A first word, a space, and the first one to four letters of the word after it ("back p" … "back pain"). */
  pair: 0x2545f491,
} as const;
export type FilterKind = (typeof FilterKind)[keyof typeof FilterKind];

/** How many letters of a second word the filter holds: four tell "back pain" from "back in". */
export const PAIR_PREFIX = 4;

const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** The hash of the empty word; `addToHash` adds one folded UTF-16 unit. FNV-1a, 32 bits. */
export const HASH_START = FNV_OFFSET;
export const addToHash = (hash: number, folded: number): number => Math.imul(hash ^ folded, FNV_PRIME);
/** What a pair's hash adds between its two words. */
export const PAIR_GAP = 32;

/** Folds one UTF-16 unit to lower case; the same on the build side and the page. */
let foldCache: Uint16Array | undefined;
export function fold(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code | 32 : code;
  // Outside ASCII, learnt on first sight (0: not yet known). A unit whose lower case is longer
  // than one unit ("İ") is kept as it is, on both sides.
  foldCache ??= new Uint16Array(0x10000);
  let folded = foldCache[code]!;
  if (folded === 0) {
    const lower = String.fromCharCode(code).toLowerCase();
    folded = lower.length === 1 ? lower.charCodeAt(0) : code;
    foldCache[code] = folded;
  }
  return folded;
}

/** `word` folded unit by unit: the key of a first word in a shard. */
export function foldWord(word: string): string {
  let folded = '';
  for (let i = 0; i < word.length; i++) folded += String.fromCharCode(fold(word.charCodeAt(i)));
  return folded;
}

/** The hash of a whole string, as the page computes it unit by unit. */
export function hashOf(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i++) hash = addToHash(hash, fold(word.charCodeAt(i)));
  return hash;
}

/** Spreads a hash's bits (MurmurHash3's finaliser), so that nearby words land far apart. */
function mix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** How many bits each key sets, and how many bits the filter has per key: about 1 in 1,400 misses pass. */
export const FILTER_PROBES = 3;
export const BITS_PER_KEY = 32;

/** The bits a key sets in a filter of `mask + 1` bits, in order; the page checks them one by one. */
export function filterBit(kind: FilterKind, hash: number, probe: number, mask: number): number {
  return mix(hash ^ kind ^ Math.imul(probe, 0x27d4eb2f)) & mask;
}

/** The shard that holds the forms beginning with the word of this hash. */
export function shardOf(hash: number, shardCount: number): number {
  return mix(hash ^ 0x165667b1) % shardCount;
}
