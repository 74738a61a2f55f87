import type { Plugin } from 'vite';
import { glossary } from './index';
import { encodeMatchIndex, toMatchIndex } from './match-index';

const MODULE_ID = 'virtual:healthlens-match-index';
const RESOLVED_ID = '\0' + MODULE_ID;

/**
 * Serves `virtual:healthlens-match-index`: the glossary reduced to ids and surface forms, encoded
 * at build time (see encodeMatchIndex). Importing the glossary itself would put every explanation
 * into the content script, which runs on every page.
 */
export function matchIndexPlugin(): Plugin {
  return {
    name: 'healthlens-match-index',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) =>
      id === RESOLVED_ID
        ? `export default ${JSON.stringify(encodeMatchIndex(toMatchIndex(glossary)))};`
        : undefined,
  };
}
