import { prepareForms, type PreparedForms } from '../content/prepared-forms';
import { contextRulesFor } from './context-rules';
import { glossary } from './index';
import { LOOK_ALIKES } from './look-alikes';
import { toMatchIndex } from './match-index';

/**
 * The whole glossary as the content script carries it: forms, look-alike phrases and context
 * rules, prepared at build time (match-index-plugin.ts) and by tests that match as pages do.
 * Never imported by the content script itself, which would then carry every explanation.
 */
export function preparedGlossary(): PreparedForms {
  return prepareForms(toMatchIndex(glossary, LOOK_ALIKES), contextRulesFor(glossary.flatMap((entry) => entry.forms)));
}
