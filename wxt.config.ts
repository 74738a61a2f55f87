import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { matchIndexPlugin } from './glossary/match-index-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module's dependencies visible to a reader.
  imports: false,
  manifest: {
    name: 'HealthLens',
    description:
      'Plain-language explanations of health terms, right where you read them. Private: nothing leaves your browser.',
    // storage: the pause switches. Nothing else: no host permissions beyond the content script.
    permissions: ['storage'],
  },
  vite: () => ({
    plugins: [preact(), matchIndexPlugin()],
  }),
});
