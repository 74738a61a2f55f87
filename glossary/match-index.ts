import type { TermEntry } from './types';

/**
 * What the in-page matcher needs of one entry: its id and surface forms, nothing else. The content
 * script carries only this (see match-index-plugin.ts); explanations are fetched when shown.
 */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/**
 * The index of every entry, without forms the matcher finds anyway: a regular "+s" plural of
 * another form, or the same words with other spacing or hyphens ("pack years" beside "pack-year").
 *
 * @example toMatchIndex(glossary) // [{ id: 'back-pain', forms: ['back pain', 'backache'] }, ...]
 */
export function toMatchIndex(entries: readonly TermEntry[]): TermForms[] {
  return entries.map(({ id, forms }) => {
    const keys = new Set(forms.map(matchKey));
    const kept = new Set<string>();
    const needed = forms.filter((form) => {
      const key = matchKey(form);
      const isPlural = key.endsWith('s') && keys.has(key.slice(0, -1));
      if (isPlural || kept.has(key)) return false;
      kept.add(key);
      return true;
    });
    return { id, forms: needed };
  });
}

/** Forms with the same key match the same text: case is kept, since a capital makes a form exact. */
function matchKey(form: string): string {
  return form.trim().replace(/[\s\u2010\u2011-]+/g, ' ');
}

/*
 * The index travels in the content script as one compact string, a line per entry:
 * "id<TAB>form|form|form". About half the size of the same data as JSON objects, which matters in
 * a script that every page loads (its budget is 60 KB).
 */
const ENTRY_SEPARATOR = '\n';
const ID_SEPARATOR = '\t';
const FORM_SEPARATOR = '|';

/** Characters a surface form can never contain, because the compact encoding uses them. */
export const RESERVED_FORM_CHARACTERS = [ENTRY_SEPARATOR, ID_SEPARATOR, FORM_SEPARATOR];

/** @example encodeMatchIndex([{ id: 'copd', forms: ['COPD', 'chronic obstructive pulmonary disease'] }]) // "copd\tCOPD|chronic obstructive pulmonary disease" */
export function encodeMatchIndex(index: readonly TermForms[]): string {
  return index
    .map(({ id, forms }) => id + ID_SEPARATOR + forms.join(FORM_SEPARATOR))
    .join(ENTRY_SEPARATOR);
}

/** The inverse of `encodeMatchIndex`. */
export function decodeMatchIndex(encoded: string): TermForms[] {
  if (!encoded) return [];
  return encoded.split(ENTRY_SEPARATOR).map((line) => {
    const [id = '', forms = ''] = line.split(ID_SEPARATOR);
    return { id, forms: forms.split(FORM_SEPARATOR) };
  });
}
