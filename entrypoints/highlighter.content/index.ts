import './highlights.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import preparedForms from 'virtual:healthlens-match-index';
import { loadMatcher, type Matcher } from '@/content/matcher';
import { startPageEngine, type PageEngine } from '@/content/page-engine';
import { benchmarkHooks } from '@/content/benchmark-hooks';
import { readInPageSettings, watchPaused } from '@/settings/in-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await readInPageSettings(location.hostname);
    const hooks = settings.benchmarkMode ? benchmarkHooks() : undefined;
    const compile = () => loadMatcher(preparedForms);
    // Compiled on first use, so a paused site pays nothing.
    let matcher: Matcher | undefined;
    const getMatcher = () => (matcher ??= hooks ? hooks.measure('compile', compile) : compile());
    const scheduler = {
      requestIdle: (callback: (deadline: IdleDeadline) => void) =>
        ctx.requestIdleCallback(callback, { timeout: 500 }),
    };

    let engine: PageEngine | undefined;
    const setPaused = (paused: boolean) => {
      if (paused) {
        engine?.stop();
        engine = undefined;
      } else if (!engine && ctx.isValid) {
        engine = startPageEngine(document, { matcher: getMatcher(), scheduler, ...hooks });
      }
    };
    setPaused(settings.paused);
    const unwatch = watchPaused(location.hostname, setPaused);
    // Reloaded, updated or removed: leave the page exactly as it was.
    ctx.onInvalidated(() => {
      unwatch();
      setPaused(true);
    });
  },
});
