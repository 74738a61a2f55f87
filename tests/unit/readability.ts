import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The words of a text, as readers count them. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word));
}

/**
 * The Flesch-Kincaid grade of a text, with the maintained `flesch-kincaid` formula and `syllable`
 * counter; sentences end at ".", "!" or "?" followed by a space or the end.
 *
 * @example readingGrade('The cat sat on the mat.') // about -1.4
 */
export function readingGrade(text: string): number {
  const words = wordsOf(text);
  const sentence = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, word) => sum + syllable(word.replace(/[^A-Za-z'-]/g, '')), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
}
