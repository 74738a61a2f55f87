import { describe, expect, it } from 'vitest';
import { compileMatcher } from '@/content/matcher';
import { LOOK_ALIKE_ID } from '@/term-index/forms';

const matcher = compileMatcher([
  { id: 'lung-cancer', forms: ['lung cancer'] },
  { id: 'sclc', forms: ['small cell lung cancer', 'SCLC'] },
  { id: 'nsclc', forms: ['non-small cell lung cancer', 'NSCLC'] },
  { id: 'biopsy', forms: ['biopsy', 'biopsies'] },
  { id: 'fine-needle-aspiration', forms: ['fine needle aspiration', 'fine needle aspiration biopsy', 'FNA'] },
  { id: 'alk', forms: ['ALK'] },
  { id: 'copd', forms: ['COPD'] },
  { id: 'pack-year', forms: ['pack-year'] },
  { id: 'back-pain', forms: ['back pain'] },
  { id: 'ct-scan', forms: ['CT scan', 'CT'] },
  { id: 'x-ray', forms: ['chest X-ray'] },
  { id: 'tumor', forms: ['tumor', 'tumour'] },
]);

/** The matched text and term of each match, for readable expectations. */
function found(text: string): [string, string][] {
  return matcher.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId]);
}

describe('matcher', () => {
  it('matches whole words only', () => {
    expect(found('Tumors and tumorous, a tumor.')).toEqual([['Tumors', 'tumor'], ['tumor', 'tumor']]);
    expect(found('backpain back paint')).toEqual([]);
  });

  it('prefers the longest form at a position', () => {
    expect(found('small cell lung cancer')).toEqual([['small cell lung cancer', 'sclc']]);
    expect(found('non-small cell lung cancer')).toEqual([['non-small cell lung cancer', 'nsclc']]);
    expect(found('a fine needle aspiration biopsy')).toEqual([['fine needle aspiration biopsy', 'fine-needle-aspiration']]);
    expect(found('lung cancer, then a biopsy')).toEqual([['lung cancer', 'lung-cancer'], ['biopsy', 'biopsy']]);
  });

  it('falls back to a shorter form when the longer one is cut off', () => {
    expect(found('fine needle aspiration biopsyx')).toEqual([['fine needle aspiration', 'fine-needle-aspiration']]);
  });

  it('matches lower-case forms in any case', () => {
    expect(found('BACK PAIN and Back Pain')).toEqual([['BACK PAIN', 'back-pain'], ['Back Pain', 'back-pain']]);
  });

  it('matches forms with capitals only as written', () => {
    expect(found('ALK walk alk Alk')).toEqual([['ALK', 'alk']]);
    expect(found('COPD, copd, Copd')).toEqual([['COPD', 'copd']]);
    expect(found('a CT scan, two CTs, a ct scan')).toEqual([['CT scan', 'ct-scan'], ['CTs', 'ct-scan']]);
  });

  it('does not match inside URL-like words', () => {
    expect(found('see www.copd.org or /COPD/ or COPD@x and user_COPD')).toEqual([]);
    expect(found('COPD. Then COPD/asthma?')).toEqual([['COPD', 'copd']]);
  });

  it('treats hyphens and spaces alike and accepts plurals', () => {
    expect(found('pack-year, pack year, pack years, pack-years')).toEqual([
      ['pack-year', 'pack-year'], ['pack year', 'pack-year'], ['pack years', 'pack-year'], ['pack-years', 'pack-year'],
    ]);
    expect(found('a 20-pack-year history')).toEqual([['pack-year', 'pack-year']]);
    expect(found('chest x-ray')).toEqual([]);
    expect(found('chest X-ray and chest X ray')).toEqual([['chest X-ray', 'x-ray'], ['chest X ray', 'x-ray']]);
    expect(found('two biopsies')).toEqual([['biopsies', 'biopsy']]);
  });

  it('uses Unicode word boundaries', () => {
    expect(found('“back pain” and ‘COPD’')).toEqual([['back pain', 'back-pain'], ['COPD', 'copd']]);
    expect(found('back\u00a0pain')).toEqual([['back\u00a0pain', 'back-pain']]);
    expect(found('back\u2011pain')).toEqual([['back\u2011pain', 'back-pain']]);
    expect(found('tumoré étumor tumor1 1tumor')).toEqual([]);
    expect(found('(tumor)')).toEqual([['tumor', 'tumor']]);
  });

  it('keeps matches in order and never overlapping', () => {
    const text = 'COPD lung cancer small cell lung cancer NSCLC biopsy CT';
    const matches = matcher.findAll(text);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
    expect(matches.map((m) => m.termId)).toEqual(['copd', 'lung-cancer', 'sclc', 'nsclc', 'biopsy', 'ct-scan']);
  });

  it('matches forms with punctuation inside, and curly apostrophes as straight ones', () => {
    const punctuated = compileMatcher([
      { id: 'smokers-cough', forms: ["smoker's cough"] },
      { id: 'pet-ct', forms: ['PET/CT', 'PET/CT scan'] },
      { id: 'pm25', forms: ['PM2.5'] },
    ]);
    const spans = (text: string) => punctuated.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(spans("a smoker's cough and a smoker’s cough")).toEqual(["smoker's cough", 'smoker’s cough']);
    expect(spans('a PET/CT scan, then PET/CT.')).toEqual(['PET/CT scan', 'PET/CT']);
    expect(spans('PM2.5 and PM25 and PM2.55')).toEqual(['PM2.5']);
  });

  it('matches forms that begin or end with a non-ASCII letter, on Unicode boundaries', () => {
    const accented = compileMatcher([{ id: 'menieres', forms: ['Ménière disease', 'ménière'] }]);
    const spans = (text: string) => accented.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(spans('Ménière disease, MÉNIÈRE, xménière, ménièrex')).toEqual(['Ménière disease', 'MÉNIÈRE']);
  });

  it('finds words that begin or end with a letter outside ASCII, beside words that do not', () => {
    // The prefilter wraps ASCII-edged words in \b and needs lookarounds for the others.
    const mixed = compileMatcher([
      { id: 'edema', forms: ['œdema', 'edema'] },
      { id: 'cafe', forms: ['café au lait spot'] },
    ]);
    const spans = (text: string) => mixed.findAll(text).map((m) => text.slice(m.start, m.end));
    expect(spans('Œdema (edema), xœdema, café au lait spots, cafés')).toEqual(['Œdema', 'edema', 'café au lait spots']);
  });

  it('finds nothing with an empty index or empty text', () => {
    expect(compileMatcher([]).findAll('lung cancer')).toEqual([]);
    expect(matcher.findAll('')).toEqual([]);
  });

  it('skips look-alike phrases whole, and still matches the term elsewhere', () => {
    const withLookAlikes = compileMatcher([
      { id: 'airways', forms: ['airway'] },
      { id: 'cancer', forms: ['cancer'] },
      { id: LOOK_ALIKE_ID, forms: ['British Airways', 'Tropic of Cancer'] },
    ]);
    const text = 'British Airways flew over the Tropic of Cancer; cancer can narrow the airways.';
    expect(withLookAlikes.findAll(text).map((m) => [text.slice(m.start, m.end), m.termId])).toEqual([
      ['cancer', 'cancer'],
      ['airways', 'airways'],
    ]);
    // Exact case, like any form with a capital: the lower-case words are still terms.
    expect(withLookAlikes.findAll('british airways').map((m) => m.termId)).toEqual(['airways']);
  });
});

