import { useEffect, useState } from 'preact/hooks';
import { isPausedOn, pauseSettings, type PauseSettings } from '@/settings/pause';

interface Props {
  /** The site of the page the popup is about; undefined on pages HealthLens cannot run on. */
  hostname: string | undefined;
}

/**
 * Two switches: this site, and everywhere. The page reacts at once (its content script watches
 * the setting), and the choice is kept in the extension's storage.
 */
export function PauseSwitches({ hostname }: Props) {
  const [settings, setSettings] = useState<PauseSettings | undefined>();
  useEffect(() => {
    pauseSettings.getValue().then(setSettings, () => setSettings(undefined));
    return pauseSettings.watch((value) => setSettings(value));
  }, []);
  if (!settings) return null;

  const save = (next: PauseSettings) => {
    setSettings(next);
    void pauseSettings.setValue(next);
  };
  const siteOff = hostname !== undefined && settings.sites.includes(hostname);
  const toggleSite = () => {
    if (!hostname) return;
    save({ ...settings, sites: siteOff ? settings.sites.filter((site) => site !== hostname) : [...settings.sites, hostname] });
  };

  return (
    <fieldset class="pause">
      <legend>Pause highlighting</legend>
      {hostname !== undefined && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={siteOff} onChange={toggleSite} />
          <span>
            On this site <span class="muted">({hostname})</span>
          </span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.everywhere} onChange={() => save({ ...settings, everywhere: !settings.everywhere })} />
        <span>Everywhere</span>
      </label>
      {hostname !== undefined && isPausedOn(settings, hostname) && <p class="muted">HealthLens is paused on this page.</p>}
    </fieldset>
  );
}
