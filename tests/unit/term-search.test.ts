import { describe, expect, it } from 'vitest';
import { glossary } from '@/glossary';
import { createTermSearch, MAX_RESULTS } from '@/components/popup/term-search';

const search = createTermSearch(glossary);
const ids = (query: string) => search(query).map((result) => result.entry.id);

describe('term look-up', () => {
  it('finds names, synonyms and abbreviations', () => {
    expect(ids('Thoracentesis')[0]).toBe('thoracentesis');
    expect(ids('coughing up blood')[0]).toBe('hemoptysis');
    expect(ids('NSCLC')[0]).toBe('nsclc');
    expect(search('NSCLC')[0]?.matchedForm).toBe('NSCLC');
    expect(ids('tumour')[0]).toBe('tumor');
  });

  it('forgives typos', () => {
    expect(ids('thoracentisis')[0]).toBe('thoracentesis');
    expect(ids('brochoscopy')[0]).toBe('bronchoscopy');
    expect(ids('emphasema')[0]).toBe('emphysema');
  });

  it('finds words from their first letters', () => {
    expect(ids('thora')).toEqual(expect.arrayContaining(['thoracentesis', 'thoracoscopy']));
    expect(ids('pack')[0]).toBe('pack-year');
  });

  it('returns nothing for nothing, or for gibberish, and never too much', () => {
    expect(search('   ')).toEqual([]);
    expect(search('zzqxv')).toEqual([]);
    expect(search('a').length).toBeLessThanOrEqual(MAX_RESULTS);
  });
});
