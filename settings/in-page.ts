import { browser } from 'wxt/browser';
import { isPausedOn, type PauseSettings } from './pause-rules';

/**
 * The content script's view of the settings, read straight from `storage.local`. It runs on every
 * page, so it does without the storage library (about 9 KB); the keys are the ones the items in
 * pause.ts and benchmark.ts declare, and tests/unit/settings.test.ts keeps the two in step.
 */
const PAUSE_KEY = 'pause';
const BENCHMARK_KEY = 'benchmarkMode';

export interface InPageSettings {
  paused: boolean;
  benchmarkMode: boolean;
}

function fromStored(stored: Record<string, unknown>, hostname: string): InPageSettings {
  const pause = stored[PAUSE_KEY] as PauseSettings | undefined;
  return {
    paused: pause ? isPausedOn(pause, hostname) : false,
    benchmarkMode: stored[BENCHMARK_KEY] === true,
  };
}

/** The settings that apply to a page on `hostname`. */
export async function readInPageSettings(hostname: string): Promise<InPageSettings> {
  return fromStored(await browser.storage.local.get([PAUSE_KEY, BENCHMARK_KEY]), hostname);
}

/** Calls `onPausedChange` whenever the pause switches change for `hostname`; returns an unsubscribe. */
export function watchPaused(hostname: string, onPausedChange: (paused: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PAUSE_KEY in changes)) return;
    onPausedChange(fromStored({ [PAUSE_KEY]: changes[PAUSE_KEY]?.newValue }, hostname).paused);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
