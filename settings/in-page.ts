import { browser } from 'wxt/browser';
import { isPausedOn, type PauseSettings } from './pause-rules';

/**
 * The content script's view of the settings, read straight from `storage.local`. It runs on every
 * page, so it does without the storage library (about 9 KB); the key is the one the item in
 * pause.ts declares, and tests/unit/settings.test.ts keeps the two in step.
 */
export const PAUSE_KEY = 'pause';

/** Whether HealthLens is paused on `hostname`, from storage values that include PAUSE_KEY's. */
export function pausedIn(stored: Record<string, unknown>, hostname: string): boolean {
  const pause = stored[PAUSE_KEY] as PauseSettings | undefined;
  return pause ? isPausedOn(pause, hostname) : false;
}

/** Calls `onPausedChange` whenever the pause switches change for `hostname`; returns an unsubscribe. */
export function watchPaused(hostname: string, onPausedChange: (paused: boolean) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PAUSE_KEY in changes)) return;
    onPausedChange(pausedIn({ [PAUSE_KEY]: changes[PAUSE_KEY]?.newValue }, hostname));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
