import { storage } from 'wxt/utils/storage';
import type { PauseSettings } from './pause-rules';

export { isPausedOn, type PauseSettings } from './pause-rules';

/** The pause switches, as the popup and background read and write them. */
export const pauseSettings = storage.defineItem<PauseSettings>('local:pause', {
  fallback: { everywhere: false, sites: [] },
  version: 1,
});
