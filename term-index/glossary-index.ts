import { contextRulesFor } from '../glossary/context-rules';
import { glossary } from '../glossary/index';
import { LOOK_ALIKES } from '../glossary/look-alikes';
import type { TermEntry } from '../glossary/types';
import { buildIndex, type BuiltIndex } from './build';
import { toMatchIndex } from './forms';

/**
 * The glossary's term index: forms, look-alike phrases and context rules, as the extension
 * carries it (written by the build, see files.ts) and as tests match pages. Build side only: the
 * content script never imports the glossary, which would carry every explanation.
 */
export function glossaryIndex(entries: readonly TermEntry[] = glossary): BuiltIndex {
  return buildIndex(toMatchIndex(entries, LOOK_ALIKES), contextRulesFor(entries.flatMap((entry) => entry.forms)));
}
