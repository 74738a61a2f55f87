import { contextRulesFor } from '../../glossary/context-rules';
import { glossary } from '../../glossary/index';
import { LOOK_ALIKES } from '../../glossary/look-alikes';
import { buildIndex, type BuiltIndex } from '../../term-index/build';
import { toMatchIndex, type TermForms } from '../../term-index/forms';

/*
 * A generated glossary for the benchmark (never shipped): the real one, plus made-up terms up to
 * a given number of surface forms, shaped like real ones. Made-up words are built from syllables
 * so that they hardly ever occur on a page: the point is the index's size, not more highlights.
 * Some begin with words real forms begin with ("chronic", "high", "back"), so that the filter's
 * two-word checks are loaded too.
 */

const SYLLABLES = ['ka', 'ro', 'mi', 'tex', 'lor', 'vin', 'dra', 'pel', 'sto', 'nu', 'zer', 'quo', 'fal', 'bri', 'mon', 'tu'];
const ENDINGS = ['itis', 'osis', 'emia', 'oma', 'ase', 'ine', 'ide', 'algia', 'pathy', 'ectomy'];
const SECOND_WORDS = ['syndrome', 'disease', 'deficiency', 'disorder', 'test', 'scan', 'therapy', 'infection'];
const COMMON_LEADS = ['chronic', 'acute', 'high', 'low', 'back', 'blood', 'heart', 'lung', 'skin', 'eye'];

/** A small deterministic generator, so every build makes the same glossary. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` made-up forms, one entry for every two forms. */
export function syntheticForms(count: number): TermForms[] {
  const next = random(20261203);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const seen = new Set<string>();
  const made: string[] = [];
  while (made.length < count) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += pick(SYLLABLES);
    word += pick(ENDINGS);
    const shape = next();
    const form = shape < 0.5 ? word : shape < 0.8 ? `${word} ${pick(SECOND_WORDS)}` : `${pick(COMMON_LEADS)} ${word}`;
    if (seen.has(form)) continue;
    seen.add(form);
    made.push(form);
  }
  const entries: TermForms[] = [];
  for (let i = 0; i < made.length; i += 2) entries.push({ id: `synthetic-${i / 2}`, forms: made.slice(i, i + 2) });
  return entries;
}

/** The real glossary's index with made-up forms added, `totalForms` forms in all. */
export function syntheticIndex(totalForms: number): BuiltIndex {
  const real = toMatchIndex(glossary, LOOK_ALIKES);
  const realCount = real.reduce((sum, { forms }) => sum + forms.length, 0);
  const forms = [...real, ...syntheticForms(Math.max(0, totalForms - realCount))];
  return buildIndex(forms, contextRulesFor(glossary.flatMap((entry) => entry.forms)));
}
