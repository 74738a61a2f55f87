/**
 * The typed model of one glossary entry. Every explanation HealthLens shows comes from an entry
 * like this, and `tests/unit/glossary.test.ts` checks each one against the rules written here.
 */

/** Publishers whose pages may back an entry (the allowlist checked by the glossary tests). */
export const TRUSTED_SOURCE_HOSTS = [
  'www.cancer.gov', // NCI
  'medlineplus.gov',
  'www.cdc.gov',
  'www.uspreventiveservicestaskforce.org',
  'www.cms.gov',
  'www.nhlbi.nih.gov',
  'www.nhs.uk',
  'www.who.int',
  'www.epa.gov',
  'archive.epa.gov', // EPA's own archive of its pages
  'www.fda.gov',
  'atsdr.cdc.gov', // CDC's Agency for Toxic Substances and Disease Registry
  // NIH and its institutes.
  'www.nih.gov',
  'nida.nih.gov',
  'www.niddk.nih.gov',
  'www.ninds.nih.gov',
  'www.nimh.nih.gov',
  'www.nia.nih.gov',
  'www.niaid.nih.gov',
  'www.nccih.nih.gov',
  'www.niams.nih.gov',
  'www.nichd.nih.gov',
  'www.nlm.nih.gov', // the National Library of Medicine, MedlinePlus's publisher
  'ncbi.nlm.nih.gov', // the NLM's bookshelf, which holds the USPSTF's evidence reviews
  'www.genome.gov', // NHGRI
  'smokefree.gov', // NCI's quit-smoking site
  'www.cancer.org', // American Cancer Society
  'www.lung.org', // American Lung Association
  // The same publishers at the address without "www." (it redirects there): some pages were
  // checked at that address, and a URL is cited as it was checked.
  'cancer.gov',
  'cancer.org',
  'lung.org',
  'nhs.uk',
  'cms.gov',
  'uspreventiveservicestaskforce.org',
] as const;

export type TermCategory =
  | 'symptom' // something a person feels or notices
  | 'condition' // a disease, cancer type or complication
  | 'test' // a scan, procedure or lab test
  | 'treatment' // procedures, therapies and care
  | 'medicine' // medicines and classes of medicine a person takes or is given
  | 'biomarker' // genes, proteins and other markers tested to choose a treatment
  | 'risk' // risk factors, prevention and screening
  | 'body' // parts of the body
  | 'general'; // everyday health words around the others

export interface TermSource {
  /** The page's own title. */
  title: string;
  /** Who published it, e.g. "National Cancer Institute". */
  publisher: string;
  /** The real https URL of the page that supports the entry. */
  url: string;
}

export interface TermEntry {
  /** Stable kebab-case id; it is the `data-term` value on the page, so never rename one. */
  id: string;
  /** How the term is shown in the card and popup. */
  name: string;
  /**
   * Every way the term is written in text. A form written all in lower case matches in any case
   * ("back pain" matches "Back Pain"); a form with a capital letter matches only as written, so
   * abbreviations such as "ALK" or "COPD" never match ordinary words. Spaces and hyphens between
   * words are interchangeable, and a trailing "s" plural is matched automatically; write irregular
   * plurals ("biopsies", "metastases") and other spellings (tumour) as their own forms.
   */
  forms: string[];
  category: TermCategory;
  /** One or two plain sentences for the hover card: at most 35 words, reading grade 8 or below. */
  summary: string;
  /** A longer plain explanation for the popup (up to about 120 words). */
  details?: string;
  /** For symptoms and medicines: when to get medical help, emergencies first. */
  whenToGetHelp?: string;
  /**
   * For medicines: the main safety facts (serious side effects, what not to mix it with, who
   * should check first). Never dosing advice.
   */
  safety?: string;
  /** Ids of related entries. */
  related?: string[];
  /** At least one page from a trusted publisher that supports the entry. */
  sources: TermSource[];
  /**
   * The day the entry was last checked against its sources, as YYYY-MM-DD: the date of its
   * review record (see ReviewRecord).
   */
  reviewed: string;
}

/**
 * What one review of an entry checked, kept in `glossary/reviews/` (out of the extension's
 * bundles): each cited page, which of the entry's facts it was read for, and when.
 */
export interface ReviewRecord {
  /** The day of the check, as YYYY-MM-DD; the entry's `reviewed` is this day. */
  date: string;
  /** One line per cited page: the page, and the facts of the entry that it was read for and supports. */
  checks: { url: string; supports: string }[];
  /** What the review changed, in a line, when it changed anything. */
  changed?: string;
}
