import type { ContextRules } from '../glossary/context-rules';
import type { TermForms } from './forms';
import {
  BITS_PER_KEY, CONTEXT_FILE, FILTER_FILE, FILTER_HEADER_BYTES, FILTER_PROBES, FORMAT_VERSION, FilterKind, PAIR_GAP,
  PAIR_PREFIX, addToHash, filterBit, fold, foldWord, hashOf, shardFile, shardOf, type StoredShard,
} from './format';
import { createHash } from 'node:crypto';
import { SEPARATOR_RUN, wordEnd } from './words';

/*
 * The build side of the term index: every surface form, laid out as format.ts describes, ready to
 * be written into the extension (see files.ts) or read straight from memory by tests.
 */

/** Forms per shard, roughly: a page with terms fetches a few small files, whatever the glossary's size. */
const WORDS_PER_SHARD = 24;

export interface BuiltIndex {
  /** Tells this index from any other: the page reads storage's copy only if it is this one. */
  version: string;
  /** The word filter, header included, in base64: index/words.txt. */
  filter: string;
  shards: StoredShard[];
  context: ContextRules;
}

/** The word a form begins with, as written ("" if it begins with punctuation). */
export function firstWordOf(form: string): string {
  return form.slice(0, wordEnd(form, 0));
}

/** The word after the first one, past spaces or hyphens, as written; "" if none follows. */
export function secondWordOf(form: string): string {
  const rest = form.slice(wordEnd(form, 0));
  const gap = new RegExp(`^${SEPARATOR_RUN}`).exec(rest);
  if (!gap) return '';
  const after = rest.slice(gap[0].length);
  return after.slice(0, wordEnd(after, 0));
}

/** The hash of a first word, a gap and the beginning of a second, as the page computes it. */
export function pairHashOf(first: string, second: string): number {
  let hash = addToHash(hashOf(first), PAIR_GAP);
  const prefix = second.slice(0, PAIR_PREFIX);
  for (let i = 0; i < prefix.length; i++) hash = addToHash(hash, fold(prefix.charCodeAt(i)));
  return hash;
}

const nextPowerOfTwo = (n: number) => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));

/**
 * @example buildIndex([{ id: 'lung-cancer', forms: ['lung cancer'] }], rules).shards
 * // [{ lung: [['lung-cancer', 'lung cancer']] }]
 */
export function buildIndex(index: readonly TermForms[], context: ContextRules): BuiltIndex {
  /** Folded first word → term id → its forms that begin with that word. */
  const byFirstWord = new Map<string, Map<string, string[]>>();
  const keys: [FilterKind, number][] = [];
  for (const { id, forms } of index) {
    for (const form of forms.map((f) => f.trim())) {
      const first = firstWordOf(form);
      if (!first) continue;
      const key = foldWord(first);
      const byTerm = byFirstWord.get(key) ?? new Map<string, string[]>();
      byTerm.set(id, [...(byTerm.get(id) ?? []), form]);
      byFirstWord.set(key, byTerm);
      const hash = hashOf(first);
      keys.push([FilterKind.start, hash]);
      const second = secondWordOf(form);
      keys.push(second ? [FilterKind.pair, pairHashOf(first, second)] : [FilterKind.whole, hash]);
    }
  }
  const shardCount = nextPowerOfTwo(Math.ceil(byFirstWord.size / WORDS_PER_SHARD));
  const shards: StoredShard[] = Array.from({ length: shardCount }, () => ({}));
  for (const word of [...byFirstWord.keys()].sort()) {
    shards[shardOf(hashOf(word), shardCount)]![word] = [...byFirstWord.get(word)!].map(([id, forms]) => [id, ...forms]);
  }
  const filter = buildFilter(keys, shardCount);
  return { filter, shards, context, version: versionOf(filter, shards, context) };
}

function buildFilter(keys: readonly [FilterKind, number][], shardCount: number): string {
  const unique = new Map(keys.map(([kind, hash]) => [`${kind}:${hash}`, [kind, hash] as const]));
  const log2Bits = Math.max(10, Math.ceil(Math.log2(unique.size * BITS_PER_KEY)));
  const mask = 2 ** log2Bits - 1;
  const bytes = new Uint8Array(FILTER_HEADER_BYTES + 2 ** (log2Bits - 3));
  new Uint32Array(bytes.buffer, 0, 4).set([FORMAT_VERSION, log2Bits, shardCount, 0]);
  for (const [kind, hash] of unique.values()) {
    for (let probe = 0; probe < FILTER_PROBES; probe++) {
      const bit = filterBit(kind, hash, probe, mask);
      bytes[FILTER_HEADER_BYTES + (bit >>> 3)]! |= 1 << (bit & 7);
    }
  }
  return Buffer.from(bytes).toString('base64');
}

function versionOf(filter: string, shards: readonly StoredShard[], context: ContextRules): string {
  return createHash('sha256').update(JSON.stringify([filter, shards, context])).digest('hex').slice(0, 16);
}

/** The index as files of the built extension: paths relative to its root, and their contents. */
export function indexFiles(built: BuiltIndex): { path: string; contents: string }[] {
  return [
    { path: FILTER_FILE, contents: built.filter },
    { path: CONTEXT_FILE, contents: JSON.stringify(built.context) },
    ...built.shards.map((shard, n) => ({ path: shardFile(n), contents: JSON.stringify(shard) })),
  ];
}
