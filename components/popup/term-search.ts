import Fuse from 'fuse.js';
import type { TermEntry } from '@/glossary/types';

/** How many results the look-up shows at most. */
export const MAX_RESULTS = 8;

export interface SearchResult {
  entry: TermEntry;
  /** The name or surface form that matched, when it is not the entry's name ("SCLC"). */
  matchedForm?: string;
}

/**
 * Look-up over names, synonyms and abbreviations. Words that begin with what was typed come
 * first ("thora" finds thoracentesis and thoracoscopy); then close spellings, through Fuse.js,
 * so typos still find their term ("thoracentisis", "brochoscopy").
 *
 * @example createTermSearch(glossary)('brochoscopy')[0].entry.id // 'bronchoscopy'
 */
export function createTermSearch(entries: readonly TermEntry[]): (query: string) => SearchResult[] {
  const labels = entries.flatMap((entry) => [entry.name, ...entry.forms].map((label) => ({ entry, label, lower: label.toLowerCase() })));
  const fuse = new Fuse(labels, { keys: ['label'], threshold: 0.34, ignoreLocation: true, includeScore: true });

  return (query) => {
    const wanted = query.trim().toLowerCase().replace(/\s+/g, ' ');
    if (wanted === '') return [];
    const results = new Map<string, SearchResult>();
    const add = (entry: TermEntry, label: string) => {
      if (results.has(entry.id) || results.size >= MAX_RESULTS) return;
      results.set(entry.id, { entry, matchedForm: label === entry.name ? undefined : label });
    };
    // Exact names and forms first, then labels that start with the query, shortest first.
    const starting = labels
      .filter(({ lower }) => lower.startsWith(wanted) || lower.replace(/-/g, ' ').startsWith(wanted))
      .sort((a, b) => Number(b.lower === wanted) - Number(a.lower === wanted) || a.label.length - b.label.length);
    for (const { entry, label } of starting) add(entry, label);
    for (const { item } of fuse.search(wanted)) add(item.entry, item.label);
    return [...results.values()];
  };
}
