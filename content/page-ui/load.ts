import { browser } from 'wxt/browser';
import { PAGE_UI_FILE, receivePageUi } from './handover';
import type { PageUi } from './page-ui';

let loading: Promise<PageUi> | undefined;

/** Loads the page-UI file once per frame (a second call gets the same promise). */
export function loadPageUi(): Promise<PageUi> {
  loading ??= import(/* @vite-ignore */ browser.runtime.getURL(PAGE_UI_FILE)).then(() => {
    const ui = receivePageUi();
    if (!ui) throw new Error(`HealthLens: ${PAGE_UI_FILE} loaded but gave no page UI`);
    return ui;
  });
  return loading;
}
