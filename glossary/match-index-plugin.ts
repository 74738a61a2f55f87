import type { Plugin } from 'vite';
import { preparedGlossary } from './prepared-glossary';

const MODULE_ID = 'virtual:healthlens-match-index';
const RESOLVED_ID = '\0' + MODULE_ID;

/**
 * Serves `virtual:healthlens-match-index`: the glossary reduced to ids, surface forms and context
 * rules, prepared for the matcher at build time (see prepareForms). Importing the glossary itself
 * would put every explanation into the content script, which runs on every page.
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'healthlens-match-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(preparedGlossary())};` : undefined),
  };
}
