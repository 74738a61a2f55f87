/** Where the reader switched HealthLens off. */
export interface PauseSettings {
  /** Off on every site. */
  everywhere: boolean;
  /** Host names (e.g. "www.example.com") where it is off. */
  sites: string[];
}

/**
 * @example isPausedOn({ everywhere: false, sites: ['example.com'] }, 'example.com') // true
 */
export function isPausedOn(settings: PauseSettings, hostname: string): boolean {
  return settings.everywhere || settings.sites.includes(hostname);
}
