import type { Plugin } from 'vite';
import { glossary } from './index';
import { toMatchIndex } from './match-index';
import { LOOK_ALIKES } from './look-alikes';
import { prepareForms } from '../content/prepared-forms';

const MODULE_ID = 'virtual:healthlens-match-index';
const RESOLVED_ID = '\0' + MODULE_ID;

/**
 * Serves `virtual:healthlens-match-index`: the glossary reduced to ids and surface forms, prepared
 * for the matcher at build time (see prepareForms). Importing the glossary itself would put every
 * explanation into the content script, which runs on every page.
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'healthlens-match-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? `export default ${JSON.stringify(prepareForms(toMatchIndex(glossary, LOOK_ALIKES)))};`
        : undefined,
  };
}
