/** The whole vetted glossary: every entry, from the files in `entries/`. */
import type { TermEntry } from './types';
import { symptomTerms } from './entries/symptoms';
import { bodyTerms } from './entries/body';
import { conditionTerms } from './entries/conditions';
import { generalTerms } from './entries/general';
import { testTerms } from './entries/tests';
import { treatmentTerms } from './entries/treatments';
import { riskTerms } from './entries/risk';
import { medicineTerms } from './entries/medicines';
import { biomarkerTerms } from './entries/biomarkers';

export const glossary: readonly TermEntry[] = [
  ...symptomTerms,
  ...bodyTerms,
  ...conditionTerms,
  ...generalTerms,
  ...testTerms,
  ...treatmentTerms,
  ...medicineTerms,
  ...biomarkerTerms,
  ...riskTerms,
];

const entriesById = new Map(glossary.map((entry) => [entry.id, entry]));

/** The entry with this id, or undefined. */
export function findTerm(id: string): TermEntry | undefined {
  return entriesById.get(id);
}

export type { TermEntry } from './types';
