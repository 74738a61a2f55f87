import type { TermEntry } from '../glossary/types';
import { SEPARATOR_RUN } from './words';

/**
 * The id under which look-alike phrases go into the matcher (see look-alikes.ts). It is not
 * kebab-case, so no entry can have it; a match with this id is found and then dropped.
 */
export const LOOK_ALIKE_ID = '!look-alike';

/**
 * What the in-page matcher needs of one entry: its id and surface forms, nothing else. The term
 * index holds only this (see build.ts); explanations are fetched when shown.
 */
export interface TermForms {
  id: string;
  forms: readonly string[];
}

/**
 * The index of every entry, without forms the matcher finds anyway: a regular "+s" plural of
 * another form, or the same words with other spacing or hyphens ("pack years" beside "pack-year").
 *
 * Look-alike phrases, if given, go in last under LOOK_ALIKE_ID.
 *
 * @example toMatchIndex(glossary) // [{ id: 'back-pain', forms: ['back pain', 'backache'] }, ...]
 */
export function toMatchIndex(entries: readonly TermEntry[], lookAlikes: readonly string[] = []): TermForms[] {
  const index = entries.map(({ id, forms }) => {
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
  return lookAlikes.length > 0 ? [...index, { id: LOOK_ALIKE_ID, forms: lookAlikes }] : index;
}

/** Forms with the same key match the same text: case is kept, since a capital makes a form exact. */
function matchKey(form: string): string {
  return form.trim().replace(new RegExp(SEPARATOR_RUN, 'g'), ' ');
}
