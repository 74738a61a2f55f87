import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { matchIndexPlugin } from './glossary/match-index-plugin';
import { cardFiles } from './glossary/card-files';

/** Benchmark builds add the floor's content script (see entrypoints/bench-floor.content). */
const isBenchmarkBuild = process.env.HEALTHLENS_BENCH === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  outDirTemplate: isBenchmarkBuild ? '{{browser}}-mv{{manifestVersion}}-bench' : undefined,
  hooks: {
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (isBenchmarkBuild) return;
      const floor = entrypoints.findIndex((entrypoint) => entrypoint.name === 'bench-floor');
      if (floor >= 0) entrypoints.splice(floor, 1);
    },
    // Each glossary entry's card content as its own file, terms/<id>.json: a card loads only its term.
    'build:publicAssets': (_wxt, files) => {
      files.push(...cardFiles());
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
    // The hover card's frame is an extension page shown over web pages.
    web_accessible_resources: [
      { resources: ['card.html', 'chunks/*', 'assets/*'], matches: ['http://*/*', 'https://*/*'] },
    ],
    ...(browser === 'firefox' && {
      // Firefox wants an add-on id, and a statement of the data an add-on collects: none.
      browser_specific_settings: {
        gecko: { id: '@healthlens', data_collection_permissions: { required: ['none'] } } as { id: string },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact(), matchIndexPlugin()],
  }),
});
