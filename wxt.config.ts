import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { glossaryIndex } from './term-index/glossary-index';
import { indexPublicFiles } from './term-index/files';
import { syntheticIndex } from './tests/bench/synthetic-glossary';
import { cardFiles } from './glossary/card-files';

/**
 * A benchmark build (`npm run bench`) may carry a generated glossary of this many surface forms
 * instead of the real one, to show the same code at ten times the size. Only the data differs.
 */
const syntheticForms = Number(process.env.HEALTHLENS_SYNTHETIC_FORMS ?? 0);
/** The term index the content script reads (term-index/format.ts), built from the glossary. */
const termIndex = syntheticForms > 0 ? syntheticIndex(syntheticForms) : glossaryIndex();

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDirTemplate: syntheticForms > 0 ? `{{browser}}-mv{{manifestVersion}}-synthetic-${syntheticForms}` : undefined,
  hooks: {
    // The term index the content script reads, and each glossary entry's card content as its
    // own file, terms/<id>.json: a card loads only its term.
    'build:publicAssets': (_wxt, files) => {
      files.push(...indexPublicFiles(termIndex), ...cardFiles());
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module's dependencies visible to a reader.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'HealthLens',
    description:
      'Plain-language explanations of health terms, right where you read them. Private: nothing leaves your browser.',
    // storage: the pause switches. Nothing else: no host permissions beyond the content script.
    permissions: ['storage'],
    // Keyboard access to the page's terms; people can change the keys in the browser's settings.
    commands: {
      'next-term': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Go to the next health term on the page' },
      'previous-term': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Go to the previous health term on the page' },
    },
    // The hover card's frame is an extension page shown over web pages; the content script
    // fetches the term index.
    web_accessible_resources: [
      { resources: ['card.html', 'chunks/*', 'assets/*', 'index/*', 'page-ui.js'], matches: ['http://*/*', 'https://*/*'] },
    ],
    ...(browser === 'firefox' && {
      // Firefox wants an add-on id, and a statement of the data an add-on collects: none.
      browser_specific_settings: {
        gecko: { id: '@healthlens', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact()],
    // Which index this build carries: pages read storage's copy of the index only if it is this one.
    define: { __TERM_INDEX_VERSION__: JSON.stringify(termIndex.version) },
  }),
});
