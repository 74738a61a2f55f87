import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossary, type TermEntry } from '@/glossary';
import { reviewRecords } from '@/glossary/reviews';
import { readingGrade, wordsOf } from './readability';
import { sharedRuns } from '../support/shingles';
import { EMERGENCY_NUMBER_PATTERN, LUNG_WORD, CANCER_WORD, SCOPED_BY_DEFINITION, isDrugName, withoutExamples } from './review-rules';

/*
 * The rules a medical review holds every entry to, written as tests so that a new entry is held
 * to them too: each entry has a review record, cites only pages the record checked, shares no run
 * of 8 words with them, says "call 911 (or your local emergency number)", and, for medicines,
 * carries its main safety facts and when to get help.
 */

const entries = glossary.map((entry) => [entry.id, entry] as const);
const fingerprints = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/source-fingerprints.json'), 'utf8'),
) as Record<string, string>;

/** Everything of an entry a reader sees, field by field. */
function textsOf(entry: TermEntry): [field: string, text: string][] {
  const fields: [string, string | undefined][] = [
    ['summary', entry.summary],
    ['details', entry.details],
    ['safety', entry.safety],
    ['whenToGetHelp', entry.whenToGetHelp],
  ];
  return fields.filter((field): field is [string, string] => field[1] !== undefined);
}

/** Query keys that name a page: Medicare's coverage database (ncdid, ncdver, ncaid, proposed) and NCI's dictionary (cdrid, id, version, language, dictionary). */
const PAGE_KEYS = new Set(['ncdid', 'ncdver', 'ncaid', 'proposed', 'cdrid', 'id', 'version', 'language', 'dictionary']);

const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0]!;

