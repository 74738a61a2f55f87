import { test as base, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { untilPagesSettled } from '../support/page-terms';
import { launchWithExtension, setExtensionStorage, type ExtensionBrowser } from '../support/browser';
import { startStaticServer, type StaticServer } from '../support/static-server';

interface WorkerFixtures {
  server: StaticServer;
}
interface TestFixtures {
  extension: ExtensionBrowser;
  context: BrowserContext;
  extensionId: string;
  /** Every request the browser made during the test. */
  requests: URL[];
  /** Every uncaught error thrown on a page during the test. */
  pageErrors: Error[];
}

/**
 * One browser per test with the built extension loaded, and one local server per worker. Hosts
 * other than 127.0.0.1 are blocked, so a test can never reach the network.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  requests: async ({}, use) => use([]),
  pageErrors: async ({}, use) => use([]),
  extension: async ({ requests, pageErrors }, use) => {
    const extension = await launchWithExtension();
    const { context } = extension;
    context.on('request', (request) => requests.push(new URL(request.url())));
    context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error)));
    await use(extension);
    await context.close();
  },
  context: async ({ extension }, use) => use(extension.context),
  extensionId: async ({ extension }, use) => use(extension.extensionId),
  page: async ({ context }, use) => use(await context.newPage()),
});

export { expect };

/**
 * Waits until HealthLens says it has finished reading the page: every open web page answers that
 * it is settled (all text scanned and highlighted, nothing waiting), as the product reports it.
 */
export async function waitForEngineIdle(page: Page): Promise<void> {
  await untilPagesSettled(page.context(), 15_000);
}

/** The term ids of the highlights in `target`, in document order. */
export function markedTerms(target: Page | Frame, selector = 'body'): Promise<string[]> {
  return target.evaluate(
    (sel) =>
      [...document.querySelectorAll(`${sel} mark[data-term]`)].map((m) => m.getAttribute('data-term')!),
    selector,
  );
}

/** Switches HealthLens off everywhere (or back on) through its stored setting. */
export async function setPausedEverywhere(context: BrowserContext, paused: boolean): Promise<void> {
  await setExtensionStorage(context, { pause: { everywhere: paused, sites: [] } });
}
