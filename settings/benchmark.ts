import { storage } from 'wxt/utils/storage';

/**
 * Set only by `npm run bench`: the content script then records its work as performance entries
 * ("healthlens:slice" measures, a "healthlens:idle" mark) that the benchmark reads from the page.
 * Off for everyone else, so pages cannot time HealthLens through them.
 */
export const benchmarkMode = storage.defineItem<boolean>('local:benchmarkMode', {
  fallback: false,
  version: 1,
});
