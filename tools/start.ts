/**
 * `npm start`: opens Chromium with the built extension on the project's demo page.
 * With a display, the browser stays open until you close it. Without one (a server, CI), it runs
 * headless and saves screenshots of the highlighted page to a folder it prints.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchWithExtension, setExtensionStorage } from '../tests/support/browser';
import { startStaticServer } from '../tests/support/static-server';

const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startStaticServer();
const { context } = await launchWithExtension({ headless: !hasDisplay, blockOtherHosts: !hasDisplay });
// The engine's "idle" mark tells us when the page is fully highlighted.
await setExtensionStorage(context, { benchmarkMode: true });
const page = context.pages()[0] ?? (await context.newPage());
await page.setViewportSize({ width: 1100, height: 900 });
await page.goto(`${server.origin}/demo.html`);
await page.waitForFunction(() => performance.getEntriesByName('healthlens:idle').length > 0);
const highlights = await page.locator('mark[data-term]').count();

if (hasDisplay) {
  console.log(`HealthLens is running on ${page.url()} (${highlights} highlights). Close the browser to stop.`);
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'demo-page.png'), fullPage: true });
  await page.locator('#article').screenshot({ path: resolve(SCREENSHOT_DIR, 'demo-article.png') });
  // The article's first screen, small enough for the README.
  const box = (await page.locator('#article').boundingBox())!;
  await page.screenshot({
    path: resolve(SCREENSHOT_DIR, 'demo-first-screen.png'),
    clip: { x: box.x, y: box.y, width: box.width, height: 460 },
  });
  console.log(`No display found, so HealthLens ran headless: ${highlights} highlights on the demo page.`);
  console.log(`Screenshots saved in ${SCREENSHOT_DIR}`);
  await context.close();
}
await server.close();