describe('context rules', () => {
  const withRules = compileMatcher(
    [
      { id: 'ct-scan', forms: ['CT', 'CT scan'] },
      { id: 'gp', forms: ['GP'] },
      { id: 'cancer', forms: ['cancer'] },
      { id: 'liver', forms: ['liver'] },
      { id: 'tylenol', forms: ['Tylenol'] },
    ],
    { placeCodes: ['CT'], timeZones: ['CT'], eventNames: ['GP'], starSigns: ['Cancer'], titleWords: ['film'], otherSenses: [{ forms: ['GP'], words: ['grid', 'pole'] }, { forms: ['Cancer'], words: ['gemini', 'star sign'] }] },
  );
  const terms = (text: string) => withRules.findAll(text).map((m) => text.slice(m.start, m.end));

  it('reads a place code as the place after a capitalised name and a comma, or before a ZIP code', () => {
    expect(terms('Write to 250 Main Street, Hartford, CT 06103.')).toEqual([]);
    expect(terms('She moved from Stamford, CT to Boston.')).toEqual([]);
    expect(terms('Mail it to CT 06103 today.')).toEqual([]);
    expect(terms('A chest CT, then a CT scan in Hartford.')).toEqual(['CT', 'CT scan']);
  });

  it('reads a form as its other sense when that sense’s words are in the same text', () => {
    expect(terms('He took pole position for the GP.')).toEqual([]);
    expect(terms('Ask your GP about it.')).toEqual(['GP']);
    expect(terms('Gemini and Cancer share a birthday month; your star sign Cancer is loyal.')).toEqual([]);
    // Only the capitalised form: the disease is still the disease beside the same words.
    expect(terms('Gemini had cancer last year.')).toEqual(['cancer']);
  });

  it('reads EGFR beside kidney words as the kidneys\' filtration rate', () => {
    const labs = compileMatcher([{ id: 'egfr', forms: ['EGFR'] }], {
      placeCodes: [], timeZones: [], eventNames: [], starSigns: [], titleWords: [], otherSenses: [{ forms: ['EGFR'], words: ['kidney', 'creatinine'] }],
    });
    expect(labs.findAll('Creatinine 1.1, EGFR above 60.')).toEqual([]);
    expect(labs.findAll('The tumour has an EGFR mutation.').length).toBe(1);
  });

  it('reads a time zone after a time as the time zone', () => {
    expect(terms('Kick-off is at 7 p.m. CT on Sunday.')).toEqual([]);
    expect(terms('Doors open 19:30 CT.')).toEqual([]);
    expect(terms('Her CT was at 7 p.m.')).toEqual(['CT']);
  });

  it('reads a star sign as the sign in a horoscope entry, not in a heading or a sentence about the disease', () => {
    expect(terms('Cancer: a surprise call could change your plans this week.')).toEqual([]);
    expect(terms('Cancer: What You Need to Know')).toEqual(['Cancer']);
    expect(terms('Cancer is a disease of cells.')).toEqual(['Cancer']);
  });

  it('reads an event’s short name after "the" and a capitalised name as the event', () => {
    expect(terms('After the Japanese GP, the team went home.')).toEqual([]);
    expect(terms('The GP saw me on Monday.')).toEqual(['GP']);
  });

  it('leaves a capitalised word in the middle of a sentence alone (a name or a title), but not at a sentence start or in a heading', () => {
    expect(terms('We walked past the Liver Building and the cancer ward.')).toEqual(['cancer']);
    expect(terms("Hitchcock's Liver topped the critics' poll of great films.")).toEqual([]);
    expect(terms('His first novel, Liver, is more readable than its reputation suggests.')).toEqual([]);
    expect(terms('Liver can heal itself after damage.')).toEqual(['Liver']);
    expect(terms('Managing Liver Disease')).toEqual(['Liver']);
    expect(terms('They said: "Liver Building" is closed.')).toEqual(['Liver']);
    // Before another capitalised word, even at a sentence's start, in prose; or beside a film's words.
    expect(terms('Liver Building tours start at noon, and the queue is long.')).toEqual([]);
    expect(terms('Liver is often voted the best film of the decade.')).toEqual([]);
    // A form written with a capital (a brand) is never taken for part of a name.
    expect(terms('She bought Tylenol Extra Strength at the shop.')).toEqual(['Tylenol']);
  });
});
