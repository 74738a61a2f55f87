import { browser } from 'wxt/browser';

/** A file of the built extension as text (the term index's; see web_accessible_resources). */
export function readExtensionFile(path: string): Promise<string> {
  // The index is written by the build, so its paths are not among WXT's known public paths.
  return fetch(browser.runtime.getURL(`/${path}` as '/')).then((response) => response.text());
}