describe('every entry has a review record', () => {
  it.each(entries)('%s: its record checks exactly the pages it cites, on its reviewed date', (id, entry) => {
    const record = reviewRecords[id];
    expect(record, `no review record for ${id} in glossary/reviews/`).toBeDefined();
    expect(record!.date, `${id}: reviewed must be the day of its review`).toBe(entry.reviewed);
    expect(record!.checks.map((check) => check.url).sort()).toEqual(entry.sources.map((source) => source.url).sort());
    for (const check of record!.checks) expect(wordsOf(check.supports).length, `${id}: what ${check.url} supports`).toBeGreaterThanOrEqual(3);
  });

  it('has no record for an entry that does not exist', () => {
    const ids = new Set(glossary.map((entry) => entry.id));
    expect(Object.keys(reviewRecords).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('sources', () => {
  it.each(entries)('%s cites addresses without tracking or session parts', (_id, entry) => {
    for (const { url } of entry.sources) {
      const address = new URL(url);
      // Only query keys that name the page itself may stay: Medicare's coverage documents and NCI's
      // dictionary pages are found by them. Anything else (?ref=, ?utm_…, breadcrumbs) tracks the reader.
      const keys = [...address.searchParams.keys()].map((key) => key.toLowerCase());
      expect(keys.filter((key) => !PAGE_KEYS.has(key)), url).toEqual([]);
      expect(address.hash, url).toBe('');
    }
  });

  it('names each page once: one title and publisher for every address', () => {
    const names = new Map<string, Set<string>>();
    for (const { url, title, publisher } of glossary.flatMap((entry) => entry.sources)) {
      names.set(url, (names.get(url) ?? new Set()).add(`${title} (${publisher})`));
    }
    expect([...names].filter(([, seen]) => seen.size > 1).map(([url, seen]) => `${url}: ${[...seen].join(' / ')}`)).toEqual([]);
  });

  it('writes each page once: a page cited from several files lives in glossary/sources.ts', () => {
    const dir = resolve(import.meta.dirname, '../../glossary');
    const files = ['sources.ts', ...readdirSync(resolve(dir, 'entries')).map((name) => `entries/${name}`)];
    const written = files.flatMap((file) => [...readFileSync(resolve(dir, file), 'utf8').matchAll(/url: '([^']+)'/g)].map((m) => m[1]!));
    expect(written.filter((url, i) => written.indexOf(url) !== i)).toEqual([]);
  });

  it.each(entries)('%s shares no run of 8 words with the pages it was checked against', (id, entry) => {
    for (const { url } of entry.sources) {
      expect(fingerprints[url], `${id}: no text of ${url} was kept from its review`).toBeTruthy();
      for (const [field, text] of textsOf(entry)) {
        expect(sharedRuns(text, fingerprints[url]!), `${id} ${field} copies ${url}`).toEqual([]);
      }
    }
  });
});

describe('safety', () => {
  it.each(entries)('%s: "when to get help" and safety facts are as plain as the rest', (id, entry) => {
    for (const [field, text] of textsOf(entry).filter(([field]) => field === 'whenToGetHelp' || field === 'safety')) {
      expect(readingGrade(text), `${field} grade of ${id}`).toBeLessThanOrEqual(8);
      expect(wordsOf(text).length, `${field} of ${id}`).toBeLessThanOrEqual(70);
    }
  });

  it.each(entries)('%s says "call 911 (or your local emergency number)", never 911 alone', (id, entry) => {
    for (const [field, text] of textsOf(entry)) {
      expect(text.match(EMERGENCY_NUMBER_PATTERN) ?? [], `${id} ${field}`).toEqual([]);
    }
  });

  it('gives every medicine its safety facts and when to get help', () => {
    const medicines = glossary.filter((entry) => entry.category === 'medicine');
    expect(medicines.length).toBeGreaterThan(0);
    const missing = medicines.filter((entry) => !entry.safety?.trim() || !entry.whenToGetHelp?.trim()).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  it('puts every medicine name among the forms of a medicine entry, so its card carries the safety facts', () => {
    const strays = glossary.flatMap((entry) =>
      entry.category === 'medicine' ? [] : entry.forms.filter(isDrugName).map((form) => `${form} (${entry.id}, ${entry.category})`),
    );
    expect(strays).toEqual([]);
  });

  it('files genes and proteins tested to choose a treatment as biomarkers, not treatments', () => {
    const byId = new Map(glossary.map((entry) => [entry.id, entry.category]));
    for (const id of ['egfr', 'alk', 'kras', 'ros1', 'pd-l1']) expect(byId.get(id), id).toBe('biomarker');
    // A treatment entry names a way of treating, never a medicine (those are medicines) or a gene.
    const treatments = glossary.filter((entry) => entry.category === 'treatment' || entry.category === 'biomarker');
    expect(treatments.flatMap((entry) => entry.forms.filter(isDrugName))).toEqual([]);
  });

  it('finds medicine names by their stems and by name', () => {
    for (const name of ['osimertinib', 'pembrolizumab', 'atorvastatin', 'lisinopril', 'fentanyl', 'Tylenol', 'EGFR inhibitor', 'nicotine gum']) {
      expect(isDrugName(name), name).toBe(true);
    }
    for (const name of ['EGFR', 'chemotherapy', 'biopsy', 'pain', 'lung cancer', 'stomach', 'Lung-RADS']) expect(isDrugName(name), name).toBe(false);
  });
});

describe('meaning', () => {
  // A word read on any page gets the entry's first sentence: it must hold for every use of every
  // form ("surgery" on a knee, "adenocarcinoma" of the colon), with lung or cancer facts after it.
  it.each(entries)('%s: the first sentence is true wherever its forms appear', (id, entry) => {
    const first = withoutExamples(firstSentence(entry.summary));
    const scope = SCOPED_BY_DEFINITION[id] ?? [];
    for (const form of entry.forms) {
      if (LUNG_WORD.test(first) && !LUNG_WORD.test(form) && !scope.includes('lung')) {
        expect.fail(`${id}: "${form}" is not only about the lungs, but the first sentence is: "${first}"`);
      }
      if (CANCER_WORD.test(first) && !CANCER_WORD.test(form) && !scope.includes('cancer')) {
        expect.fail(`${id}: "${form}" is not only about cancer, but the first sentence is: "${first}"`);
      }
    }
  });
});
