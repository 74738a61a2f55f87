import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import type { Browser } from 'webextension-polyfill';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/**
 * The Chromium to test with: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * download. Throws a one-line instruction when there is none.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here.
  }
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

/**
 * The global scope inside the extension (its service worker), for code run there with `evaluate`:
 * `chrome` is Chrome's extension API, which returns promises in MV3 as the polyfill's `browser` does.
 */
export type ExtensionGlobal = typeof globalThis & { chrome: Browser };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/**
 * Starts Chromium (headless unless asked) with the built extension loaded. Every host but
 * 127.0.0.1 is blocked unless `blockOtherHosts` is false, so tests never reach the network.
 */
export async function launchWithExtension(
  options: { headless?: boolean; blockOtherHosts?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  if (options.blockOtherHosts ?? true) {
    await context.route(
      (url) => !['127.0.0.1', ''].includes(url.hostname) && !url.protocol.startsWith('chrome'),
      (route) => route.abort('blockedbyclient'),
    );
  }
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

/** Sets a key in the extension's storage.local, from its service worker. */
export async function setExtensionStorage(context: BrowserContext, values: Record<string, unknown>): Promise<void> {
  const worker = context.serviceWorkers()[0]!;
  // Runs inside the extension, where `chrome` is the extension API.
  await worker.evaluate((v) => (globalThis as ExtensionGlobal).chrome.storage.local.set(v), values);
}

/**
 * The browser's id for the tab opened last, asked of the extension's service worker. HealthLens
 * has no "tabs" permission, so tabs come without their addresses: the newest is the one opened last.
 */
export async function newestTabId(context: BrowserContext): Promise<number> {
  return context.serviceWorkers()[0]!.evaluate(async () => {
    const tabs = await (globalThis as ExtensionGlobal).chrome.tabs.query({});
    // Tabs from tabs.query always have an id (only the sessions API gives tabs without one).
    return Math.max(...tabs.map((tab) => tab.id!));
  });
}

/** The toolbar badge's text for a tab, as the browser shows it. */
export async function badgeText(context: BrowserContext, tabId: number): Promise<string> {
  const worker = context.serviceWorkers()[0]!;
  return worker.evaluate((id) => (globalThis as ExtensionGlobal).chrome.action.getBadgeText({ tabId: id }), tabId);
}
