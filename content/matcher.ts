import type { TermForms } from '../glossary/match-index';

/** One term found in a string: `text.slice(start, end)` is the matched surface form. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
}

export interface Matcher {
  /** Every term in `text`, left to right, never overlapping; the longest form wins at a position. */
  findAll(text: string): TermMatch[];
}

/** Words in a form or in page text may be joined by spaces (any kind) or hyphens. */
const SEPARATOR_PATTERN = '[\\s\\u2010\\u2011-]+';
const SEPARATOR_RUN = /[\s\u2010\u2011-]+/g;
/** A letter or digit on either side means the match is inside a longer word. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
/** Characters that, next to a match, make it part of a URL, an address or a file name. */
const URLISH_NEIGHBOUR = new Set(['/', '\\', '@', '#', '=', '~', '&']);
const ALNUM = /[\p{L}\p{N}]/u;

interface Candidate {
  termId: string;
  /** For forms with a capital letter: the words exactly as written, joined by single spaces. */
  exact?: string;
}

/** Lower-cased words joined by single spaces: the key a form and a match share. */
function normalize(text: string): string {
  return text.replace(SEPARATOR_RUN, ' ').toLowerCase();
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function newNode(): TrieNode {
  return { children: new Map(), terminal: false };
}

function escapeChar(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/**
 * Turns the trie into one pattern with shared prefixes factored out ("lung (?:cancer|nodule)"), so
 * the regex engine tries each position against a few branches instead of hundreds of forms. Greedy
 * optional groups make the longest form win; the trailing `s?` accepts regular plurals.
 */
function trieToPattern(node: TrieNode): string {
  const branches = [...node.children].map(([char, child]) => {
    const head = char === ' ' ? SEPARATOR_PATTERN : escapeChar(char);
    return head + trieToPattern(child);
  });
  if (branches.length === 0) return node.terminal ? 's?' : '';
  const alternation = branches.length === 1 ? branches.join('') : `(?:${branches.join('|')})`;
  return node.terminal ? `(?:${alternation}|s)?` : alternation;
}

function isUrlish(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before && URLISH_NEIGHBOUR.has(before)) return true;
  if (after && URLISH_NEIGHBOUR.has(after)) return true;
  // "www.copd.org": a dot joined to letters on its far side.
  if (before === '.' && ALNUM.test(text[start - 2] ?? '')) return true;
  if (after === '.' && ALNUM.test(text[end + 1] ?? '')) return true;
  return false;
}

/**
 * Compiles every surface form into one single-pass matcher.
 *
 * @example
 * const matcher = compileMatcher([{ id: 'copd', forms: ['COPD'] }, { id: 'back-pain', forms: ['back pain'] }]);
 * matcher.findAll('Back pain and COPD'); // [{ start: 0, end: 9, termId: 'back-pain' }, { start: 14, end: 18, termId: 'copd' }]
 */
export function compileMatcher(index: readonly TermForms[]): Matcher {
  const root = newNode();
  const candidatesByKey = new Map<string, Candidate[]>();

  for (const { id, forms } of index) {
    for (const form of forms) {
      const key = normalize(form.trim());
      if (!key) continue;
      let node = root;
      for (const char of key) {
        let child = node.children.get(char);
        if (!child) node.children.set(char, (child = newNode()));
        node = child;
      }
      node.terminal = true;
      const caseSensitive = form !== form.toLowerCase();
      const candidate: Candidate = caseSensitive
        ? { termId: id, exact: form.trim().replace(SEPARATOR_RUN, ' ') }
        : { termId: id };
      const list = candidatesByKey.get(key) ?? [];
      list.push(candidate);
      candidatesByKey.set(key, list);
    }
  }

  const pattern = new RegExp(
    `(?<!${WORD_CHAR})${trieToPattern(root)}(?!${WORD_CHAR})`,
    'giu',
  );

  function resolve(matched: string): string | undefined {
    const asWritten = matched.replace(SEPARATOR_RUN, ' ');
    const key = asWritten.toLowerCase();
    const singular = key.endsWith('s') ? key.slice(0, -1) : undefined;
    for (const [lookup, written] of [
      [key, asWritten],
      [singular, asWritten.slice(0, -1)],
    ] as const) {
      if (lookup === undefined) continue;
      const candidates = candidatesByKey.get(lookup);
      if (!candidates) continue;
      const hit = candidates.find((c) => c.exact === undefined || c.exact === written);
      if (hit) return hit.termId;
    }
    return undefined;
  }

  return {
    findAll(text) {
      const matches: TermMatch[] = [];
      if (root.children.size === 0) return matches;
      pattern.lastIndex = 0;
      let found: RegExpExecArray | null;
      while ((found = pattern.exec(text))) {
        const start = found.index;
        const end = start + found[0].length;
        const termId = isUrlish(text, start, end) ? undefined : resolve(found[0]);
        if (termId) {
          matches.push({ start, end, termId });
        } else {
          // A rejected match (wrong case, inside a URL) may still hide a shorter or later one.
          pattern.lastIndex = start + 1;
        }
      }
      return matches;
    },
  };
}
