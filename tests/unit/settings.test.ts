import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pauseSettings } from '@/settings/pause';
import { benchmarkMode } from '@/settings/benchmark';
import { readInPageSettings, watchPaused } from '@/settings/in-page';

// The content script reads storage without the storage library; these tests keep its keys and
// the declared items in step.
describe('in-page settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on, without benchmark entries, when nothing is stored', async () => {
    expect(await readInPageSettings('example.com')).toEqual({ paused: false, benchmarkMode: false });
  });

  it('reads the pause switches the settings item writes', async () => {
    await pauseSettings.setValue({ everywhere: false, sites: ['example.com'] });
    expect((await readInPageSettings('example.com')).paused).toBe(true);
    expect((await readInPageSettings('news.example.org')).paused).toBe(false);
    await pauseSettings.setValue({ everywhere: true, sites: [] });
    expect((await readInPageSettings('news.example.org')).paused).toBe(true);
  });

  it('reads the benchmark switch the settings item writes', async () => {
    await benchmarkMode.setValue(true);
    expect((await readInPageSettings('example.com')).benchmarkMode).toBe(true);
  });

  it('tells the page when its pause state changes, and stops when unsubscribed', async () => {
    const onChange = vi.fn();
    const unwatch = watchPaused('example.com', onChange);
    await pauseSettings.setValue({ everywhere: false, sites: ['example.com'] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(true));
    await pauseSettings.setValue({ everywhere: false, sites: [] });
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith(false));
    unwatch();
    const calls = onChange.mock.calls.length;
    await pauseSettings.setValue({ everywhere: true, sites: [] });
    await new Promise((done) => setTimeout(done, 20));
    expect(onChange.mock.calls.length).toBe(calls);
  });
});
