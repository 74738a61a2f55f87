/*
 * Runs of words shared between our text and a source's, without keeping the source's text: a
 * source page is kept only as the hashes of its runs of SHINGLE_WORDS words (its "fingerprint"),
 * which can tell that a run was in the page but cannot give the page back.
 */

/** The shortest run of shared words that counts as copied (the glossary's rule). */
export const SHINGLE_WORDS = 8;
/** Characters of one hash in a fingerprint string (32 bits in base64url). */
const HASH_CHARS = 6;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Words as compared: lower case, curly apostrophes straight, punctuation and numbers' commas gone. */
export function comparableWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\d),(\d)/g, '$1$2')
    .split(/[^a-z0-9']+/)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** Every run of SHINGLE_WORDS consecutive words, as text. */
export function shinglesOf(text: string): string[] {
  const words = comparableWords(text);
  const runs: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) runs.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return runs;
}

/** FNV-1a, 32 bits, as six base64url characters. */
function hashOf(run: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < run.length; i++) {
    hash ^= run.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < HASH_CHARS; i++) out = BASE64URL[(hash >>> (i * 6)) & 63] + out;
  return out;
}

/** A text's fingerprint: the sorted, distinct hashes of its runs, as one string. */
export function fingerprintOf(text: string): string {
  return [...new Set(shinglesOf(text).map(hashOf))].sort().join('');
}

/** Merges fingerprints (of several excerpts of one page) into one. */
export function mergeFingerprints(...prints: string[]): string {
  const hashes = new Set<string>();
  for (const print of prints) for (let i = 0; i < print.length; i += HASH_CHARS) hashes.add(print.slice(i, i + HASH_CHARS));
  return [...hashes].sort().join('');
}

/**
 * The runs of our `text` that the fingerprinted source also has, as our words.
 *
 * @example sharedRuns('one two three four five six seven eight nine', fingerprintOf('zero one two three four five six seven eight'))
 * // ['one two three four five six seven eight']
 */
export function sharedRuns(text: string, fingerprint: string): string[] {
  const hashes = new Set<string>();
  for (let i = 0; i < fingerprint.length; i += HASH_CHARS) hashes.add(fingerprint.slice(i, i + HASH_CHARS));
  return shinglesOf(text).filter((run) => hashes.has(hashOf(run)));
}
