/**
 * Phrases that contain a term's form but are not about health: names and sayings that would
 * otherwise light up a word in them ("British Airways", "the Tropic of Cancer", "a smoking gun").
 *
 * The matcher treats each phrase like a form: being longer, it wins over the term inside it, and
 * the match is then dropped, so nothing in the phrase is highlighted. A phrase with a capital
 * letter matches only as written, like any form. Add one when a look-alike shows up in the
 * precision report (`npm run precision`), and add it to tests/fixtures/look-alike-prose.txt too.
 */
export const LOOK_ALIKES: readonly string[] = [
  // Airlines: "airways" is also the body's air passages.
  'British Airways',
  'Qatar Airways',
  'Etihad Airways',
  'Kenya Airways',
  'Austrian Airways',
  // The constellation and star sign.
  'Tropic of Cancer',
  'Cancer constellation',
  // Sayings.
  'smoking gun',
  'spine-tingling',
  'spine-chilling',
  'cabin fever',
  'spring fever',
  'gold fever',
  'Saturday Night Fever',
  'fever pitch',
  'smoking hot',
  'lungs of the city',
  'lung of the city',
  'lungs of the planet',
  'lungs of the earth',
  'spine of the book',
  'spine of a book',
  'book spine',
  'constituency surgery',
  'backbone of',
  'cancer eating away',
  // Plastics: PET is also polyethylene terephthalate.
  'PET bottle',
  'PET plastic',
  'PET resin',
  'PET film',
  'PET packaging',
  'recycled PET',
  // The star sign.
  'Cancer season',
  // Found in the precision report: figurative uses in reviews and engineering writing.
  'alert fatigue',
  'decision fatigue',
  'hay fever',
  'metal fatigue',
  'GP surgery',
  "doctor's surgery",
  'CT value',
  'ALK PHOS',
  'ALK-Abelló',
  'surgery hours',
  'metastatic calcification',
  'liver spots',
  'GP IIb',
  'a meditation on',
  'meditations on',
];
