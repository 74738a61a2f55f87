import type { PageUi } from './page-ui';

/** The page-UI file in the extension (entrypoints/page-ui.ts). */
export const PAGE_UI_FILE = '/page-ui.js';

/**
 * The file is imported as a module, which exports nothing the content script can read (WXT builds
 * it as a script), so it leaves its API on the content script's global: that global belongs to the
 * extension's isolated world, which the page cannot see.
 */
const GLOBAL_KEY = 'healthLensPageUi';

export function handOverPageUi(ui: PageUi): void {
  (globalThis as Record<string, unknown>)[GLOBAL_KEY] = ui;
}

export function receivePageUi(): PageUi | undefined {
  return (globalThis as Record<string, unknown>)[GLOBAL_KEY] as PageUi | undefined;
}
