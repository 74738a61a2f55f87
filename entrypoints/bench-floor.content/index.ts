/*
 * Benchmark builds only (HEALTHLENS_BENCH=1, see wxt.config.ts): runs the floor of `npm run bench`
 * where the engine runs, as a content script of this extension, at the same moment (document_idle,
 * then an idle callback), so that both pay the same costs of a content script's fresh world.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { runFloor } from '@/tests/bench/page-baselines';

export default defineContentScript({
  matches: ['http://127.0.0.1/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { benchmarkFloorPattern } = await browser.storage.local.get('benchmarkFloorPattern');
    if (typeof benchmarkFloorPattern !== 'string') return;
    ctx.requestIdleCallback(() => {
      const { ms, count } = runFloor(benchmarkFloorPattern);
      performance.mark('healthlens:floor', { detail: { ms, count } });
    });
  },
});
