import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossary } from '@/glossary';
import { TRUSTED_SOURCE_HOSTS } from '@/glossary/types';
import { toMatchIndex } from '@/term-index/forms';
import { LOOK_ALIKES } from '@/glossary/look-alikes';
import fc from 'fast-check';
import { firstWordOf } from '@/term-index/build';
import { foldWord, hashOf } from '@/term-index/format';
import { glossaryIndex } from '@/term-index/glossary-index';
import { compileMatcher, createMatcher, inMemoryIndex } from '@/content/matcher';
import { SEPARATOR_RUN } from '@/term-index/words';
import { readingGrade, wordsOf } from './readability';

const CATEGORIES = ['symptom', 'condition', 'test', 'treatment', 'medicine', 'biomarker', 'risk', 'body', 'general'];
const ids = new Set(glossary.map((entry) => entry.id));

describe('the glossary', () => {
  it('has at least 40 entries with unique ids', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
    expect(ids.size).toBe(glossary.length);
  });

  it.each(glossary.map((entry) => [entry.id, entry] as const))('%s is complete and well-formed', (id, entry) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.name.trim()).not.toBe('');
    expect(CATEGORIES).toContain(entry.category);
    expect(entry.forms.length).toBeGreaterThan(0);
    for (const form of entry.forms) {
      expect(form.trim(), `form of ${id}`).toBe(form);
      expect(form.length, `form of ${id}`).toBeGreaterThan(1);
      // The index files a form under its first word: one beginning with punctuation could never match.
      expect(firstWordOf(form), `form of ${id}`).not.toBe('');
    }
    expect(entry.summary.trim()).not.toBe('');
    expect(entry.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(entry.reviewed))).toBe(false);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) {
      const url = new URL(source.url);
      expect(url.protocol).toBe('https:');
      expect(TRUSTED_SOURCE_HOSTS as readonly string[]).toContain(url.hostname);
      expect(source.title.trim()).not.toBe('');
      expect(source.publisher.trim()).not.toBe('');
    }
    for (const related of entry.related ?? []) expect(ids, `related of ${id}`).toContain(related);
  });

  it.each(glossary.map((entry) => [entry.id, entry] as const))('%s is written in plain language', (id, entry) => {
    expect(wordsOf(entry.summary).length, `summary of ${id}`).toBeLessThanOrEqual(35);
    expect(readingGrade(entry.summary), `summary grade of ${id}`).toBeLessThanOrEqual(8);
    if (entry.details) {
      expect(wordsOf(entry.details).length, `details of ${id}`).toBeLessThanOrEqual(130);
      expect(readingGrade(entry.details), `details grade of ${id}`).toBeLessThanOrEqual(9.5);
    }
    if (entry.category === 'symptom') expect(entry.whenToGetHelp, `when to get help, ${id}`).toBeTruthy();
    expect(Date.parse(entry.reviewed), `reviewed date of ${id}`).toBeLessThanOrEqual(Date.now());
  });

  it('gives every surface form to one entry only', () => {
    // Two forms clash when they can match the same text: the same words (spacing and hyphens
    // aside), compared in any case unless both are capitalised forms, which match only as written.
    const seen = new Map<string, { id: string; written: string; exact: boolean }[]>();
    const clashes: string[] = [];
    for (const entry of glossary) {
      for (const form of entry.forms) {
        const written = form.replace(/[\s\u2010\u2011-]+/g, ' ');
        const exact = written !== written.toLowerCase();
        const key = written.toLowerCase();
        for (const other of seen.get(key) ?? []) {
          const overlap = !exact || !other.exact || other.written === written;
          if (overlap && other.id !== entry.id) clashes.push(`"${form}": ${other.id} and ${entry.id}`);
        }
        seen.set(key, [...(seen.get(key) ?? []), { id: entry.id, written, exact }]);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('matches every entry by its own forms (no entry is unreachable)', () => {
    const matcher = compileMatcher(toMatchIndex(glossary, LOOK_ALIKES));
    const unreachable = glossary.filter((entry) =>
      !entry.forms.some((form) => matcher.findAll(`About ${form} today.`).some((m) => m.termId === entry.id)),
    );
    expect(unreachable.map((entry) => entry.id)).toEqual([]);
  });

  it('matches every multi-word form across any run of spaces and hyphens, in any case it allows', () => {
    // The prefilter looks for a word that only begins longer forms together with the beginning of
    // the next word; this checks that it never hides a form the matcher would accept.
    const matcher = compileMatcher(toMatchIndex(glossary, LOOK_ALIKES));
    const multiWord = glossary.flatMap((entry) => entry.forms.filter((form) => /[\s-]/.test(form)).map((form) => ({ id: entry.id, form })));
    const separatorRun = fc.array(fc.constantFrom(' ', '-', '\n', '\t', '\u00a0', '\u2010', '\u2011', '\u2003'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.constantFrom(...multiWord), fc.infiniteStream(separatorRun), fc.boolean(), ({ id, form }, gaps, upper) => {
        const words = form.split(new RegExp(SEPARATOR_RUN));
        // An infinite stream is never done, so each next() holds a run of separators.
        let written = words.map((word, i) => (i === 0 ? word : (gaps.next().value as string[]).join('') + word)).join('');
        // Only forms without capitals match in any case.
        if (upper && form === form.toLowerCase()) written = written.toUpperCase();
        const text = `Read about ${written}, today.`;
        const match = matcher.findAll(text).find((m) => m.start === 'Read about '.length);
        expect(match && text.slice(match.start, match.end), form).toBe(written);
        expect(match?.termId).toBe(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('lets the word filter pass over common words that only begin longer forms', () => {
    const matcher = createMatcher(inMemoryIndex(glossaryIndex()));
    // "back" begins only "back pain" and the like; "a" begins only the look-alike "a meditation on".
    expect(matcher.candidates('Come back later, as a friend. Step back. A week ago.')).toBeUndefined();
    expect(matcher.candidates('Come back\n  pain-free.')).toEqual([5, 9, expect.any(Number)]);
    expect(matcher.candidates('It is a meditation on loss.')).toBeDefined();
  });

  it('keeps every form in the shard of its first word, as the content script reads it', () => {
    const index = inMemoryIndex(glossaryIndex());
    for (const { id, forms } of toMatchIndex(glossary)) {
      for (const form of forms) {
        const first = firstWordOf(form);
        expect(index.formsFor(index.shardOf(hashOf(first)), foldWord(first)), form).toContainEqual({ termId: id, form });
      }
    }
  });
});

describe('precision', () => {
  /** The matcher exactly as pages get it: forms, look-alike phrases and context rules. */
  const pageMatcher = createMatcher(inMemoryIndex(glossaryIndex()));
  const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8');

  it('finds no terms in everyday prose full of look-alike words', () => {
    // Written for the project: "stroke of luck", "the stage was set", "cell phone", "mutation
    // operations", "high temperatures" and other ordinary uses of words that are also medical.
    const prose = fixture('look-alike-prose.txt');
    expect(pageMatcher.findAll(prose).map((m) => prose.slice(m.start, m.end))).toEqual([]);
  });

  // Written blind (by people who had not seen the glossary or its rules): sentences of news, sport,
  // recipes, addresses and horoscopes that use health words in other senses. The second set was
  // written after the context rules, as a check that they hold on prose they were not made for.
  it.each(['ordinary-prose.txt', 'ordinary-prose-2.txt', 'ordinary-prose-3.txt', 'ordinary-prose-4.txt'])('highlights at most 1 in 50 sentences of ordinary prose (%s)', (name) => {
    const sentences = fixture(name).split('\n').filter((line) => line.trim() !== '');
    expect(sentences.length).toBeGreaterThanOrEqual(100);
    const highlights = sentences.flatMap((sentence) => pageMatcher.findAll(sentence).map((m) => `«${sentence.slice(m.start, m.end)}» in: ${sentence}`));
    expect(highlights.length, highlights.join('\n')).toBeLessThanOrEqual(Math.floor(sentences.length / 50));
  });

  it('has look-alike phrases that each hide a real term, and are all in the prose', () => {
    const prose = fixture('look-alike-prose.txt');
    const withoutLookAlikes = compileMatcher(toMatchIndex(glossary));
    for (const phrase of LOOK_ALIKES) {
      expect(withoutLookAlikes.findAll(phrase).length, `"${phrase}" hides no term: not needed`).toBeGreaterThan(0);
      expect(prose, `"${phrase}" missing from look-alike-prose.txt`).toContain(phrase);
    }
  });
});
